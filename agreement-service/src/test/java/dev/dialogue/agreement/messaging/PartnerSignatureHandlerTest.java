package dev.dialogue.agreement.messaging;

import static dev.dialogue.agreement.AgreementFixtures.party;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import dev.dialogue.agreement.AgreementFixtures;
import dev.dialogue.agreement.AgreementFixtures.Org;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.SignatureAction;
import dev.dialogue.events.agreements.SignatureSubmitted;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerSignatureHandlerTest {

    private static final URI ESIGN = URI.create("/partners/lunai-esign");

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    @Test
    void aPartnerSignsUnderTheSameRulesAndARuleBrokenGoesToTheDeadLetterTopicWithItsReason() {
        KafkaProbe kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        AgreementFixtures fixtures = new AgreementFixtures(kafka);
        Org technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS);
        Org lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS);
        UUID anna = fixtures.person(technopolis, "Анна Смирнова");
        UUID zhang = fixtures.person(lunai, "张伟");
        String id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        Map<String, String> hashes = fixtures.currentHashes(id);

        CloudEvent stale = signature(id, zhang, Map.of("ru", "0".repeat(64)));
        kafka.send("partner.signatures.v1", stale);
        CloudEvent valid = signature(id, zhang, hashes);
        kafka.send("partner.signatures.v1", valid);
        kafka.send("partner.signatures.v1", signature(id, zhang, hashes));

        ConsumerRecord<String, byte[]> deadLetter = kafka.await("partner.signatures.v1.dlq",
                record -> stale.id().toString().equals(header(record, "ce_id")), AgreementFixtures.PATIENCE);
        assertThat(header(deadLetter, "dead-letter-reason")).contains("not the current ones");
        await().atMost(AgreementFixtures.PATIENCE).untilAsserted(() -> given().auth().oauth2(fixtures.admin)
                .get("/api/agreements/" + id).then().body("status", equalTo("PARTIALLY_SIGNED")));
        fixtures.sign(id, anna).statusCode(200).body("status", equalTo("EXECUTED"));
        long signedEntries = kafka.readAll("forum.agreements.v1").stream()
                .filter(record -> id.equals(record.key()) && "dev.dialogue.agreement.signed.v1".equals(header(record, "ce_type")))
                .count();
        assertThat(signedEntries).as("the repeated submission had no second effect").isEqualTo(2);
    }

    private static CloudEvent signature(String agreementId, UUID participantId, Map<String, String> hashes) {
        return CloudEvent.of(EventType.PARTNER_SIGNATURE_SUBMITTED, ESIGN, agreementId, OffsetDateTime.now(),
                EventJson.toBytes(new SignatureSubmitted(UUID.fromString(agreementId), participantId, SignatureAction.SIGN, hashes)));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
