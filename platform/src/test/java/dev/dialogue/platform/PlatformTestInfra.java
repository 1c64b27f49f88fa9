package dev.dialogue.platform;

import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.OtlpReceiverTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/**
 * The outbox, relay and inbox are tested here, in platform itself: the test application is this
 * module with its test classes, against the real broker and database that local-infra starts.
 * Platform is no service, so the application takes on the identity of the one whose rights fit
 * the tests, matchmaking-service: its schema and role, and its broker principal, which writes
 * {@code forum.meetings.v1} and reads {@code forum.participants.v1}. In this module's test JVM that
 * schema holds only the platform's own tables. Its spans go to an OTLP receiver in the test JVM.
 */
@QuarkusTestResource(value = LocalInfraTestResource.class, initArgs = @ResourceArg(name = "schema", value = "matchmaking"))
@QuarkusTestResource(OtlpReceiverTestResource.class)
public final class PlatformTestInfra {

    private PlatformTestInfra() {
    }
}
