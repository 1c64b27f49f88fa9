package dev.dialogue.platform.messaging;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import java.util.UUID;

/** A validated CloudEvent of a catalogued type, as a handler receives it, with the topic it came on. */
public record InboundEvent(EventType type, CloudEvent cloudEvent, String topic) {

    /** The partner whose topic space the event came from: who sent it, as the broker authorised. */
    public String partnerId() {
        return type.topic().partnerOf(topic)
                .orElseThrow(() -> new IllegalStateException(topic + " is not in a partner's topic space"));
    }

    /** The payload as the record its type declares. */
    public <T> T payload(Class<T> payloadType) {
        if (!payloadType.equals(type.payloadType())) {
            throw new IllegalArgumentException(type.typeName() + " carries "
                    + (type.hasData() ? type.payloadType().getSimpleName() : "no data") + ", not " + payloadType.getSimpleName());
        }
        return EventJson.fromBytes(cloudEvent.data(), payloadType);
    }

    /**
     * The aggregate id, from the subject: for an event without data, such as a tombstone, all
     * there is.
     *
     * @throws RejectedEventException if the subject is not a UUID; the record is dead-lettered
     */
    public UUID subjectId() {
        String subject = cloudEvent.subject();
        try {
            return UUID.fromString(subject == null ? "" : subject);
        } catch (IllegalArgumentException e) {
            throw new RejectedEventException(type.typeName() + " needs a UUID as its subject, not '" + subject + "'");
        }
    }
}
