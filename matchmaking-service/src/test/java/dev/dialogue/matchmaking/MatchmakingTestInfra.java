package dev.dialogue.matchmaking;

import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test in this module runs against the real broker and database, as the matchmaking role. */
@QuarkusTestResource(value = LocalInfraTestResource.class, initArgs = @ResourceArg(name = "schema", value = "matchmaking"))
public final class MatchmakingTestInfra {

    private MatchmakingTestInfra() {
    }
}
