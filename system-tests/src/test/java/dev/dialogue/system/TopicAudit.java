package dev.dialogue.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventSchemas;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.infra.KafkaProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Every record of every topic, checked: a CloudEvent of a catalogued type that belongs on that
 * topic, whose payload validates against its schema (or, for a type without data, a tombstone); no event id twice; and, per aggregate (the
 * record key), payload versions that never go backwards. A record repeating an earlier id is
 * counted as a duplicate and not checked again. A malformed record that its consumers refused to
 * the dead-letter topic (a partner's mistake, or a test's) is counted as refused, not invalid.
 */
record TopicAudit(int records, List<String> invalid, List<String> outOfOrder, List<String> duplicateIds, int refused) {

    static TopicAudit ofAllTopics(KafkaProbe kafka) {
        Set<String> deadLettered = deadLettered(kafka);
        int records = 0;
        int refused = 0;
        List<String> invalid = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> existing = kafka.topics();
        for (Topic topic : Topic.values()) {
            for (String name : actualNames(topic, existing)) {
                Set<UUID> ids = new HashSet<>();
                Map<String, Long> lastVersion = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : kafka.readAll(name)) {
                    records++;
                    String where = name + "@" + record.partition() + ":" + record.offset();
                    if (deadLettered.contains(where)) {
                        refused++;
                        continue;
                    }
                    CloudEvent event;
                    try {
                        event = KafkaCloudEvents.fromRecord(record.headers(), record.value());
                    } catch (RuntimeException e) {
                        invalid.add(where + ": " + e.getMessage());
                        continue;
                    }
                    if (!ids.add(event.id())) {
                        // Published again (the outbox sends at least once): its first copy was checked, order included.
                        duplicates.add(where + ": " + event.id());
                        continue;
                    }
                    EventType type = EventType.byTypeName(event.type()).orElse(null);
                    if (type == null || type.topic() != topic) {
                        invalid.add(where + ": type " + event.type() + " does not belong on this topic");
                        continue;
                    }
                    if (!type.hasData()) {
                        if (event.data() != null || record.key() == null || !record.key().equals(event.subject())) {
                            invalid.add(where + ": " + type.typeName() + " must be a tombstone of its subject's key");
                        }
                        continue;
                    }
                    if (event.data() == null) {
                        invalid.add(where + ": " + type.typeName() + " has no data");
                        continue;
                    }
                    List<String> violations = EventSchemas.violations(type, event.data());
                    if (!violations.isEmpty()) {
                        invalid.add(where + ": " + violations);
                        continue;
                    }
                    JsonNode version = payload(event).get("version");
                    if (version != null && version.canConvertToLong()) {
                        Long previous = lastVersion.put(record.key(), version.asLong());
                        if (previous != null && previous > version.asLong()) {
                            outOfOrder.add(where + ": key " + record.key() + " version " + version.asLong() + " after " + previous);
                        }
                    }
                }
            }
        }
        return new TopicAudit(records, invalid, outOfOrder, duplicates, refused);
    }

    /** The topic's name, or for a partner's topic the name of every partner's that exists. */
    private static List<String> actualNames(Topic topic, Set<String> existing) {
        return topic.perPartner() ? existing.stream().filter(topic::carries).sorted().toList() : List.of(topic.topicName());
    }

    /** Where each dead-lettered record came from, as {@code topic@partition:offset}. */
    private static Set<String> deadLettered(KafkaProbe kafka) {
        Set<String> origins = new HashSet<>();
        for (Topic topic : Topic.values()) {
            if (topic.deadLetterTopic().isEmpty()) {
                continue;
            }
            for (ConsumerRecord<String, byte[]> letter : kafka.readAll(topic.deadLetterTopic().get())) {
                origins.add(header(letter, "dead-letter-topic") + "@" + header(letter, "dead-letter-partition") + ":"
                        + header(letter, "dead-letter-offset"));
            }
        }
        return origins;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode payload(CloudEvent event) {
        try {
            return EventJson.mapper().readTree(event.data());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
