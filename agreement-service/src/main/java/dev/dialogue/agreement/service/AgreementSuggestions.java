package dev.dialogue.agreement.service;

import static dev.dialogue.agreement.service.AgreementChanges.details;

import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.Participant;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.SigningOrder;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A B2B meeting that found cooperation possible becomes a draft agreement for an admin to complete. */
@ApplicationScoped
public class AgreementSuggestions {

    /** The longest title in a language, as the events' schema and the REST request allow. */
    private static final int TITLE_LIMIT = 500;

    private final AgreementChanges changes;

    AgreementSuggestions(AgreementChanges changes) {
        this.changes = changes;
    }

    /** A draft between the two organisations in their shared sectors, once per meeting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suggest(UUID meetingId, String forumId, UUID requesterId, UUID inviteeId) {
        Participant requester = Participant.findById(requesterId);
        Participant invitee = Participant.findById(inviteeId);
        if (requester == null || invitee == null || requester.organisationId.equals(invitee.organisationId)
                || AgreementRecord.count("suggestedFromMeetingId", meetingId) > 0) {
            return;
        }
        List<Sector> shared = new ArrayList<>(requester.sectors.stream().filter(invitee.sectors::contains).toList());
        AgreementRecord agreement = new AgreementRecord();
        agreement.id = UUID.randomUUID();
        agreement.forumId = forumId;
        agreement.kind = AgreementKind.COOPERATION_AGREEMENT;
        agreement.title = LocalizedText.of(
                suggestedTitle("Соглашение о сотрудничестве: ", requester.organisationName, " и ", invitee.organisationName),
                suggestedTitle("合作协议：", requester.organisationName, " 与 ", invitee.organisationName),
                suggestedTitle("Cooperation agreement: ", requester.organisationName, " and ", invitee.organisationName));
        agreement.sectors = shared.isEmpty() ? new ArrayList<>(requester.sectors) : shared;
        agreement.status = AgreementStatus.DRAFT;
        agreement.signingOrder = SigningOrder.PARALLEL;
        agreement.suggestedFromMeetingId = meetingId;
        agreement.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        agreement.parties.add(AgreementRecord.Party.of(1, requester));
        agreement.parties.add(AgreementRecord.Party.of(2, invitee));
        agreement.persist();
        changes.record(agreement, "system", "SUGGESTED", details("meetingId", meetingId.toString()), EventType.AGREEMENT_SUGGESTED);
    }

    /**
     * A suggested draft's title, the two names shortened with an ellipsis where the whole would pass
     * the 500 characters a title may have (an organisation's name alone may have 500).
     */
    static String suggestedTitle(String prefix, String first, String separator, String second) {
        int room = (TITLE_LIMIT - prefix.length() - separator.length()) / 2;
        return prefix + shorten(first, room) + separator + shorten(second, room);
    }

    private static String shorten(String name, int room) {
        return name.codePointCount(0, name.length()) <= room ? name
                : name.substring(0, name.offsetByCodePoints(0, room - 1)) + "…";
    }
}
