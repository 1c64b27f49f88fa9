package dev.dialogue.matchmaking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A schedule run's plan: provisional until an admin publishes it, superseded by a newer run. */
@Entity
@Table(name = "schedule_plan")
public class SchedulePlan extends PanacheEntityBase {

    public enum Status { PROVISIONAL, PUBLISHED, SUPERSEDED }

    /** One accepted meeting's place in the plan. */
    @Embeddable
    public static class Entry {

        @Column(name = "meeting_id", nullable = false)
        public UUID meetingId;

        @Column(name = "session_id", nullable = false)
        public UUID sessionId;

        @Column(name = "slot_start", nullable = false)
        public OffsetDateTime slotStart;

        @Column(name = "table_no", nullable = false)
        public int tableNo;
    }

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** Accepted requests waiting for a slot when the plan was made. */
    @Column(nullable = false)
    public int requests;

    /** No plan could place more than this many of them. */
    @Column(name = "upper_bound", nullable = false)
    public int upperBound;

    @ElementCollection
    @CollectionTable(name = "schedule_plan_entry", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("slotStart, tableNo")
    public List<Entry> entries = new ArrayList<>();

    public static Optional<SchedulePlan> latestProvisional(String forumId) {
        return find("forumId = ?1 and status = ?2 order by createdAt desc", forumId, Status.PROVISIONAL).firstResultOptional();
    }
}
