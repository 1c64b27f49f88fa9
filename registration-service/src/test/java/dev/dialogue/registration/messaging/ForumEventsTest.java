package dev.dialogue.registration.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.registration.domain.Forum;
import dev.dialogue.registration.domain.ForumSession;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A forum is announced whole, sessions and all; its caps keep that event within what the outbox takes. */
class ForumEventsTest {

    /** dialogue.messaging.outbox.max-event-bytes by default. */
    private static final int OUTBOX_LIMIT = 1_000_000;

    /** JSON writes a control character as a six-byte escape (backslash, u, four hex digits): no character takes more. */
    private static final String WORST_CHARACTER = "\u0001";

    @Test
    void aForumAtEveryCapIsAnnouncedInAnEventTheOutboxTakes() {
        LocalizedText title = LocalizedText.of(WORST_CHARACTER.repeat(500), WORST_CHARACTER.repeat(500),
                WORST_CHARACTER.repeat(500));
        Forum forum = Forum.draft("a".repeat(64), title, WORST_CHARACTER.repeat(200), ZoneId.of("America/Argentina/Buenos_Aires"),
                LocalDate.parse("2030-11-20"), LocalDate.parse("2030-11-21"), List.of(ParticipantCategory.values()));
        OffsetDateTime start = OffsetDateTime.parse("2030-11-20T10:00:00-03:00");
        for (int i = 0; i < Forum.MAX_SESSIONS; i++) {
            forum.add(session(title, start));
        }

        byte[] event = EventJson.toBytes(ForumEvents.state(forum));

        assertThat(event.length).isLessThan(OUTBOX_LIMIT);
        assertThat(EventSchemas.violations(EventType.FORUM_SESSION_ADDED, event)).isEmpty();
        assertThatThrownBy(() -> forum.add(session(title, start))).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(refusal.properties()).containsEntry("field", "sessions");
        });
        assertThat(forum.sessions).hasSize(Forum.MAX_SESSIONS);
    }

    private static ForumSession session(LocalizedText title, OffsetDateTime start) {
        return ForumSession.plan(SessionKind.OPENING_CEREMONY, title, start, start.plusHours(8), 100_000,
                List.of(Sector.values()), null, null);
    }
}
