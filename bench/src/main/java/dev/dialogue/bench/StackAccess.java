package dev.dialogue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.EventJson;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.ServiceStack;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the scenarios do to the running stack besides measuring: admin calls over REST and reads of a service's schema. */
final class StackAccess {

    private final ServiceStack stack;
    private final String adminToken;

    StackAccess(ServiceStack stack) {
        this.stack = stack;
        this.adminToken = stack.infra().tokens().mint("bench", "admin");
    }

    /** An open forum; people of the given categories are approved as they register, the others wait for an admin. */
    void openForum(String forumId, List<String> autoApprovedCategories) throws IOException {
        LocalDate day = LocalDate.now().plusDays(90);
        Map<String, Object> forum = new HashMap<>(Map.of("forumId", forumId, "title", Map.of("en", "Bench " + forumId),
                "city", "Shenzhen", "timeZone", "Asia/Shanghai", "startDate", day.toString(), "endDate", day.toString(),
                "autoApprovedCategories", autoApprovedCategories));
        try (LoadClient registration = client(DialogueService.REGISTRATION)) {
            expect(201, registration.send("POST", "/api/forums", forum));
            forum.remove("forumId");
            forum.put("status", "OPEN");
            expect(200, registration.send("PUT", "/api/forums/" + forumId, forum));
        }
    }

    /** Admits a partner system into the forum; returns the credentials of its principal on the broker. */
    KafkaAccess admitPartner(String partnerId, String forumId) throws IOException {
        try (LoadClient registration = client(DialogueService.REGISTRATION)) {
            LoadClient.Answer admitted = registration.send("POST", "/api/partners", Map.of("partnerId", partnerId,
                    "name", "Bench partner", "forums", List.of(forumId)));
            expect(201, admitted);
            JsonNode kafka = EventJson.mapper().readTree(admitted.body()).path("kafka");
            return KafkaAccess.of(kafka.path("bootstrapServers").asText(), kafka.path("securityProtocol").asText(),
                    kafka.path("username").asText(), kafka.path("password").asText());
        }
    }

    /** An HTTP client calling the service as an admin. */
    LoadClient client(DialogueService service) {
        return new LoadClient(stack.url(service), adminToken);
    }

    Connection connect(DialogueService service) throws SQLException {
        Map<String, String> config = stack.infra().serviceConfig(service.schema());
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
    }

    /**
     * Waits until the system has nothing in flight: every outbox sent, and every consumer group's
     * committed offsets at the end of its topics. A measurement started earlier would share the cores
     * with the previous scenario's backlog.
     */
    void awaitQuiet(Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        // The dashboard has neither an outbox nor a consumer group: it reads by assign() and commits nothing.
        for (DialogueService service : DialogueService.withDatabase()) {
            try (Connection db = connect(service)) {
                awaitNumber(db, "select count(*) from outbox_event where sent_at is null", unsent -> unsent == 0, patience);
            }
        }
        try (Admin admin = Admin.create(stack.infra().kafkaAdmin().clientConfig())) {
            for (DialogueService service : DialogueService.withDatabase()) {
                while (lag(admin, service.moduleName()) > 0) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(service.moduleName() + " still behind after " + patience);
                    }
                    Thread.sleep(200);
                }
            }
        }
    }

    private static long lag(Admin admin, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : admin.listOffsets(latest).all().get().entrySet()) {
            lag += Math.max(0, end.getValue().offset() - committed.get(end.getKey()).offset());
        }
        return lag;
    }

    /** Polls the count (the query takes the forum id as its one parameter) until it reaches the figure. */
    static void awaitCount(Connection db, String sql, String forumId, long count, Duration patience)
            throws SQLException, InterruptedException {
        awaitNumber(db, sql, number -> number >= count, patience, forumId);
    }

    /** Polls the query's one number until it satisfies the condition. */
    static void awaitNumber(Connection db, String sql, LongPredicate done, Duration patience, Object... parameters)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (done.test(rows.getLong(1))) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("not reached within " + patience + ": " + sql);
    }

    /** A figure timed over errors would be a lie: any other answer stops the run. */
    static LoadClient.Answer expect(int status, LoadClient.Answer answer) {
        if (answer.status() != status) {
            throw new IllegalStateException(answer.request() + " answered " + answer.status() + " (" + answer.body()
                    + "); see the service logs in bench/target/stack/logs");
        }
        return answer;
    }
}
