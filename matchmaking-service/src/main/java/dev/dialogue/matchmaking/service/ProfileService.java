package dev.dialogue.matchmaking.service;

import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.matchmaking.api.ProfileView;
import dev.dialogue.matchmaking.domain.ParticipantBreak;
import dev.dialogue.matchmaking.domain.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ProfileService {

    private final MeetingService meetings;

    ProfileService(MeetingService meetings) {
        this.meetings = meetings;
    }

    /**
     * Registration events in the order they came, joining the transaction in which the inbox records
     * them. Only someone whose profile goes can have meetings to cancel: requests need two profiles.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registrationsChanged(List<ParticipantRegistration> registrations) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<UUID, Profile> profiles = Profile.byParticipant(registrations.stream().map(ParticipantRegistration::participantId).toList());
        for (ParticipantRegistration registration : registrations) {
            Profile before = profiles.get(registration.participantId());
            boolean hadProfile = before != null && before.isPersistent();
            Profile after = Profile.apply(before, registration, now);
            profiles.put(registration.participantId(), after);
            if (hadProfile && !after.isPersistent()) {
                meetings.participantLeft(registration.participantId());
            }
        }
    }

    /** The person asked to be forgotten: nothing of them stays here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(ParticipantErased erased) {
        Profile.deleteById(erased.participantId());
        ParticipantBreak.delete("participantId", erased.participantId());
        meetings.participantLeft(erased.participantId());
        meetings.forget(erased.participantId());
    }

    @Transactional
    public List<ProfileView> inForum(String forumId) {
        return Profile.inForum(forumId).stream().map(ProfileView::of).toList();
    }
}
