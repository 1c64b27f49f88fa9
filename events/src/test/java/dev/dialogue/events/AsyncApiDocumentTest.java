package dev.dialogue.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps docs/asyncapi.yaml, the reference for dashboards and partners, true to the code. */
class AsyncApiDocumentTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(DOCS.resolve("asyncapi.yaml").toFile());
    }

    @Test
    void isAsyncApi3() {
        assertThat(document.path("asyncapi").asText()).startsWith("3.");
    }

    @Test
    void everyTopicAndDeadLetterTopicHasAChannel() {
        assertThat(channelAddresses()).containsAll(catalogued());
    }

    @Test
    void everyChannelIsACataloguedTopic() {
        assertThat(catalogued()).containsAll(channelAddresses());
    }

    @Test
    void aPartnersTopicsAreAddressedByItsId() {
        document.path("channels").forEach(channel -> {
            if (channel.path("address").asText().contains("{partnerId}")) {
                assertThat(channel.path("parameters").has("partnerId")).as(channel.path("address").asText()).isTrue();
            }
        });
    }

    private static List<String> catalogued() {
        return Arrays.stream(Topic.values())
                .flatMap(topic -> Stream.concat(Stream.of(topic.topicName()), topic.deadLetterTopic().stream()))
                .toList();
    }

    @Test
    void publishersAndConsumersMatchTheCatalogue() {
        for (Topic topic : Topic.values()) {
            assertThat(serviceTags(topic, "send")).as("who sends %s", topic.topicName())
                    .containsExactly(topic.publisher().displayName());
            assertThat(serviceTags(topic, "receive")).as("who receives %s", topic.topicName())
                    .containsExactlyInAnyOrderElementsOf(topic.consumers().stream().map(Topic.Service::displayName).toList());
        }
    }

    @Test
    void everyEventTypeIsDocumentedOnItsTopicWithItsSchema() throws IOException {
        for (EventType type : EventType.values()) {
            JsonNode message = messageNamed(channelFor(type.topic().topicName()), type.typeName());
            assertThat(message).as("message %s on %s", type.typeName(), type.topic().topicName()).isNotNull();

            if (!type.hasData()) {
                assertThat(message.has("payload")).as("%s has no payload", type.typeName()).isFalse();
                continue;
            }
            String payloadRef = message.path("payload").path("$ref").asText();
            assertThat(payloadRef).as("payload of %s", type.typeName()).endsWith("/" + type.schemaResource());
            assertThat(Files.exists(DOCS.resolve(payloadRef))).as("%s exists", payloadRef).isTrue();
        }
    }

    @Test
    void everyDocumentedMessageIsAnEventTypeInCode() {
        document.path("components").path("messages").forEach(message -> {
            String name = message.path("name").asText();
            if (!name.equals("dead-letter")) {
                assertThat(EventType.byTypeName(name)).as("event type %s", name).isPresent();
            }
        });
    }

    @Test
    void everyExampleValidatesAgainstItsSchemaAndNamesItsType() throws IOException {
        int examples = 0;
        for (EventType type : EventType.values()) {
            JsonNode message = messageNamed(channelFor(type.topic().topicName()), type.typeName());
            for (JsonNode example : message.path("examples")) {
                assertThat(example.path("headers").path(KafkaCloudEvents.TYPE).asText()).isEqualTo(type.typeName());
                examples++;
                if (!type.hasData()) {
                    assertThat(example.has("payload")).as("example %s has no payload", example.path("name")).isFalse();
                    assertThat(example.path("headers").has(KafkaCloudEvents.DATA_SCHEMA)).isFalse();
                    continue;
                }
                byte[] payload = EventJson.mapper().writeValueAsBytes(example.path("payload"));
                assertThat(EventSchemas.violations(type, payload)).as("example %s", example.path("name")).isEmpty();
                assertThat(example.path("headers").path(KafkaCloudEvents.DATA_SCHEMA).asText())
                        .isEqualTo(type.dataSchema().toString());
            }
        }
        assertThat(examples).as("examples checked").isGreaterThanOrEqualTo(EventType.values().length);
    }

    private static Set<String> channelAddresses() {
        Set<String> addresses = new HashSet<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        return addresses;
    }

    private static JsonNode channelFor(String address) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("no channel with address " + address);
    }

    private static JsonNode messageNamed(JsonNode channel, String name) {
        for (JsonNode message : channel.path("messages")) {
            JsonNode resolved = resolve(message);
            if (resolved.path("name").asText().equals(name)) {
                return resolved;
            }
        }
        return null;
    }

    private static List<String> serviceTags(Topic topic, String action) {
        List<String> services = new ArrayList<>();
        for (JsonNode operation : document.path("operations")) {
            JsonNode channel = resolve(operation.path("channel"));
            if (operation.path("action").asText().equals(action)
                    && channel.path("address").asText().equals(topic.topicName())) {
                operation.path("tags").forEach(tag -> services.add(tag.path("name").asText()));
            }
        }
        return services;
    }

    /** Follows a local {@code $ref} such as {@code #/components/messages/x}. */
    private static JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText();
        if (!ref.startsWith("#/")) {
            return node;
        }
        return document.at(ref.substring(1));
    }
}
