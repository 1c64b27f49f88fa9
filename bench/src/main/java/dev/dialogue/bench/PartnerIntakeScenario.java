package dev.dialogue.bench;

import dev.dialogue.events.CloudEvent;
import dev.dialogue.events.EventJson;
import dev.dialogue.events.EventType;
import dev.dialogue.events.KafkaCloudEvents;
import dev.dialogue.events.Topic;
import dev.dialogue.events.participants.Consent;
import dev.dialogue.events.partners.DelegationMember;
import dev.dialogue.events.partners.RegistrationRequested;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.OrganisationKind;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.ServiceStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Scenario 1: a partner's registration requests (one person each) pre-loaded on
 * the partner's {@code partner.<partnerId>.registrations.v1} while registration-service is stopped; then it starts, and the
 * clock runs until every request is stored and every event it owes (the person registered, the
 * answer to the partner) is published: the outbox holds nothing unsent. Baselines in the same run,
 * over the same records: a raw kafka-clients consume→produce copy to another topic, and a raw JDBC
 * batched insert of the same people as rows.
 */
final class PartnerIntakeScenario {

    private static final String FORUM = "bench-partner-intake";
    private static final String PARTNER = "bench-partner";
    private static final String COPY_TOPIC = "bench.intake-copy";
    private static final int JDBC_BATCH = 500;

    private final ServiceStack stack;
    private final StackAccess access;
    private final int requests;

    PartnerIntakeScenario(ServiceStack stack, StackAccess access, int requests) {
        this.stack = stack;
        this.access = access;
        this.requests = requests;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        access.awaitQuiet(Duration.ofMinutes(10));
        access.openForum(FORUM, List.of());
        KafkaAccess partner = access.admitPartner(PARTNER, FORUM);
        stack.stop(DialogueService.REGISTRATION);
        Map<TopicPartition, long[]> ranges = preload(partner);

        double kafkaCopy = perSecond(rawKafkaCopy(ranges));
        double jdbcInsert = perSecond(rawJdbcInsert(ranges));
        CpuUse before = CpuUse.of(stack);
        long began = System.nanoTime();
        stack.startAgain(DialogueService.REGISTRATION);
        long ready = System.nanoTime() - began;
        try (Connection db = access.connect(DialogueService.REGISTRATION)) {
            StackAccess.awaitCount(db, "select count(*) from registration where forum_id = ?", FORUM, requests, Duration.ofMinutes(30));
            StackAccess.awaitNumber(db, "select count(*) from outbox_event where sent_at is null", unsent -> unsent == 0,
                    Duration.ofMinutes(10));
        }
        long took = System.nanoTime() - began;
        access.awaitQuiet(Duration.ofMinutes(30));
        CpuUse after = CpuUse.of(stack);
        double intake = perSecond(took);
        result.put("requests", requests);
        result.put("intakeSeconds", Math.round(took / 1e7) / 100.0);
        result.put("of which the service's start to ready, seconds", Math.round(ready / 1e7) / 100.0);
        result.put("intakePerSecond", intake);
        result.put("baselineKafkaCopyPerSecond", kafkaCopy);
        result.put("baselineJdbcBatchInsertPerSecond", jdbcInsert);
        result.put("intakeOverSlowerBaseline", Math.round(intake / Math.min(kafkaCopy, jdbcInsert) * 1000) / 1000.0);
        result.put("CPU ms per request, by process (registration's start included; matchmaking and agreement consuming the registrations)",
                before.perOperationUntil(after, requests));
        result.put("targets", "at least 50% of the slower baseline");
        return result;
    }

    private double perSecond(long nanos) {
        return Math.round(requests / (nanos / 1e9) * 10) / 10.0;
    }

    /** Publishes the requests as the partner's own system; returns the offsets they took, per partition (from, to). */
    private Map<TopicPartition, long[]> preload(KafkaAccess partner) throws Exception {
        String topic = Topic.PARTNER_REGISTRATIONS.forPartner(PARTNER);
        Properties props = partner.properties();
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        Map<TopicPartition, long[]> ranges = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(requests);
            for (int i = 0; i < requests; i++) {
                sent.add(producer.send(KafkaCloudEvents.toRecord(topic, request(i))));
            }
            for (Future<RecordMetadata> metadata : sent) {
                RecordMetadata at = metadata.get();
                long[] range = ranges.computeIfAbsent(new TopicPartition(topic, at.partition()), p -> new long[] {Long.MAX_VALUE, -1});
                range[0] = Math.min(range[0], at.offset());
                range[1] = Math.max(range[1], at.offset());
            }
        }
        return ranges;
    }

    private CloudEvent request(int i) {
        String reference = FORUM + "-" + i;
        DelegationMember member = new DelegationMember("m-" + i, "Entrepreneur " + i, null, "m" + i + "@" + PARTNER + ".example.cn",
                null, "Founder", new DelegationMember.Organisation(LocalizedText.of(null, null, "Start-up " + i),
                        OrganisationKind.COMPANY, "CN", "Guangdong"),
                ParticipantCategory.YOUNG_ENTREPRENEUR, List.of("zh", "en"), List.of(Sector.values()[i % Sector.values().length]),
                List.of(), List.of(), List.of(), new Consent("pd-consent-2025-01", OffsetDateTime.now()));
        return CloudEvent.of(EventType.PARTNER_REGISTRATION_REQUESTED, Topic.partnerSource(PARTNER), reference,
                OffsetDateTime.now(), EventJson.toBytes(new RegistrationRequested(reference, FORUM, List.of(member))));
    }

    /** Reads the same records and writes each to another topic, acknowledged by the broker: the floor of any consumer that publishes. */
    private long rawKafkaCopy(Map<TopicPartition, long[]> ranges) throws Exception {
        try (Admin admin = Admin.create(stack.infra().kafkaAdmin().clientConfig())) {
            if (!admin.listTopics().names().get().contains(COPY_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(COPY_TOPIC, 3, (short) 1))).all().get();
            }
        }
        Properties consumerProps = stack.infra().kafkaAdmin().properties();
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        Properties producerProps = stack.infra().kafkaAdmin().properties();
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        long began = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
            consumer.assign(ranges.keySet());
            ranges.forEach((partition, range) -> consumer.seek(partition, range[0]));
            int copied = 0;
            while (copied < requests) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.offset() <= ranges.get(new TopicPartition(record.topic(), record.partition()))[1]) {
                        producer.send(new ProducerRecord<>(COPY_TOPIC, null, record.key(), record.value(), record.headers()));
                        copied++;
                    }
                }
            }
            producer.flush();
        }
        return System.nanoTime() - began;
    }

    /** The same people as rows, from the same records, inserted in JDBC batches of 500 with one commit each. */
    private long rawJdbcInsert(Map<TopicPartition, long[]> ranges) throws Exception {
        Properties consumerProps = stack.infra().kafkaAdmin().properties();
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, JDBC_BATCH);
        try (Connection db = access.connect(DialogueService.REGISTRATION); Statement ddl = db.createStatement();
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer())) {
            ddl.execute("""
                    create table if not exists bench_intake (id uuid primary key, forum_id varchar(64) not null,
                        reference varchar(200) not null, full_name varchar(300) not null, email varchar(320) not null,
                        request jsonb not null, created_at timestamptz not null default now())""");
            db.setAutoCommit(false);
            consumer.assign(ranges.keySet());
            ranges.forEach((partition, range) -> consumer.seek(partition, range[0]));
            long began = System.nanoTime();
            int inserted = 0;
            try (PreparedStatement insert = db.prepareStatement("insert into bench_intake (id, forum_id, reference, full_name, email, request) "
                    + "values (?, ?, ?, ?, ?, cast(? as jsonb))")) {
                while (inserted < requests) {
                    int batched = 0;
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        if (record.offset() > ranges.get(new TopicPartition(record.topic(), record.partition()))[1]) {
                            continue;
                        }
                        RegistrationRequested request = EventJson.fromBytes(record.value(), RegistrationRequested.class);
                        DelegationMember member = request.participants().get(0);
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, request.forumId());
                        insert.setString(3, request.reference());
                        insert.setString(4, member.fullName());
                        insert.setString(5, member.email());
                        insert.setString(6, new String(record.value(), StandardCharsets.UTF_8));
                        insert.addBatch();
                        batched++;
                    }
                    if (batched > 0) {
                        insert.executeBatch();
                        db.commit();
                        inserted += batched;
                    }
                }
            }
            long took = System.nanoTime() - began;
            db.setAutoCommit(true);
            ddl.execute("drop table bench_intake");
            return took;
        }
    }
}
