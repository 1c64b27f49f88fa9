package dev.dialogue.events.partners;

import java.util.List;

/**
 * A partner system registers one person or a whole delegation for a forum. The CloudEvent
 * {@code source} names the partner; {@code reference} is the partner's id for the request, and
 * the answer on {@code partner.registration-results.v1} is keyed by it.
 */
public record RegistrationRequested(String reference, String forumId, List<DelegationMember> participants) {
}
