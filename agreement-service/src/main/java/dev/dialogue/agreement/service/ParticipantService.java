package dev.dialogue.agreement.service;

import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.agreement.messaging.AgreementEvents;
import dev.dialogue.agreement.persistence.ParticipantProjection;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.platform.people.ParticipantNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class ParticipantService {

    private final ParticipantProjection participants;
    private final AgreementEvents events;
    private final ParticipantNames names;

    ParticipantService(ParticipantProjection participants, AgreementEvents events, ParticipantNames names) {
        this.participants = participants;
        this.events = events;
        this.names = names;
    }

    /** Registration events in the order they came, joining the transaction in which the inbox records them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registrationsChanged(List<ParticipantRegistration> registrations) {
        participants.record(registrations, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * The person asked to be forgotten: their name, their words (a reason they gave for declining)
     * and the outbox rows naming them go. Agreements keep their id as a pseudonym, so the audit
     * chains, which never held more, stay verifiable.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(ParticipantErased erased) {
        names.forget(erased.participantId());
        Participant.deleteById(erased.participantId());
        AgreementRecord.update("statusReason = null where statusReasonBy = ?1", erased.participantId());
        events.forget(erased.participantId());
    }

    @Transactional
    public List<ParticipantView> inForum(String forumId) {
        return Participant.inForum(forumId).stream().map(ParticipantView::of).toList();
    }
}
