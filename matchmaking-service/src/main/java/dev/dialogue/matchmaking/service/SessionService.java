package dev.dialogue.matchmaking.service;

import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.matchmaking.domain.B2bSession;
import dev.dialogue.matchmaking.domain.ProgrammeSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps the forums' sessions current from {@code forum.forums.v1}: B2B sessions to schedule into,
 * and the rest of the programme, which keeps its attendees from meetings.
 */
@ApplicationScoped
public class SessionService {

    @Transactional(Transactional.TxType.MANDATORY)
    public void forumChanged(Forum forum) {
        for (ForumSession session : forum.sessions()) {
            if (session.kind() != SessionKind.B2B_MEETINGS) {
                programmeSessionChanged(forum, session);
                continue;
            }
            B2bSession b2b = B2bSession.<B2bSession>findByIdOptional(session.sessionId()).orElseGet(B2bSession::new);
            b2b.id = session.sessionId();
            b2b.forumId = forum.forumId();
            b2b.startsAt = session.startsAt();
            b2b.endsAt = session.endsAt();
            b2b.tables = session.tables();
            b2b.slotMinutes = session.slotMinutes();
            b2b.timeZone = forum.timeZone();
            if (!b2b.isPersistent()) {
                b2b.persist();
            }
        }
    }

    private static void programmeSessionChanged(Forum forum, ForumSession session) {
        ProgrammeSession programme = ProgrammeSession.<ProgrammeSession>findByIdOptional(session.sessionId())
                .orElseGet(ProgrammeSession::new);
        programme.id = session.sessionId();
        programme.forumId = forum.forumId();
        programme.startsAt = session.startsAt();
        programme.endsAt = session.endsAt();
        if (!programme.isPersistent()) {
            programme.persist();
        }
    }
}
