package dev.dialogue.events;

/** A record that is not a valid CloudEvent of this platform; the message names what is wrong. */
public class InvalidCloudEventException extends RuntimeException {

    public InvalidCloudEventException(String message) {
        super(message);
    }
}
