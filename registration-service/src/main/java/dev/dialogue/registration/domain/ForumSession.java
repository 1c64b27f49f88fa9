package dev.dialogue.registration.domain;

import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A session of a forum's programme, with its time window and seats. */
@Entity
@Table(name = "forum_session")
public class ForumSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    public Forum forum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public int capacity;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    /** B2B sessions only. */
    @Column(name = "tables")
    public Integer tables;

    /** B2B sessions only. */
    @Column(name = "slot_minutes")
    public Integer slotMinutes;

    public static ForumSession plan(SessionKind kind, LocalizedText title, OffsetDateTime startsAt, OffsetDateTime endsAt,
            int capacity, List<Sector> sectors, Integer tables, Integer slotMinutes) {
        if (!endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("endsAt", "must be after startsAt");
        }
        boolean b2b = kind == SessionKind.B2B_MEETINGS;
        if (b2b && (tables == null || slotMinutes == null)) {
            throw DomainException.invalid(tables == null ? "tables" : "slotMinutes", "a B2B session needs its tables and slot length");
        }
        if (!b2b && (tables != null || slotMinutes != null)) {
            throw DomainException.invalid(tables != null ? "tables" : "slotMinutes", "only B2B sessions have tables and slots");
        }
        ForumSession session = new ForumSession();
        session.id = UUID.randomUUID();
        session.kind = kind;
        session.title = title;
        session.startsAt = startsAt;
        session.endsAt = endsAt;
        session.capacity = capacity;
        session.sectors = new ArrayList<>(new LinkedHashSet<>(sectors));
        session.tables = tables;
        session.slotMinutes = slotMinutes;
        return session;
    }

    boolean fitsWithin(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        return !startsAt.atZoneSameInstant(zone).toLocalDate().isBefore(firstDay)
                && !endsAt.atZoneSameInstant(zone).toLocalDate().isAfter(lastDay);
    }
}
