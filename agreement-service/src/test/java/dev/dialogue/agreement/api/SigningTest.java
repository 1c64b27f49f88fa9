package dev.dialogue.agreement.api;

import static dev.dialogue.agreement.AgreementFixtures.act;
import static dev.dialogue.agreement.AgreementFixtures.party;
import static dev.dialogue.agreement.AgreementFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.agreement.service.AgreementDeadlines;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening, signing order, approvals, stale hashes, edits, eligibility, deadlines and races. */
@QuarkusTest
class SigningTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Inject
    AgreementDeadlines deadlines;

    private AgreementFixtures fixtures;
    private Org technopolis;
    private Org lunai;

    @BeforeEach
    void forum() {
        fixtures = new AgreementFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS);
        lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS);
    }

    @Test
    void inParallelEachPartySignsAndTheLastSignatureExecutesItAndARepeatHasNoEffect() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));

        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));
        int entries = auditEntries(id);
        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));
        assertThat(auditEntries(id)).as("a repeated signature adds nothing").isEqualTo(entries);

        fixtures.sign(id, anna).statusCode(200).body("status", equalTo("EXECUTED"))
                .body("parties[0].signatories[0].status", equalTo("SIGNED"));
        new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).await("forum.agreements.v1", record -> id.equals(record.key())
                && "dev.dialogue.agreement.executed.v1".equals(AgreementFixtures.eventType(record)), AgreementFixtures.PATIENCE);
    }

    @Test
    void sequentiallyPartiesSignInOrderAndApproversBeforeTheirSigners() {
        UUID approver = fixtures.person(technopolis, "Ольга Козлова");
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("INVESTMENT_AGREEMENT", "SEQUENTIAL",
                List.of(party(technopolis, approver, "APPROVER", anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));

        fixtures.sign(id, zhang).statusCode(403).body("detail", containsString("not your turn"));
        fixtures.sign(id, anna).statusCode(403).body("detail", containsString("approvers approve first"));
        fixtures.sign(id, approver).statusCode(403).body("detail", containsString("only signers and witnesses sign"));
        fixtures.approve(id, anna).statusCode(403).body("detail", containsString("only approvers approve"));
        fixtures.approve(id, approver).statusCode(200).body("status", equalTo("OPEN"));
        fixtures.sign(id, anna).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));
        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("EXECUTED"));
    }

    @Test
    void aStaleHashIsAConflictAndAnEditAfterOpeningVoidsTheSignaturesGiven() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        Map<String, String> original = fixtures.currentHashes(id);
        act(id, anna, "signatures", Map.of("ru", original.get("ru"))).statusCode(409)
                .body("currentHashes.zh", equalTo(original.get("zh")));
        fixtures.sign(id, anna).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));

        fixtures.document(id, "ru", "Стороны договорились о сотрудничестве в области микроэлектроники и робототехники.")
                .statusCode(200).body("status", equalTo("OPEN"))
                .body("parties[0].signatories[0].status", equalTo("PENDING"))
                .body("documents[0].version", equalTo(2));

        act(id, zhang, "signatures", original).statusCode(409);
        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));
        fixtures.sign(id, anna).statusCode(200).body("status", equalTo("EXECUTED"));
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id + "/documents/ru?version=1").then().statusCode(200)
                .body(equalTo("Стороны договорились о сотрудничестве в области микроэлектроники."));
    }

    @Test
    void aParticipantWhoseRegistrationIsCancelledCanNoLongerSign() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));

        fixtures.cancel(zhang, lunai, "张伟");

        fixtures.sign(id, zhang).statusCode(403).body("detail", containsString("no longer accredited"));
    }

    @Test
    void notASignatoryIsForbiddenAndAVoidedAgreementIsNotSigned() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        UUID outsider = fixtures.person(lunai, "李娜");
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));

        fixtures.sign(id, outsider).statusCode(403).body("detail", containsString("not a signatory"));
        given().auth().oauth2(token(outsider)).get("/api/agreements/" + id).then().statusCode(403);
        given().auth().oauth2(token(anna)).get("/api/agreements/" + id).then().statusCode(200);

        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(Map.of("reason", "Стороны передумали"))
                .post("/api/agreements/" + id + "/void").then().statusCode(200).body("status", equalTo("VOIDED"))
                .body("statusReason", equalTo("Стороны передумали"));
        fixtures.sign(id, anna).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("VOIDED"));
        given().auth().oauth2(token(zhang)).contentType(ContentType.JSON).body(Map.of("reason", "—"))
                .post("/api/agreements/" + id + "/decline").then().statusCode(409);
    }

    @Test
    void aSignatoryDeclinesWithAReason() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("MEMORANDUM_OF_UNDERSTANDING", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));

        given().auth().oauth2(token(zhang)).contentType(ContentType.JSON).body(Map.of("reason", "Условия не согласованы"))
                .post("/api/agreements/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("parties[1].signatories[0].status", equalTo("DECLINED"));
    }

    @Test
    void aNearDeadlineRemindsOnceAndAPassedOneExpires() {
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        Map<String, Object> body = fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER")));
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
        body.put("signingDeadline", deadline.toString());
        String id = fixtures.opened(body);

        deadlines.check(deadline.minusHours(24));
        deadlines.check(deadline.minusHours(23));
        List<String> types = new KafkaProbe(KafkaAccess.decode(kafkaAdmin)).readAll("forum.agreements.v1").stream()
                .filter(record -> id.equals(record.key())).map(AgreementFixtures::eventType).toList();
        assertThat(types).containsOnlyOnce("dev.dialogue.agreement.signatures-due.v1");

        deadlines.check(deadline.plusMinutes(1));
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id).then().body("status", equalTo("EXPIRED"));
        fixtures.sign(id, anna).statusCode(409);
    }

    /** Signatures and a void racing: one consistent end, and a chain that still verifies. */
    @Test
    void concurrentSignaturesAndAVoidEndInOneConsistentState() throws Exception {
        List<UUID> signers = new ArrayList<>();
        List<Map<String, Object>> parties = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Org org = fixtures.organisation("Guangdong Robotics " + i, "CN", Sector.ROBOTICS);
            UUID signer = fixtures.person(org, "Signer " + i);
            signers.add(signer);
            parties.add(party(org, signer, "SIGNER"));
        }
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL", parties));
        Map<String, String> hashes = fixtures.currentHashes(id);

        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Callable<Integer>> calls = new ArrayList<>();
        signers.forEach(signer -> calls.add(() -> act(id, signer, "signatures", hashes).extract().statusCode()));
        calls.add(() -> given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(Map.of("reason", "race"))
                .post("/api/agreements/" + id + "/void").then().extract().statusCode());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(calls)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).allMatch(status -> status == 200 || status == 409);
        var agreement = given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id).then().extract().jsonPath();
        long signed = agreement.getList("parties.signatories.flatten().status", String.class).stream()
                .filter("SIGNED"::equals).count();
        if ("VOIDED".equals(agreement.getString("status"))) {
            assertThat(statuses.get(4)).isEqualTo(200);
            assertThat(signed).isEqualTo(statuses.subList(0, 4).stream().filter(status -> status == 200).count());
        } else {
            assertThat(agreement.getString("status")).isEqualTo("EXECUTED");
            assertThat(statuses.get(4)).isEqualTo(409);
            assertThat(signed).isEqualTo(4);
        }
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id + "/verification").then()
                .body("valid", equalTo(true)).body("documentProblems", hasSize(0));
    }

    private int auditEntries(String id) {
        return given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id + "/audit").then().extract()
                .path("entries.size()");
    }
}
