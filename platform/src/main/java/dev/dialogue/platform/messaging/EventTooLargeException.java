package dev.dialogue.platform.messaging;

/**
 * A change whose event would be larger than the broker takes: written to the outbox it could never
 * be sent, so it is refused before it is written. The request that asked for it answers 400; a
 * record whose handling would publish it is dead-lettered. Requests are capped field by field so
 * that this stays a last line; it names sizes only, never content.
 */
public class EventTooLargeException extends RuntimeException {

    private final int bytes;
    private final int limit;

    EventTooLargeException(String type, int bytes, int limit) {
        super(type + " event of " + bytes + " bytes is over the limit of " + limit + " bytes", null, false, false);
        this.bytes = bytes;
        this.limit = limit;
    }

    public int bytes() {
        return bytes;
    }

    public int limit() {
        return limit;
    }
}
