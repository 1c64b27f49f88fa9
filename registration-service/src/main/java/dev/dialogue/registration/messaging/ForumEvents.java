package dev.dialogue.registration.messaging;

import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.ForumSession;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.platform.messaging.Outbox;
import dev.dialogue.registration.domain.Forum;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Announces forum changes on {@code forum.forums.v1}, each with the full forum and its sessions. */
@ApplicationScoped
public class ForumEvents {

    private final Outbox outbox;

    ForumEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Forum forum) {
        publish(EventType.FORUM_CREATED, forum);
    }

    public void updated(Forum forum) {
        publish(EventType.FORUM_UPDATED, forum);
    }

    public void sessionAdded(Forum forum) {
        publish(EventType.FORUM_SESSION_ADDED, forum);
    }

    public void statusChanged(Forum forum) {
        publish(forum.status == ForumStatus.OPEN ? EventType.FORUM_OPENED : EventType.FORUM_CLOSED, forum);
    }

    private void publish(EventType type, Forum forum) {
        outbox.publish(type, forum.id, state(forum));
    }

    static dev.dialogue.events.forums.Forum state(Forum forum) {
        List<ForumSession> sessions = forum.sessions.stream()
                .map(session -> new ForumSession(session.id, session.kind, session.title,
                        session.startsAt.atZoneSameInstant(forum.zone()).toOffsetDateTime(),
                        session.endsAt.atZoneSameInstant(forum.zone()).toOffsetDateTime(), session.capacity,
                        List.copyOf(session.sectors), session.tables, session.slotMinutes))
                .toList();
        return new dev.dialogue.events.forums.Forum(forum.id, forum.title, forum.city, forum.timeZone, forum.startDate,
                forum.endDate, forum.status, List.copyOf(forum.autoApprovedCategories), sessions, forum.version);
    }
}
