package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.B2B_START;
import static dev.dialogue.matchmaking.MatchmakingFixtures.accept;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");
    private MatchmakingFixtures fixtures;

    @BeforeEach
    void newForum() {
        fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
    }

    @Test
    void aRunPlansWaitingRequestsProvisionallyAndPublishingBooksAndAnnouncesThem() {
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        // Accepted before the forum has its B2B session, so all three wait for a slot.
        String annaLiu = waiting(anna, liu);
        String annaChen = waiting(anna, chen);
        String liuChen = waiting(liu, chen);
        awaitSession(fixtures.b2bSession(1, 3, 20));

        given().auth().oauth2(admin).post(schedule() + "/run").then().statusCode(200)
                .body("status", equalTo("PROVISIONAL"))
                .body("requests", equalTo(3)).body("placed", equalTo(3)).body("upperBound", equalTo(3))
                .body("unplaced", empty())
                .body("entries.meetingId", containsInAnyOrder(annaLiu, annaChen, liuChen))
                .body("entries.table", everyItem(equalTo(1)));
        given().auth().oauth2(admin).get("/api/meeting-requests/" + annaLiu).then()
                .body("status", equalTo("ACCEPTED")).body("slot", nullValue());

        given().auth().oauth2(admin).post(schedule() + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("placed", equalTo(3)).body("skipped", empty());
        for (String meeting : List.of(annaLiu, annaChen, liuChen)) {
            given().auth().oauth2(admin).get("/api/meeting-requests/" + meeting).then().body("status", equalTo("SCHEDULED"));
        }
        for (String meeting : List.of(annaLiu, annaChen, liuChen)) {
            fixtures.awaitMeetingEvent(meeting, "dev.dialogue.meeting.scheduled.v1");
        }

        given().auth().oauth2(admin).get(schedule()).then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("sessions[0].tables", hasSize(1))
                .body("sessions[0].tables[0].slots.startsAt", contains("2030-11-20T14:00:00+08:00",
                        "2030-11-20T14:20:00+08:00", "2030-11-20T14:40:00+08:00"))
                .body("sessions[0].tables[0].slots.meetingId", containsInAnyOrder(annaLiu, annaChen, liuChen))
                .body("sessions[0].tables[0].slots[0].participants", hasSize(2));
        given().auth().oauth2(admin).post(schedule() + "/publish").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anEntryOvertakenBeforePublishingIsSkippedWithItsReason() {
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        String annaLiu = waiting(anna, liu);
        String annaChen = waiting(anna, chen);
        awaitSession(fixtures.b2bSessionAt(B2B_START, 1, 2, 20));
        given().auth().oauth2(admin).post(schedule() + "/run").then().statusCode(200).body("placed", equalTo(2));

        given().auth().oauth2(token(liu)).post("/api/meeting-requests/" + annaLiu + "/cancel").then().statusCode(200);

        given().auth().oauth2(admin).post(schedule() + "/publish").then().statusCode(200)
                .body("placed", equalTo(1))
                .body("skipped.meetingId", contains(annaLiu))
                .body("skipped[0].reason", equalTo("the meeting is CANCELLED now"));
        String start = given().auth().oauth2(admin).get("/api/meeting-requests/" + annaChen).then()
                .body("status", equalTo("SCHEDULED")).extract().path("slot.startsAt");
        assertThat(OffsetDateTime.parse(start)).isAfterOrEqualTo(B2B_START);
    }

    @Test
    void onlyAnAdminRunsAndPublishesAndThereMustBeSomethingToRunAndPublish() {
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        given().auth().oauth2(token(anna)).post(schedule() + "/run").then().statusCode(403);
        given().auth().oauth2(LocalInfra.shared().tokens().mint("staff-1", "staff")).post(schedule() + "/publish").then()
                .statusCode(403);
        given().post(schedule() + "/run").then().statusCode(401);

        given().auth().oauth2(admin).post(schedule() + "/run").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("forum " + fixtures.forumId
                        + " has no B2B session to schedule into"));
        given().auth().oauth2(admin).post(schedule() + "/publish").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).get(schedule()).then().statusCode(404);
    }

    @Test
    void anOrganiserPlacesAMeetingAtAChosenSlotAndBadPlacesAreNamed() {
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        UUID wang = awaitProfile(fixtures.approve("Wang Fang", "RU", List.of(Sector.ROBOTICS)));
        String annaLiu = waiting(anna, liu);
        String chenWang = waiting(chen, wang);
        UUID session = awaitSession(fixtures.b2bSession(2, 3, 20));

        place(annaLiu, UUID.randomUUID(), B2B_START, 1, admin).statusCode(400).body("field", equalTo("sessionId"));
        place(annaLiu, session, B2B_START.plusMinutes(10), 1, admin).statusCode(400).body("field", equalTo("startsAt"));
        place(annaLiu, session, B2B_START.plusMinutes(60), 1, admin).statusCode(400).body("field", equalTo("startsAt"));
        place(annaLiu, session, B2B_START, 3, admin).statusCode(400).body("field", equalTo("table"));
        place(annaLiu, session, B2B_START, 1, token(anna)).statusCode(403);

        place(annaLiu, session, B2B_START.plusMinutes(40), 2, admin).statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("slot.table", equalTo(2));
        place(chenWang, session, B2B_START.plusMinutes(40), 2, admin).statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).get("/api/meeting-requests/" + chenWang).then().body("status", equalTo("ACCEPTED"));
        place(annaLiu, session, B2B_START, 1, admin).statusCode(200).body("slot.table", equalTo(1));
        given().auth().oauth2(admin).get(schedule()).then()
                .body("sessions[0].tables[0].slots[0].meetingId", equalTo(annaLiu))
                .body("sessions[0].tables[1].slots[2].meetingId", nullValue());
    }

    private io.restassured.response.ValidatableResponse place(String meetingId, UUID sessionId, OffsetDateTime start,
            int table, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("sessionId", sessionId, "startsAt", start.toString(), "table", table))
                .put("/api/meeting-requests/" + meetingId + "/slot").then();
    }

    private String waiting(UUID requester, UUID invitee) {
        String id = fixtures.requestMeeting(requester, invitee);
        accept(id, invitee).statusCode(200).body("status", equalTo("ACCEPTED"));
        return id;
    }

    private String schedule() {
        return "/api/forums/" + fixtures.forumId + "/schedule";
    }
}
