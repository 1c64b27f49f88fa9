package dev.dialogue.matchmaking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A B2B session's window, cut into slots of its slot length, times its tables. */
@Entity
@Table(name = "b2b_session")
public class B2bSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public int tables;

    @Column(name = "slot_minutes", nullable = false)
    public int slotMinutes;

    /** The forum's IANA time zone. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The starts of the slots, in order; the last ends no later than the session. */
    public List<OffsetDateTime> slotStarts() {
        List<OffsetDateTime> starts = new ArrayList<>();
        Duration length = Duration.ofMinutes(slotMinutes);
        for (OffsetDateTime start = startsAt; !start.plus(length).isAfter(endsAt); start = start.plus(length)) {
            starts.add(start);
        }
        return starts;
    }

    public static List<B2bSession> inForum(String forumId) {
        return list("forumId = ?1 order by startsAt, id", forumId);
    }
}
