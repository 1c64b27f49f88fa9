package dev.dialogue.agreement;

import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test in this module runs against the real broker and database, as the agreement role. */
@QuarkusTestResource(value = LocalInfraTestResource.class, initArgs = @ResourceArg(name = "schema", value = "agreement"))
public final class AgreementTestInfra {

    private AgreementTestInfra() {
    }
}
