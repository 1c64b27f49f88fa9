package dev.dialogue.matchmaking.service;

import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.matchmaking.domain.MatchScorer;
import java.util.List;
import java.util.UUID;

/** A counterpart worth meeting, with the score and the reasons behind it. */
public record Recommendation(UUID participantId, String fullName, String organisationName, String country,
        ParticipantCategory category, double score, List<MatchScorer.Reason> reasons) {
}
