package dev.dialogue.events.partners;

import java.util.List;
import java.util.UUID;

/** The answer to one {@link RegistrationRequested}: the whole request, then each person in it. */
public record RegistrationAnswered(String reference, String forumId, Outcome outcome, String reason,
        List<PersonAnswer> participants) {

    public enum Outcome {
        /** Every person is registered (or already was). */
        ACCEPTED,
        /** Some people are registered, the others are rejected with reasons. */
        PARTIALLY_ACCEPTED,
        /** Nobody is registered: see the reason, or each person's errors. */
        REJECTED
    }

    public enum PersonOutcome {
        REGISTERED,
        /**
         * The email was registered for the forum before by the same partner: its participant id is
         * given. One an organiser or another partner registered is {@link #REJECTED} on its email,
         * without an id.
         */
        ALREADY_REGISTERED,
        REJECTED
    }

    public record FieldError(String field, String message) {
    }

    public record PersonAnswer(int index, String personReference, PersonOutcome outcome, UUID participantId,
            List<FieldError> errors) {
    }
}
