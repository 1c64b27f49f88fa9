package dev.dialogue.events;

import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Interest;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Events as registration-service publishes them, for consumers' tests (shipped in this module's test-jar). */
public final class Samples {

    private Samples() {
    }

    /** A fresh submitted registration of a person of the organisation. */
    public static ParticipantRegistration registration(String fullName, String organisation, String country) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        return new ParticipantRegistration(id, "shenzhen-2025", RegistrationStatus.SUBMITTED, fullName, null,
                "p-" + id + "@example.org", null, null,
                new Organisation(UUID.nameUUIDFromBytes((organisation + country).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        LocalizedText.of(null, null, organisation), OrganisationKind.COMPANY, country, null),
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("en"), List.of(Sector.ROBOTICS),
                List.of(new Interest(InterestType.TECHNOLOGY, null)), List.of(new Interest(InterestType.INVESTMENT, null)),
                List.of(), new Consent("pd-consent-2025-01", now), null, now, 0);
    }

    /** The same registration in another status, one version later. */
    public static ParticipantRegistration withStatus(ParticipantRegistration r, RegistrationStatus status) {
        return new ParticipantRegistration(r.participantId(), r.forumId(), status, r.fullName(), r.nameTransliterations(),
                r.email(), r.phone(), r.position(), r.organisation(), r.category(), r.languages(), r.sectors(),
                r.offers(), r.seeks(), r.sessions(), r.consent(), r.statusReason(), r.registeredAt(), r.version() + 1);
    }

    public static CloudEvent event(ParticipantRegistration registration) {
        return CloudEvent.of(EventType.PARTICIPANT_REGISTERED, URI.create("/registration-service"),
                registration.participantId().toString(), OffsetDateTime.now(), EventJson.toBytes(registration));
    }

    public static CloudEvent erased(ParticipantRegistration registration) {
        return CloudEvent.of(EventType.PARTICIPANT_ERASED, URI.create("/registration-service"),
                registration.participantId().toString(), OffsetDateTime.now(), EventJson.toBytes(
                        new ParticipantErased(registration.participantId(), registration.forumId(), OffsetDateTime.now())));
    }
}
