package dev.dialogue.dashboard.domain;

import dev.dialogue.dashboard.domain.Facts.AgreementState;
import dev.dialogue.dashboard.domain.Facts.ForumState;
import dev.dialogue.dashboard.domain.Facts.MeetingState;
import dev.dialogue.dashboard.domain.Facts.Organisation;
import dev.dialogue.dashboard.domain.Facts.Party;
import dev.dialogue.dashboard.domain.Facts.RegistrationState;
import dev.dialogue.dashboard.domain.Facts.Session;
import dev.dialogue.dashboard.domain.Facts.Slot;
import dev.dialogue.events.vocabulary.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardProjectionTest {

    private static final String FORUM = "shenzhen-2026";
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final UUID B2B = UUID.randomUUID();
    private static final OffsetDateTime B2B_START = OffsetDateTime.of(2026, 11, 20, 14, 0, 0, 0, ZoneOffset.ofHours(8));

    private final DashboardProjection projection = new DashboardProjection();

    @Test
    void registrationsAreCountedByTheirLatestState() {
        UUID moscow = UUID.randomUUID();
        UUID shenzhen = UUID.randomUUID();
        UUID almaty = UUID.randomUUID();
        apply(at(0), forum(1));
        apply(at(1), registration(moscow, "SUBMITTED", "RU", "INVESTOR", List.of("ROBOTICS", "MICROELECTRONICS"), 1));
        apply(at(2), registration(shenzhen, "APPROVED", "CN", "COMPANY", List.of("ROBOTICS"), 1));
        apply(at(3), registration(almaty, "SUBMITTED", "KZ", "COMPANY", List.of(), 1));
        apply(at(4), registration(moscow, "APPROVED", "RU", "INVESTOR", List.of("ROBOTICS", "MICROELECTRONICS"), 2));
        apply(at(5), registration(almaty, "CANCELLED", "KZ", "COMPANY", List.of(), 2));

        Figures.Registrations figures = figures(null).registrations();
        assertThat(figures.total()).isEqualTo(3);
        assertThat(figures.byStatus()).isEqualTo(Map.of("APPROVED", 2L, "CANCELLED", 1L));
        assertThat(figures.byCategory()).isEqualTo(Map.of("INVESTOR", 1L, "COMPANY", 2L));
        assertThat(figures.bySector()).isEqualTo(Map.of("ROBOTICS", 2L, "MICROELECTRONICS", 1L));
        assertThat(figures.byCountry()).isEqualTo(Map.of("RU", 1L, "CN", 1L, "KZ", 1L));
        assertThat(figures.byCountryGroup()).isEqualTo(Map.of("RU", 1L, "CN", 1L, "OTHER", 1L));
        assertThat(figures.overTime()).extracting(Figures.Point::count).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theMeetingFunnelCountsAsMatchmakingDoes() {
        apply(at(0), forum(1));
        UUID held = UUID.randomUUID();
        UUID cooperation = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID acceptedThenCancelled = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        apply(at(1), meeting(held, "REQUESTED", null, null, 1));
        apply(at(2), meeting(held, "ACCEPTED", null, null, 2));
        apply(at(3), meeting(held, "SCHEDULED", slot(0, 1), null, 3));
        apply(at(4), meeting(held, "SCHEDULED", slot(0, 1), "INFORMATIVE", 4));
        apply(at(1), meeting(cooperation, "REQUESTED", null, null, 1));
        apply(at(2), meeting(cooperation, "SCHEDULED", slot(1, 2), null, 2));
        apply(at(5), meeting(cooperation, "SCHEDULED", slot(1, 2), "COOPERATION_POSSIBLE", 3));
        apply(at(1), meeting(declined, "REQUESTED", null, null, 1));
        apply(at(2), meeting(declined, "DECLINED", null, null, 2));
        apply(at(1), meeting(acceptedThenCancelled, "REQUESTED", null, null, 1));
        apply(at(2), meeting(acceptedThenCancelled, "ACCEPTED", null, null, 2));
        apply(at(3), meeting(acceptedThenCancelled, "CANCELLED", null, null, 3));
        apply(at(1), meeting(waiting, "REQUESTED", null, null, 1));

        Figures.Meetings meetings = figures(null).meetings();
        assertThat(meetings.funnel()).isEqualTo(new Figures.Funnel(5, 3, 2, 2, 1, 1, 1, 0));
        assertThat(meetings.outcomes()).isEqualTo(Map.of("INFORMATIVE", 1L, "COOPERATION_POSSIBLE", 1L));
        Figures.SessionOccupancy b2b = meetings.sessions().get(0);
        assertThat(b2b.slots()).hasSize(12);
        assertThat(b2b.booked()).isEqualTo(2);
        assertThat(b2b.cells()).containsExactlyInAnyOrder(List.of(0, 0, 2), List.of(1, 1, 2));
    }

    @Test
    void agreementsByStatusAndTheExecutedOnesWithTheirParties() {
        apply(at(0), forum(1));
        UUID lunai = UUID.randomUUID();
        UUID foundation = UUID.randomUUID();
        apply(at(1), agreement(lunai, "OPEN", 1));
        apply(at(2), agreement(foundation, "DRAFT", 1));
        apply(at(3), agreement(lunai, "PARTIALLY_SIGNED", 2));
        apply(at(4), agreement(lunai, "EXECUTED", 3));
        apply(at(6), agreement(lunai, "EXECUTED", 4));

        Figures.Agreements agreements = figures(null).agreements();
        assertThat(agreements.total()).isEqualTo(2);
        assertThat(agreements.byStatus()).isEqualTo(Map.of("EXECUTED", 1L, "DRAFT", 1L));
        assertThat(agreements.executed()).singleElement().satisfies(executed -> {
            assertThat(executed.agreementId()).isEqualTo(lunai);
            assertThat(executed.parties()).containsExactly("ОЭЗ «Технополис Москва»", "Shandong Lunai Information Technology Group");
            assertThat(executed.executedAt()).isEqualTo(at(4));
        });
    }

    @Test
    void aPastInstantShowsTheFiguresAsTheyStoodThen() {
        UUID moscow = UUID.randomUUID();
        UUID shenzhen = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        apply(at(0), forum(1));
        apply(at(10), registration(moscow, "SUBMITTED", "RU", "INVESTOR", List.of("ROBOTICS"), 1));
        apply(at(20), registration(moscow, "APPROVED", "RU", "INVESTOR", List.of("ROBOTICS"), 2));
        apply(at(30), registration(shenzhen, "APPROVED", "CN", "COMPANY", List.of("ROBOTICS"), 1));
        apply(at(40), meeting(meeting, "REQUESTED", null, null, 1));
        apply(at(50), meeting(meeting, "SCHEDULED", slot(3, 4), null, 2));

        Figures before = figures(at(15));
        assertThat(before.registrations().total()).isEqualTo(1);
        assertThat(before.registrations().byStatus()).isEqualTo(Map.of("SUBMITTED", 1L));
        assertThat(before.meetings().funnel().requested()).isZero();
        assertThat(before.events()).isEqualTo(2);
        assertThat(before.lastEventAt()).isEqualTo(at(10));

        Figures between = figures(at(45));
        assertThat(between.registrations().byStatus()).isEqualTo(Map.of("APPROVED", 2L));
        assertThat(between.meetings().funnel()).isEqualTo(new Figures.Funnel(1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(between.meetings().sessions().get(0).booked()).isZero();

        assertThat(figures(at(50)).meetings().funnel().scheduled()).isEqualTo(1);
        assertThat(figures(at(50))).isEqualTo(figures(null).withAt(at(50)));
        assertThat(projection.figures(FORUM, at(-1))).as("before the forum existed").isPresent()
                .get().satisfies(figures -> assertThat(figures.registrations().total()).isZero());
    }

    @Test
    void anAggregatesVersionDeliveredTwiceCountsOnce() {
        UUID moscow = UUID.randomUUID();
        ForumEvent registered = new ForumEvent(at(1),
                registration(moscow, "SUBMITTED", "RU", "INVESTOR", List.of("ROBOTICS"), 1));
        apply(at(0), forum(1));
        assertThat(projection.apply(registered)).isTrue();
        long revision = projection.revision(FORUM);

        assertThat(projection.apply(registered)).isFalse();
        assertThat(projection.revision(FORUM)).isEqualTo(revision);
        assertThat(figures(null).registrations().total()).isEqualTo(1);
        assertThat(figures(null).events()).isEqualTo(2);
    }

    @Test
    void anyDeliveryOrderGivesTheSameFigures() {
        List<ForumEvent> events = new ArrayList<>();
        events.add(new ForumEvent(at(0), forum(1)));
        events.add(new ForumEvent(at(1), forum(2)));
        for (int i = 0; i < 40; i++) {
            UUID participant = UUID.randomUUID();
            String country = i % 3 == 0 ? "RU" : i % 3 == 1 ? "CN" : "AE";
            events.add(new ForumEvent(at(2 + i), registration(participant, "SUBMITTED", country, "COMPANY",
                    List.of("ROBOTICS"), 1)));
            events.add(new ForumEvent(at(50 + i), registration(participant, i % 4 == 0 ? "REJECTED" : "APPROVED",
                    country, "COMPANY", List.of("ROBOTICS"), 2)));
            UUID meeting = UUID.randomUUID();
            events.add(new ForumEvent(at(100 + i), meeting(meeting, "REQUESTED", null, null, 1)));
            events.add(new ForumEvent(at(150 + i), meeting(meeting, "SCHEDULED", slot(i % 12, 1 + i / 12), null, 2)));
        }
        for (ForumEvent event : events) {
            projection.apply(event);
        }
        Figures inOrder = figures(null);
        Figures inOrderThen = figures(at(120));

        List<ForumEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(24));
        shuffled.addAll(events.subList(0, 30));
        DashboardProjection other = new DashboardProjection();
        shuffled.forEach(other::apply);

        assertThat(other.figures(FORUM, null)).contains(inOrder);
        assertThat(other.figures(FORUM, at(120))).contains(inOrderThen);
        assertThat(inOrder.registrations().byStatus()).isEqualTo(Map.of("APPROVED", 30L, "REJECTED", 10L));
        assertThat(inOrder.meetings().funnel().scheduled()).isEqualTo(40);
        assertThat(inOrderThen.meetings().funnel()).isEqualTo(new Figures.Funnel(21, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aForumNoEventNamedHasNoFigures() {
        apply(at(1), registration(UUID.randomUUID(), "SUBMITTED", "RU", "INVESTOR", List.of(), 1));
        assertThat(projection.figures("elsewhere", null)).isEmpty();
        assertThat(projection.figures(FORUM, null)).as("registrations before their forum's event").isEmpty();
        assertThat(projection.forums()).isEmpty();
        apply(at(0), forum(1));
        assertThat(projection.forums()).extracting(DashboardProjection.ForumSummary::forumId).containsExactly(FORUM);
        assertThat(figures(null).registrations().total()).isEqualTo(1);
    }

    @Test
    void aLongHistoryIsThinnedToAFewHundredPointsEndingAtTheTotal() {
        List<Instant> arrivals = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            arrivals.add(at(i));
        }
        List<Figures.Point> points = ForumHistory.cumulative(arrivals);
        assertThat(points).hasSizeLessThanOrEqualTo(ForumHistory.MOST_POINTS + 1);
        assertThat(points.get(points.size() - 1)).isEqualTo(new Figures.Point(at(999), 1_000));
        assertThat(points).isSortedAccordingTo(java.util.Comparator.comparing(Figures.Point::count));
    }

    private void apply(Instant time, Facts.State state) {
        assertThat(projection.apply(new ForumEvent(time, state))).isTrue();
    }

    private Figures figures(Instant at) {
        return projection.figures(FORUM, at).orElseThrow();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static ForumState forum(long version) {
        return new ForumState(FORUM, LocalizedText.of("Диалог во имя развития", "对话促发展", "Dialogue for Development"), "OPEN",
                List.of(new Session(UUID.randomUUID(), "OPENING_CEREMONY", LocalizedText.of(null, null, "Opening"), B2B_START.minusHours(4),
                                B2B_START.minusHours(3), null, null),
                        new Session(B2B, "B2B_MEETINGS", LocalizedText.of(null, null, "Guangdong businesses"), B2B_START,
                                B2B_START.plusHours(4), 10, 20)),
                version);
    }

    private static RegistrationState registration(UUID participant, String status, String country, String category,
            List<String> sectors, long version) {
        return new RegistrationState(participant, FORUM, status, new Organisation(country), category, sectors,
                T0.plusSeconds(participant.hashCode() & 0xffff), version);
    }

    private static MeetingState meeting(UUID meeting, String status, Slot slot, String outcome, long version) {
        return new MeetingState(meeting, FORUM, status, slot, outcome, version);
    }

    private static Slot slot(int index, int table) {
        return new Slot(B2B, B2B_START.plusMinutes(20L * index).toInstant(), table);
    }

    private static AgreementState agreement(UUID agreement, String status, long version) {
        return new AgreementState(agreement, FORUM, "COOPERATION_AGREEMENT", LocalizedText.of(null, null, "Cooperation"), status,
                List.of(new Party(2, "Shandong Lunai Information Technology Group"), new Party(1, "ОЭЗ «Технополис Москва»")),
                version);
    }
}
