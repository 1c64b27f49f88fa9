package dev.dialogue.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The topic catalogue. Each topic carries the history of one kind of aggregate, is written by
 * exactly one publisher, and every topic that a service consumes has a dead-letter twin.
 */
public enum Topic {
    FORUMS("forum.forums.v1", Service.REGISTRATION, List.of(Service.MATCHMAKING)),
    PARTICIPANTS("forum.participants.v1", Service.REGISTRATION, List.of(Service.MATCHMAKING, Service.AGREEMENT)),
    MEETINGS("forum.meetings.v1", Service.MATCHMAKING, List.of(Service.AGREEMENT)),
    AGREEMENTS("forum.agreements.v1", Service.AGREEMENT, List.of()),
    PARTNER_REGISTRATIONS("partner.registrations.v1", Service.PARTNER_SYSTEMS, List.of(Service.REGISTRATION)),
    PARTNER_REGISTRATION_RESULTS("partner.registration-results.v1", Service.REGISTRATION, List.of()),
    PARTNER_SIGNATURES("partner.signatures.v1", Service.PARTNER_SYSTEMS, List.of(Service.AGREEMENT));

    /** Who writes to or reads from the topics. */
    public enum Service {
        REGISTRATION("registration-service"),
        MATCHMAKING("matchmaking-service"),
        AGREEMENT("agreement-service"),
        PARTNER_SYSTEMS("partner systems");

        private final String displayName;

        Service(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final String topicName;
    private final Service publisher;
    private final List<Service> consumers;

    Topic(String topicName, Service publisher, List<Service> consumers) {
        this.topicName = topicName;
        this.publisher = publisher;
        this.consumers = consumers;
    }

    public String topicName() {
        return topicName;
    }

    public Service publisher() {
        return publisher;
    }

    public List<Service> consumers() {
        return consumers;
    }

    /** The dead-letter topic, present only for topics that one of our services consumes. */
    public Optional<String> deadLetterTopic() {
        return consumers.isEmpty() ? Optional.empty() : Optional.of(topicName + DEAD_LETTER_SUFFIX);
    }

    /** Every topic name the platform needs, dead-letter topics included. */
    public static List<String> allTopicNames() {
        return Arrays.stream(values())
                .flatMap(topic -> Stream.concat(Stream.of(topic.topicName), topic.deadLetterTopic().stream()))
                .toList();
    }

    public static Optional<Topic> byName(String topicName) {
        return Arrays.stream(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }
}
