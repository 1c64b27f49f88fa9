package dev.dialogue.platform.security;

/** The roles a bearer token may carry in its {@code groups} claim. */
public final class Roles {

    /** Organisers: configure forums, accredit, draft agreements. */
    public static final String ADMIN = "admin";
    /** Venue staff: check-in. */
    public static final String STAFF = "staff";
    /** Partner systems registering delegations. */
    public static final String PARTNER = "partner";
    /** A registered person acting for themselves; the token's subject is their participant id. */
    public static final String PARTICIPANT = "participant";

    private Roles() {
    }
}
