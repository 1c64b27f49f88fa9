package dev.dialogue.registration.service;

import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.persistence.RowLocks;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.ForumSession;
import dev.dialogue.registration.messaging.ForumEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Forums and their programme; every change is announced on {@code forum.forums.v1} with the full forum. */
@ApplicationScoped
public class ForumService {

    private final RowLocks locks;
    private final ForumEvents events;

    ForumService(RowLocks locks, ForumEvents events) {
        this.locks = locks;
        this.events = events;
    }

    @Transactional
    public ForumView create(ForumRequest request) {
        if (request.forumId() == null) {
            throw DomainException.invalid("forumId", "must not be null");
        }
        if (Forum.findByIdOptional(request.forumId()).isPresent()) {
            throw DomainException.conflict("forum " + request.forumId() + " already exists").with("existingId", request.forumId());
        }
        Forum forum = Forum.draft(request.forumId(), request.title().toText(), request.city(), zone(request.timeZone()),
                request.startDate(), request.endDate(), orEmpty(request.autoApprovedCategories()));
        forum.persist();
        events.created(forum);
        return ForumView.of(forum);
    }

    /** Changes the details and, when {@code status} is given, moves the forum along its lifecycle. */
    @Transactional
    public ForumView update(String forumId, ForumRequest request) {
        if (request.forumId() != null && !request.forumId().equals(forumId)) {
            throw DomainException.invalid("forumId", "a forum's code cannot change");
        }
        Forum forum = find(forumId);
        forum.describe(request.title().toText(), request.city(), zone(request.timeZone()), request.startDate(), request.endDate(),
                orEmpty(request.autoApprovedCategories()));
        ForumStatus before = forum.status;
        if (request.status() != null && request.status() != before) {
            forum.moveTo(request.status());
        }
        Forum.getEntityManager().flush();
        if (forum.status == before) {
            events.updated(forum);
        } else {
            events.statusChanged(forum);
        }
        return ForumView.of(forum);
    }

    @Transactional
    public ForumView.Session addSession(String forumId, SessionRequest request) {
        Forum forum = lock(forumId);
        ZoneId zone = forum.zone();
        ForumSession session = forum.add(ForumSession.plan(request.kind(), request.title().toText(),
                request.startsAt().atZone(zone).toOffsetDateTime(), request.endsAt().atZone(zone).toOffsetDateTime(),
                request.capacity(), orEmpty(request.sectors()), request.tables(), request.slotMinutes()));
        session.persist();
        Forum.getEntityManager().flush();
        events.sessionAdded(forum);
        return ForumView.Session.of(session, forum);
    }

    @Transactional
    public ForumView.Session session(String forumId, UUID sessionId) {
        Forum forum = find(forumId);
        return forum.session(sessionId).map(session -> ForumView.Session.of(session, forum))
                .orElseThrow(() -> DomainException.notFound("session", sessionId));
    }

    @Transactional
    public ForumView get(String forumId) {
        return ForumView.of(find(forumId));
    }

    @Transactional
    public List<ForumView> list() {
        return Forum.<Forum>listAll(io.quarkus.panache.common.Sort.by("startDate").and("id")).stream().map(ForumView::of).toList();
    }

    static Forum find(String forumId) {
        return Forum.<Forum>findByIdOptional(forumId).orElseThrow(() -> DomainException.notFound("forum", forumId));
    }

    /** The forum, its row locked until the transaction ends: sessions added at once count one after another against the cap. */
    private Forum lock(String forumId) {
        return locks.lock(Forum.class, forumId).orElseThrow(() -> DomainException.notFound("forum", forumId));
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw DomainException.invalid("timeZone", "'" + timeZone + "' is not an IANA time zone such as Asia/Shanghai");
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
