package dev.dialogue.matchmaking.service;

import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.matchmaking.api.ProfileView;
import dev.dialogue.matchmaking.domain.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class ProfileService {

    /** Joins the transaction in which the inbox records the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registrationChanged(ParticipantRegistration registration) {
        Profile.apply(registration, OffsetDateTime.now(ZoneOffset.UTC));
    }

    @Transactional
    public List<ProfileView> inForum(String forumId) {
        return Profile.inForum(forumId).stream().map(ProfileView::of).toList();
    }
}
