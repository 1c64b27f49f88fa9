package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.b2bSessionBody;
import static dev.dialogue.registration.Fixtures.forumBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.forums.Forum;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForumResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private final String admin = adminToken();

    @Test
    void createsAForumAddsASessionOpensItAndAnnouncesEachStepWithTheFullForum() {
        String forumId = newForumId();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId))
                .post("/api/forums").then().statusCode(201)
                .header("Location", endsWith("/api/forums/" + forumId))
                .body("status", equalTo("DRAFT"))
                .body("title.zh", equalTo("对话促发展"));
        String sessionId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(b2bSessionBody())
                .post("/api/forums/" + forumId + "/sessions").then().statusCode(201)
                .body("startsAt", equalTo("2025-11-20T14:00:00+08:00"))
                .extract().path("sessionId");
        Map<String, Object> open = forumBody(forumId);
        open.put("status", "OPEN");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(open).put("/api/forums/" + forumId)
                .then().statusCode(200).body("status", equalTo("OPEN")).body("sessions[0].tables", equalTo(40));

        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        var openedRecord = kafka.await("forum.forums.v1", r -> forumId.equals(r.key())
                && header(r, "ce_type").equals(EventType.FORUM_OPENED.typeName()), Duration.ofSeconds(30));
        CloudEvent opened = KafkaCloudEvents.fromRecord(openedRecord.headers(), openedRecord.value());
        assertThat(EventSchemas.violations(EventType.FORUM_OPENED, opened.data())).isEmpty();
        Forum forum = EventJson.fromBytes(opened.data(), Forum.class);
        assertThat(forum.sessions()).singleElement()
                .satisfies(session -> assertThat(session.sessionId()).hasToString(sessionId));
        assertThat(kafka.readAll("forum.forums.v1").stream().filter(record -> forumId.equals(record.key()))
                .map(record -> header(record, "ce_type")))
                .containsExactly(EventType.FORUM_CREATED.typeName(), EventType.FORUM_SESSION_ADDED.typeName(),
                        EventType.FORUM_OPENED.typeName());
    }

    @Test
    void aForumOnlyMovesForward() {
        String forumId = newForumId();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId)).post("/api/forums");
        Map<String, Object> closed = forumBody(forumId);
        closed.put("status", "CLOSED");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(closed).put("/api/forums/" + forumId)
                .then().statusCode(409).body("detail", containsString("cannot go from DRAFT to CLOSED"));
    }

    @Test
    void aTakenCodeIsAConflict() {
        String forumId = newForumId();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId)).post("/api/forums")
                .then().statusCode(201);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId)).post("/api/forums")
                .then().statusCode(409).body("existingId", equalTo(forumId));
    }

    @Test
    void badForumDetailsAreNamed() {
        Map<String, Object> body = forumBody(newForumId());
        body.put("timeZone", "Mars/Olympus");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post("/api/forums")
                .then().statusCode(400).body("field", equalTo("timeZone"));

        Map<String, Object> reversed = forumBody(newForumId());
        reversed.put("endDate", "2025-11-01");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(reversed).post("/api/forums")
                .then().statusCode(400).body("field", equalTo("endDate"));

        Map<String, Object> untitled = forumBody(newForumId());
        untitled.put("title", Map.of());
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(untitled).post("/api/forums")
                .then().statusCode(400).body("errors[0].field", equalTo("title.present"));
    }

    /** Each text and list an admin supplies is capped, so that the forum's events stay within what the outbox takes. */
    @Test
    void oversizeTitlesAndListsAreANamedProblemAndWriteNothing() {
        String forumId = newForumId();
        Map<String, Object> longTitle = forumBody(forumId);
        longTitle.put("title", Map.of("zh", "对".repeat(501)));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(longTitle).post("/api/forums")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title.zh"));
        Map<String, Object> categories = forumBody(forumId);
        categories.put("autoApprovedCategories", java.util.Collections.nCopies(10, "DIPLOMAT"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(categories).post("/api/forums")
                .then().statusCode(400).body("errors[0].field", equalTo("autoApprovedCategories"));
        given().auth().oauth2(admin).get("/api/forums/" + forumId).then().statusCode(404);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId)).post("/api/forums")
                .then().statusCode(201);
        Map<String, Object> sectors = b2bSessionBody();
        sectors.put("sectors", java.util.Collections.nCopies(20, "ROBOTICS"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(sectors).post("/api/forums/" + forumId + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("sectors"));
        Map<String, Object> sessionTitle = b2bSessionBody();
        sessionTitle.put("title", Map.of("ru", "Я".repeat(501)));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(sessionTitle).post("/api/forums/" + forumId + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("title.ru"));
        given().auth().oauth2(admin).get("/api/forums/" + forumId).then().statusCode(200).body("sessions.size()", equalTo(0));
    }

    @Test
    void sessionsMustFitTheForumAndOnlyB2BHasTables() {
        String forumId = newForumId();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(forumBody(forumId)).post("/api/forums");

        Map<String, Object> late = b2bSessionBody();
        late.put("startsAt", "2025-11-23T10:00");
        late.put("endsAt", "2025-11-23T12:00");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(late).post("/api/forums/" + forumId + "/sessions")
                .then().statusCode(400).body("field", equalTo("startsAt"));

        Map<String, Object> noTables = b2bSessionBody();
        noTables.remove("tables");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(noTables).post("/api/forums/" + forumId + "/sessions")
                .then().statusCode(400).body("field", equalTo("tables"));

        Map<String, Object> panelWithSlots = b2bSessionBody();
        panelWithSlots.put("kind", "PANEL");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(panelWithSlots)
                .post("/api/forums/" + forumId + "/sessions")
                .then().statusCode(400).body("field", equalTo("tables"));

        given().auth().oauth2(admin).get("/api/forums/" + forumId).then().statusCode(200).body("sessions.size()", equalTo(0));
    }

    @Test
    void onlyAdminsChangeForums() {
        String staff = LocalInfra.shared().tokens().mint("staff-1", "staff");
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(forumBody(newForumId())).post("/api/forums")
                .then().statusCode(403);
        given().get("/api/forums").then().statusCode(401);
    }

    /** PostgreSQL text cannot hold NUL: such a value is the request's fault, a 400, never a 500. */
    @Test
    void aNulCharacterInTheForumCodeIsABadRequest() {
        given().auth().oauth2(admin).urlEncodingEnabled(false).get("/api/forums/forum%00").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot be stored or compared"));
    }

    private static String newForumId() {
        return "forum-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
