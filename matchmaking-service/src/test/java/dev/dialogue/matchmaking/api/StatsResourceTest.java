package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.accept;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatsResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Test
    void theFunnelIsCountedOverallBySectorAndByCountryPair() {
        MatchmakingFixtures fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        awaitSession(fixtures.b2bSession(2, 3, 20));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS, Sector.MICROELECTRONICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.MICROELECTRONICS)));

        String held = fixtures.requestMeeting(anna, liu);
        accept(held, liu).statusCode(200).body("status", equalTo("SCHEDULED"));
        given().auth().oauth2(token(anna)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "COOPERATION_POSSIBLE", "notes", "Совместный проект"))
                .post("/api/meetings/" + held + "/outcome").then().statusCode(200);
        String declined = fixtures.requestMeeting(anna, chen);
        given().auth().oauth2(token(chen)).contentType(ContentType.JSON).body(Map.of("reason", "Нет времени"))
                .post("/api/meeting-requests/" + declined + "/decline").then().statusCode(200);
        fixtures.requestMeeting(liu, chen);

        String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");
        String stats = "/api/forums/" + fixtures.forumId + "/matchmaking/stats";
        given().auth().oauth2(admin).get(stats).then().statusCode(200)
                .body("total.requested", equalTo(3)).body("total.accepted", equalTo(1))
                .body("total.scheduled", equalTo(1)).body("total.held", equalTo(1))
                .body("total.cooperationPossible", equalTo(1)).body("total.declined", equalTo(1))
                .body("bySector.sector", contains("MICROELECTRONICS", "ROBOTICS"))
                .body("bySector[0].funnel.requested", equalTo(2)).body("bySector[0].funnel.declined", equalTo(1))
                .body("bySector[1].funnel.requested", equalTo(2)).body("bySector[1].funnel.held", equalTo(1))
                .body("byCountryPair.countries", contains("CN-RU", "CN-CN"))
                .body("byCountryPair[0].funnel.requested", equalTo(2))
                .body("byCountryPair[1].funnel.requested", equalTo(1));
        given().auth().oauth2(token(anna)).get(stats).then().statusCode(403);
    }
}
