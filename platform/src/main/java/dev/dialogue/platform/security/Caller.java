package dev.dialogue.platform.security;

import dev.dialogue.platform.domain.DomainException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the verified bearer token's subject ({@code sub}) and the roles it grants. The
 * subject is the only identity the services act on: a participant's id, a partner's id, or an
 * opaque id of an organiser or member of staff. {@code upn} and {@code preferred_username} are
 * display names an issuer fills as it likes, yet {@link JsonWebToken#getName()} and
 * {@code SecurityContext.getUserPrincipal().getName()} prefer them to the subject, so neither is
 * read here.
 */
@RequestScoped
public class Caller {

    static final String NOT_A_PARTICIPANT = "a participant's token names their participant id as its subject";
    static final String NO_SUBJECT = "the token names no subject";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    /**
     * The token's subject.
     *
     * @throws DomainException 403 when the token has none
     */
    public String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw DomainException.forbidden(NO_SUBJECT);
        }
        return subject;
    }

    /** Whether the token grants the role, as {@code @RolesAllowed} decides it. */
    public boolean isInRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The participant the subject names.
     *
     * @throws DomainException 403 when the subject is not a participant id
     */
    public UUID participantId() {
        return participant().orElseThrow(() -> DomainException.forbidden(NOT_A_PARTICIPANT));
    }

    /**
     * The partner the subject names. Partner ids are chosen by the organisers, so any subject may
     * be one; whether that partner exists and may act is the caller's question.
     */
    public String partnerId() {
        return subject();
    }

    /**
     * Holders of the trusted roles act for anyone; anyone else only for the participant their
     * token's subject names.
     *
     * @throws DomainException 403 with the rule, otherwise
     */
    public void selfOr(UUID participantId, String rule, String... trustedRoles) {
        for (String role : trustedRoles) {
            if (isInRole(role)) {
                return;
            }
        }
        if (!participant().map(participantId::equals).orElse(false)) {
            throw DomainException.forbidden(rule);
        }
    }

    /**
     * A participant id is a UUID in its usual 36-character form; {@link UUID#fromString} alone
     * would also read shortened forms such as {@code 1-2-3-4-5} as some other participant's id.
     */
    private Optional<UUID> participant() {
        String subject = token.getSubject();
        if (subject == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(subject);
            return id.toString().equalsIgnoreCase(subject) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
