package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.registrationBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccreditationTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    private final String admin = adminToken();

    @Test
    void approvalTakesSeatsWhileTheyLastThenTheWaitingListAndACancellationPromotesTheNextInLine() {
        Fixtures.OpenForum forum = Fixtures.openForum(2);
        String first = register(forum, "Первый Участник", "COMPANY_REPRESENTATIVE");
        String second = register(forum, "第二位参与者", "COMPANY_REPRESENTATIVE");
        String third = register(forum, "Third Participant", "COMPANY_REPRESENTATIVE");
        String fourth = register(forum, "Fourth Participant", "COMPANY_REPRESENTATIVE");

        approve(first).body("status", equalTo("APPROVED")).body("sessions[0].status", equalTo("ENROLLED"));
        approve(second).body("status", equalTo("APPROVED"));
        approve(third).body("status", equalTo("WAITLISTED")).body("sessions[0].waitlistPosition", equalTo(1));
        approve(fourth).body("status", equalTo("WAITLISTED")).body("sessions[0].waitlistPosition", equalTo(2));

        given().auth().oauth2(admin).post("/api/registrations/" + first + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        given().auth().oauth2(admin).get("/api/registrations/" + third).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("sessions[0].status", equalTo("ENROLLED"))
                .body("sessions[0].waitlistPosition", nullValue());
        given().auth().oauth2(admin).get("/api/registrations/" + fourth).then()
                .body("sessions[0].waitlistPosition", equalTo(1));
        assertThat(enrolled(forum.b2bSessionId())).isEqualTo(2);
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        kafka.await("forum.participants.v1", record -> third.equals(record.key())
                && "dev.dialogue.participant.promoted.v1".equals(type(record)), Duration.ofSeconds(30));
    }

    @Test
    void concurrentApprovalsNeverExceedTheCapacityAndQueueTheRestInOrder() throws Exception {
        Fixtures.OpenForum forum = Fixtures.openForum(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(register(forum, "Delegate " + i, "YOUNG_ENTREPRENEUR"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> approvals = ids.stream()
                .<Callable<Integer>>map(id -> () -> given().auth().oauth2(admin)
                        .post("/api/registrations/" + id + "/approve").statusCode())
                .toList();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(approvals)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200);
        assertThat(enrolled(forum.b2bSessionId())).isEqualTo(5);
        List<JsonPath> states = ids.stream()
                .map(id -> given().auth().oauth2(admin).get("/api/registrations/" + id).jsonPath()).toList();
        assertThat(states.stream().filter(s -> "APPROVED".equals(s.getString("status")))).hasSize(5);
        assertThat(states.stream().filter(s -> "WAITLISTED".equals(s.getString("status")))
                .map(s -> s.getInt("sessions[0].waitlistPosition")))
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());
    }

    @Test
    void aRejectionNeedsAReasonAndFreesTheSeat() {
        Fixtures.OpenForum forum = Fixtures.openForum(1);
        String rejected = register(forum, "Rejected Person", "MEDIA");
        String waiting = register(forum, "Waiting Person", "MEDIA");
        approve(rejected);
        approve(waiting).body("status", equalTo("WAITLISTED"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .post("/api/registrations/" + rejected + "/reject").then().statusCode(400).body("field", equalTo("reason"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "Не подтверждены полномочия"))
                .post("/api/registrations/" + rejected + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("statusReason", equalTo("Не подтверждены полномочия"));

        given().auth().oauth2(admin).get("/api/registrations/" + waiting).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void onlyASubmittedRegistrationIsApprovedAndOnlyOnce() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String id = register(forum, "Twice Approved", "INVESTOR");
        approve(id);
        given().auth().oauth2(admin).post("/api/registrations/" + id + "/approve").then().statusCode(409);
        given().auth().oauth2(admin).post("/api/registrations/" + UUID.randomUUID() + "/approve").then().statusCode(404);
    }

    @Test
    void aParticipantMayCancelOnlyTheirOwnRegistration() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String mine = register(forum, "Self Canceller", "INDUSTRY_EXPERT");
        String theirs = register(forum, "Somebody Else", "INDUSTRY_EXPERT");
        String token = LocalInfra.shared().tokens().mint(mine, "participant");

        given().auth().oauth2(token).post("/api/registrations/" + theirs + "/cancel").then().statusCode(403);
        given().auth().oauth2(token).post("/api/registrations/" + mine + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().auth().oauth2(token).post("/api/registrations/" + mine + "/cancel").then().statusCode(409);
    }

    @Test
    void aCategoryTheForumAutoApprovesIsApprovedOnArrival() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        Map<String, Object> body = registrationBody("Юрий Теплов", "teplov-" + UUID.randomUUID() + "@example.org",
                Map.of("ru", "Генеральное консульство России в Гуанчжоу"), "RU", forum.b2bSessionId());
        body.put("category", "DIPLOMAT");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/forums/" + forum.forumId() + "/registrations").then().statusCode(201)
                .body("status", equalTo("APPROVED")).body("sessions[0].status", equalTo("ENROLLED"));
    }

    private String register(Fixtures.OpenForum forum, String name, String category) {
        Map<String, Object> body = registrationBody(name, "p-" + UUID.randomUUID() + "@example.org",
                Map.of("en", "Delegation Co " + UUID.randomUUID()), "CN", forum.b2bSessionId());
        body.put("category", category);
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/forums/" + forum.forumId() + "/registrations").then().statusCode(201)
                .extract().path("participantId");
    }

    private io.restassured.response.ValidatableResponse approve(String id) {
        return given().auth().oauth2(admin).post("/api/registrations/" + id + "/approve").then().statusCode(200);
    }

    private int enrolled(UUID sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select enrolled from forum_session where id = ?1").setParameter(1, sessionId)
                .getSingleResult()).intValue());
    }

    private static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
