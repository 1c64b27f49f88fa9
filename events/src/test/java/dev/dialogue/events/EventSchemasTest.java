package dev.dialogue.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.participants.Organisation;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2025-11-20T09:15:00+08:00");
    private static final ParticipantRegistration LIKSUTOV = new ParticipantRegistration(UUID.randomUUID(),
            "shenzhen-2025", RegistrationStatus.APPROVED,
            new Organisation(UUID.randomUUID(), LocalizedText.of("Правительство Москвы", "莫斯科市政府", "Moscow City Government"),
                    OrganisationKind.GOVERNMENT, "RU", "Moscow"),
            ParticipantCategory.GOVERNMENT_OFFICIAL, List.of("ru"), List.of(Sector.ELECTRIC_TRANSPORT),
            List.of(InterestType.SEZ_SITE), List.of(),
            List.of(new SessionSeat(UUID.randomUUID(), SeatStatus.ENROLLED, null)), new Consent("pd-consent-2025-01", NOW),
            NOW, 3);
    private static final ParticipantDetails WHO_LIKSUTOV_IS = new ParticipantDetails(LIKSUTOV.participantId(),
            LIKSUTOV.forumId(), "Максим Ликсутов", LocalizedText.of(null, null, "Maksim Liksutov"), "Deputy Mayor of Moscow");

    @Test
    void aSerialisedPayloadRecordSatisfiesItsSchema() {
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, EventJson.toBytes(LIKSUTOV))).isEmpty();
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_DETAILS_RECORDED, EventJson.toBytes(WHO_LIKSUTOV_IS))).isEmpty();
    }

    @Test
    void aRegistrationEventCannotCarryWhoThePersonIs() {
        String json = EventJson.toText(LIKSUTOV).replace("{", "{\"fullName\":\"Максим Ликсутов\",\"email\":\"liksutov@example.org\",");

        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, json.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(violation -> assertThat(violation).contains("fullName"))
                .anySatisfy(violation -> assertThat(violation).contains("email"));
    }

    @Test
    void namesAMissingFieldAndABadFormat() {
        String json = EventJson.toText(LIKSUTOV)
                .replace("\"category\":\"GOVERNMENT_OFFICIAL\",", "")
                .replace("\"RU\"", "\"Russia\"");
        assertThat(json).contains("Russia").doesNotContain("GOVERNMENT_OFFICIAL");

        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, json.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(violation -> assertThat(violation).contains("category"))
                .anySatisfy(violation -> assertThat(violation).contains("country"));
    }

    @Test
    void aLocalizedTextNeedsAtLeastOneLanguageAndASectorMustBeKnown() {
        String json = EventJson.toText(LIKSUTOV)
                .replace("{\"ru\":\"Правительство Москвы\",\"zh\":\"莫斯科市政府\",\"en\":\"Moscow City Government\"}",
                        "{\"ru\":null,\"zh\":null,\"en\":null}")
                .replace("ELECTRIC_TRANSPORT", "TELEPORTATION");
        assertThat(json).contains("TELEPORTATION").contains("{\"ru\":null,\"zh\":null,\"en\":null}");

        List<String> violations = EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, json.getBytes(StandardCharsets.UTF_8));
        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("/organisation/name"));
        assertThat(violations).anySatisfy(violation -> assertThat(violation).contains("sectors"));
    }

    @Test
    void rejectsAnUnknownField() {
        String json = EventJson.toText(LIKSUTOV).replace("{", "{\"password\":\"x\",");

        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, json.getBytes(StandardCharsets.UTF_8)))
                .anySatisfy(violation -> assertThat(violation).contains("password"));
    }

    @Test
    void saysWhenThePayloadIsNotJson() {
        assertThat(EventSchemas.violations(EventType.PARTICIPANT_REGISTERED, "<xml/>".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("payload is not JSON");
    }
}
