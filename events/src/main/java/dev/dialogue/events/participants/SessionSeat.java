package dev.dialogue.events.participants;

import java.util.UUID;

public record SessionSeat(UUID sessionId, SeatStatus status, Integer waitlistPosition) {
}
