package dev.dialogue.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final ParticipantRegistration LIKSUTOV = new ParticipantRegistration(UUID.randomUUID(),
            "shenzhen-2025", RegistrationStatus.APPROVED, "Максим Ликсутов", "liksutov@example.org",
            "Правительство Москвы", "RU", OffsetDateTime.parse("2025-11-20T09:15:00+08:00"));

    @Test
    void aSerialisedPayloadRecordSatisfiesItsSchema() {
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, EventJson.toBytes(LIKSUTOV))).isEmpty();
    }

    @Test
    void namesAMissingFieldAndABadFormat() {
        String json = new String(EventJson.toBytes(LIKSUTOV), StandardCharsets.UTF_8)
                .replace("\"email\":\"liksutov@example.org\",", "")
                .replace("\"RU\"", "\"Russia\"");

        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, json.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(violation -> assertThat(violation).contains("email"))
                .anySatisfy(violation -> assertThat(violation).contains("country"));
    }

    @Test
    void rejectsAnUnknownField() {
        String json = new String(EventJson.toBytes(LIKSUTOV), StandardCharsets.UTF_8).replace("{", "{\"password\":\"x\",");

        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, json.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(violation -> assertThat(violation).contains("password"));
    }

    @Test
    void saysWhenThePayloadIsNotJson() {
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, "<xml/>".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("payload is not JSON");
    }
}
