package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.B2B_START;
import static dev.dialogue.matchmaking.MatchmakingFixtures.accept;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
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
class AvailabilityResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @ConfigProperty(name = "dialogue.matchmaking.meetings-per-session")
    int cap;

    private MatchmakingFixtures fixtures;

    @BeforeEach
    void newForum() {
        fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
    }

    @Test
    void meetingsAvoidTheSessionsAParticipantAttendsAndTheBreaksTheyDeclare() {
        // A panel over the first 20-minute slot; Anna holds a seat in it.
        UUID panel = UUID.randomUUID();
        UUID b2b = UUID.randomUUID();
        fixtures.forum(List.of(
                new ForumSession(panel, SessionKind.PANEL, LocalizedText.of("Панель", "小组讨论", "Panel"), B2B_START,
                        B2B_START.plusMinutes(20), 100, List.of(Sector.ROBOTICS), null, null),
                new ForumSession(b2b, SessionKind.B2B_MEETINGS, LocalizedText.of(null, null, "Profile meetings"), B2B_START,
                        B2B_START.plusMinutes(80), 8, List.of(Sector.ROBOTICS), 2, 20)));
        awaitSession(b2b);
        UUID anna = awaitProfile(fixtures.approveEnrolled("Анна Смирнова", "RU", List.of(Sector.ROBOTICS), List.of(panel)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));

        given().auth().oauth2(token(anna)).get(participant(anna) + "/availability").then().statusCode(200)
                .body("meetingsPerSession", equalTo(cap))
                .body("unavailable.reason", contains("SESSION"));
        // Liu declares a break over the second slot.
        breaks(liu, liu, B2B_START.plusMinutes(20), B2B_START.plusMinutes(40)).statusCode(200)
                .body("unavailable.reason", contains("BREAK"));

        String meeting = fixtures.requestMeeting(anna, liu);
        String start = accept(meeting, liu).statusCode(200).body("status", equalTo("SCHEDULED"))
                .extract().path("slot.startsAt");
        assertThat(OffsetDateTime.parse(start)).isAtSameInstantAs(B2B_START.plusMinutes(40));

        breaks(anna, anna, B2B_START.plusMinutes(30), B2B_START.plusMinutes(50)).statusCode(409)
                .contentType("application/problem+json").body("meetingIds", contains(meeting));
        breaks(anna, anna, B2B_START.plusMinutes(30), B2B_START.plusMinutes(10)).statusCode(400)
                .body("field", equalTo("breaks[0].endsAt"));
        breaks(liu, anna, B2B_START, B2B_START.plusMinutes(10)).statusCode(403);
        given().auth().oauth2(token(anna)).get(participant(anna) + "/availability").then()
                .body("unavailable.reason", contains("SESSION"));
    }

    @Test
    void nobodyHasMoreMeetingsInASessionThanTheCap() {
        awaitSession(fixtures.b2bSession(4, cap + 2, 20));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        for (int i = 0; i < cap; i++) {
            UUID other = awaitProfile(fixtures.approve("Participant " + i, "CN", List.of(Sector.ROBOTICS)));
            accept(fixtures.requestMeeting(anna, other), other).statusCode(200).body("status", equalTo("SCHEDULED"));
        }
        UUID oneTooMany = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        accept(fixtures.requestMeeting(anna, oneTooMany), oneTooMany).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("slot", nullValue());
    }

    private io.restassured.response.ValidatableResponse breaks(UUID caller, UUID participant, OffsetDateTime start,
            OffsetDateTime end) {
        return given().auth().oauth2(token(caller)).contentType(ContentType.JSON)
                .body(Map.of("breaks", List.of(Map.of("startsAt", start.toString(), "endsAt", end.toString()))))
                .put(participant(participant) + "/breaks").then();
    }

    private String participant(UUID participantId) {
        return "/api/forums/" + fixtures.forumId + "/participants/" + participantId;
    }
}
