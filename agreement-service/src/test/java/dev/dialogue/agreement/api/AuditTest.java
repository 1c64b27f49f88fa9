package dev.dialogue.agreement.api;

import static dev.dialogue.agreement.AgreementFixtures.party;
import static dev.dialogue.agreement.AgreementFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.VerifyAuditChain;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.service.Certificate;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit chain: verified by the service and offline, tampering found, certificates, erasure. */
@QuarkusTest
class AuditTest {

    private static final String RU = "Стороны договорились о сотрудничестве в области микроэлектроники.";

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private AgreementFixtures fixtures;
    private Org technopolis;
    private Org lunai;
    private UUID anna;
    private UUID zhang;
    private String id;

    @BeforeEach
    void anExecutedAgreement() {
        fixtures = new AgreementFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        technopolis = fixtures.organisation("ОЭЗ «Технополис Москва» <SEZ>", "RU", Sector.MICROELECTRONICS);
        lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS);
        anna = fixtures.person(technopolis, "Анна Смирнова");
        zhang = fixtures.person(lunai, "张伟");
        id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        fixtures.sign(id, anna).statusCode(200);
        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("EXECUTED"));
    }

    @Test
    void theChainRecordsEveryActionAndVerifiesInTheServiceAndOffline() throws Exception {
        JsonNode export = EventJson.mapper().readTree(given().auth().oauth2(token(anna)).get(path("audit")).then().statusCode(200)
                .extract().asByteArray());
        assertThat(export.path("entries").findValuesAsText("action")).containsExactly("DRAFTED", "DOCUMENT_VERSION_ADDED",
                "DOCUMENT_VERSION_ADDED", "OPENED", "SIGNED", "SIGNED", "EXECUTED");
        assertThat(export.toString()).doesNotContain("Анна Смирнова").doesNotContain("张伟");
        given().auth().oauth2(fixtures.admin).get(path("verification")).then().statusCode(200)
                .body("valid", equalTo(true)).body("entries", equalTo(7)).body("head", equalTo(export.path("head").asText()));

        VerifyAuditChain.Report offline = VerifyAuditChain.check(export, Map.of("ru", RU.getBytes(StandardCharsets.UTF_8)));
        assertThat(offline.valid()).as(String.join("\n", offline.lines())).isTrue();
        VerifyAuditChain.Report alteredText = VerifyAuditChain.check(export,
                Map.of("ru", (RU + " И ещё одно условие.").getBytes(StandardCharsets.UTF_8)));
        assertThat(alteredText.valid()).isFalse();
        assertThat(alteredText.lines()).anyMatch(line -> line.startsWith("FAIL document ru"));
        ((ObjectNode) export.path("entries").get(4)).put("actor", "participant:" + UUID.randomUUID());
        assertThat(VerifyAuditChain.check(export, Map.of()).lines()).anyMatch(line -> line.startsWith("FAIL audit chain entry 5"));
    }

    @Test
    void tamperingWithAnyStoredRowIsDetected() {
        QuarkusTransaction.requiringNew().run(() -> AgreementRecord.getEntityManager().createNativeQuery(
                "update audit_entry set details = jsonb_set(details, '{role}', '\"WITNESS\"') where agreement_id = ?1 and seq = 5")
                .setParameter(1, UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(fixtures.admin).get(path("verification")).then().statusCode(200)
                .body("valid", equalTo(false)).body("brokenAt", equalTo(5));

        String otherId = anotherExecutedAgreement();
        QuarkusTransaction.requiringNew().run(() -> AgreementRecord.getEntityManager().createNativeQuery(
                "update agreement_document set content = convert_to('Подменённый текст', 'UTF8') where agreement_id = ?1"
                        + " and language = 'ru'").setParameter(1, UUID.fromString(otherId)).executeUpdate());
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + otherId + "/verification").then()
                .body("valid", equalTo(false)).body("brokenAt", equalTo(null))
                .body("documentProblems[0]", containsString("ru version 1"));
    }

    @Test
    void theCertificateOfCompletionIsJsonAndPrintableHtml() {
        given().auth().oauth2(fixtures.admin).get(path("certificate")).then().statusCode(200)
                .body("auditVerified", equalTo(true))
                .body("parties[0].signatories[0].name", equalTo("Анна Смирнова"))
                .body("documents", hasSize(2));
        String html = given().auth().oauth2(fixtures.admin).accept("text/html").get(path("certificate")).then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("Certificate of completion", "张伟", "ОЭЗ «Технополис Москва» &lt;SEZ&gt;", "verified")
                .doesNotContain("<SEZ>");
    }

    @Test
    void anErasureRemovesTheNameAndTheWordsWhileTheChainStillVerifies() {
        String declined = anotherOpenAgreement();
        given().auth().oauth2(token(zhang)).contentType(ContentType.JSON).body(Map.of("reason", "Не успеваем до Нового года"))
                .post("/api/agreements/" + declined + "/decline").then().statusCode(200);

        new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).send("forum.participants.v1", CloudEvent.of(EventType.PARTICIPANT_ERASED,
                URI.create("/registration-service"), zhang.toString(), OffsetDateTime.now(),
                EventJson.toBytes(new ParticipantErased(zhang, fixtures.forumId, OffsetDateTime.now()))));

        await().atMost(AgreementFixtures.PATIENCE).untilAsserted(() -> given().auth().oauth2(fixtures.admin)
                .get("/api/agreements/" + declined).then().body("statusReason", equalTo(null)));
        given().auth().oauth2(fixtures.admin).get(path("certificate")).then()
                .body("parties[1].signatories[0].name", equalTo(null))
                .body("parties[1].signatories[0].participantId", equalTo(zhang.toString()));
        given().auth().oauth2(fixtures.admin).get(path("verification")).then().body("valid", equalTo(true));
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + declined + "/verification").then()
                .body("valid", equalTo(true));
        long leftovers = QuarkusTransaction.requiringNew().call(() -> ((Number) AgreementRecord.getEntityManager()
                .createNativeQuery("select count(*) from participant where participant_id = ?1").setParameter(1, zhang)
                .getSingleResult()).longValue());
        assertThat(leftovers).isZero();
        given().auth().oauth2(fixtures.admin).get(path("audit")).then().body(not(containsString("Не успеваем")));
    }

    private String anotherOpenAgreement() {
        return fixtures.opened(fixtures.body("MEMORANDUM_OF_UNDERSTANDING", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
    }

    private String anotherExecutedAgreement() {
        String other = anotherOpenAgreement();
        fixtures.sign(other, anna).statusCode(200);
        fixtures.sign(other, zhang).statusCode(200);
        return other;
    }

    private String path(String what) {
        return "/api/agreements/" + id + "/" + what;
    }
}
