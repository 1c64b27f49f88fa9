package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.registrationBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.dialogue.events.Topic;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalDataTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    private final String admin = adminToken();

    @Test
    void anExportHoldsEverythingAboutThePerson() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String id = register(forum, "export-" + UUID.randomUUID() + "@example.org");
        given().auth().oauth2(admin).post("/api/registrations/" + id + "/approve").then().statusCode(200);

        given().auth().oauth2(LocalInfra.shared().tokens().mint(id, "participant"))
                .get("/api/participants/" + id + "/export").then().statusCode(200)
                .body("registration.fullName", equalTo("Анна Ли 安娜"))
                .body("badgeToken", notNullValue())
                .body("announcements.type", hasItem("dev.dialogue.participant.approved.v1"));
    }

    @Test
    void anErasureLeavesNoPersonalDataFreesTheSeatAndTellsTheOtherServices() {
        Fixtures.OpenForum forum = Fixtures.openForum(1);
        String email = "erase-" + UUID.randomUUID() + "@example.org";
        String id = register(forum, email);
        String waiting = register(forum, "waiting-" + UUID.randomUUID() + "@example.org");
        given().auth().oauth2(admin).post("/api/registrations/" + id + "/approve").then().statusCode(200);
        given().auth().oauth2(admin).post("/api/registrations/" + waiting + "/approve").then()
                .body("status", equalTo("WAITLISTED"));

        given().auth().oauth2(LocalInfra.shared().tokens().mint(UUID.randomUUID().toString(), "participant"))
                .delete("/api/participants/" + id).then().statusCode(403);
        given().auth().oauth2(LocalInfra.shared().tokens().mint(id, "participant"))
                .delete("/api/participants/" + id).then().statusCode(204);
        given().auth().oauth2(admin).delete("/api/participants/" + id).then().statusCode(204);

        given().auth().oauth2(admin).get("/api/registrations/" + id).then().statusCode(200)
                .body("fullName", equalTo("erased")).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(admin).get("/api/registrations/" + waiting).then().body("status", equalTo("APPROVED"));
        new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).await("forum.participants.v1", record -> id.equals(record.key())
                && "dev.dialogue.participant.erased.v1".equals(
                        new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)),
                Duration.ofSeconds(30));
        assertThat(rowsMentioning(email)).isZero();
        assertThat(rowsMentioning("Анна Ли 安娜", id)).isZero();
        assertThat(rowsMentioning("Service robots", id)).as("what they offered, a JSON column").isZero();
    }

    /**
     * Who the person is travels on the compacted topic alone, without email or phone; the erasure
     * writes its tombstone there at once and again after the compaction lag (two seconds in tests).
     */
    @Test
    void theDetailsTopicCarriesTheNameAndGetsTheErasuresTombstoneTwice() {
        Fixtures.OpenForum forum = Fixtures.openForum();
        String email = "details-" + UUID.randomUUID() + "@example.org";
        String id = register(forum, email);
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        ConsumerRecord<String, byte[]> details = kafka.await(Topic.PARTICIPANT_DETAILS.topicName(),
                record -> id.equals(record.key()) && record.value() != null, Duration.ofSeconds(30));
        assertThat(new String(details.value(), StandardCharsets.UTF_8)).contains("Анна Ли 安娜").doesNotContain(email);
        ConsumerRecord<String, byte[]> registered = kafka.await(Topic.PARTICIPANTS.topicName(),
                record -> id.equals(record.key()), Duration.ofSeconds(30));
        assertThat(new String(registered.value(), StandardCharsets.UTF_8)).doesNotContain("Анна Ли 安娜").doesNotContain(email);

        given().auth().oauth2(admin).delete("/api/participants/" + id).then().statusCode(204);

        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.readAll(Topic.PARTICIPANT_DETAILS.topicName()).stream()
                .filter(record -> id.equals(record.key()) && record.value() == null)
                .map(record -> new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .filter("dev.dialogue.participant.details-erased.v1"::equals).count() == 2);
    }

    private long rowsMentioning(String text) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select (select count(*) from registration where email = ?1 or full_name = ?1)
                     + (select count(*) from outbox_event where payload::text like '%' || ?1 || '%')""")
                .setParameter(1, text).getSingleResult()).longValue());
    }

    /** The text is shared by the other registrations of the test, so only this person's rows count, in any column. */
    private long rowsMentioning(String text, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select (select count(*) from registration r where r.id = cast(?2 as uuid) and r::text like '%' || ?1 || '%')
                     + (select count(*) from outbox_event where aggregateid = ?2 and payload::text like '%' || ?1 || '%')""")
                .setParameter(1, text).setParameter(2, id).getSingleResult()).longValue());
    }

    private String register(Fixtures.OpenForum forum, String email) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(registrationBody("Анна Ли 安娜", email, Map.of("ru", "ОЭЗ «Технополис Москва»"), "RU",
                        forum.b2bSessionId()))
                .post("/api/forums/" + forum.forumId() + "/registrations").then().statusCode(201)
                .extract().path("participantId");
    }
}
