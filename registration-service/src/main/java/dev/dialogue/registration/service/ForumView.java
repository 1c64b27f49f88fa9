package dev.dialogue.registration.service;

import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.ForumSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ForumView(String forumId, LocalizedText title, String city, String timeZone, LocalDate startDate,
        LocalDate endDate, ForumStatus status, List<ParticipantCategory> autoApprovedCategories, List<Session> sessions,
        long version) {

    /** Times are given with the forum's own offset. */
    public record Session(UUID sessionId, SessionKind kind, LocalizedText title, OffsetDateTime startsAt,
            OffsetDateTime endsAt, int capacity, List<Sector> sectors, Integer tables, Integer slotMinutes) {

        public static Session of(ForumSession session, Forum forum) {
            return new Session(session.id, session.kind, session.title,
                    session.startsAt.atZoneSameInstant(forum.zone()).toOffsetDateTime(),
                    session.endsAt.atZoneSameInstant(forum.zone()).toOffsetDateTime(), session.capacity,
                    List.copyOf(session.sectors), session.tables, session.slotMinutes);
        }
    }

    public static ForumView of(Forum forum) {
        return new ForumView(forum.id, forum.title, forum.city, forum.timeZone, forum.startDate, forum.endDate,
                forum.status, List.copyOf(forum.autoApprovedCategories),
                forum.sessions.stream().map(session -> Session.of(session, forum)).toList(), forum.version);
    }
}
