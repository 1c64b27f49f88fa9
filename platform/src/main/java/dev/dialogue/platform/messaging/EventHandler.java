package dev.dialogue.platform.messaging;

/** A service's reaction to one event; it runs inside the transaction that records the event as handled. */
@FunctionalInterface
public interface EventHandler {

    void handle(InboundEvent event);
}
