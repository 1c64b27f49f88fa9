package dev.dialogue.events;

import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantDetails;
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

    private static final URI SOURCE = URI.create("/registration-service");

    private Samples() {
    }

    /** A fresh submitted registration of a person of the organisation. */
    public static ParticipantRegistration registration(String organisation, String country) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        return new ParticipantRegistration(id, "shenzhen-2025", RegistrationStatus.SUBMITTED,
                new Organisation(UUID.nameUUIDFromBytes((organisation + country).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        LocalizedText.of(null, null, organisation), OrganisationKind.COMPANY, country, null),
                ParticipantCategory.COMPANY_REPRESENTATIVE, List.of("en"), List.of(Sector.ROBOTICS),
                List.of(InterestType.TECHNOLOGY), List.of(InterestType.INVESTMENT),
                List.of(), new Consent("pd-consent-2025-01", now), now, 0);
    }

    /** The same registration in another status, one version later. */
    public static ParticipantRegistration withStatus(ParticipantRegistration r, RegistrationStatus status) {
        return new ParticipantRegistration(r.participantId(), r.forumId(), status, r.organisation(), r.category(),
                r.languages(), r.sectors(), r.offers(), r.seeks(), r.sessions(), r.consent(), r.registeredAt(), r.version() + 1);
    }

    /** Who the registered person is, as registration-service records them. */
    public static ParticipantDetails details(ParticipantRegistration registration, String fullName) {
        return new ParticipantDetails(registration.participantId(), registration.forumId(), fullName, null, null);
    }

    public static CloudEvent event(ParticipantRegistration registration) {
        return CloudEvent.of(EventType.PARTICIPANT_REGISTERED, SOURCE,
                registration.participantId().toString(), OffsetDateTime.now(), EventJson.toBytes(registration));
    }

    public static CloudEvent event(ParticipantDetails details) {
        return CloudEvent.of(EventType.PARTICIPANT_DETAILS_RECORDED, SOURCE,
                details.participantId().toString(), OffsetDateTime.now(), EventJson.toBytes(details));
    }

    public static CloudEvent erased(ParticipantRegistration registration) {
        return CloudEvent.of(EventType.PARTICIPANT_ERASED, SOURCE,
                registration.participantId().toString(), OffsetDateTime.now(), EventJson.toBytes(
                        new ParticipantErased(registration.participantId(), registration.forumId(), OffsetDateTime.now())));
    }

    /** The erasure on the personal-data topic: no data, the tombstone of the participant's key. */
    public static CloudEvent detailsErased(ParticipantRegistration registration) {
        return CloudEvent.of(EventType.PARTICIPANT_DETAILS_ERASED, SOURCE, registration.participantId().toString(),
                OffsetDateTime.now(), null);
    }
}
