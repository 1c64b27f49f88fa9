package dev.dialogue.events.vocabulary;

/**
 * What the contracts accept as an email address. JSON Schema's {@code format: email} checks the
 * top-level domain against a list, so an address a REST API had accepted could then break the
 * event's schema; one pattern, used by both, keeps them in step.
 */
public final class EmailAddress {

    /** local@domain.tld without spaces; the same text as {@code vocabulary.v1.json#/$defs/email}. */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$";

    private EmailAddress() {
    }
}
