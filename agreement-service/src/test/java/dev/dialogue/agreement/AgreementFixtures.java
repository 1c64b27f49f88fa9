package dev.dialogue.agreement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A fresh forum whose organisations and accredited people arrive as registration-service would
 * announce them, and the REST calls of admins and signatories.
 */
public final class AgreementFixtures {

    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final URI REGISTRATION = URI.create("/registration-service");

    public final String forumId = "forum-" + UUID.randomUUID().toString().substring(0, 8);
    public final String admin = LocalInfra.shared().tokens().mint("admin-1", "admin");
    private final KafkaProbe kafka;

    /** An organisation of the forum; its people are added with {@link #person}. */
    public record Org(UUID id, String name, String country, List<Sector> sectors) {
    }

    public AgreementFixtures(KafkaProbe kafka) {
        this.kafka = kafka;
    }

    public Org organisation(String name, String country, Sector... sectors) {
        return new Org(UUID.randomUUID(), name, country, List.of(sectors));
    }

    /** An accredited person of the organisation, once agreement-service has them and their name. */
    public UUID person(Org org, String name) {
        UUID id = UUID.randomUUID();
        kafka.send("personal.participants.v1", CloudEvent.of(EventType.PARTICIPANT_DETAILS_RECORDED, REGISTRATION, id.toString(),
                OffsetDateTime.now(), EventJson.toBytes(new ParticipantDetails(id, forumId, name, null, "Director"))));
        announce(registration(id, org, RegistrationStatus.APPROVED), EventType.PARTICIPANT_APPROVED);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> Participant.<Participant>findByIdOptional(id)
                .filter(participant -> participant.fullName != null).isPresent()));
        return id;
    }

    /** Registration cancelled: they may no longer sign. */
    public void cancel(UUID participantId, Org org, String name) {
        announce(registration(participantId, org, RegistrationStatus.CANCELLED), EventType.PARTICIPANT_CANCELLED);
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Participant) Participant.findById(participantId)).status == RegistrationStatus.CANCELLED));
    }

    /** An agreement body: parties in order, each an organisation with {participantId → role}. */
    public Map<String, Object> body(String kind, Object signingOrder, List<Map<String, Object>> parties) {
        Map<String, Object> body = new HashMap<>();
        body.put("forumId", forumId);
        body.put("kind", kind);
        body.put("title", Map.of("ru", "Соглашение о сотрудничестве", "zh", "合作协议", "en", "Cooperation agreement"));
        body.put("sectors", List.of("MICROELECTRONICS"));
        body.put("parties", parties);
        body.put("signingOrder", signingOrder);
        return body;
    }

    public static Map<String, Object> party(Org org, Object... participantAndRole) {
        List<Map<String, Object>> signatories = new ArrayList<>();
        for (int i = 0; i < participantAndRole.length; i += 2) {
            signatories.add(Map.of("participantId", participantAndRole[i], "role", participantAndRole[i + 1]));
        }
        return Map.of("organisationId", org.id(), "signatories", signatories);
    }

    public ValidatableResponse draft(Map<String, Object> body) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post("/api/agreements").then();
    }

    public String drafted(Map<String, Object> body) {
        return draft(body).statusCode(201).extract().path("agreementId");
    }

    public ValidatableResponse document(String agreementId, String language, String text) {
        return given().auth().oauth2(admin).contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .put("/api/agreements/" + agreementId + "/documents/" + language).then();
    }

    public ValidatableResponse open(String agreementId) {
        return given().auth().oauth2(admin).post("/api/agreements/" + agreementId + "/open").then();
    }

    /** Drafted with a Russian and a Chinese text and opened. */
    public String opened(Map<String, Object> body) {
        String id = drafted(body);
        document(id, "ru", "Стороны договорились о сотрудничестве в области микроэлектроники.").statusCode(200);
        document(id, "zh", "双方同意在微电子领域开展合作。").statusCode(200);
        open(id).statusCode(200);
        return id;
    }

    public Map<String, String> currentHashes(String agreementId) {
        Map<String, String> hashes = new HashMap<>();
        List<Map<String, Object>> documents = given().auth().oauth2(admin).get("/api/agreements/" + agreementId).then()
                .statusCode(200).extract().path("documents");
        documents.forEach(document -> hashes.put((String) document.get("language"), (String) document.get("sha256")));
        return hashes;
    }

    public ValidatableResponse sign(String agreementId, UUID participantId) {
        return act(agreementId, participantId, "signatures", currentHashes(agreementId));
    }

    public ValidatableResponse approve(String agreementId, UUID participantId) {
        return act(agreementId, participantId, "approvals", currentHashes(agreementId));
    }

    public static ValidatableResponse act(String agreementId, UUID participantId, String what, Map<String, String> hashes) {
        return given().auth().oauth2(token(participantId)).contentType(ContentType.JSON).body(Map.of("documentHashes", hashes))
                .post("/api/agreements/" + agreementId + "/" + what).then();
    }

    public static String token(UUID participantId) {
        return LocalInfra.shared().tokens().mint(participantId.toString(), "participant");
    }

    private void announce(ParticipantRegistration registration, EventType type) {
        kafka.send("forum.participants.v1", CloudEvent.of(type, REGISTRATION, registration.participantId().toString(),
                OffsetDateTime.now(), EventJson.toBytes(registration)));
    }

    private ParticipantRegistration registration(UUID id, Org org, RegistrationStatus status) {
        OffsetDateTime now = OffsetDateTime.now();
        return new ParticipantRegistration(id, forumId, status,
                new Organisation(org.id(), LocalizedText.of(null, null, org.name()), OrganisationKind.COMPANY, org.country(), null),
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("ru", "zh"), org.sectors(), List.of(), List.of(), List.of(),
                new Consent("pd-consent-2025-01", now), now, status == RegistrationStatus.APPROVED ? 1 : 2);
    }

    public static String eventType(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
