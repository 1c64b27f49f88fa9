package dev.dialogue.registration.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.infra.OpenApiRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI document keeps the rules of a contract partners generate clients from (OpenApiRules). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentKeepsTheContractRules() {
        assertThat(OpenApiRules.violations(OpenApiRules.served(RestAssured.baseURI, RestAssured.port))).isEmpty();
    }
}
