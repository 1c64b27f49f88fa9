package dev.dialogue.matchmaking.service;

import dev.dialogue.events.meetings.MeetingStatus;
import dev.dialogue.matchmaking.domain.Availability;
import dev.dialogue.matchmaking.domain.Meeting;
import dev.dialogue.matchmaking.domain.ParticipantBreak;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.persistence.Bookings;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Participants' declared breaks, and everything that keeps them from meetings. */
@ApplicationScoped
public class AvailabilityService {

    private final Bookings bookings;

    AvailabilityService(Bookings bookings) {
        this.bookings = bookings;
    }

    @Transactional
    public AvailabilityView availability(String forumId, UUID participantId) {
        accredited(forumId, participantId);
        Availability availability = bookings.availabilityOf(List.of(participantId));
        return new AvailabilityView(participantId, forumId, availability.capPerSession(), availability.unavailable(participantId)
                .stream().map(busy -> new AvailabilityView.Busy(busy.startsAt(), busy.endsAt(), busy.reason())).toList());
    }

    /**
     * Replaces the participant's breaks. A break over a meeting already scheduled is refused (409
     * naming the meetings): the participant cancels those first, so nobody is stood up.
     */
    @Transactional
    public AvailabilityView declareBreaks(String forumId, UUID participantId, List<AvailabilityView.Break> breaks) {
        accredited(forumId, participantId);
        for (int i = 0; i < breaks.size(); i++) {
            AvailabilityView.Break declared = breaks.get(i);
            if (!declared.endsAt().isAfter(declared.startsAt())) {
                throw DomainException.invalid("breaks[" + i + "].endsAt", "a break ends after it starts");
            }
            List<UUID> clashes = Meeting.<Meeting>list("status = ?1 and (requesterId = ?2 or inviteeId = ?2)"
                            + " and slotStart < ?3 and slotEnd > ?4", MeetingStatus.SCHEDULED, participantId,
                    declared.endsAt(), declared.startsAt()).stream().map(meeting -> meeting.id).toList();
            if (!clashes.isEmpty()) {
                throw DomainException.conflict("breaks[" + i + "] overlaps scheduled meetings; cancel them first")
                        .with("meetingIds", clashes);
            }
        }
        ParticipantBreak.delete("participantId", participantId);
        for (AvailabilityView.Break declared : breaks) {
            ParticipantBreak entry = new ParticipantBreak();
            entry.id = UUID.randomUUID();
            entry.participantId = participantId;
            entry.startsAt = declared.startsAt();
            entry.endsAt = declared.endsAt();
            entry.persist();
        }
        return availability(forumId, participantId);
    }

    private static void accredited(String forumId, UUID participantId) {
        Profile.<Profile>findByIdOptional(participantId).filter(profile -> profile.forumId.equals(forumId))
                .orElseThrow(() -> DomainException.notFound("accredited participant", participantId + " in forum " + forumId));
    }
}
