package dev.dialogue.agreement.service;

import dev.dialogue.events.vocabulary.LocalizedText;
import jakarta.validation.constraints.Size;

/**
 * A title in Russian, Chinese and English, each at most 500 characters, as the events' schema
 * allows; a blank one counts as absent, and whether one is there at all the service checks.
 * Every change of an agreement is announced with its title and its projects' titles, so these
 * caps also keep that event within what the outbox takes.
 */
public record LocalizedTextRequest(@Size(max = 500) String ru, @Size(max = 500) String zh, @Size(max = 500) String en) {

    public LocalizedText toText() {
        return new LocalizedText(present(ru) ? ru : null, present(zh) ? zh : null, present(en) ? en : null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
