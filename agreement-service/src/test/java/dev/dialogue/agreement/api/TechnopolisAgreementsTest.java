package dev.dialogue.agreement.api;

import static dev.dialogue.agreement.AgreementFixtures.party;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.agreement.VerifyAuditChain;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The two agreements of the source document: Technopolis Moscow SEZ with Shandong Lunai
 * Information Technology Group, and with the Shanghai Youth Entrepreneurship Foundation; drafted
 * in three languages, approved and signed, executed, verified offline, with joint projects on the SEZ.
 */
@QuarkusTest
class TechnopolisAgreementsTest {

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Test
    void theSeedsTwoAgreementsAreDraftedSignedAndVerified() throws Exception {
        AgreementFixtures fixtures = new AgreementFixtures(new KafkaProbe(KafkaAccess.decode(kafkaAdmin)));
        Org technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS,
                Sector.ELECTRIC_TRANSPORT, Sector.PHARMACEUTICALS, Sector.ROBOTICS);
        Org lunai = fixtures.organisation("Шаньдунская группа компаний информационных технологий «Лунай»", "CN",
                Sector.TELECOM_IT, Sector.MICROELECTRONICS);
        Org foundation = fixtures.organisation("Шанхайский фонд молодежного предпринимательства", "CN", Sector.ROBOTICS);
        UUID director = fixtures.person(technopolis, "Генеральный директор ОЭЗ");
        UUID lawyer = fixtures.person(technopolis, "Юрист ОЭЗ");
        UUID chairman = fixtures.person(lunai, "张伟");
        UUID secretaryGeneral = fixtures.person(foundation, "李娜");

        Map<String, String> texts = Map.of(
                "ru", "Соглашение о сотрудничестве между ОЭЗ «Технополис Москва» и %s: совместные проекты на площадке ОЭЗ.",
                "zh", "莫斯科“技术城”经济特区与%s合作协议：在经济特区开展联合项目。",
                "en", "Cooperation agreement between Technopolis Moscow SEZ and %s: joint projects hosted on the SEZ.");
        Map<Org, Sector> projects = new LinkedHashMap<>();
        projects.put(lunai, Sector.MICROELECTRONICS);
        projects.put(foundation, Sector.ROBOTICS);
        for (Map.Entry<Org, Sector> counterpart : projects.entrySet()) {
            Org partner = counterpart.getKey();
            UUID signer = partner == lunai ? chairman : secretaryGeneral;
            Map<String, Object> body = fixtures.body("COOPERATION_AGREEMENT", "SEQUENTIAL",
                    List.of(party(technopolis, lawyer, "APPROVER", director, "SIGNER"), party(partner, signer, "SIGNER")));
            body.put("sectors", List.of(counterpart.getValue().name()));
            body.put("prevailingLanguage", "ru");
            body.put("validFrom", "2024-01-01");
            body.put("validTo", "2026-12-31");
            String id = fixtures.drafted(body);
            Map<String, byte[]> documents = new LinkedHashMap<>();
            texts.forEach((language, text) -> {
                byte[] bytes = text.formatted(partner.name()).getBytes(StandardCharsets.UTF_8);
                documents.put(language, bytes);
                fixtures.document(id, language, new String(bytes, StandardCharsets.UTF_8)).statusCode(200);
            });
            fixtures.open(id).statusCode(200);
            fixtures.approve(id, lawyer).statusCode(200);
            fixtures.sign(id, director).statusCode(200).body("status", equalTo("PARTIALLY_SIGNED"));
            fixtures.sign(id, signer).statusCode(200).body("status", equalTo("EXECUTED"));
            given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON)
                    .body(Map.of("sector", counterpart.getValue().name(), "title", Map.of("ru", "Совместный проект на площадке ОЭЗ")))
                    .post("/api/agreements/" + id + "/projects").then().statusCode(200);

            given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id + "/verification").then()
                    .body("valid", equalTo(true));
            JsonNode export = EventJson.mapper().readTree(given().auth().oauth2(fixtures.admin)
                    .get("/api/agreements/" + id + "/audit").then().extract().asByteArray());
            VerifyAuditChain.Report offline = VerifyAuditChain.check(export, documents);
            assertThat(offline.valid()).as(String.join("\n", offline.lines())).isTrue();
            assertThat(offline.lines()).hasSize(4);
        }
        given().auth().oauth2(fixtures.admin).get("/api/forums/" + fixtures.forumId + "/agreements?status=EXECUTED&party="
                + technopolis.id()).then().statusCode(200).body("size()", equalTo(2));
    }
}
