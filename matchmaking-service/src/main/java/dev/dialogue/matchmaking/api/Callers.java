package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.MeetingService;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.platform.web.ProblemException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;

/** Reads who is acting from the token: an admin, or a participant whose subject is their participant id. */
final class Callers {

    private Callers() {
    }

    static MeetingService.Caller of(SecurityContext context) {
        if (context.isUserInRole(Roles.ADMIN)) {
            return new MeetingService.Caller(true, null);
        }
        try {
            return new MeetingService.Caller(false, UUID.fromString(context.getUserPrincipal().getName()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("a participant's token names their participant id as its subject");
        }
    }
}
