package dev.dialogue.matchmaking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.MatchmakingFixtures;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Profile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgendaResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theAgendaListsScheduledMeetingsInTheForumsTimeZoneAsJsonAndICalendar() {
        MatchmakingFixtures fixtures = new MatchmakingFixtures(new KafkaProbe(bootstrapServers));
        UUID session = fixtures.b2bSession(2, 3, 20);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> B2bSession.findByIdOptional(session).isPresent()));
        UUID anna = awaitProfile(fixtures.approve("Анна Смирнова", "RU", List.of(Sector.ROBOTICS)));
        UUID liu = awaitProfile(fixtures.approve("刘伟", "CN", List.of(Sector.ROBOTICS)));
        UUID chen = awaitProfile(fixtures.approve("Chen Jing", "CN", List.of(Sector.ROBOTICS)));
        meet(fixtures, anna, liu);
        meet(fixtures, anna, chen);

        String path = "/api/forums/" + fixtures.forumId + "/participants/" + anna + "/agenda";
        given().auth().oauth2(token(anna)).accept(ContentType.JSON).get(path).then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("meetings.counterpartName", contains("刘伟", "Chen Jing"))
                .body("meetings[0].startsAt", equalTo("2025-11-20T14:00:00+08:00"))
                .body("meetings[1].startsAt", equalTo("2025-11-20T14:20:00+08:00"));

        String calendar = given().auth().oauth2(token(anna)).accept("text/calendar").get(path).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("TZID:Asia/Shanghai", "TZOFFSETTO:+0800")
                .contains("DTSTART;TZID=Asia/Shanghai:20251120T140000\r\n")
                .contains("SUMMARY:Meeting with 刘伟 (刘伟 Org)");
        assertThat(calendar.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        given().auth().oauth2(token(liu)).accept(ContentType.JSON).get(path).then().statusCode(403);
    }

    private static void meet(MatchmakingFixtures fixtures, UUID requester, UUID invitee) {
        String id = given().auth().oauth2(token(requester)).contentType(ContentType.JSON)
                .body(Map.of("inviteeId", invitee, "message", "Робототехника; складские роботы, совместное производство"))
                .post("/api/forums/" + fixtures.forumId + "/meeting-requests").then().statusCode(201)
                .extract().path("meetingId");
        given().auth().oauth2(token(invitee)).post("/api/meeting-requests/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("SCHEDULED"));
    }

    private static String token(UUID participant) {
        return LocalInfra.shared().tokens().mint(participant.toString(), "participant");
    }

    private static UUID awaitProfile(UUID id) {
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Profile.findByIdOptional(id).isPresent()));
        return id;
    }
}
