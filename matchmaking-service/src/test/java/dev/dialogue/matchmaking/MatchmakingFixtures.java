package dev.dialogue.matchmaking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.LocalInfra;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.Profile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Publishes what registration-service would (approved participants, forums with a B2B session) and
 * acts as participants do over REST.
 */
public final class MatchmakingFixtures {

    /** Far enough ahead that every slot of the test sessions is still to come. */
    public static final OffsetDateTime B2B_START = OffsetDateTime.parse("2030-11-20T14:00:00+08:00");
    private static final URI REGISTRATION = URI.create("/registration-service");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProbe kafka;
    public final String forumId = "forum-" + UUID.randomUUID().toString().substring(0, 8);

    public MatchmakingFixtures(KafkaProbe kafka) {
        this.kafka = kafka;
    }

    /** The participant cancelled their registration, as registration-service announces it. */
    public void leave(UUID participantId) {
        OffsetDateTime now = OffsetDateTime.now();
        ParticipantRegistration cancelled = new ParticipantRegistration(participantId, forumId, RegistrationStatus.CANCELLED,
                new Organisation(UUID.randomUUID(), LocalizedText.of(null, null, "Left Org"), OrganisationKind.COMPANY, "CN",
                        null), ParticipantCategory.COMPANY_REPRESENTATIVE, List.of(), List.of(), List.of(), List.of(),
                List.of(), new Consent("pd-consent-2025-01", now), now, 2);
        kafka.send("forum.participants.v1", CloudEvent.of(EventType.PARTICIPANT_CANCELLED, REGISTRATION,
                participantId.toString(), now, EventJson.toBytes(cancelled)));
    }

    /** A participant of a fresh organisation, approved. */
    public UUID approve(String name, String country, List<Sector> sectors) {
        return approve(name, UUID.randomUUID(), OrganisationKind.COMPANY, country, ParticipantCategory.COMPANY_REPRESENTATIVE,
                List.of("en"), sectors, List.of(), List.of());
    }

    public UUID approve(String name, UUID organisationId, OrganisationKind kind, String country,
            ParticipantCategory category, List<String> languages, List<Sector> sectors, List<InterestType> offers,
            List<InterestType> seeks) {
        return approve(name, organisationId, kind, country, category, languages, sectors, offers, seeks, List.of());
    }

    /** An approved participant of a fresh organisation holding a seat in the given programme sessions. */
    public UUID approveEnrolled(String name, String country, List<Sector> sectors, List<UUID> sessions) {
        return approve(name, UUID.randomUUID(), OrganisationKind.COMPANY, country, ParticipantCategory.COMPANY_REPRESENTATIVE,
                List.of("en"), sectors, List.of(), List.of(), sessions);
    }

    /** Many participants of fresh organisations, approved at once; returns their ids in order. */
    public List<UUID> approveMany(String namePrefix, String country, int count) {
        List<UUID> ids = new ArrayList<>(count);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(KafkaCloudEvents.toRecord("personal.participants.v1", details(id, namePrefix + " " + i)));
            records.add(KafkaCloudEvents.toRecord("forum.participants.v1", approval(id, namePrefix + " " + i, UUID.randomUUID(),
                    OrganisationKind.COMPANY, country, ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("en"),
                    List.of(Sector.ROBOTICS), List.of(), List.of(), List.of())));
        }
        kafka.send(records);
        return ids;
    }

    private UUID approve(String name, UUID organisationId, OrganisationKind kind, String country,
            ParticipantCategory category, List<String> languages, List<Sector> sectors, List<InterestType> offers,
            List<InterestType> seeks, List<UUID> enrolledIn) {
        UUID id = UUID.randomUUID();
        kafka.send("personal.participants.v1", details(id, name));
        kafka.send("forum.participants.v1", approval(id, name, organisationId, kind, country, category, languages, sectors,
                offers, seeks, enrolledIn));
        return id;
    }

    /** Who the participant is, on the compacted topic, as registration-service publishes it with the registration. */
    private CloudEvent details(UUID id, String name) {
        return CloudEvent.of(EventType.PARTICIPANT_DETAILS_RECORDED, REGISTRATION, id.toString(), OffsetDateTime.now(),
                EventJson.toBytes(new ParticipantDetails(id, forumId, name, null, null)));
    }

    private CloudEvent approval(UUID id, String name, UUID organisationId, OrganisationKind kind, String country,
            ParticipantCategory category, List<String> languages, List<Sector> sectors, List<InterestType> offers,
            List<InterestType> seeks, List<UUID> enrolledIn) {
        OffsetDateTime now = OffsetDateTime.now();
        ParticipantRegistration registration = new ParticipantRegistration(id, forumId, RegistrationStatus.APPROVED,
                new Organisation(organisationId, LocalizedText.of(null, null, name + " Org"), kind, country, null),
                category, languages, sectors, offers, seeks,
                enrolledIn.stream().map(session -> new SessionSeat(session, SeatStatus.ENROLLED, null)).toList(),
                new Consent("pd-consent-2025-01", now), now, 1);
        return CloudEvent.of(EventType.PARTICIPANT_APPROVED, REGISTRATION, id.toString(), now, EventJson.toBytes(registration));
    }

    /** The forum with one B2B session of the given shape, starting at {@link #B2B_START} (14:00 Shenzhen time). */
    public UUID b2bSession(int tables, int slots, int slotMinutes) {
        return b2bSessionAt(B2B_START, tables, slots, slotMinutes);
    }

    public UUID b2bSessionAt(OffsetDateTime start, int tables, int slots, int slotMinutes) {
        UUID sessionId = UUID.randomUUID();
        forum(List.of(new ForumSession(sessionId, SessionKind.B2B_MEETINGS, LocalizedText.of(null, null, "Profile meetings"),
                start, start.plusMinutes((long) slots * slotMinutes), tables * 2, List.of(Sector.ROBOTICS), tables,
                slotMinutes)));
        return sessionId;
    }

    /** The forum with these sessions, as registration-service announces a change of programme. */
    public void forum(List<ForumSession> sessions) {
        Forum forum = new Forum(forumId, LocalizedText.of(null, null, "Dialogue for Development"), "Shenzhen",
                "Asia/Shanghai", LocalDate.parse("2030-11-20"), LocalDate.parse("2030-11-21"), ForumStatus.OPEN, List.of(),
                sessions, 2);
        kafka.send("forum.forums.v1", CloudEvent.of(EventType.FORUM_SESSION_ADDED, REGISTRATION, forumId,
                OffsetDateTime.now(), EventJson.toBytes(forum)));
    }

    /** Asks for a meeting as the requester; returns its id. */
    public String requestMeeting(UUID requester, UUID invitee) {
        return given().auth().oauth2(token(requester)).contentType(ContentType.JSON)
                .body(Map.of("inviteeId", invitee, "message", "Технополис Москва — площадки для робототехники"))
                .post("/api/forums/" + forumId + "/meeting-requests").then().statusCode(201).extract().path("meetingId");
    }

    public static ValidatableResponse accept(String meetingId, UUID invitee) {
        return given().auth().oauth2(token(invitee)).post("/api/meeting-requests/" + meetingId + "/accept").then();
    }

    public static String token(UUID participant) {
        return LocalInfra.shared().tokens().mint(participant.toString(), "participant");
    }

    public static UUID awaitProfile(UUID id) {
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Profile.findByIdOptional(id).isPresent()));
        return id;
    }

    public static UUID awaitSession(UUID id) {
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> B2bSession.findByIdOptional(id).isPresent()));
        return id;
    }

    /** Waits for the meeting's event of this type on forum.meetings.v1, e.g. "dev.dialogue.meeting.scheduled.v1". */
    public ConsumerRecord<String, byte[]> awaitMeetingEvent(String meetingId, String type) {
        return kafka.await("forum.meetings.v1", record -> meetingId.equals(record.key()) && type.equals(eventType(record)),
                PATIENCE);
    }

    public static String eventType(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
