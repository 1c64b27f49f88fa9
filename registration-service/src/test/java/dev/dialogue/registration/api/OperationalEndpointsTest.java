package dev.dialogue.registration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Readiness covers the database and the broker; OpenAPI, Swagger UI and Prometheus metrics are served. */
@QuarkusTest
class OperationalEndpointsTest {

    @Test
    void readinessIncludesTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void openApiDocumentsTheEndpointsAndTheirRoles() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/forums/{forumId}/registrations'.post.description", containsString("Roles: admin, or partner"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
