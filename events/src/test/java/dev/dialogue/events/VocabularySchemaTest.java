package dev.dialogue.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.forums.SessionKind;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.events.vocabulary.EmailAddress;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The enums in the JSON Schemas are the Java enums, value for value. */
class VocabularySchemaTest {

    @Test
    void sharedVocabulary() throws IOException {
        JsonNode defs = schema("vocabulary.v1.json").path("$defs");
        assertThat(values(defs.path("sector"))).isEqualTo(names(Sector.values()));
        assertThat(values(defs.path("participantCategory"))).isEqualTo(names(ParticipantCategory.values()));
        assertThat(values(defs.path("organisationKind"))).isEqualTo(names(OrganisationKind.values()));
        assertThat(values(defs.path("interestType"))).isEqualTo(names(InterestType.values()));
        assertThat(defs.path("email").path("pattern").asText()).isEqualTo(EmailAddress.PATTERN);
    }

    @Test
    void forumEnums() throws IOException {
        JsonNode defs = schema("forum.v1.json").path("$defs");
        assertThat(values(defs.path("forumStatus"))).isEqualTo(names(ForumStatus.values()));
        assertThat(values(defs.path("sessionKind"))).isEqualTo(names(SessionKind.values()));
    }

    @Test
    void participantEnums() throws IOException {
        JsonNode properties = schema("participant-registration.v1.json").path("properties");
        assertThat(values(properties.path("status"))).isEqualTo(names(RegistrationStatus.values()));
        assertThat(values(properties.path("sessions").path("items").path("properties").path("status")))
                .isEqualTo(names(SeatStatus.values()));
    }

    @Test
    void everySectorHasThreeLabels() {
        assertThat(Sector.values()).allSatisfy(sector -> {
            assertThat(sector.label().ru()).isNotBlank();
            assertThat(sector.label().zh()).isNotBlank();
            assertThat(sector.label().en()).isNotBlank();
        });
    }

    private static JsonNode schema(String file) throws IOException {
        try (InputStream in = VocabularySchemaTest.class.getClassLoader().getResourceAsStream("schemas/" + file)) {
            return EventJson.mapper().readTree(in);
        }
    }

    private static List<String> values(JsonNode enumNode) {
        List<String> values = new ArrayList<>();
        enumNode.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
