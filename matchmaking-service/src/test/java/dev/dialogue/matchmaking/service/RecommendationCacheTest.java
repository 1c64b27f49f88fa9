package dev.dialogue.matchmaking.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The recommendations' in-memory index holds forums and people that exist, whatever is asked for. */
@QuarkusTest
class RecommendationCacheTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    RecommendationService recommendations;

    private final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");

    @Test
    void requestsForForumsAndPeopleThatDoNotExistAnswer404AndLeaveTheCacheAsItWas() {
        MatchmakingFixtures fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        UUID anna = fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ask(fixtures.forumId, anna, 200));
        int forums = recommendations.cachedForums();
        int profiles = recommendations.cachedProfiles();

        for (int i = 0; i < 100; i++) {
            ask("forum-" + UUID.randomUUID(), UUID.randomUUID(), 404);
            ask("forum-" + UUID.randomUUID(), anna, 404);
            ask(fixtures.forumId, UUID.randomUUID(), 404);
        }

        assertThat(recommendations.cachedForums()).isEqualTo(forums);
        assertThat(recommendations.cachedProfiles()).isEqualTo(profiles);
    }

    private void ask(String forumId, UUID participantId, int status) {
        given().auth().oauth2(admin).get("/api/forums/" + forumId + "/participants/" + participantId + "/recommendations")
                .then().statusCode(status).contentType(status == 200 ? "application/json" : "application/problem+json");
    }
}
