package dev.dialogue.matchmaking.api;

import static dev.dialogue.matchmaking.MatchmakingFixtures.accept;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitProfile;
import static dev.dialogue.matchmaking.MatchmakingFixtures.awaitSession;
import static dev.dialogue.matchmaking.MatchmakingFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgendaResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Test
    void theAgendaListsScheduledMeetingsInTheForumsTimeZoneAsJsonAndICalendar() {
        MatchmakingFixtures fixtures = new MatchmakingFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        awaitSession(fixtures.b2bSession(2, 3, 20));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        accept(fixtures.requestMeeting(anna, liu), liu).statusCode(200).body("status", equalTo("SCHEDULED"));
        accept(fixtures.requestMeeting(anna, chen), chen).statusCode(200).body("status", equalTo("SCHEDULED"));

        String path = "/api/forums/" + fixtures.forumId + "/participants/" + anna + "/agenda";
        given().auth().oauth2(token(anna)).accept(ContentType.JSON).get(path).then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("meetings.counterpartName", contains("刘伟", "Chen Jing"))
                .body("meetings[0].startsAt", equalTo("2030-11-20T14:00:00+08:00"))
                .body("meetings[1].startsAt", equalTo("2030-11-20T14:20:00+08:00"));

        String calendar = given().auth().oauth2(token(anna)).accept("text/calendar").get(path).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("TZID:Asia/Shanghai", "TZOFFSETTO:+0800")
                .contains("DTSTART;TZID=Asia/Shanghai:20301120T140000\r\n")
                .contains("SUMMARY:Meeting with 刘伟 (刘伟 Org)");
        assertThat(calendar.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        given().auth().oauth2(token(liu)).accept(ContentType.JSON).get(path).then().statusCode(403);
    }
}
