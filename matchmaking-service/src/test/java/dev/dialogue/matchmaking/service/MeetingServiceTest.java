package dev.dialogue.matchmaking.service;

import static dev.dialogue.matchmaking.MatchmakingFixtures.B2B_START;
import static dev.dialogue.matchmaking.MatchmakingFixtures.accept;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live backfill of freed slots, and expiry, over the real broker and database. */
@QuarkusTest
class MeetingServiceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    MeetingService meetings;

    private final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");
    private MatchmakingFixtures fixtures;

    @BeforeEach
    void newForum() {
        fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
    }

    @Test
    void aCancelledMeetingsSlotGoesToTheBestWaitingRequestOfEitherParty() {
        Waiting waiting = oneSlotTakenAndTwoWaiting();

        given().auth().oauth2(token(waiting.liu)).post("/api/meeting-requests/" + waiting.scheduled + "/cancel").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));

        status(waiting.best).body("status", equalTo("SCHEDULED")).body("slot.table", equalTo(1));
        status(waiting.weaker).body("status", equalTo("ACCEPTED"));
        fixtures.awaitMeetingEvent(waiting.best, "dev.dialogue.meeting.scheduled.v1");
    }

    @Test
    void whenAParticipantLeavesTheForumTheirSlotIsBackfilled() {
        Waiting waiting = oneSlotTakenAndTwoWaiting();

        fixtures.leave(waiting.liu);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status(waiting.scheduled).body("status", equalTo("CANCELLED")));
        status(waiting.best).body("status", equalTo("SCHEDULED"));
        status(waiting.weaker).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void requestsExpireWhenTheSessionsBeginAndWaitingOnesWhenTheyEnd() {
        Waiting waiting = oneSlotTakenAndTwoWaiting();
        UUID wang = awaitProfile(fixtures.approve("Wang Fang", "CN", List.of(Sector.ROBOTICS)));
        String unanswered = fixtures.requestMeeting(waiting.anna, wang);

        meetings.expireDue(B2B_START.plusMinutes(5));
        status(unanswered).body("status", equalTo("EXPIRED"));
        status(waiting.best).body("status", equalTo("ACCEPTED"));
        status(waiting.scheduled).body("status", equalTo("SCHEDULED"));
        fixtures.awaitMeetingEvent(unanswered, "dev.dialogue.meeting.expired.v1");
        accept(unanswered, wang).statusCode(409);

        meetings.expireDue(B2B_START.plusMinutes(25));
        status(waiting.best).body("status", equalTo("EXPIRED"));
        status(waiting.weaker).body("status", equalTo("EXPIRED"));
        status(waiting.scheduled).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void noRequestIsTakenOnceTheSessionsHaveBegun() {
        awaitSession(fixtures.b2bSessionAt(OffsetDateTime.now().minusHours(1), 1, 6, 20));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        given().auth().oauth2(token(anna)).contentType(ContentType.JSON).body(Map.of("inviteeId", liu))
                .post("/api/forums/" + fixtures.forumId + "/meeting-requests").then().statusCode(409)
                .contentType("application/problem+json");
    }

    /**
     * One B2B slot with one table, held by Anna and Liu. Chen (robotics, China: cross-border with
     * Anna and a shared sector) and Ivan (Russia, another sector) are accepted and wait.
     */
    private Waiting oneSlotTakenAndTwoWaiting() {
        awaitSession(fixtures.b2bSession(1, 1, 20));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        UUID ivan = awaitProfile(fixtures.approve("Иван Петров", "RU", List.of(Sector.TOURISM)));
        String scheduled = fixtures.requestMeeting(anna, liu);
        accept(scheduled, liu).statusCode(200).body("status", equalTo("SCHEDULED"));
        String weaker = fixtures.requestMeeting(ivan, anna);
        accept(weaker, anna).statusCode(200).body("status", equalTo("ACCEPTED"));
        String best = fixtures.requestMeeting(chen, anna);
        accept(best, anna).statusCode(200).body("status", equalTo("ACCEPTED"));
        return new Waiting(anna, liu, scheduled, best, weaker);
    }

    private record Waiting(UUID anna, UUID liu, String scheduled, String best, String weaker) {
    }

    private io.restassured.response.ValidatableResponse status(String meetingId) {
        return given().auth().oauth2(admin).get("/api/meeting-requests/" + meetingId).then().statusCode(200);
    }
}
