package dev.dialogue.bench;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Approved registrations as registration-service announces them on {@code forum.participants.v1}:
 * the bench feeds the services the events they consume, with deterministic random profiles.
 */
final class Approvals {

    private static final URI SOURCE = URI.create("/registration-service");
    private static final List<String> COUNTRIES = List.of("RU", "RU", "CN", "CN", "CN", "KZ");
    private static final List<String> LANGUAGES = List.of("ru", "zh", "en");

    private final String forumId;
    private final Random random = new Random(2026);

    Approvals(String forumId) {
        this.forumId = forumId;
    }

    ProducerRecord<String, byte[]> approve(UUID participantId) {
        OffsetDateTime now = OffsetDateTime.now();
        ParticipantRegistration registration = new ParticipantRegistration(participantId, forumId,
                RegistrationStatus.APPROVED,
                new Organisation(new UUID(2026, random.nextInt(3_000)), LocalizedText.of(null, null, "Organisation"),
                        pick(OrganisationKind.values()), COUNTRIES.get(random.nextInt(COUNTRIES.size())), null),
                pick(ParticipantCategory.values()), List.of(LANGUAGES.get(random.nextInt(LANGUAGES.size()))),
                some(Sector.values(), 1 + random.nextInt(3)), interests(), interests(), List.of(),
                new Consent("pd-consent-2025-01", now), now, 1);
        return KafkaCloudEvents.toRecord(Topic.PARTICIPANTS.topicName(), CloudEvent.of(EventType.PARTICIPANT_APPROVED, SOURCE,
                participantId.toString(), now, EventJson.toBytes(registration)));
    }

    private List<InterestType> interests() {
        return some(InterestType.values(), random.nextInt(3));
    }

    private <E> List<E> some(E[] values, int count) {
        List<E> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            E value = pick(values);
            if (!chosen.contains(value)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }
}
