package dev.dialogue.registration.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which an organisation's name is compared: the same body written with other
 * letter case, quotes, punctuation, spacing or full-width characters has the same key.
 */
public final class OrganisationNames {

    private OrganisationNames() {
    }

    /** The key of a name, or null for a missing or blank one. */
    public static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[\\p{P}\\p{S}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return key.isEmpty() ? null : key;
    }
}
