package dev.dialogue.registration.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.registration.OutboxRows;
import dev.dialogue.registration.domain.Registration;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @jakarta.inject.Inject
    EntityManager entityManager;

    private final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");

    @Test
    void registersAndPublishesTheParticipantThroughTheOutbox() {
        String email = "teplov-" + UUID.randomUUID() + "@example.org";
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Юрий Теплов 殷勇 🙂", "email", email,
                        "organisationName", "Генеральное консульство России в Гуанчжоу", "country", "RU"))
                .post("/api/forums/shenzhen-2025/registrations")
                .then().statusCode(201)
                .header("Location", containsString("/api/registrations/"))
                .body("status", equalTo("SUBMITTED"))
                .body("fullName", equalTo("Юрий Теплов 殷勇 🙂"))
                .extract().path("id");

        ConsumerRecord<String, byte[]> record = new KafkaProbe(bootstrapServers)
                .await("forum.participants.v1", r -> id.equals(r.key()), Duration.ofSeconds(30));
        CloudEvent event = KafkaCloudEvents.fromRecord(record.headers(), record.value());
        assertThat(event.type()).isEqualTo("dev.dialogue.participant.registered.v1");
        assertThat(event.source()).hasToString("/registration-service");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.dataSchema()).isEqualTo(EventType.PARTICIPANT_REGISTERED.dataSchema());
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, event.data())).isEmpty();
        assertThat(new String(event.data(), java.nio.charset.StandardCharsets.UTF_8)).contains("Юрий Теплов 殷勇 🙂");

        given().auth().oauth2(admin).get("/api/registrations/" + id)
                .then().statusCode(200).body("email", equalTo(email));
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.sent(entityManager, id) == 1);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsAConflictNamingTheFirst() {
        String email = "Sobyanin-" + UUID.randomUUID() + "@example.org";
        Map<String, String> body = Map.of("fullName", "Сергей Собянин", "email", email,
                "organisationName", "Правительство Москвы", "country", "RU");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/forums/shenzhen-2025/registrations").then().statusCode(201).extract().path("id");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("fullName", "Сергей Собянин",
                        "email", email.toLowerCase(), "organisationName", "Правительство Москвы", "country", "RU"))
                .post("/api/forums/shenzhen-2025/registrations")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id));
    }

    @Test
    void invalidInputIsAProblemNamingTheFieldAndWritesNothing() {
        String email = "not-an-email-" + UUID.randomUUID();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Yin Yong", "email", email, "organisationName", "Beijing", "country", "China"))
                .post("/api/forums/shenzhen-2025/registrations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("email", "country"));

        assertThat(Registration.findByEmail("shenzhen-2025", email)).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"fullName\": ")
                .post("/api/forums/shenzhen-2025/registrations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("the body is not valid JSON"));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/forums/shenzhen-2025/registrations")
                .then().statusCode(401).contentType("application/problem+json");

        String participant = LocalInfra.shared().tokens().mint(UUID.randomUUID().toString(), "participant");
        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body(Map.of("fullName", "x", "email", "x@example.org", "organisationName", "x", "country", "RU"))
                .post("/api/forums/shenzhen-2025/registrations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownRegistrationIs404() {
        given().auth().oauth2(admin).get("/api/registrations/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
