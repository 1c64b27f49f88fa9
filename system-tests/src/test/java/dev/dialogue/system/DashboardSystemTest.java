package dev.dialogue.system;

import dev.dialogue.infra.DialogueService;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.dialogue.system.RunningSystem.admin;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.openForum;
import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** dashboard-service over the packaged stack: its figures agree with the services' own stats, and a restart rebuilds them from the log. */
class DashboardSystemTest {

    @Test
    void theFiguresAgreeWithRegistrationsStatsAndARestartRebuildsThemFromTheLog() {
        String forumId = "dash-" + UUID.randomUUID().toString().substring(0, 8);
        openForum(forumId, "Dialogue for Development", List.of("DIPLOMAT"));
        register(forumId, "RU", "DIPLOMAT");
        register(forumId, "CN", "COMPANY_REPRESENTATIVE");
        register(forumId, "CN", "INVESTOR");

        Map<String, Object> stats = as(admin(), DialogueService.REGISTRATION).get("/api/forums/" + forumId + "/registrations/stats")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath figures = dashboard(forumId);
            assertThat(figures.getLong("registrations.total")).isEqualTo(((Number) stats.get("total")).longValue());
            assertThat(figures.getMap("registrations.byStatus")).isEqualTo(stats.get("byStatus"));
            assertThat(figures.getMap("registrations.byCategory")).isEqualTo(stats.get("byCategory"));
            assertThat(figures.getMap("registrations.byCountry")).isEqualTo(stats.get("byCountry"));
        });
        String before = dashboard(forumId).prettify();

        stack().stop(DialogueService.DASHBOARD);
        stack().startAgain(DialogueService.DASHBOARD);

        assertThat(dashboard(forumId).prettify()).isEqualTo(before);
    }

    private static JsonPath dashboard(String forumId) {
        return as(admin(), DialogueService.DASHBOARD).get("/api/forums/" + forumId + "/dashboard").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void register(String forumId, String country, String category) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        as(admin(), DialogueService.REGISTRATION).body(Map.of("fullName", "Участник " + id, "email", id + "@example.org",
                "organisation", Map.of("name", Map.of("en", "Organisation " + id), "kind", "COMPANY", "country", country),
                "category", category, "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", "2025-11-01T10:00:00Z")))
                .post("/api/forums/" + forumId + "/registrations").then().statusCode(201);
    }
}
