package dev.dialogue.platform.messaging;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;

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
            throw new IllegalArgumentException(type.typeName() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payloadType.getSimpleName());
        }
        return EventJson.fromBytes(cloudEvent.data(), payloadType);
    }
}
