package dev.dialogue.matchmaking.domain;

import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting request between two accredited participants, and where it takes place once scheduled. */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    public static final Set<MeetingStatus> OPEN = EnumSet.of(MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED);

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Column(name = "requester_id", nullable = false)
    public UUID requesterId;

    @Column(name = "invitee_id", nullable = false)
    public UUID inviteeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    public String message;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "slot_start")
    public OffsetDateTime slotStart;

    @Column(name = "slot_end")
    public OffsetDateTime slotEnd;

    @Column(name = "table_no")
    public Integer tableNo;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    public MeetingOutcome outcome;

    @Column(name = "outcome_notes")
    public String outcomeNotes;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    /** What the pair has in common (or, failing that, both sides' sectors), for the dashboards. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    /** The two organisations' countries in alphabetical order, such as "CN-RU". */
    @Column(name = "country_pair", nullable = false)
    public String countryPair;

    /** The participant who recorded the outcome; null when an admin did. */
    @Column(name = "outcome_by")
    public UUID outcomeBy;

    @Version
    public long version;

    public boolean involves(UUID participantId) {
        return requesterId.equals(participantId) || inviteeId.equals(participantId);
    }

    public void moveTo(MeetingStatus next, Set<MeetingStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw DomainException.conflict("meeting " + id + " is " + status + " and cannot become " + next);
        }
        status = next;
    }

    public void placeAt(B2bSession session, OffsetDateTime start, int table) {
        sessionId = session.id;
        slotStart = start;
        slotEnd = start.plusMinutes(session.slotMinutes);
        tableNo = table;
        status = MeetingStatus.SCHEDULED;
    }

    public void unplace() {
        sessionId = null;
        slotStart = null;
        slotEnd = null;
        tableNo = null;
    }

    public static List<Sector> topics(List<Sector> mine, List<Sector> theirs) {
        List<Sector> shared = mine.stream().filter(theirs::contains).distinct().toList();
        List<Sector> topics = shared.isEmpty() ? Stream.concat(mine.stream(), theirs.stream()).distinct().toList() : shared;
        return new ArrayList<>(topics);
    }

    public static String countryPair(String one, String other) {
        return one.compareTo(other) <= 0 ? one + "-" + other : other + "-" + one;
    }

    /**
     * The participant's open meetings. The statuses are three parameters, not one collection:
     * Hibernate translates a query with a collection parameter anew on every call, and this one
     * runs for every registration event.
     */
    public static List<Meeting> openOf(UUID participantId) {
        return list("(requesterId = ?1 or inviteeId = ?1) and status in (?2, ?3, ?4)", participantId,
                MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED);
    }

    /** The pair's earlier request, open or declined, whichever of them asked. */
    public static Optional<Meeting> between(String forumId, UUID a, UUID b, Set<MeetingStatus> statuses) {
        return find("forumId = ?1 and ((requesterId = ?2 and inviteeId = ?3) or (requesterId = ?3 and inviteeId = ?2))"
                + " and status in ?4", forumId, a, b, statuses).firstResultOptional();
    }

    /** Where and when the meeting takes place; null until it is placed. */
    public dev.dialogue.events.meetings.Meeting.Slot slot() {
        return sessionId == null ? null : new dev.dialogue.events.meetings.Meeting.Slot(sessionId, slotStart, slotEnd, tableNo);
    }
}
