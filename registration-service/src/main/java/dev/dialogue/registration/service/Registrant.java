package dev.dialogue.registration.service;

/**
 * Who registers people: an organiser, or a partner system by its id. A partner may learn the ids
 * of the people it registered and of nobody else's: those ids are participant ids, what a
 * participant's token names, and the keys of their events.
 */
public record Registrant(String partnerId) {

    public static Registrant organiser() {
        return new Registrant(null);
    }

    public static Registrant partner(String partnerId) {
        if (partnerId == null) {
            throw new IllegalArgumentException("a partner registrant names its partner");
        }
        return new Registrant(partnerId);
    }

    /** Whether it may learn the id of a registration that the given partner made (null: an organiser, or unknown). */
    boolean mayLearnIdOf(String registeredByPartner) {
        return partnerId == null || partnerId.equals(registeredByPartner);
    }
}
