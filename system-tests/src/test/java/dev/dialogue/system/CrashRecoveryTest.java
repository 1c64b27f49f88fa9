package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admin;
import static dev.dialogue.system.RunningSystem.admitPartner;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.kafka;
import static dev.dialogue.system.RunningSystem.number;
import static dev.dialogue.system.RunningSystem.openForum;
import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.Topic;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationAnswered;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A partner floods the forum with 10,000 registration requests while each service in turn is
 * killed with SIGKILL in the middle of its work and restarted, PostgreSQL and then the broker are
 * stopped for ten seconds each, and agreement-service stays stopped until the whole burst waits
 * for it. Afterwards every request has had exactly one effect in every service: one registration,
 * one answer, one profile, one signatory candidate, no event emitted twice under different ids, and
 * every aggregate's events in order. Runs last: a crash may leave a
 * record published twice under the same id (the outbox is at-least-once; consumers are idempotent),
 * which the other tests' topic audit would rightly count.
 */
@Order(Integer.MAX_VALUE)
class CrashRecoveryTest {

    private static final int BURST = 10_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String REGISTRATIONS = "select count(*) from registration where forum_id = ?";

    private final String forumId = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    private final String partner = "crash-partner-" + UUID.randomUUID().toString().substring(0, 8);
    private KafkaAccess partnerSystem;

    @Test
    void everyPartnerEventHasExactlyOneEffectThoughEachServiceIsKilledMidBurst() {
        openForumWithPartner();
        stack().stop(DialogueService.AGREEMENT);

        publishBurst();
        crashMidway(DialogueService.REGISTRATION, REGISTRATIONS, BURST / 5);
        databaseOutageMidway(BURST * 7 / 20);
        brokerOutageMidway(BURST / 2);
        crashMidway(DialogueService.MATCHMAKING, "select count(*) from profile where forum_id = ?", BURST / 2);
        startLongStoppedConsumer();
        crashMidway(DialogueService.AGREEMENT, "select count(*) from participant where forum_id = ?", BURST * 7 / 10);

        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                assertThat(number(DialogueService.REGISTRATION, REGISTRATIONS, forumId))
                        .as("registrations").isEqualTo(BURST);
                assertThat(number(DialogueService.MATCHMAKING, "select count(*) from profile where forum_id = ?", forumId))
                        .as("matchmaking profiles").isEqualTo(BURST);
                assertThat(number(DialogueService.AGREEMENT, "select count(*) from participant where forum_id = ?", forumId))
                        .as("agreement-service participants").isEqualTo(BURST);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "\n" + traceOfTheMissing(), e);
        }
        assertEachRequestAnsweredOnce();
        assertNoEventEmittedTwiceUnderDifferentIds();
        TopicAudit audit = TopicAudit.ofAllTopics(kafka());
        assertThat(audit.invalid()).as("records that are not valid CloudEvents of their schema").isEmpty();
        assertThat(audit.outOfOrder()).as("aggregates whose versions go backwards").isEmpty();
        System.out.printf("crash drill: %d records on all topics, %d published twice under the same id%n",
                audit.records(), audit.duplicateIds().size());
    }

    private void openForumWithPartner() {
        stack();
        openForum(forumId, "Crash drill", List.of("YOUNG_ENTREPRENEUR"));
        partnerSystem = admitPartner(partner, "Crash drill partner", forumId);
    }

    /** Ten thousand requests of one person each, published at once by the partner's own system. */
    private void publishBurst() {
        Properties props = partnerSystem.properties();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            Sector[] sectors = Sector.values();
            for (int i = 0; i < BURST; i++) {
                DelegationMember member = new DelegationMember("m-" + i, "Entrepreneur " + i, null,
                        "m" + i + "@" + partner + ".example.cn", null, "Founder",
                        new DelegationMember.Organisation(LocalizedText.of(null, null, "Start-up " + i), OrganisationKind.COMPANY,
                                "CN", "Guangdong"),
                        ParticipantCategory.YOUNG_ENTREPRENEUR, List.of("zh", "en"), List.of(sectors[i % sectors.length]),
                        List.of(), List.of(), List.of(), new Consent("pd-consent-2025-01", OffsetDateTime.now()));
                String reference = reference(i);
                CloudEvent event = CloudEvent.of(EventType.PARTNER_REGISTRATION_REQUESTED, Topic.partnerSource(partner),
                        reference, OffsetDateTime.now(), EventJson.toBytes(new RegistrationRequested(reference, forumId, List.of(member))));
                producer.send(KafkaCloudEvents.toRecord(Topic.PARTNER_REGISTRATIONS.forPartner(partner), event));
            }
        }
    }

    /** Waits until the service has done part of its work, checks it is not done yet, and kills it. */
    private void crashMidway(DialogueService service, String countSql, int threshold) {
        awaitMidway(service, countSql, threshold);
        stack().crashAndRestart(service);
    }

    /** Stops the broker abruptly while registration-service is busy, for ten seconds, on the same address. */
    private void brokerOutageMidway(int threshold) {
        awaitMidway(DialogueService.REGISTRATION, REGISTRATIONS, threshold);
        stack().infra().stopKafka();
        pause(Duration.ofSeconds(10));
        stack().infra().startKafka();
    }

    /**
     * Stops PostgreSQL for ten seconds while registration-service is busy: the running services say
     * they are not ready and answer 503 rather than 500, then become ready again by themselves, the
     * same processes, with nothing dead-lettered (the final counts would miss it).
     */
    private void databaseOutageMidway(int threshold) {
        awaitMidway(DialogueService.REGISTRATION, REGISTRATIONS, threshold);
        List<DialogueService> running = List.of(DialogueService.REGISTRATION, DialogueService.MATCHMAKING);
        Map<DialogueService, Long> pids = new HashMap<>();
        running.forEach(service -> pids.put(service, stack().instance(service).process().pid()));
        stack().infra().stopPostgres();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(running)
                    .allSatisfy(service -> assertThat(readiness(service)).as(service.moduleName() + " readiness").isEqualTo(503)));
            as(admin(), DialogueService.REGISTRATION).get("/api/forums/" + forumId).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5");
            pause(Duration.ofSeconds(10));
        } finally {
            stack().infra().startPostgres();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(running)
                .allSatisfy(service -> assertThat(readiness(service)).as(service.moduleName() + " readiness").isEqualTo(200)));
        running.forEach(service -> assertThat(stack().instance(service).process().pid()).as(service.moduleName() + " not restarted")
                .isEqualTo(pids.get(service)));
    }

    /**
     * agreement-service was stopped cleanly before the burst; it starts once registration-service has
     * announced every participant, with the whole burst waiting for it.
     */
    private void startLongStoppedConsumer() {
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> number(DialogueService.REGISTRATION, REGISTRATIONS, forumId) == BURST);
        stack().startAgain(DialogueService.AGREEMENT);
    }

    private void awaitMidway(DialogueService service, String countSql, int threshold) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> number(service, countSql, forumId) >= threshold);
        assertThat(number(service, countSql, forumId)).as(service.moduleName() + " still busy").isLessThan(BURST);
    }

    private static int readiness(DialogueService service) {
        return RestAssured.given().get(stack().url(service).resolve("/q/health/ready")).statusCode();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void assertEachRequestAnsweredOnce() {
        Map<String, Set<String>> answerIds = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : new KafkaProbe(partnerSystem).readAll(Topic.PARTNER_REGISTRATION_RESULTS.forPartner(partner))) {
            RegistrationAnswered answer = EventJson.fromBytes(record.value(), RegistrationAnswered.class);
            if (forumId.equals(answer.forumId())) {
                assertThat(answer.outcome()).as("answer to " + record.key()).isEqualTo(RegistrationAnswered.Outcome.ACCEPTED);
                answerIds.computeIfAbsent(record.key(), key -> new HashSet<>()).add(header(record, "ce_id"));
            }
        }
        assertThat(answerIds).as("requests answered").hasSize(BURST);
        assertThat(answerIds.values()).as("answers per request, by event id").allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    /**
     * A second effect would announce itself as a second event of the same type with another id. Only
     * this forum's participants' records are read: the topic also holds other tests' records,
     * malformed ones among them.
     */
    private void assertNoEventEmittedTwiceUnderDifferentIds() {
        Set<String> participants = RunningSystem.texts(DialogueService.REGISTRATION,
                "select id::text from registration where forum_id = ?", forumId);
        Map<String, Set<String>> idsByParticipantAndType = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : kafka().readAll("forum.participants.v1")) {
            if (participants.contains(record.key())) {
                idsByParticipantAndType.computeIfAbsent(record.key() + " " + header(record, "ce_type"), key -> new HashSet<>())
                        .add(header(record, "ce_id"));
            }
        }
        assertThat(idsByParticipantAndType.keySet().stream().map(key -> key.split(" ")[0]).distinct())
                .as("participants announced").hasSize(BURST);
        assertThat(idsByParticipantAndType.values()).as("ids per participant and event type").allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    /** For whoever reads a failure: each missing participant's events on the topic and what each consumer recorded of them. */
    private String traceOfTheMissing() {
        Set<String> registered = RunningSystem.texts(DialogueService.REGISTRATION,
                "select id::text from registration where forum_id = ?", forumId);
        Map<DialogueService, Set<String>> missing = new java.util.EnumMap<>(DialogueService.class);
        missing.put(DialogueService.MATCHMAKING, difference(registered, RunningSystem.texts(DialogueService.MATCHMAKING,
                "select participant_id::text from profile where forum_id = ?", forumId)));
        missing.put(DialogueService.AGREEMENT, difference(registered, RunningSystem.texts(DialogueService.AGREEMENT,
                "select participant_id::text from participant where forum_id = ?", forumId)));
        StringBuilder trace = new StringBuilder();
        missing.forEach((service, ids) -> ids.stream().limit(5).forEach(id -> {
            trace.append(service.moduleName()).append(" lacks ").append(id).append(":\n");
            for (String topic : List.of("forum.participants.v1", "forum.participants.v1.dlq")) {
                for (ConsumerRecord<String, byte[]> record : kafka().readAll(topic)) {
                    if (id.equals(record.key())) {
                        String eventId = header(record, "ce_id");
                        trace.append("  ").append(topic).append('@').append(record.partition()).append(':').append(record.offset())
                                .append(' ').append(header(record, "ce_type")).append(' ').append(eventId).append(" inbox: ")
                                .append(number(service, "select count(*) from inbox_event where event_id::text = ?", eventId))
                                .append('\n');
                    }
                }
            }
        }));
        return trace.toString();
    }

    private static Set<String> difference(Set<String> all, Set<String> present) {
        Set<String> absent = new java.util.TreeSet<>(all);
        absent.removeAll(present);
        return absent;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private String reference(int i) {
        return forumId + "-request-" + i;
    }
}
