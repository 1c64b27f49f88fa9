package dev.dialogue.registration;

import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test in this module runs against the real broker and database, as the registration role. */
@QuarkusTestResource(value = LocalInfraTestResource.class, initArgs = @ResourceArg(name = "schema", value = "registration"))
public final class RegistrationTestInfra {

    private RegistrationTestInfra() {
    }
}
