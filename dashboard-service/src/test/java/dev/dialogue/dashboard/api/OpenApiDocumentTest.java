package dev.dialogue.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.infra.OpenApiRules;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The dashboard's OpenAPI document keeps the rules every service's does (OpenApiRules). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentKeepsTheContractRules() {
        assertThat(OpenApiRules.violations(OpenApiRules.served(RestAssured.baseURI, RestAssured.port))).isEmpty();
    }
}
