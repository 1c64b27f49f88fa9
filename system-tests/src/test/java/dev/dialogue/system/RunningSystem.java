package dev.dialogue.system;

import static io.restassured.RestAssured.given;

import dev.dialogue.demo.Api;
import dev.dialogue.demo.ShenzhenForum;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.KafkaAccess;
import dev.dialogue.infra.KafkaProbe;
import dev.dialogue.infra.OtlpReceiver;
import dev.dialogue.infra.ServiceStack;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The packaged services, each a separate process, with the broker and database they share:
 * started once for all system tests of this JVM, stopped when it exits.
 */
final class RunningSystem {

    private static ServiceStack stack;
    private static OtlpReceiver traces;
    private static ShenzhenForum demo;

    private RunningSystem() {
    }

    static synchronized ServiceStack stack() {
        if (stack == null) {
            Path root = Path.of(System.getProperty("dialogue.root", "..")).toAbsolutePath().normalize();
            traces = OtlpReceiver.start();
            stack = ServiceStack.start(root, root.resolve("system-tests/target/stack"), Map.of(),
                    Map.of("DIALOGUE_TRACING_OTLP_ENDPOINT", traces.endpoint().toString()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.close();
                traces.stop();
            }, "system-under-test-down"));
        }
        return stack;
    }

    /**
     * The Shenzhen demo, as ./dialogue up --demo loads it, loaded once for the tests that look at
     * it: its partners' ids are fixed, so a second load into the same stack would clash.
     */
    static synchronized ShenzhenForum demo() {
        if (demo == null) {
            demo = new ShenzhenForum(new Api(stack()), LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(21));
            demo.load();
        }
        return demo;
    }

    /** The spans the services of the stack have exported, as a collector would hold them. */
    static synchronized OtlpReceiver traces() {
        stack();
        return traces;
    }

    static RequestSpecification as(String token, DialogueService service) {
        return as(token, stack().url(service));
    }

    static RequestSpecification as(String token, URI instance) {
        return given().baseUri(instance.toString()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String admin() {
        return stack().infra().tokens().mint("admin-1", "admin");
    }

    static String participant(UUID participantId) {
        return stack().infra().tokens().mint(participantId.toString(), "participant");
    }

    static KafkaProbe kafka() {
        return new KafkaProbe(stack().infra().kafkaAdmin());
    }

    /** Creates a forum ninety days ahead and opens it for registration. */
    static void openForum(String forumId, String title, List<String> autoApprovedCategories) {
        LocalDate day = LocalDate.now().plusDays(90);
        Map<String, Object> forum = Map.of("forumId", forumId, "title", Map.of("en", title), "city", "Shenzhen",
                "timeZone", "Asia/Shanghai", "startDate", day.toString(), "endDate", day.toString(),
                "autoApprovedCategories", autoApprovedCategories);
        as(admin(), DialogueService.REGISTRATION).body(forum).post("/api/forums").then().statusCode(201);
        Map<String, Object> open = new HashMap<>(forum);
        open.remove("forumId");
        open.put("status", "OPEN");
        as(admin(), DialogueService.REGISTRATION).body(open).put("/api/forums/" + forumId).then().statusCode(200);
    }

    /** Admits a partner system into the forum as an admin does; returns the credentials it gets this once. */
    static KafkaAccess admitPartner(String partnerId, String name, String forumId) {
        ExtractableResponse<Response> admitted = as(admin(), DialogueService.REGISTRATION)
                .body(Map.of("partnerId", partnerId, "name", name, "forums", List.of(forumId)))
                .post("/api/partners").then().statusCode(201).extract();
        return new KafkaAccess(admitted.path("kafka.bootstrapServers"), admitted.path("kafka.username"),
                admitted.path("kafka.password"));
    }

    /** One number from a service's own schema, read as that service's database role. */
    static long number(DialogueService service, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(stack().infra().jdbcUrl(), service.schema(), service.schema());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as text, from the service's own schema. */
    static Set<String> texts(DialogueService service, String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(stack().infra().jdbcUrl(), service.schema(), service.schema());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            Set<String> values = new TreeSet<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of any table in the service's schema whose text form (every column, JSON included) contains all the texts. */
    static long rowsContaining(DialogueService service, String... texts) {
        String condition = String.join(" and ", Collections.nCopies(texts.length, "strpos(t::text, ?) > 0"));
        long found = 0;
        try (Connection connection = DriverManager.getConnection(stack().infra().jdbcUrl(), service.schema(), service.schema())) {
            for (String table : rowCounts(service).keySet()) {
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" t where " + condition)) {
                    for (int i = 0; i < texts.length; i++) {
                        count.setString(i + 1, texts[i]);
                    }
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        found += result.getLong(1);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in every table of the service's schema, by table. */
    static Map<String, Long> rowCounts(DialogueService service) {
        try (Connection connection = DriverManager.getConnection(stack().infra().jdbcUrl(), service.schema(), service.schema());
                ResultSet tables = connection.createStatement().executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            Map<String, Long> counts = new TreeMap<>();
            while (tables.next()) {
                String table = tables.getString(1);
                try (ResultSet count = connection.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
