package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.admin;
import static dev.dialogue.system.RunningSystem.as;
import static dev.dialogue.system.RunningSystem.number;
import static dev.dialogue.system.RunningSystem.openForum;
import static dev.dialogue.system.RunningSystem.participant;
import static dev.dialogue.system.RunningSystem.rowsContaining;
import static dev.dialogue.system.RunningSystem.stack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.dialogue.events.Topic;
import dev.dialogue.events.TopicAcls;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaProbe;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * The right to erasure, proven on the bytes: a person registers, every service consumes them, they
 * sign an agreement, they are erased; once the broker has compacted the personal-data topic (its
 * lag shortened here to a second, and the stack's registration-service repeating the tombstone after
 * two), neither the broker's log directory nor any schema holds their name, email or phone, and a
 * dashboard replaying every topic from the beginning meets none of it. Their id still resolves,
 * and the agreement's hash chain still verifies.
 */
class ErasureOnTheBrokerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final String admin = admin();
    private final String forumId = "erasure-" + UUID.randomUUID().toString().substring(0, 8);
    private final String mark = UUID.randomUUID().toString().substring(0, 6);
    private final String name = "Ксаверий Забвенный-" + mark;
    private final String email = "xaveriy." + mark + "@erasure.example";
    private final String phone = "+7 495 " + (1_000_000 + new Random().nextInt(9_000_000));

    @Test
    void anErasedPersonLeavesNoByteOnTheBrokerNorInAnySchemaAndTheirAgreementStillVerifies() throws Exception {
        openForum(forumId, "Erasure drill", List.of("COMPANY_REPRESENTATIVE"));
        JsonPath erased = register(name, email, phone, "Сколково", "RU");
        JsonPath partner = register("Wang Keeps-" + mark, "wang." + mark + "@erasure.example", null, "深圳机器人公司", "CN");
        UUID person = UUID.fromString(erased.getString("participantId"));
        awaitNamed(person, 1);
        awaitNamed(UUID.fromString(partner.getString("participantId")), 1);
        String agreement = signedAgreement(erased, partner);
        assertThat(onBroker(name, email, phone)).as("their details on the broker before the erasure").isNotEmpty();

        shortenCompaction();
        OffsetDateTime erasure = OffsetDateTime.now();
        as(admin, DialogueService.REGISTRATION).delete("/api/participants/" + person).then().statusCode(204);
        awaitNamed(person, 0);

        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(onBroker(name, email, phone)).as("files holding their details").isEmpty());
        for (DialogueService service : DialogueService.withDatabase()) {
            for (String detail : List.of(name, email, phone)) {
                assertThat(rowsContaining(service, detail)).as(detail + " in " + service.schema()).isZero();
            }
            assertThat(number(service, "select count(*) from outbox_event where occurred_at < ? and strpos(payload::text, ?) > 0",
                    erasure, person.toString())).as("outbox rows from before the erasure naming them in " + service.schema()).isZero();
        }
        assertThat(replayedAsTheDashboard()).as("records a dashboard reads that name them").isEmpty();
        assertThat(replayedAsAdmin()).as("records on any topic that name them").isEmpty();

        as(admin, DialogueService.REGISTRATION).get("/api/registrations/" + person).then().statusCode(200)
                .body("participantId", equalTo(person.toString())).body("fullName", equalTo("erased"));
        as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + agreement).then().statusCode(200)
                .body("status", equalTo("EXECUTED"))
                .body("parties.signatories.flatten().participantId", hasItem(person.toString()));
        as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + agreement + "/verification").then()
                .statusCode(200).body("valid", equalTo(true));
    }

    private JsonPath register(String fullName, String mail, String telephone, String organisation, String country) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", fullName, "email", mail,
                "position", "Director of partnerships",
                "organisation", Map.of("name", Map.of("en", organisation), "kind", "COMPANY", "country", country),
                "category", "COMPANY_REPRESENTATIVE", "languages", List.of("ru", "zh"), "sectors", List.of("ROBOTICS"),
                "offers", List.of(Map.of("type", "TECHNOLOGY", "text", "Robots by " + fullName)),
                "seeks", List.of(Map.of("type", "INVESTMENT")),
                "consent", Map.of("textVersion", "pd-consent-2025-01", "givenAt", OffsetDateTime.now().toString())));
        if (telephone != null) {
            body.put("phone", telephone);
        }
        return as(admin, DialogueService.REGISTRATION).body(body).post("/api/forums/" + forumId + "/registrations").then()
                .statusCode(201).body("status", equalTo("APPROVED")).extract().jsonPath();
    }

    /** Until both consumers hold the person's name (1) or have forgotten it and them (0). */
    private void awaitNamed(UUID participantId, long expected) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (DialogueService consumer : List.of(DialogueService.MATCHMAKING, DialogueService.AGREEMENT)) {
                assertThat(number(consumer, "select count(*) from participant_name where participant_id = ?", participantId))
                        .as("name in " + consumer.schema()).isEqualTo(expected);
            }
            assertThat(number(DialogueService.MATCHMAKING, "select count(*) from profile where participant_id = ?", participantId))
                    .isEqualTo(expected);
        });
    }

    /** An agreement of the two organisations, signed by both people, executed. */
    private String signedAgreement(JsonPath first, JsonPath second) {
        LocalDate day = LocalDate.now().plusDays(90);
        List<Map<String, Object>> parties = new ArrayList<>();
        for (JsonPath person : List.of(first, second)) {
            parties.add(Map.of("organisationId", person.getString("organisation.organisationId"),
                    "signatories", List.of(Map.of("participantId", person.getString("participantId"), "role", "SIGNER"))));
        }
        String id = as(admin, DialogueService.AGREEMENT).body(Map.of("forumId", forumId, "kind", "MEMORANDUM_OF_UNDERSTANDING",
                        "title", Map.of("en", "Memorandum on robotics, " + mark), "sectors", List.of("ROBOTICS"),
                        "parties", parties, "signingOrder", "PARALLEL", "prevailingLanguage", "en",
                        "validFrom", day.toString(), "validTo", day.plusYears(1).toString()))
                .post("/api/agreements").then().statusCode(201).extract().path("agreementId");
        as(admin, DialogueService.AGREEMENT).contentType("text/plain").body("The parties cooperate on robotics.")
                .put("/api/agreements/" + id + "/documents/en?prevailing=true").then().statusCode(200);
        String sha256 = as(admin, DialogueService.AGREEMENT).post("/api/agreements/" + id + "/open").then().statusCode(200)
                .extract().path("documents[0].sha256");
        for (JsonPath person : List.of(first, second)) {
            as(participant(UUID.fromString(person.getString("participantId"))), DialogueService.AGREEMENT)
                    .body(Map.of("documentHashes", Map.of("en", sha256)))
                    .post("/api/agreements/" + id + "/signatures").then().statusCode(200);
        }
        as(admin, DialogueService.AGREEMENT).get("/api/agreements/" + id).then().body("status", equalTo("EXECUTED"));
        return id;
    }

    /**
     * The personal-data topic's compaction lag and segment time cut to a second, and its replaced
     * files deleted a second later: what OPERATIONS.md bounds at about an hour, done within the test.
     */
    private static void shortenCompaction() throws Exception {
        try (Admin kafkaAdmin = Admin.create(stack().infra().kafkaAdmin().clientConfig())) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, Topic.PARTICIPANT_DETAILS.topicName());
            List<AlterConfigOp> settings = Stream.of(Map.entry("max.compaction.lag.ms", "1000"), Map.entry("segment.ms", "1000"),
                            Map.entry("file.delete.delay.ms", "1000"), Map.entry("min.cleanable.dirty.ratio", "0.01"))
                    .map(setting -> new AlterConfigOp(new ConfigEntry(setting.getKey(), setting.getValue()), AlterConfigOp.OpType.SET))
                    .toList();
            kafkaAdmin.incrementalAlterConfigs(Map.of(topic, settings)).all().get();
        }
    }

    /** Every file under the broker's log directory that contains any of the texts, as UTF-8 bytes. */
    private static List<Path> onBroker(String... texts) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(stack().infra().kafkaLogDirectory(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && containsAny(read(file), texts)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // The broker deletes replaced segments while the walk lists them: a file gone holds nothing to find.
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private List<String> replayedAsTheDashboard() {
        KafkaProbe dashboard = new KafkaProbe(stack().infra().kafka(TopicAcls.DASHBOARD));
        return naming(dashboard, Stream.of(Topic.values()).filter(topic -> topic.topicName().startsWith("forum."))
                .map(Topic::topicName).toList());
    }

    private List<String> replayedAsAdmin() {
        KafkaProbe kafka = new KafkaProbe(stack().infra().kafkaAdmin());
        return naming(kafka, kafka.topics().stream().filter(topic -> !topic.startsWith("__")).sorted().toList());
    }

    /** Where a record of the topics, read from the beginning, names the person in its key, headers or value. */
    private List<String> naming(KafkaProbe kafka, List<String> topics) {
        List<String> found = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<String, byte[]> record : kafka.readAll(topic)) {
                StringBuilder text = new StringBuilder(String.valueOf(record.key()));
                record.headers().forEach(header -> text.append(new String(header.value(), StandardCharsets.UTF_8)));
                if (record.value() != null) {
                    text.append(new String(record.value(), StandardCharsets.UTF_8));
                }
                if (containsAny(text.toString().getBytes(StandardCharsets.UTF_8), name, email, phone)) {
                    found.add(topic + "@" + record.partition() + ":" + record.offset());
                }
            }
        }
        return found;
    }

    private static boolean containsAny(byte[] content, String... texts) {
        for (String text : texts) {
            if (indexOf(content, text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i <= content.length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // A segment the cleaner replaces between the listing and the read is gone: nothing in it to find.
            return new byte[0];
        }
    }
}
