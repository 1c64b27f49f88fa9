package dev.dialogue.registration.api;

import static dev.dialogue.registration.Fixtures.adminToken;
import static dev.dialogue.registration.Fixtures.registrationBody;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.platform.security.VerifiedTokens;
import dev.dialogue.registration.Fixtures;
import dev.dialogue.registration.OutboxRows;
import dev.dialogue.registration.domain.Registration;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegistrationResourceTest {

    private static final Map<String, String> CONSULATE = Map.of("ru", "Генеральное консульство России в Гуанчжоу",
            "en", "Consulate General of Russia in Guangzhou");

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    EntityManager entityManager;

    @Inject
    JWTCallerPrincipalFactory tokenParser;

    private final String admin = adminToken();
    private Fixtures.OpenForum forum;

    @BeforeEach
    void openForum() {
        forum = Fixtures.openForum();
    }

    @Test
    void registersAndPublishesTheFullStateThroughTheOutbox() {
        String name = "Юрий Теплов 殷勇 🙂";
        String id = register(registrationBody(name, unique("teplov"), CONSULATE, "RU", forum.b2bSessionId()))
                .then().statusCode(201)
                .header("Location", containsString("/api/registrations/"))
                .body("status", equalTo("SUBMITTED"))
                .body("fullName", equalTo(name))
                .body("organisation.name.ru", equalTo(CONSULATE.get("ru")))
                .body("sessions[0].status", equalTo("REQUESTED"))
                .extract().path("participantId");

        ConsumerRecord<String, byte[]> record = new KafkaProbe(KafkaAccess.decode(kafkaAdmin))
                .await("forum.participants.v1", r -> id.equals(r.key()), Duration.ofSeconds(30));
        CloudEvent event = KafkaCloudEvents.fromRecord(record.headers(), record.value());
        assertThat(event.type()).isEqualTo("dev.dialogue.participant.registered.v1");
        assertThat(event.source()).hasToString("/registration-service");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, event.data())).isEmpty();
        assertThat(new String(event.data(), StandardCharsets.UTF_8)).as("the registration names nobody").doesNotContain(name);
        ConsumerRecord<String, byte[]> details = new KafkaProbe(KafkaAccess.decode(kafkaAdmin))
                .await("personal.participants.v1", r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertThat(new String(details.value(), StandardCharsets.UTF_8)).contains(name);

        given().auth().oauth2(admin).get("/api/registrations/" + id)
                .then().statusCode(200).body("fullName", equalTo(name));
        // The registration and who the person is, on their two topics.
        await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.sent(entityManager, id) == 2);
    }

    @Test
    void theSameOrganisationNamedTwiceIsOne() {
        String first = register(registrationBody("Ivan Petrov", unique("petrov"),
                Map.of("ru", "ОЭЗ «Технополис Москва»"), "RU", null)).then().statusCode(201)
                .extract().path("organisation.organisationId");
        String second = register(registrationBody("Anna Smirnova", unique("smirnova"),
                Map.of("ru", "оэз технополис  москва", "en", "SEZ Technopolis Moscow"), "RU", null)).then().statusCode(201)
                .extract().path("organisation.organisationId");
        String elsewhere = register(registrationBody("Li Wei", unique("li"),
                Map.of("ru", "ОЭЗ «Технополис Москва»"), "CN", null)).then().statusCode(201)
                .extract().path("organisation.organisationId");

        assertThat(second).isEqualTo(first);
        assertThat(elsewhere).isNotEqualTo(first);
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsAConflictNamingTheFirst() {
        String email = unique("Sobyanin");
        String id = register(registrationBody("Сергей Собянин", email, Map.of("ru", "Правительство Москвы"), "RU", null))
                .then().statusCode(201).extract().path("participantId");

        register(registrationBody("Сергей Собянин", email.toLowerCase(), Map.of("ru", "Правительство Москвы"), "RU", null))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("existingId", equalTo(id));
    }

    @Test
    void invalidFieldsAreAProblemNamingEachAndWriteNothing() {
        String email = "not-an-email-" + UUID.randomUUID();
        Map<String, Object> body = registrationBody("Yin Yong", email, Map.of("zh", "北京市人民政府"), "China", null);
        body.remove("consent");

        register(body).then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", hasItems("email", "organisation.country", "consent"));
        assertThat(Registration.findByEmail(forum.forumId(), email)).isEmpty();
    }

    /** The API and the event schema accept the same addresses: one accepted here never breaks its event later. */
    @Test
    void anAddressAtAnyTopLevelDomainTheApiAcceptsIsRegisteredAndAnnounced() {
        String email = "delegate-" + UUID.randomUUID() + "@guangdong.example";
        register(registrationBody("陈静", email, Map.of("zh", "广东智能装备有限公司"), "CN", null)).then().statusCode(201);
        register(registrationBody("陈静", "two@@guangdong.example", Map.of("zh", "广东智能装备有限公司"), "CN", null)).then()
                .statusCode(400).body("errors.field", hasItems("email"));
    }

    @Test
    void anUnknownSectorIsNamed() {
        Map<String, Object> body = registrationBody("Yin Yong", unique("yin"), Map.of("zh", "北京市人民政府"), "CN", null);
        body.put("sectors", java.util.List.of("ROBOTICS", "TELEPORTATION"));

        register(body).then().statusCode(400)
                .body("field", equalTo("sectors[1]"))
                .body("detail", containsString("TELEPORTATION"));
    }

    @Test
    void aSessionOfAnotherForumIsNamed() {
        register(registrationBody("Yin Yong", unique("yin"), Map.of("zh", "北京市人民政府"), "CN", UUID.randomUUID()))
                .then().statusCode(400)
                .body("field", equalTo("sessions[0]"));
    }

    @Test
    void aForumThatIsNotOpenTakesNoRegistrations() {
        String draft = "draft-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.forumBody(draft))
                .post("/api/forums").then().statusCode(201);
        String email = unique("early");

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(registrationBody("Early Bird", email, Map.of("en", "Early Co"), "CN", null))
                .post("/api/forums/" + draft + "/registrations")
                .then().statusCode(409).body("detail", containsString("not open"));
        assertThat(Registration.findByEmail(draft, email)).isEmpty();
    }

    @Test
    void anUnknownForumIs404() {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(registrationBody("Nobody", unique("nobody"), Map.of("en", "Nowhere"), "RU", null))
                .post("/api/forums/no-such-forum/registrations")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void sqlLookingTextIsStoredAsWritten() {
        String name = "Robert'); DROP TABLE registration;--";
        register(registrationBody(name, unique("bobby"), Map.of("en", "1' OR '1'='1"), "RU", null))
                .then().statusCode(201).body("fullName", equalTo(name))
                .body("organisation.name.en", equalTo("1' OR '1'='1"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"fullName\": ")
                .post("/api/forums/" + forum.forumId() + "/registrations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("the body is not valid JSON"));
    }

    @Test
    void aTenMegabyteBodyIsRefusedAsAProblemAndWritesNothing() {
        String email = unique("huge");
        Map<String, Object> body = registrationBody("Huge", email, Map.of("en", "Huge Co"), "RU", null);
        body.put("position", "x".repeat(10 * 1024 * 1024));

        // As real clients of large uploads do: ask first, so the refusal comes before the body.
        given().config(io.restassured.config.RestAssuredConfig.config().httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true)))
                .auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/forums/" + forum.forumId() + "/registrations")
                .then().statusCode(413).contentType("application/problem+json")
                .body("title", equalTo("Payload too large"));
        assertThat(Registration.findByEmail(forum.forumId(), email)).isEmpty();
    }

    @Test
    void aWrongContentTypeIs415() {
        given().auth().oauth2(admin).contentType(ContentType.TEXT).body("fullName=x")
                .post("/api/forums/" + forum.forumId() + "/registrations")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/forums/" + forum.forumId() + "/registrations")
                .then().statusCode(401).contentType("application/problem+json");

        String participant = LocalInfra.shared().tokens().mint(UUID.randomUUID().toString(), "participant");
        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body(registrationBody("x", unique("x"), Map.of("en", "x"), "RU", null))
                .post("/api/forums/" + forum.forumId() + "/registrations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aTokenIsVerifiedOnceAndAnAlteredOneIsStillRefused() {
        assertThat(tokenParser).isInstanceOf(VerifiedTokens.class);
        given().auth().oauth2(admin).get("/api/registrations/" + UUID.randomUUID()).then().statusCode(404);

        String altered = admin.substring(0, admin.length() - 2) + (admin.charAt(admin.length() - 2) == 'A' ? 'B' : 'A')
                + admin.charAt(admin.length() - 1);
        given().auth().oauth2(altered).get("/api/registrations/" + UUID.randomUUID())
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownRegistrationIs404() {
        given().auth().oauth2(admin).get("/api/registrations/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private io.restassured.response.Response register(Map<String, Object> body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/forums/" + forum.forumId() + "/registrations");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }
}
