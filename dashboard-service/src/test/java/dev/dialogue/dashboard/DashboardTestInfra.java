package dev.dialogue.dashboard;

import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The shared real broker, logged in as the read-only dashboard principal; no database. */
@QuarkusTestResource(value = LocalInfraTestResource.class, initArgs = @ResourceArg(name = "service", value = "dashboard-service"))
public class DashboardTestInfra {
}
