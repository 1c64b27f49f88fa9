package dev.dialogue.agreement.service;

import static dev.dialogue.agreement.service.AgreementChanges.details;

import dev.dialogue.agreement.config.AgreementConfig;
import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.AgreementStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Signing deadlines: an agreement whose deadline has passed with signatures missing expires; one
 * whose deadline is near gets one reminder.
 */
@ApplicationScoped
public class AgreementDeadlines {

    private final AgreementChanges changes;
    private final AgreementConfig config;

    AgreementDeadlines(AgreementChanges changes, AgreementConfig config) {
        this.changes = changes;
        this.config = config;
    }

    /** Returns how many agreements changed. */
    @Transactional
    public int check(OffsetDateTime now) {
        int changed = 0;
        List<AgreementRecord> open = AgreementRecord.list("status in ?1 and signingDeadline is not null"
                + " and (signingDeadline <= ?2 or (remindedAt is null and signingDeadline <= ?3))",
                AgreementRecord.SIGNING, now, now.plus(config.reminderBefore()));
        for (AgreementRecord candidate : open) {
            AgreementRecord agreement = AgreementRecord.lock(candidate.id);
            if (!AgreementRecord.SIGNING.contains(agreement.status)) {
                continue;
            }
            long missing = agreement.signatories.stream().filter(signatory -> !signatory.done()).count();
            if (!agreement.signingDeadline.isAfter(now)) {
                agreement.status = AgreementStatus.EXPIRED;
                changes.record(agreement, "system", "EXPIRED", details("missing", missing), EventType.AGREEMENT_EXPIRED);
                changed++;
            } else if (agreement.remindedAt == null) {
                agreement.remindedAt = now;
                changes.record(agreement, "system", "REMINDED", details("missing", missing), EventType.AGREEMENT_SIGNATURES_DUE);
                changed++;
            }
        }
        return changed;
    }
}
