package dev.dialogue.matchmaking.service;

import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.matchmaking.domain.B2bSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps the forums' B2B sessions current from {@code forum.forums.v1}. */
@ApplicationScoped
public class SessionService {

    @Transactional(Transactional.TxType.MANDATORY)
    public void forumChanged(Forum forum) {
        for (ForumSession session : forum.sessions()) {
            if (session.kind() != SessionKind.B2B_MEETINGS) {
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
}
