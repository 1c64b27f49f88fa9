package dev.dialogue.dashboard.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.dialogue.events.vocabulary.LocalizedText;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the dashboard keeps of each event's payload: the few fields its figures need, read straight
 * from the event's JSON (every other field is skipped by the parser, never buffered or built: each
 * record ignores unknown properties). Each is the full state of its aggregate at one version, as
 * every event on a {@code forum.*} topic carries it. Codes (statuses, categories, sectors) stay
 * text: a code added by a newer publisher is counted, not refused.
 */
public final class Facts {

    private static final Map<Object, Object> SHARED = new ConcurrentHashMap<>();

    private Facts() {
    }

    /**
     * One copy of each code, forum id, organisation and sector list, however many states name it:
     * the dashboard keeps every version of every aggregate, and a copy per version grew the live
     * data the collector copies during the replay. The values are few (codes, countries, sets of
     * sectors), so the copies kept here are too.
     */
    @SuppressWarnings("unchecked")
    static <T> T shared(T value) {
        return value == null ? null : (T) SHARED.computeIfAbsent(value, Function.identity());
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
            forumId = shared(forumId);
            status = shared(status);
            category = shared(category);
            organisation = shared(organisation);
            sectors = sectors == null ? null : shared(sectors.stream().map(Facts::shared).toList());
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
            country = shared(country);
        }

    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MeetingState(UUID meetingId, String forumId, String status, Slot slot, String outcome, long version)
            implements State {

        public MeetingState {
            forumId = shared(forumId);
            status = shared(status);
            outcome = shared(outcome);
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
            forumId = shared(forumId);
            kind = shared(kind);
            status = shared(status);
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
