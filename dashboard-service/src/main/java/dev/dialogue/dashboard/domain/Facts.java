package dev.dialogue.dashboard.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.dialogue.events.vocabulary.LocalizedText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the dashboard keeps of each event's payload: the few fields its figures need, read straight
 * from the event's JSON (every other field is skipped by the parser, never buffered or built: each
 * record ignores unknown properties). Each is the full state of its aggregate at one version, as
 * every event on a {@code forum.*} topic carries it. Codes (statuses, categories, sectors) stay
 * text: a code added by a newer publisher is counted, not refused.
 */
public final class Facts {

    private Facts() {
    }

    /**
     * One copy of each code and forum id, however many states name it: the dashboard keeps every
     * version of every aggregate, and a copy per version grew the live data the collector copies
     * during the replay.
     */
    static String code(String value) {
        return value == null ? null : value.intern();
    }

    /** Which aggregate a state belongs to, and in which forum. */
    public sealed interface State permits ForumState, RegistrationState, MeetingState, AgreementState {
        String forumId();

        Object aggregateId();

        long version();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ForumState(String forumId, LocalizedText title, String status, List<Session> sessions, long version)
            implements State {

        @Override
        public Object aggregateId() {
            return forumId;
        }

        public List<Session> sessions() {
            return sessions == null ? List.of() : sessions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Session(UUID sessionId, String kind, LocalizedText title, OffsetDateTime startsAt, OffsetDateTime endsAt,
            Integer tables, Integer slotMinutes) {

        /** A session with meeting tables cut into slots: the B2B block. */
        public boolean hasTables() {
            return tables != null && tables > 0 && slotMinutes != null && slotMinutes > 0 && startsAt != null && endsAt != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegistrationState(UUID participantId, String forumId, String status, Organisation organisation, String category,
            List<String> sectors, Instant registeredAt, long version) implements State {

        public RegistrationState {
            forumId = code(forumId);
            status = code(status);
            category = code(category);
            sectors = sectors == null ? null : sectors.stream().map(Facts::code).toList();
        }

        @Override
        public Object aggregateId() {
            return participantId;
        }

        public String country() {
            return organisation == null || organisation.country() == null ? "" : organisation.country();
        }

        public List<String> sectors() {
            return sectors == null ? List.of() : sectors;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Organisation(String country) {

        public Organisation {
            country = code(country);
        }

    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeetingState(UUID meetingId, String forumId, UUID requesterId, UUID inviteeId, String status, Slot slot,
            String outcome, long version) implements State {

        public MeetingState {
            forumId = code(forumId);
            status = code(status);
            outcome = code(outcome);
        }

        @Override
        public Object aggregateId() {
            return meetingId;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Slot(UUID sessionId, Instant startsAt, int table) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AgreementState(UUID agreementId, String forumId, String kind, LocalizedText title, String status,
            List<Party> parties, long version) implements State {

        public AgreementState {
            forumId = code(forumId);
            kind = code(kind);
            status = code(status);
        }

        @Override
        public Object aggregateId() {
            return agreementId;
        }

        public List<Party> parties() {
            return parties == null ? List.of() : parties;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(int position, String organisationName) {
    }
}
