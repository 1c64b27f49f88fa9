package dev.dialogue.events;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The topic catalogue. Each topic carries the history of one kind of aggregate, is written by
 * exactly one publisher, and every topic that a service consumes has a dead-letter twin.
 *
 * <p>A partner system has a topic space of its own, {@code partner.<partnerId>.*}: the broker lets
 * only that partner write its requests and read its answers there, so the topic a request came
 * on says who sent it. Those topics are made when a partner is admitted; the services subscribe to
 * them by pattern, and dead-letter them onto one topic per kind that only the platform reads.
 */
public enum Topic {
    FORUMS("forum.forums.v1", Service.REGISTRATION, List.of(Service.MATCHMAKING)),
    PARTICIPANTS("forum.participants.v1", Service.REGISTRATION, List.of(Service.MATCHMAKING, Service.AGREEMENT)),
    /** Who each participant is, keyed by participant and compacted: see {@link #PERSONAL_DATA_SETTINGS}. */
    PARTICIPANT_DETAILS("personal.participants.v1", Service.REGISTRATION, List.of(Service.MATCHMAKING, Service.AGREEMENT)),
    MEETINGS("forum.meetings.v1", Service.MATCHMAKING, List.of(Service.AGREEMENT)),
    AGREEMENTS("forum.agreements.v1", Service.AGREEMENT, List.of()),
    PARTNER_REGISTRATIONS("partner.{partnerId}.registrations.v1", Service.PARTNER_SYSTEMS, List.of(Service.REGISTRATION)),
    PARTNER_REGISTRATION_RESULTS("partner.{partnerId}.registration-results.v1", Service.REGISTRATION, List.of()),
    PARTNER_SIGNATURES("partner.{partnerId}.signatures.v1", Service.PARTNER_SYSTEMS, List.of(Service.AGREEMENT));

    /** What a partner id may be: it becomes part of topic names, principal names and URIs. */
    public static final String PARTNER_ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    private static final String PARTNER_ID_PLACEHOLDER = "{partnerId}";

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

        /** The CloudEvents source of what a service publishes; partners' sources are their own. */
        public URI source() {
            return URI.create("/" + displayName);
        }
    }

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /**
     * How long the broker keeps a partner's topics: its requests carry people's data as the partner
     * sent it, outside any erasure, so they are deleted a bounded time after they were posted.
     */
    public static final Duration PARTNER_RETENTION = Duration.ofDays(7);

    /**
     * How long dead letters are kept: long enough to fix a handler and replay them, bounded because
     * they too carry records as they came.
     */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(14);

    /**
     * How the broker keeps personal data: only the latest record per participant, and after an
     * erasure's tombstone none. A compacted topic rolls its active segment at the first write after
     * {@code max.compaction.lag.ms}, and the cleaner then rewrites the closed segment without the
     * erased records; their files are deleted {@code file.delete.delay.ms} later. The tombstone
     * itself stays a day, for consumers that are behind.
     */
    public static final Map<String, String> PERSONAL_DATA_SETTINGS = Map.of(
            "cleanup.policy", "compact",
            "min.compaction.lag.ms", "0",
            "max.compaction.lag.ms", String.valueOf(Duration.ofHours(1).toMillis()),
            "segment.ms", String.valueOf(Duration.ofHours(1).toMillis()),
            "delete.retention.ms", String.valueOf(Duration.ofDays(1).toMillis()),
            "file.delete.delay.ms", String.valueOf(Duration.ofMinutes(1).toMillis()));

    private final String topicName;
    private final Service publisher;
    private final List<Service> consumers;
    /** This topic in every partner's space, compiled once: every record read from a partner is matched against it. */
    private final Pattern inEveryPartnersSpace;

    Topic(String topicName, Service publisher, List<Service> consumers) {
        this.topicName = topicName;
        this.publisher = publisher;
        this.consumers = consumers;
        int at = topicName.indexOf(PARTNER_ID_PLACEHOLDER);
        this.inEveryPartnersSpace = at < 0 ? null : Pattern.compile(Pattern.quote(topicName.substring(0, at))
                + "(" + PARTNER_ID_PATTERN + ")" + Pattern.quote(topicName.substring(at + PARTNER_ID_PLACEHOLDER.length())));
    }

    /** The topic's name; for a partner's topic its address, with {@code {partnerId}} in it. */
    public String topicName() {
        return topicName;
    }

    /** Whether each partner has one of these, in its own topic space. */
    public boolean perPartner() {
        return topicName.contains(PARTNER_ID_PLACEHOLDER);
    }

    /** This topic of one partner's space. */
    public String forPartner(String partnerId) {
        if (!perPartner()) {
            throw new IllegalStateException(topicName + " is not a partner's topic");
        }
        if (!partnerId.matches(PARTNER_ID_PATTERN)) {
            throw new IllegalArgumentException("not a partner id: " + partnerId);
        }
        return topicName.replace(PARTNER_ID_PLACEHOLDER, partnerId);
    }

    /** Whether a record read from the named topic belongs to this catalogue entry. */
    public boolean carries(String actualTopic) {
        return perPartner() ? partnerOf(actualTopic).isPresent() : topicName.equals(actualTopic);
    }

    /** The partner whose space the named topic is in, if it is this kind of partner topic. */
    public Optional<String> partnerOf(String actualTopic) {
        if (!perPartner()) {
            return Optional.empty();
        }
        Matcher matcher = inEveryPartnersSpace.matcher(actualTopic);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Service publisher() {
        return publisher;
    }

    public List<Service> consumers() {
        return consumers;
    }

    /**
     * The dead-letter topic, present only for topics that one of our services consumes. Partners'
     * topics of a kind share one ({@code partner.registrations.v1.dlq}), outside every partner's space.
     */
    public Optional<String> deadLetterTopic() {
        return consumers.isEmpty() ? Optional.empty()
                : Optional.of(topicName.replace(PARTNER_ID_PLACEHOLDER + ".", "") + DEAD_LETTER_SUFFIX);
    }

    /** Every topic the platform needs before any partner is admitted: the fixed ones and every dead-letter topic. */
    public static List<String> platformTopicNames() {
        return Arrays.stream(values())
                .flatMap(topic -> Stream.concat(topic.perPartner() ? Stream.empty() : Stream.of(topic.topicName),
                        topic.deadLetterTopic().stream()))
                .toList();
    }

    /** The CloudEvents source of everything a partner posts: {@code /partners/<partnerId>}. */
    public static URI partnerSource(String partnerId) {
        return URI.create("/partners/" + partnerId);
    }

    /**
     * The settings a topic is created with: a bounded retention for partners' topics and dead
     * letters, compaction for personal data.
     */
    public static Map<String, String> settingsOf(String topicName) {
        if (topicName.equals(PARTICIPANT_DETAILS.topicName)) {
            return PERSONAL_DATA_SETTINGS;
        }
        if (topicName.endsWith(DEAD_LETTER_SUFFIX)) {
            return Map.of("retention.ms", String.valueOf(DEAD_LETTER_RETENTION.toMillis()));
        }
        boolean partners = Arrays.stream(values()).anyMatch(topic -> topic.perPartner() && topic.carries(topicName));
        return partners ? Map.of("retention.ms", String.valueOf(PARTNER_RETENTION.toMillis())) : Map.of();
    }

    /** The topics of one partner's space. */
    public static List<String> partnerTopicNames(String partnerId) {
        return Arrays.stream(values()).filter(Topic::perPartner).map(topic -> topic.forPartner(partnerId)).toList();
    }
}
