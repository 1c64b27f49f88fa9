package dev.dialogue.agreement.domain;

import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.SignatoryRole;
import dev.dialogue.events.agreements.SignatoryStatus;
import dev.dialogue.events.agreements.SigningOrder;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agreement between two or more organisations, its signatories and where it stands. (Named
 * AgreementRecord so as not to clash with the event payload {@code Agreement}.)
 */
@Entity
@Table(name = "agreement")
public class AgreementRecord extends PanacheEntityBase {

    /** States in which signatories act. */
    public static final Set<AgreementStatus> SIGNING = EnumSet.of(AgreementStatus.OPEN, AgreementStatus.PARTIALLY_SIGNED);
    /** States an admin may still void, or a document be edited in. */
    public static final Set<AgreementStatus> UNSETTLED = EnumSet.of(AgreementStatus.DRAFT, AgreementStatus.OPEN,
            AgreementStatus.PARTIALLY_SIGNED);

    @Embeddable
    public static class Party {

        @Column(nullable = false)
        public int position;

        @Column(name = "organisation_id", nullable = false)
        public UUID organisationId;

        @Column(name = "organisation_name", nullable = false)
        public String organisationName;

        /** The party at this position is the organisation the participant belongs to. */
        public static Party of(int position, Participant member) {
            Party party = new Party();
            party.position = position;
            party.organisationId = member.organisationId;
            party.organisationName = member.organisationName;
            return party;
        }
    }

    @Embeddable
    public static class Signatory {

        @Column(name = "participant_id", nullable = false)
        public UUID participantId;

        @Column(name = "party_position", nullable = false)
        public int partyPosition;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public SignatoryRole role;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public SignatoryStatus status;

        @Column(name = "acted_at")
        public OffsetDateTime actedAt;

        public boolean done() {
            return status == SignatoryStatus.APPROVED || status == SignatoryStatus.SIGNED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** The participant whose words {@link #statusReason} are; erasing them clears it. */
    @Column(name = "status_reason_by")
    public UUID statusReasonBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "signing_order", nullable = false)
    public SigningOrder signingOrder;

    @Column(name = "prevailing_language")
    public String prevailingLanguage;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public BigDecimal value;

    public String currency;

    @Column(name = "signing_deadline")
    public OffsetDateTime signingDeadline;

    @Column(name = "reminded_at")
    public OffsetDateTime remindedAt;

    @Column(name = "suggested_from_meeting_id")
    public UUID suggestedFromMeetingId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("position")
    public List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_signatory", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("partyPosition, role, participantId")
    public List<Signatory> signatories = new ArrayList<>();

    public Optional<Signatory> signatory(UUID participantId) {
        return signatories.stream().filter(signatory -> signatory.participantId.equals(participantId)).findFirst();
    }

    public List<Signatory> signatoriesOf(int partyPosition) {
        return signatories.stream().filter(signatory -> signatory.partyPosition == partyPosition).toList();
    }

    public boolean everyoneHasActed() {
        return signatories.stream().allMatch(Signatory::done);
    }

    /** A title, of an agreement or a joint project, has at least one of its languages. */
    public static void requireText(LocalizedText text, String field) {
        if (text == null || text.any() == null || text.any().isBlank()) {
            throw DomainException.invalid(field, "needs at least one of ru, zh, en");
        }
    }

    public void require(Set<AgreementStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw DomainException.conflict("agreement " + id + " is " + status + "; " + what);
        }
    }

    public static AgreementRecord lock(UUID id) {
        AgreementRecord agreement = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw DomainException.notFound("agreement", id);
        }
        return agreement;
    }
}
