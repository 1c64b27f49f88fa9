package dev.dialogue.events;

import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.SignatureSubmitted;
import dev.dialogue.events.forums.Forum;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.events.participants.ParticipantErased;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationRequested;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvent type the platform emits or accepts: its versioned reverse-DNS name, the topic
 * it travels on, the Java record of its payload and the JSON Schema that payload must satisfy.
 * Several types may share one payload (events that carry the full state of an aggregate).
 */
public enum EventType {
    FORUM_CREATED("dev.dialogue.forum.created.v1", Topic.FORUMS, Forum.class, "forum.v1.json"),
    FORUM_UPDATED("dev.dialogue.forum.updated.v1", Topic.FORUMS, Forum.class, "forum.v1.json"),
    FORUM_SESSION_ADDED("dev.dialogue.forum.session-added.v1", Topic.FORUMS, Forum.class, "forum.v1.json"),
    FORUM_OPENED("dev.dialogue.forum.opened.v1", Topic.FORUMS, Forum.class, "forum.v1.json"),
    FORUM_CLOSED("dev.dialogue.forum.closed.v1", Topic.FORUMS, Forum.class, "forum.v1.json"),

    PARTICIPANT_REGISTERED("dev.dialogue.participant.registered.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    PARTICIPANT_APPROVED("dev.dialogue.participant.approved.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    PARTICIPANT_WAITLISTED("dev.dialogue.participant.waitlisted.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    /** A seat came free and the participant moved from a waiting list into it. */
    PARTICIPANT_PROMOTED("dev.dialogue.participant.promoted.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    PARTICIPANT_REJECTED("dev.dialogue.participant.rejected.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    PARTICIPANT_CANCELLED("dev.dialogue.participant.cancelled.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    PARTICIPANT_CHECKED_IN("dev.dialogue.participant.checked-in.v1", Topic.PARTICIPANTS,
            ParticipantRegistration.class, "participant-registration.v1.json"),
    PARTICIPANT_ERASED("dev.dialogue.participant.erased.v1", Topic.PARTICIPANTS,
            ParticipantErased.class, "participant-erased.v1.json"),

    /** Who the participant is: the latest of these per participant is what the compacted topic keeps. */
    PARTICIPANT_DETAILS_RECORDED("dev.dialogue.participant.details-recorded.v1", Topic.PARTICIPANT_DETAILS,
            ParticipantDetails.class, "participant-details.v1.json"),
    /**
     * The person was erased: no data, so the record is the broker's tombstone for the participant's
     * key, and compaction removes every earlier record of it.
     */
    PARTICIPANT_DETAILS_ERASED("dev.dialogue.participant.details-erased.v1", Topic.PARTICIPANT_DETAILS, null, null),

    MEETING_REQUESTED("dev.dialogue.meeting.requested.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),
    MEETING_ACCEPTED("dev.dialogue.meeting.accepted.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),
    MEETING_SCHEDULED("dev.dialogue.meeting.scheduled.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),
    MEETING_DECLINED("dev.dialogue.meeting.declined.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),
    MEETING_CANCELLED("dev.dialogue.meeting.cancelled.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),
    MEETING_EXPIRED("dev.dialogue.meeting.expired.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),
    MEETING_OUTCOME_RECORDED("dev.dialogue.meeting.outcome-recorded.v1", Topic.MEETINGS, Meeting.class, "meeting.v1.json"),

    AGREEMENT_DRAFTED("dev.dialogue.agreement.drafted.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_SUGGESTED("dev.dialogue.agreement.suggested.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_UPDATED("dev.dialogue.agreement.updated.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_OPENED("dev.dialogue.agreement.opened.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_APPROVED("dev.dialogue.agreement.approved.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_SIGNED("dev.dialogue.agreement.signed.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_EXECUTED("dev.dialogue.agreement.executed.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_DECLINED("dev.dialogue.agreement.declined.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_VOIDED("dev.dialogue.agreement.voided.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_EXPIRED("dev.dialogue.agreement.expired.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_SIGNATURES_DUE("dev.dialogue.agreement.signatures-due.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_PROJECT_REGISTERED("dev.dialogue.agreement.project-registered.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),
    AGREEMENT_PROJECT_UPDATED("dev.dialogue.agreement.project-updated.v1", Topic.AGREEMENTS, Agreement.class, "agreement.v1.json"),

    PARTNER_REGISTRATION_REQUESTED("dev.dialogue.partner.registration-requested.v1", Topic.PARTNER_REGISTRATIONS,
            RegistrationRequested.class, "partner-registration-requested.v1.json"),
    PARTNER_REGISTRATION_ANSWERED("dev.dialogue.partner.registration-answered.v1", Topic.PARTNER_REGISTRATION_RESULTS,
            RegistrationAnswered.class, "partner-registration-answered.v1.json"),
    PARTNER_SIGNATURE_SUBMITTED("dev.dialogue.partner.signature-submitted.v1", Topic.PARTNER_SIGNATURES,
            SignatureSubmitted.class, "partner-signature-submitted.v1.json");

    /** Base of the {@code dataschema} attribute; the file name below it is the schema resource. */
    public static final String SCHEMA_BASE_URI = "https://dialogue.dev/schemas/";

    private final String typeName;
    private final Topic topic;
    private final Class<?> payloadType;
    private final String schemaFile;

    EventType(String typeName, Topic topic, Class<?> payloadType, String schemaFile) {
        this.typeName = typeName;
        this.topic = topic;
        this.payloadType = payloadType;
        this.schemaFile = schemaFile;
    }

    public String typeName() {
        return typeName;
    }

    public Topic topic() {
        return topic;
    }

    /** The payload's record; null for a type that carries no data. */
    public Class<?> payloadType() {
        return payloadType;
    }

    /** Whether events of this type have a payload; those without are tombstones of their key. */
    public boolean hasData() {
        return payloadType != null;
    }

    /** Classpath resource holding the payload's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + schemaFile;
    }

    /** The {@code dataschema} attribute; null for a type that carries no data. */
    public URI dataSchema() {
        return hasData() ? URI.create(SCHEMA_BASE_URI + schemaFile) : null;
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Arrays.stream(values()).filter(type -> type.typeName.equals(typeName)).findFirst();
    }
}
