package dev.dialogue.registration.domain;

import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.platform.domain.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A forum and its programme. Registrations are accepted only while it is {@code OPEN}. */
@Entity
@Table(name = "forum")
public class Forum extends PanacheEntityBase {

    /**
     * Every change of a forum is announced with all its sessions: at most this many, with titles of
     * at most 500 characters per language, keep that event under the outbox's limit even in the
     * worst case (ForumEventsTest measures it).
     */
    public static final int MAX_SESSIONS = 100;

    @Id
    public String id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @Column(nullable = false)
    public String city;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ForumStatus status;

    /** Registrations in these categories are approved as they arrive. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "auto_approved_categories", nullable = false)
    public List<ParticipantCategory> autoApprovedCategories = new ArrayList<>();

    @OneToMany(mappedBy = "forum", cascade = CascadeType.PERSIST)
    @OrderBy("startsAt, id")
    public List<ForumSession> sessions = new ArrayList<>();

    @Version
    public long version;

    public static Forum draft(String id, LocalizedText title, String city, ZoneId timeZone, LocalDate startDate,
            LocalDate endDate, List<ParticipantCategory> autoApprovedCategories) {
        Forum forum = new Forum();
        forum.id = id;
        forum.status = ForumStatus.DRAFT;
        forum.describe(title, city, timeZone, startDate, endDate, autoApprovedCategories);
        return forum;
    }

    public void describe(LocalizedText title, String city, ZoneId timeZone, LocalDate startDate, LocalDate endDate,
            List<ParticipantCategory> autoApprovedCategories) {
        if (endDate.isBefore(startDate)) {
            throw DomainException.invalid("endDate", "must not be before startDate " + startDate);
        }
        for (ForumSession session : sessions) {
            if (!session.fitsWithin(startDate, endDate, timeZone)) {
                throw DomainException.invalid("startDate", "session " + session.id + " would fall outside the forum's dates");
            }
        }
        this.title = title;
        this.city = city;
        this.timeZone = timeZone.getId();
        this.startDate = startDate;
        this.endDate = endDate;
        this.autoApprovedCategories = new ArrayList<>(new LinkedHashSet<>(autoApprovedCategories));
    }

    /** {@code DRAFT → OPEN → CLOSED}; anything else is a conflict. */
    public void moveTo(ForumStatus next) {
        boolean allowed = (status == ForumStatus.DRAFT && next == ForumStatus.OPEN)
                || (status == ForumStatus.OPEN && next == ForumStatus.CLOSED);
        if (!allowed) {
            throw DomainException.conflict("forum " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Optional<ForumSession> session(java.util.UUID sessionId) {
        return sessions.stream().filter(session -> session.id.equals(sessionId)).findFirst();
    }

    public ForumSession add(ForumSession session) {
        if (sessions.size() >= MAX_SESSIONS) {
            throw DomainException.invalid("sessions", "a forum has at most " + MAX_SESSIONS + " sessions");
        }
        if (!session.fitsWithin(startDate, endDate, zone())) {
            throw DomainException.invalid("startsAt", "the session must take place between " + startDate + " and "
                    + endDate + " in " + timeZone);
        }
        session.forum = this;
        sessions.add(session);
        return session;
    }
}
