package dev.dialogue.platform.messaging;

/** Thrown by a handler for an event that can never be processed: it goes to the dead-letter topic at once. */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String reason) {
        super(reason);
    }
}
