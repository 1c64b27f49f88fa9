package dev.dialogue.agreement.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.infra.OpenApiRules;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI document keeps the rules of a contract partners generate clients from (OpenApiRules). */
@QuarkusTest
class OpenApiDocumentTest {

    @TestHTTPResource("/q/openapi?format=json")
    URI document;

    @Test
    void documentKeepsTheContractRules() {
        assertThat(OpenApiRules.violations(OpenApiRules.fetch(document))).isEmpty();
    }
}
