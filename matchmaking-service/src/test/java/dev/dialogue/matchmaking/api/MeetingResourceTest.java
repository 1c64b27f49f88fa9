package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.accept;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.eventType;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    private final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");
    private MatchmakingFixtures fixtures;

    @BeforeEach
    void newForum() {
        fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
    }

    @Test
    void anAcceptedMeetingTakesTheEarliestSlotFreeForBothAndIsAnnounced() {
        UUID session = awaitSession(fixtures.b2bSession(1, 3, 20));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));

        String first = request(anna, liu).statusCode(201).body("status", equalTo("REQUESTED")).extract().path("meetingId");
        accept(first, liu).statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("slot.sessionId", equalTo(session.toString()))
                .body("slot.table", equalTo(1));
        String second = request(anna, chen).statusCode(201).extract().path("meetingId");
        String secondStart = accept(second, chen).statusCode(200).body("status", equalTo("SCHEDULED"))
                .extract().path("slot.startsAt");
        String firstStart = given().auth().oauth2(token(anna)).get("/api/meeting-requests/" + first).then()
                .extract().path("slot.startsAt");
        assertThat(java.time.OffsetDateTime.parse(secondStart))
                .isEqualTo(java.time.OffsetDateTime.parse(firstStart).plusMinutes(20));

        new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).await("forum.meetings.v1", record -> first.equals(record.key())
                && "dev.dialogue.meeting.scheduled.v1".equals(eventType(record)), PATIENCE);
    }

    @Test
    void twoAcceptsRacingForTheLastSlotBookItOnce() throws Exception {
        awaitSession(fixtures.b2bSession(1, 1, 20));
        List<String> meetings = new ArrayList<>();
        List<UUID> invitees = new ArrayList<>();
        for (int pair = 0; pair < 4; pair++) {
            UUID requester = awaitProfile(fixtures.approve("Requester " + pair, "RU", List.of(Sector.ROBOTICS)));
            UUID invitee = awaitProfile(fixtures.approve("Invitee " + pair, "CN", List.of(Sector.ROBOTICS)));
            meetings.add(request(requester, invitee).statusCode(201).extract().path("meetingId"));
            invitees.add(invitee);
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> accepts = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            int pair = i;
            accepts.add(() -> accept(meetings.get(pair), invitees.get(pair)).statusCode(200).extract().path("status"));
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> status : pool.invokeAll(accepts)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly("SCHEDULED", "ACCEPTED");
        assertThat(statuses.stream().filter("SCHEDULED"::equals)).hasSize(1);
    }

    @Test
    void aCancellationGivesTheSlotBack() {
        awaitSession(fixtures.b2bSession(1, 1, 20));
        UUID a = awaitProfile(fixtures.approve("A", "RU", List.of(Sector.ROBOTICS)));
        UUID b = awaitProfile(fixtures.approve("B", "CN", List.of(Sector.ROBOTICS)));
        UUID c = awaitProfile(fixtures.approve("C", "CN", List.of(Sector.ROBOTICS)));
        String first = request(a, b).extract().path("meetingId");
        accept(first, b).body("status", equalTo("SCHEDULED"));

        given().auth().oauth2(token(b)).post("/api/meeting-requests/" + first + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("slot", nullValue());

        String second = request(a, c).extract().path("meetingId");
        accept(second, c).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void onlyTheInviteeAnswersAndADeclinedPairIsNotAskedAgain() {
        UUID a = awaitProfile(fixtures.approve("A", "RU", List.of(Sector.ROBOTICS)));
        UUID b = awaitProfile(fixtures.approve("B", "CN", List.of(Sector.ROBOTICS)));
        String id = request(a, b).extract().path("meetingId");

        given().auth().oauth2(token(a)).post("/api/meeting-requests/" + id + "/accept").then().statusCode(403);
        given().auth().oauth2(token(b)).contentType(ContentType.JSON).body(Map.of("reason", "Нет времени"))
                .post("/api/meeting-requests/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("Нет времени"));
        request(b, a).statusCode(409).body("existingId", equalTo(id));
        given().auth().oauth2(admin).get("/api/forums/" + fixtures.forumId + "/participants/" + a + "/recommendations")
                .then().statusCode(200).body("participantId", not(hasItem(b.toString())));
        given().auth().oauth2(token(UUID.randomUUID())).get("/api/meeting-requests/" + id).then().statusCode(403);
    }

    @Test
    void eitherPartyRecordsTheOutcomeOfAScheduledMeeting() {
        awaitSession(fixtures.b2bSession(1, 2, 20));
        UUID a = awaitProfile(fixtures.approve("ОЭЗ «Технополис Москва»", "RU", List.of(Sector.MICROELECTRONICS)));
        UUID b = awaitProfile(fixtures.approve("山东鲁耐信息技术集团", "CN", List.of(Sector.MICROELECTRONICS)));
        String id = request(a, b).extract().path("meetingId");
        outcome(id, a, "INFORMATIVE").statusCode(409);
        accept(id, b).body("status", equalTo("SCHEDULED"));

        outcome(id, b, "COOPERATION_POSSIBLE").statusCode(200)
                .body("outcome", equalTo("COOPERATION_POSSIBLE")).body("outcomeNotes", equalTo("Совместный проект"));
        outcome(id, UUID.randomUUID(), "NO_INTEREST").statusCode(403);
        given().auth().oauth2(token(a)).contentType(ContentType.JSON).body(Map.of("outcome", "MAYBE"))
                .post("/api/meetings/" + id + "/outcome").then().statusCode(400).body("field", equalTo("outcome"));
        new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).await("forum.meetings.v1", record -> id.equals(record.key())
                && "dev.dialogue.meeting.outcome-recorded.v1".equals(eventType(record)), PATIENCE);
    }

    @Test
    void aParticipantWhoLeavesHasTheirMeetingsCancelledAndTheirSlotsFreed() {
        awaitSession(fixtures.b2bSession(1, 1, 20));
        UUID a = awaitProfile(fixtures.approve("A", "RU", List.of(Sector.ROBOTICS)));
        UUID b = awaitProfile(fixtures.approve("B", "CN", List.of(Sector.ROBOTICS)));
        UUID c = awaitProfile(fixtures.approve("C", "CN", List.of(Sector.ROBOTICS)));
        String left = request(a, b).extract().path("meetingId");
        accept(left, b).body("status", equalTo("SCHEDULED"));

        fixtures.leave(b);

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(admin).get("/api/meeting-requests/" + left)
                .then().body("status", equalTo("CANCELLED")));
        String next = request(a, c).extract().path("meetingId");
        accept(next, c).body("status", equalTo("SCHEDULED"));
    }

    @Test
    void badRequestsAreNamed() {
        UUID a = awaitProfile(fixtures.approve("A", "RU", List.of(Sector.ROBOTICS)));
        UUID b = awaitProfile(fixtures.approve("B", "CN", List.of(Sector.ROBOTICS)));

        request(a, a).statusCode(400).body("field", equalTo("inviteeId"));
        request(a, UUID.randomUUID()).statusCode(400).body("field", equalTo("inviteeId"));
        String open = request(a, b).statusCode(201).extract().path("meetingId");
        request(a, b).statusCode(409).body("existingId", equalTo(open));
        given().auth().oauth2(token(b)).contentType(ContentType.JSON).body(Map.of("requesterId", a, "inviteeId", b))
                .post("/api/forums/" + fixtures.forumId + "/meeting-requests").then().statusCode(403);
        given().auth().oauth2(admin).post("/api/meeting-requests/" + UUID.randomUUID() + "/accept").then().statusCode(404);
    }

    private io.restassured.response.ValidatableResponse request(UUID requester, UUID invitee) {
        return given().auth().oauth2(token(requester)).contentType(ContentType.JSON)
                .body(Map.of("inviteeId", invitee, "message", "Технополис Москва — площадки для робототехники"))
                .post("/api/forums/" + fixtures.forumId + "/meeting-requests").then();
    }

    private io.restassured.response.ValidatableResponse outcome(String meetingId, UUID participant, String outcome) {
        return given().auth().oauth2(token(participant)).contentType(ContentType.JSON)
                .body(Map.of("outcome", outcome, "notes", "Совместный проект"))
                .post("/api/meetings/" + meetingId + "/outcome").then();
    }
}
