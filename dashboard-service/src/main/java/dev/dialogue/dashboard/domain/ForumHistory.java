package dev.dialogue.dashboard.domain;

import dev.dialogue.dashboard.domain.Facts.AgreementState;
import dev.dialogue.dashboard.domain.Facts.ForumState;
import dev.dialogue.dashboard.domain.Facts.MeetingState;
import dev.dialogue.dashboard.domain.Facts.RegistrationState;
import dev.dialogue.dashboard.domain.Facts.Session;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every version of every aggregate of one forum, each with the time of its event, so that the
 * figures can be computed as they stood at any instant. An aggregate's state at an instant is its
 * highest version whose event is not later than the instant: versions, not arrival order, decide,
 * so an event delivered late or twice changes nothing that its aggregate's later versions settled.
 * Not thread-safe on its own: {@link DashboardProjection} guards each forum's history.
 */
final class ForumHistory {

    /** Beyond this many points the registrations-over-time line is thinned: a chart shows no more. */
    static final int MOST_POINTS = 300;
    private static final Set<String> HELD = Set.of("NO_INTEREST", "INFORMATIVE", "COOPERATION_POSSIBLE");

    private final String forumId;
    private final Versions<ForumState> forum = new Versions<>();
    private final Map<Object, Versions<RegistrationState>> registrations = new HashMap<>();
    private final Map<Object, Versions<MeetingState>> meetings = new HashMap<>();
    private final Map<Object, Versions<AgreementState>> agreements = new HashMap<>();
    private long revision;

    ForumHistory(String forumId) {
        this.forumId = forumId;
    }

    /** Changes with every event taken: a live page redraws when it moves. */
    long revision() {
        return revision;
    }

    boolean known() {
        return !forum.isEmpty();
    }

    ForumState latestForum() {
        return forum.latest(null);
    }

    /** Takes the event unless its aggregate's version was taken before; says whether it was taken. */
    boolean add(ForumEvent event) {
        Facts.State state = event.state();
        boolean taken;
        if (state instanceof ForumState forumState) {
            taken = forum.add(event.time(), forumState);
        } else if (state instanceof RegistrationState registration) {
            taken = registrations.computeIfAbsent(registration.aggregateId(), id -> new Versions<>()).add(event.time(), registration);
        } else if (state instanceof MeetingState meeting) {
            taken = meetings.computeIfAbsent(meeting.aggregateId(), id -> new Versions<>()).add(event.time(), meeting);
        } else {
            AgreementState agreement = (AgreementState) state;
            taken = agreements.computeIfAbsent(agreement.aggregateId(), id -> new Versions<>()).add(event.time(), agreement);
        }
        if (taken) {
            revision++;
        }
        return taken;
    }

    /** The figures as they stood at the instant, or now for null. */
    Figures figuresAt(Instant at) {
        Tally tally = new Tally();
        ForumState forumState = forum.latest(at);
        tally.seen(forum, at);
        Figures.Registrations registrationFigures = registrations(at, tally);
        Figures.Meetings meetingFigures = meetings(at, forumState, tally);
        Figures.Agreements agreementFigures = agreements(at, tally);
        return new Figures(forumId, forumState == null ? null : forumState.title(), forumState == null ? null : forumState.status(),
                at, tally.first, tally.last, tally.events, registrationFigures, meetingFigures, agreementFigures);
    }

    private Figures.Registrations registrations(Instant at, Tally tally) {
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> bySector = new TreeMap<>();
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> byCountryGroup = new TreeMap<>(Map.of("CN", 0L, "OTHER", 0L, "RU", 0L));
        List<Instant> arrivals = new ArrayList<>();
        for (Versions<RegistrationState> versions : registrations.values()) {
            RegistrationState state = versions.latest(at);
            if (state == null) {
                continue;
            }
            tally.seen(versions, at);
            increment(byStatus, state.status());
            increment(byCategory, state.category());
            state.sectors().forEach(sector -> increment(bySector, sector));
            increment(byCountry, state.country());
            increment(byCountryGroup, switch (state.country()) {
                case "RU", "CN" -> state.country();
                default -> "OTHER";
            });
            arrivals.add(state.registeredAt() != null ? state.registeredAt() : versions.firstTime());
        }
        return new Figures.Registrations(arrivals.size(), byStatus, byCategory, bySector, byCountry, byCountryGroup,
                cumulative(arrivals));
    }

    private Figures.Meetings meetings(Instant at, ForumState forumState, Tally tally) {
        long requested = 0, accepted = 0, scheduled = 0, held = 0, cooperation = 0, declined = 0, cancelled = 0, expired = 0;
        Map<String, Long> outcomes = new TreeMap<>();
        Map<java.util.UUID, Grid> grids = new HashMap<>();
        if (forumState != null) {
            forumState.sessions().stream().filter(Session::hasTables).forEach(session -> grids.put(session.sessionId(), new Grid(session)));
        }
        for (Versions<MeetingState> versions : meetings.values()) {
            MeetingState state = versions.latest(at);
            if (state == null) {
                continue;
            }
            tally.seen(versions, at);
            requested++;
            if (versions.any(at, version -> "ACCEPTED".equals(version.status()) || "SCHEDULED".equals(version.status())
                    || version.outcome() != null)) {
                accepted++;
            }
            switch (String.valueOf(state.status())) {
                case "SCHEDULED" -> scheduled++;
                case "DECLINED" -> declined++;
                case "CANCELLED" -> cancelled++;
                case "EXPIRED" -> expired++;
                default -> {
                }
            }
            if (state.outcome() != null) {
                increment(outcomes, state.outcome());
                held += HELD.contains(state.outcome()) ? 1 : 0;
                cooperation += "COOPERATION_POSSIBLE".equals(state.outcome()) ? 1 : 0;
            }
            if ("SCHEDULED".equals(state.status()) && state.slot() != null && grids.containsKey(state.slot().sessionId())) {
                grids.get(state.slot().sessionId()).book(state.slot(), state.outcome() != null && HELD.contains(state.outcome()) ? 2 : 1);
            }
        }
        List<Figures.SessionOccupancy> sessions = forumState == null ? List.of() : forumState.sessions().stream()
                .filter(Session::hasTables).map(session -> grids.get(session.sessionId()).figures()).toList();
        return new Figures.Meetings(new Figures.Funnel(requested, accepted, scheduled, held, cooperation, declined, cancelled, expired),
                outcomes, sessions);
    }

    private Figures.Agreements agreements(Instant at, Tally tally) {
        Map<String, Long> byStatus = new TreeMap<>();
        List<Figures.Executed> executed = new ArrayList<>();
        long total = 0;
        for (Versions<AgreementState> versions : agreements.values()) {
            AgreementState state = versions.latest(at);
            if (state == null) {
                continue;
            }
            tally.seen(versions, at);
            total++;
            increment(byStatus, state.status());
            if ("EXECUTED".equals(state.status())) {
                executed.add(new Figures.Executed(state.agreementId(), state.title(), state.kind(),
                        state.parties().stream().sorted(java.util.Comparator.comparingInt(Facts.Party::position))
                                .map(Facts.Party::organisationName).toList(),
                        versions.firstTime(at, version -> "EXECUTED".equals(version.status()))));
            }
        }
        executed.sort(java.util.Comparator.comparing(Figures.Executed::executedAt).thenComparing(e -> e.agreementId().toString()));
        return new Figures.Agreements(total, byStatus, executed);
    }

    /** The arrivals as a cumulative count, thinned to at most {@link #MOST_POINTS} points, the last always kept. */
    static List<Figures.Point> cumulative(List<Instant> arrivals) {
        arrivals.sort(null);
        int step = Math.max(1, (arrivals.size() + MOST_POINTS - 1) / MOST_POINTS);
        List<Figures.Point> points = new ArrayList<>();
        for (int i = step - 1; i < arrivals.size(); i += step) {
            points.add(new Figures.Point(arrivals.get(i), i + 1));
        }
        if (!arrivals.isEmpty() && points.get(points.size() - 1).count() != arrivals.size()) {
            points.add(new Figures.Point(arrivals.get(arrivals.size() - 1), arrivals.size()));
        }
        return points;
    }

    private static void increment(Map<String, Long> counts, String key) {
        counts.merge(key == null ? "" : key, 1L, Long::sum);
    }

    /** How many of the forum's events the figures count, and the latest one's time. */
    private static final class Tally {
        long events;
        Instant first;
        Instant last;

        void seen(Versions<?> versions, Instant at) {
            events += versions.countUntil(at);
            Instant earliest = versions.firstTime(at, state -> true);
            if (earliest != null && (first == null || earliest.isBefore(first))) {
                first = earliest;
            }
            Instant latest = versions.lastTime(at);
            if (latest != null && (last == null || latest.isAfter(last))) {
                last = latest;
            }
        }
    }

    /** The booked cells of one B2B session's grid of slots and tables. */
    private static final class Grid {
        private final Session session;
        private final List<OffsetDateTime> slots = new ArrayList<>();
        private final Map<Long, List<Integer>> cells = new TreeMap<>();

        Grid(Session session) {
            this.session = session;
            Duration length = Duration.ofMinutes(session.slotMinutes());
            for (OffsetDateTime slot = session.startsAt(); !slot.plus(length).isAfter(session.endsAt()); slot = slot.plus(length)) {
                slots.add(slot);
            }
        }

        void book(Facts.Slot slot, int value) {
            if (slot.startsAt() == null || slot.table() < 1 || slot.table() > session.tables()) {
                return;
            }
            long index = Duration.between(session.startsAt().toInstant(), slot.startsAt()).toMinutes() / session.slotMinutes();
            if (index < 0 || index >= slots.size()) {
                return;
            }
            cells.merge(index * 10_000 + slot.table(), List.of((int) index, slot.table() - 1, value),
                    (old, fresh) -> fresh.get(2) > old.get(2) ? fresh : old);
        }

        Figures.SessionOccupancy figures() {
            return new Figures.SessionOccupancy(session.sessionId(), session.title(), session.tables(), session.slotMinutes(),
                    List.copyOf(slots), List.copyOf(cells.values()), cells.size());
        }
    }
}
