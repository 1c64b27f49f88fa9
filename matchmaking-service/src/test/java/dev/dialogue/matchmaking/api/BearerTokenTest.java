package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DevTokens;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import dev.dialogue.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who calls is the token's subject, whatever its upn says (ApiSweepTest refuses tokens for another audience everywhere). */
@QuarkusTest
class BearerTokenTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private final DevTokens tokens = LocalInfra.shared().tokens();
    private MatchmakingFixtures fixtures;

    @BeforeEach
    void newForum() {
        fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
    }

    @Test
    void aParticipantsTokenActsForItsSubjectThoughItsUpnNamesAnother() {
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID zhang = awaitProfile(fixtures.approve("张伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        String annaNamedZhang = named(anna, zhang);

        recommendations(zhang, annaNamedZhang).statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("a participant sees only their own recommendations"));
        agenda(zhang, annaNamedZhang).statusCode(403);
        recommendations(anna, annaNamedZhang).statusCode(200);
        agenda(anna, annaNamedZhang).statusCode(200);

        String meetingId = given().auth().oauth2(annaNamedZhang).contentType(ContentType.JSON)
                .body(Map.of("inviteeId", zhang)).post("/api/forums/" + fixtures.forumId + "/meeting-requests")
                .then().statusCode(201).body("requesterId", equalTo(anna.toString())).extract().path("meetingId");
        meeting(meetingId, "accept", annaNamedZhang).statusCode(403).body("detail", equalTo("only the invitee accepts"));
        given().auth().oauth2(named(chen, anna)).get("/api/meeting-requests/" + meetingId).then().statusCode(403);
        meeting(meetingId, "accept", named(zhang, anna)).statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    /** The participant's token whose upn and preferred_username name someone else. */
    private String named(UUID participant, UUID other) {
        return tokens.mintWithClaims(participant.toString(),
                Map.of("upn", other.toString(), "preferred_username", other.toString()), Roles.PARTICIPANT);
    }

    private ValidatableResponse recommendations(UUID participant, String token) {
        return given().auth().oauth2(token)
                .get("/api/forums/" + fixtures.forumId + "/participants/" + participant + "/recommendations").then();
    }

    private ValidatableResponse agenda(UUID participant, String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON)
                .get("/api/forums/" + fixtures.forumId + "/participants/" + participant + "/agenda").then();
    }

    private static ValidatableResponse meeting(String meetingId, String act, String token) {
        return given().auth().oauth2(token).post("/api/meeting-requests/" + meetingId + "/" + act).then();
    }
}
