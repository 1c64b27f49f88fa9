package dev.dialogue.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    @TempDir
    Path workDir;

    @Test
    void everyTokenNamesTheAudienceTheServicesVerify() throws IOException {
        JsonNode claims = claims(DevTokens.create(workDir).mint("admin-1", "admin"));

        assertThat(claims.path("aud").asText()).isEqualTo(DevTokens.AUDIENCE);
        assertThat(claims.path("iss").asText()).isEqualTo(DevTokens.ISSUER);
        assertThat(claims.path("sub").asText()).isEqualTo("admin-1");
    }

    @Test
    void mintsATokenWithClaimsChangedOrLeftOut() throws IOException {
        DevTokens tokens = DevTokens.create(workDir);

        JsonNode otherName = claims(tokens.mintWithClaims("anna", Map.of("upn", "zhang", "preferred_username", "zhang"),
                "participant"));
        JsonNode noAudience = claims(tokens.mintWithClaims("anna", Collections.singletonMap("aud", null), "participant"));
        JsonNode twoAudiences = claims(tokens.mintWithClaims("anna", Map.of("aud", List.of("elsewhere", "dialogue"))));

        assertThat(otherName.path("sub").asText()).isEqualTo("anna");
        assertThat(otherName.path("upn").asText()).isEqualTo("zhang");
        assertThat(otherName.path("preferred_username").asText()).isEqualTo("zhang");
        assertThat(otherName.path("groups").get(0).asText()).isEqualTo("participant");
        assertThat(noAudience.has("aud")).isFalse();
        assertThat(noAudience.path("sub").asText()).isEqualTo("anna");
        assertThat(twoAudiences.path("aud").toString()).isEqualTo("[\"elsewhere\",\"dialogue\"]");
    }

    private static JsonNode claims(String token) throws IOException {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
