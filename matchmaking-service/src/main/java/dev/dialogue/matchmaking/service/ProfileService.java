package dev.dialogue.matchmaking.service;

import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.matchmaking.domain.ParticipantBreak;
import dev.dialogue.matchmaking.domain.Profile;
import dev.dialogue.matchmaking.persistence.ProfileProjection;
import dev.dialogue.platform.people.ParticipantNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class ProfileService {

    private final ProfileProjection profiles;
    private final MeetingService meetings;
    private final ParticipantNames names;

    ProfileService(ProfileProjection profiles, MeetingService meetings, ParticipantNames names) {
        this.profiles = profiles;
        this.meetings = meetings;
        this.names = names;
    }

    /**
     * Registration events in the order they came, joining the transaction in which the inbox records
     * them. Only someone whose profile goes can have meetings to cancel: requests need two profiles.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registrationsChanged(List<ParticipantRegistration> registrations) {
        profiles.record(registrations, OffsetDateTime.now(ZoneOffset.UTC)).forEach(meetings::participantLeft);
    }

    /** The person asked to be forgotten: nothing of them stays here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(ParticipantErased erased) {
        names.forget(erased.participantId());
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
