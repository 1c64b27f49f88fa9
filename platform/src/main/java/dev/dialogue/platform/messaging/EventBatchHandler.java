package dev.dialogue.platform.messaging;

import java.util.List;

/**
 * A service's reaction to the events of one poll at once, so that it can look up what they need
 * in a few queries rather than a few per event. It runs inside the transaction that records them
 * as handled, and receives only first deliveries, in the order of the records.
 */
@FunctionalInterface
public interface EventBatchHandler {

    void handle(List<InboundEvent> events);
}
