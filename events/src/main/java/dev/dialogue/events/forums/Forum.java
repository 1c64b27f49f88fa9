package dev.dialogue.events.forums;

import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import java.time.LocalDate;
import java.util.List;

/** The full current state of a forum with its sessions; every event on {@code forum.forums.v1} carries it. */
public record Forum(
        String forumId,
        LocalizedText title,
        String city,
        String timeZone,
        LocalDate startDate,
        LocalDate endDate,
        ForumStatus status,
        List<ParticipantCategory> autoApprovedCategories,
        List<ForumSession> sessions,
        long version) {
}
