package dev.dialogue.matchmaking;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.KafkaProbe;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Publishes what registration-service would: approved participants and forums with a B2B session. */
public final class MatchmakingFixtures {

    private static final URI REGISTRATION = URI.create("/registration-service");

    private final KafkaProbe kafka;
    public final String forumId = "forum-" + UUID.randomUUID().toString().substring(0, 8);

    public MatchmakingFixtures(KafkaProbe kafka) {
        this.kafka = kafka;
    }

    /** The participant cancelled their registration, as registration-service announces it. */
    public void leave(UUID participantId) {
        OffsetDateTime now = OffsetDateTime.now();
        ParticipantRegistration cancelled = new ParticipantRegistration(participantId, forumId, RegistrationStatus.CANCELLED,
                "Left", null, "p-" + participantId + "@example.org", null, null,
                new Organisation(UUID.randomUUID(), LocalizedText.of(null, null, "Left Org"), OrganisationKind.COMPANY, "CN",
                        null), ParticipantCategory.COMPANY_REPRESENTATIVE, List.of(), List.of(), List.of(), List.of(),
                List.of(), new Consent("pd-consent-2025-01", now), "cancelled by the participant", now, 2);
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
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        ParticipantRegistration registration = new ParticipantRegistration(id, forumId, RegistrationStatus.APPROVED, name,
                null, "p-" + id + "@example.org", null, null,
                new Organisation(organisationId, LocalizedText.of(null, null, name + " Org"), kind, country, null),
                category, languages, sectors, offers.stream().map(type -> new Interest(type, null)).toList(),
                seeks.stream().map(type -> new Interest(type, null)).toList(), List.of(),
                new Consent("pd-consent-2025-01", now), null, now, 1);
        kafka.send("forum.participants.v1", CloudEvent.of(EventType.PARTICIPANT_APPROVED, REGISTRATION, id.toString(), now,
                EventJson.toBytes(registration)));
        return id;
    }

    /** The forum with one B2B session of the given shape, starting at 14:00 Shenzhen time. */
    public UUID b2bSession(int tables, int slots, int slotMinutes) {
        UUID sessionId = UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.parse("2025-11-20T14:00:00+08:00");
        ForumSession session = new ForumSession(sessionId, SessionKind.B2B_MEETINGS,
                LocalizedText.of(null, null, "Profile meetings"), start, start.plusMinutes((long) slots * slotMinutes),
                tables * 2, List.of(Sector.ROBOTICS), tables, slotMinutes);
        Forum forum = new Forum(forumId, LocalizedText.of(null, null, "Dialogue for Development"), "Shenzhen",
                "Asia/Shanghai", LocalDate.parse("2025-11-20"), LocalDate.parse("2025-11-21"), ForumStatus.OPEN, List.of(),
                List.of(session), 2);
        kafka.send("forum.forums.v1", CloudEvent.of(EventType.FORUM_SESSION_ADDED, REGISTRATION, forumId,
                OffsetDateTime.now(), EventJson.toBytes(forum)));
        return sessionId;
    }
}
