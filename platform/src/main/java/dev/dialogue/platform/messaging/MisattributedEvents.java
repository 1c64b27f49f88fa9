package dev.dialogue.platform.messaging;

/**
 * What a service tells the sender of a well-formed event that came with a source its topic does not
 * allow, before the event is dead-lettered; runs in a transaction of its own.
 */
@FunctionalInterface
public interface MisattributedEvents {

    void answer(InboundEvent event, String reason);
}
