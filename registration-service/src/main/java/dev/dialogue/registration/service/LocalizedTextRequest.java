package dev.dialogue.registration.service;

import dev.dialogue.events.vocabulary.LocalizedText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/** A name or title in Russian, Chinese and English; at least one of them. Stored byte for byte. */
public record LocalizedTextRequest(@Size(min = 1, max = 500) String ru, @Size(min = 1, max = 500) String zh,
        @Size(min = 1, max = 500) String en) {

    @AssertTrue(message = "needs at least one of ru, zh, en")
    public boolean isPresent() {
        return present(ru) || present(zh) || present(en);
    }

    public LocalizedText toText() {
        return new LocalizedText(present(ru) ? ru : null, present(zh) ? zh : null, present(en) ? en : null);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
