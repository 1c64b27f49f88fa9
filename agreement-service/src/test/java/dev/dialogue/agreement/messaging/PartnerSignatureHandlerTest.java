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
import dev.dialogue.events.Topic;
import dev.dialogue.events.agreements.SignatureAction;
import dev.dialogue.events.agreements.SignatureSubmitted;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfraTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerSignatureHandlerTest {

    private static final String DEAD_LETTERS = Topic.PARTNER_SIGNATURES.deadLetterTopic().orElseThrow();

    @ConfigProperty(name = LocalInfraTestResource.KAFKA_ADMIN)
    String kafkaAdmin;

    private KafkaProbe kafka;
    private AgreementFixtures fixtures;
    private Org technopolis;
    private Org lunai;
    private UUID anna;
    private UUID zhang;
    private String id;
    /** Lunai's e-signature system, bound to Lunai only. */
    private String esign;
    private String signatures;

    @BeforeEach
    void anAgreementAndAPartnerBoundToOneParty() {
        kafka = new KafkaProbe(KafkaAccess.decode(kafkaAdmin));
        fixtures = new AgreementFixtures(kafka);
        technopolis = fixtures.organisation("ОЭЗ «Технополис Москва»", "RU", Sector.MICROELECTRONICS);
        lunai = fixtures.organisation("山东鲁耐信息技术集团", "CN", Sector.MICROELECTRONICS);
        anna = fixtures.person(technopolis, "Анна Смирнова");
        zhang = fixtures.person(lunai, "张伟");
        id = fixtures.opened(fixtures.body("COOPERATION_AGREEMENT", "PARALLEL",
                List.of(party(technopolis, anna, "SIGNER"), party(lunai, zhang, "SIGNER"))));
        esign = "lunai-esign-" + UUID.randomUUID().toString().substring(0, 8);
        signatures = Topic.PARTNER_SIGNATURES.forPartner(esign);
        kafka.openPartnerSpace(esign);
        given().auth().oauth2(fixtures.admin).contentType(ContentType.JSON).body(Map.of("organisations", List.of(lunai.id())))
                .put("/api/partners/" + esign + "/organisations").then().statusCode(200)
                .body("organisations", equalTo(List.of(lunai.id().toString())));
    }

    @Test
    void aPartnerSignsUnderTheSameRulesAndARuleBrokenGoesToTheDeadLetterTopicWithItsReason() {
        Map<String, String> hashes = fixtures.currentHashes(id);

        CloudEvent stale = signature(Topic.partnerSource(esign), zhang, Map.of("ru", "0".repeat(64)));
        kafka.send(signatures, stale);
        CloudEvent valid = signature(Topic.partnerSource(esign), zhang, hashes);
        kafka.send(signatures, valid);
        kafka.send(signatures, signature(Topic.partnerSource(esign), zhang, hashes));

        assertThat(deadLetterReason(stale)).contains("not the current ones");
        await().atMost(AgreementFixtures.PATIENCE).untilAsserted(() -> given().auth().oauth2(fixtures.admin)
                .get("/api/agreements/" + id).then().body("status", equalTo("PARTIALLY_SIGNED")));
        fixtures.sign(id, anna).statusCode(200).body("status", equalTo("EXECUTED"));
        long signedEntries = kafka.readAll("forum.agreements.v1").stream()
                .filter(record -> id.equals(record.key()) && "dev.dialogue.agreement.signed.v1".equals(header(record, "ce_type")))
                .count();
        assertThat(signedEntries).as("the repeated submission had no second effect").isEqualTo(2);
    }

    @Test
    void aSignatureForASignatoryOfAnOrganisationNotBoundToThePartnerIsRefused() {
        CloudEvent forAnna = signature(Topic.partnerSource(esign), anna, fixtures.currentHashes(id));
        kafka.send(signatures, forAnna);

        assertThat(deadLetterReason(forAnna)).contains("partner " + esign + " may not sign for organisation " + technopolis.id());
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id).then().body("status", equalTo("OPEN"));
    }

    @Test
    void aSignatureClaimingAnotherSourceInThePartnersSpaceIsRefused() {
        CloudEvent forged = signature(URI.create("/partners/technopolis-esign"), zhang, fixtures.currentHashes(id));
        kafka.send(signatures, forged);

        assertThat(deadLetterReason(forged)).contains("only " + Topic.partnerSource(esign) + ", whose topic space it is, may");
        given().auth().oauth2(fixtures.admin).get("/api/agreements/" + id).then().body("status", equalTo("OPEN"));
    }

    private String deadLetterReason(CloudEvent event) {
        return header(kafka.await(DEAD_LETTERS, record -> event.id().toString().equals(header(record, "ce_id")),
                AgreementFixtures.PATIENCE), "dead-letter-reason");
    }

    private CloudEvent signature(URI source, UUID participantId, Map<String, String> hashes) {
        return CloudEvent.of(EventType.PARTNER_SIGNATURE_SUBMITTED, source, id, OffsetDateTime.now(),
                EventJson.toBytes(new SignatureSubmitted(UUID.fromString(id), participantId, SignatureAction.SIGN, hashes)));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
