package dev.dialogue.agreement.api;

import static dev.dialogue.agreement.AgreementFixtures.party;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.AuditChain;
import dev.dialogue.agreement.service.JointProjects;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafting, documents, listing, projects and every bad input of the issue. */
@QuarkusTest
class AgreementResourceTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private AgreementFixtures fixtures;
    private Org technopolis;
    private Org lunai;
    private UUID anna;
    private UUID zhang;

    @BeforeEach
    void forum() {
        fixtures = new AgreementFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS, Sector.ROBOTICS);
        lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS);
        anna = fixtures.person(technopolis, "Анна Смирнова");
        zhang = fixtures.person(lunai, "张伟");
    }

    @Test
    void aDraftNamesItsPartiesAndSignatoriesAndItsDocumentsAreBoundByHash() {
        Map<String, Object> body = fixtures.body("INVESTMENT_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER")));
        body.put("validFrom", "2024-01-01");
        body.put("validTo", "2026-12-31");
        body.put("value", 150000000);
        body.put("currency", "RUB");
        String id = fixtures.draft(body).statusCode(201)
                .header("Location", containsString("/api/agreements/"))
                .body("status", equalTo("DRAFT"))
                .body("parties[0].organisationName", equalTo("ОЭЗ «Технополис Москва»"))
                .body("parties[1].signatories[0].participantId", equalTo(zhang.toString()))
                .body("currency", equalTo("RUB")).body("validTo", equalTo("2026-12-31"))
                .extract().path("agreementId");

        String text = "Стороны — ОЭЗ «Технополис Москва» и 山东鲁耐信息技术集团 — договорились…";
        given().auth().oauth2(fixtures.admin).contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/agreements/" + id + "/documents/ru?prevailing=true").then().statusCode(200)
                .body("prevailingLanguage", equalTo("ru"))
                .body("documents[0].sha256", equalTo(AuditChain.sha256(text.getBytes(StandardCharsets.UTF_8))))
                .body("documents[0].version", equalTo(1));
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(fixtures.admin).contentType("application/pdf").body(pdf)
                .put("/api/agreements/" + id + "/documents/zh").then().statusCode(200)
                .body("documents.language", hasItems("ru", "zh"))
                .body("documents[1].mediaType", equalTo("application/pdf"));
        given().auth().oauth2(fixtures.admin).accept("application/pdf").get("/api/agreements/" + id + "/documents/zh").then()
                .statusCode(200).header("X-Document-SHA256", AuditChain.sha256(pdf));

        given().auth().oauth2(fixtures.admin).get("/api/forums/" + fixtures.forumId + "/agreements?kind=INVESTMENT_AGREEMENT&party="
                + lunai.id()).then().statusCode(200).body("agreementId", hasItems(id));
        given().auth().oauth2(fixtures.admin).get("/api/forums/" + fixtures.forumId + "/agreements?status=EXECUTED").then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void badDraftsAreNamedAndWriteNothing() {
        long before = agreements();
        fixtures.draft(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL", List.of(party(technopolis, anna, "SIGNER"))))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItems("parties"));
        fixtures.draft(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                        List.of(party(technopolis, zhang, "SIGNER"), party(lunai, anna, "SIGNER"))))
                .statusCode(400).body("field", equalTo("parties[0].signatories[0].participantId"))
                .body("detail", containsString("another organisation"));
        Org unknown = fixtures.organisation("Nobody Ltd", "CN");
        fixtures.draft(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                        List.of(party(technopolis, anna, "SIGNER"), party(unknown))))
                .statusCode(400).body("field", equalTo("parties[1].organisationId"));
        fixtures.draft(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                        List.of(party(technopolis, anna, "SIGNER"), party(technopolis))))
                .statusCode(400).body("field", equalTo("parties[1].organisationId"));
        Map<String, Object> body = fixtures.body("TREATY", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER")));
        fixtures.draft(body).statusCode(400).body("detail", containsString("TREATY"));
        body = fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER")));
        body.put("value", 1000);
        fixtures.draft(body).statusCode(400).body("field", equalTo("currency"));
        assertThat(agreements()).isEqualTo(before);
    }

    @Test
    void badDocumentsAndAnOpeningTooEarlyAreRefused() {
        String id = fixtures.drafted(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai))));
        fixtures.open(id).statusCode(409).body("detail", containsString("no document"));
        given().auth().oauth2(fixtures.admin).contentType("text/plain").body(new byte[600 * 1024])
                .put("/api/agreements/" + id + "/documents/ru").then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(fixtures.admin).contentType("application/pdf").body("not a pdf".getBytes(StandardCharsets.UTF_8))
                .put("/api/agreements/" + id + "/documents/ru").then().statusCode(400).body("field", equalTo("body"));
        given().auth().oauth2(fixtures.admin).contentType("text/plain").body(new byte[] {(byte) 0xff, (byte) 0xfe})
                .put("/api/agreements/" + id + "/documents/ru").then().statusCode(400);
        fixtures.document(id, "de", "Vereinbarung").statusCode(400).body("field", equalTo("language"));
        fixtures.document(id, "en", "Agreement").statusCode(200);
        fixtures.open(id).statusCode(409).body("detail", containsString("has no signer"));
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyAnExecutedAgreementHasProjectsAndTheyOnlyMoveForward() {
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        Map<String, Object> project = Map.of("sector", "MICROELECTRONICS",
                "title", Map.of("ru", "Производство микросхем на площадке ОЭЗ", "en", "Chip production at the SEZ"));
        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(project)
                .post("/api/agreements/" + id + "/projects").then().statusCode(409);
        fixtures.sign(id, anna).statusCode(200);
        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("EXECUTED"));

        String projectId = given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(project)
                .post("/api/agreements/" + id + "/projects").then().statusCode(200)
                .body("projects[0].status", equalTo("IDEA")).extract().path("projects[0].projectId");
        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(Map.of("status", "ACTIVE"))
                .put("/api/agreements/" + id + "/projects/" + projectId).then().statusCode(200)
                .body("projects[0].status", equalTo("ACTIVE"));
        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(Map.of("status", "IDEA"))
                .put("/api/agreements/" + id + "/projects/" + projectId).then().statusCode(409);
    }

    /** Every change is announced with the title and every project: each is capped, so that event stays within the outbox's limit. */
    @Test
    void oversizeTitlesAndTooManyProjectsAreANamedProblemAndWriteNothing() {
        long before = agreements();
        Map<String, Object> longTitle = fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER")));
        longTitle.put("title", Map.of("ru", "Я".repeat(501), "en", "Cooperation agreement"));
        fixtures.draft(longTitle).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title.ru")));
        assertThat(agreements()).isEqualTo(before);

        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        fixtures.sign(id, anna).statusCode(200);
        fixtures.sign(id, zhang).statusCode(200).body("status", equalTo("EXECUTED"));
        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON)
                .body(Map.of("sector", "ROBOTICS", "title", Map.of("en", "x".repeat(501))))
                .post("/api/agreements/" + id + "/projects").then().statusCode(400).body("errors.field", equalTo(List.of("title.en")));
        for (int i = 0; i < JointProjects.MAX_PROJECTS; i++) {
            given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON)
                    .body(Map.of("sector", "ROBOTICS", "title", Map.of("en", "Robot line " + i)))
                    .post("/api/agreements/" + id + "/projects").then().statusCode(200);
        }
        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON)
                .body(Map.of("sector", "ROBOTICS", "title", Map.of("en", "One too many")))
                .post("/api/agreements/" + id + "/projects").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("projects"));
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id).then()
                .body("projects", hasSize(JointProjects.MAX_PROJECTS));
    }

    private static long agreements() {
        return QuarkusTransaction.requiringNew().call(() -> AgreementRecord.count());
    }
}
