package dev.dialogue.platform.security;

import dev.dialogue.platform.web.ProblemException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** Rules about who may act for whom, beyond the roles an endpoint allows. */
public final class Access {

    private Access() {
    }

    /**
     * Holders of the trusted roles act for anyone; a participant only for the participant their
     * token's subject names.
     *
     * @throws ProblemException 403 with the rule, otherwise
     */
    public static void selfOr(SecurityContext caller, UUID participantId, String rule, String... trustedRoles) {
        for (String role : trustedRoles) {
            if (caller.isUserInRole(role)) {
                return;
            }
        }
        if (!participantId.toString().equals(caller.getUserPrincipal().getName())) {
            throw ProblemException.forbidden(rule);
        }
    }
}
