package dev.dialogue.system;

import static dev.dialogue.system.RunningSystem.stack;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.EventJson;
import dev.dialogue.infra.DevTokens;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.OpenApiRules;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every service's OpenAPI document, swept for access (no token, an expired
 * token, a token signed by another key, a token for another audience or none, each role its
 * description does not name) and for bad
 * bodies (not JSON, the wrong type, empty, invalid UTF-8, oversize, injection strings).
 */
class ApiSweepTest {

    private static final Set<String> ROLES = Set.of("admin", "staff", "partner", "participant");
    private static final Pattern ROLES_SENTENCE = Pattern.compile("Roles: ([^.]*)\\.");
    private static final List<String> INJECTIONS = List.of("' OR '1'='1'; DROP TABLE registration; --",
            "<script>alert(1)</script>", "${jndi:ldap://example.org/a}", "../../etc/passwd", "\u0000");

    /**
     * One operation, its path with sample parameters, the roles its description documents, and the
     * answers its document declares (under its path template).
     */
    record Operation(DialogueService service, String method, String path, Set<String> roles, JsonNode body,
            JsonNode document, String template) {

        boolean documents(int status) {
            return OpenApiRules.documents(document, method, template, status);
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + service.moduleName() + path;
        }
    }

    @Test
    void everyOperationRefusesMissingExpiredAndForeignTokensAndEachUndocumentedRole() throws IOException {
        DevTokens ours = stack().infra().tokens();
        DevTokens foreign = DevTokens.create(Files.createTempDirectory("foreign-issuer"));
        List<String> wrong = new ArrayList<>();
        List<Operation> operations = operations();
        assertThat(operations).as("operations found in the OpenAPI documents").hasSizeGreaterThan(30);
        for (Operation operation : operations) {
            if (operation.roles().isEmpty()) {
                wrong.add(operation + " does not document its roles (\"Roles: …\" in its description)");
            }
            byte[] body = operation.body() == null ? null : "{}".getBytes(StandardCharsets.UTF_8);
            expect(wrong, operation, "no token", call(operation, null, body), 401);
            expect(wrong, operation, "expired token", call(operation, ours.mint("admin-1", Duration.ofMinutes(-5), "admin"),
                    body), 401);
            expect(wrong, operation, "token of another issuer's key", call(operation, foreign.mint("admin-1", "admin",
                    "staff", "partner", "participant"), body), 401);
            expect(wrong, operation, "token for another audience", call(operation, ours.mintWithClaims("admin-1",
                    Map.of("aud", "elsewhere"), "admin", "staff", "partner", "participant"), body), 401);
            expect(wrong, operation, "token for no audience", call(operation, ours.mintWithClaims("admin-1",
                    Collections.singletonMap("aud", null), "admin", "staff", "partner", "participant"), body), 401);
            for (String role : ROLES) {
                if (!operation.roles().contains(role)) {
                    // Named for Dialogue among other audiences, the token is taken: only the role is refused.
                    expect(wrong, operation, "role " + role, call(operation, ours.mintWithClaims(UUID.randomUUID().toString(),
                            Map.of("aud", List.of("elsewhere", DevTokens.AUDIENCE)), role), body), 403);
                }
            }
        }
        assertThat(wrong).as("operations answering other than documented").isEmpty();
    }

    @Test
    void malformedBodiesAreAProblemNamingTheirFaultAndWriteNothing() {
        Map<DialogueService, Map<String, Long>> before = rowCounts();
        List<String> wrong = new ArrayList<>();
        byte[] oversize = new byte[2 * 1024 * 1024];
        Arrays.fill(oversize, (byte) ' ');
        oversize[0] = '{';
        oversize[oversize.length - 1] = '}';
        for (Operation operation : operations()) {
            if (operation.body() == null) {
                continue;
            }
            String token = allowedToken(operation);
            Map<String, byte[]> bodies = Map.of(
                    "not JSON", "{\"unterminated".getBytes(StandardCharsets.UTF_8),
                    "an array instead of an object", "[]".getBytes(StandardCharsets.UTF_8),
                    "a number instead of an object", "42".getBytes(StandardCharsets.UTF_8),
                    "invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'},
                    "wrong types everywhere", EventJson.toBytes(wrongTypes(operation.body())));
            bodies.forEach((fault, body) -> expect4xx(wrong, operation, fault, call(operation, token, body)));
            expect(wrong, operation, "a body over 1 MB", call(operation, token, oversize), 413);
        }
        assertThat(wrong).as("malformed bodies not answered with a 4xx problem").isEmpty();
        assertThat(rowCounts()).as("rows in every table of every schema").isEqualTo(before);
    }

    @Test
    void injectionStringsInBodiesAndPathsNeverCauseAServerError() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            String token = allowedToken(operation);
            for (String injection : INJECTIONS) {
                if (operation.body() != null) {
                    Map<String, Object> body = new HashMap<>();
                    properties(operation.body()).forEach((name, schema) -> {
                        if ("string".equals(schema.path("type").asText())) {
                            body.put(name, injection);
                        }
                    });
                    notServerError(wrong, operation, "injection in the body", call(operation, token, EventJson.toBytes(body)));
                }
                if (operation.path().contains("/sweep-forum")) {
                    Operation injectedPath = new Operation(operation.service(), operation.method(), operation.path()
                            .replace("/sweep-forum", "/" + URLEncoder.encode(injection, StandardCharsets.UTF_8)),
                            operation.roles(), operation.body(), operation.document(), operation.template());
                    notServerError(wrong, injectedPath, "injection in the path", call(injectedPath, token, null));
                }
            }
        }
        assertThat(wrong).as("server errors").isEmpty();
    }

    /** Every operation of every service, the dashboard's included, with sample path parameters. */
    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (DialogueService service : DialogueService.values()) {
            JsonNode document = read(given().baseUri(stack().url(service).toString()).accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asByteArray());
            document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
                JsonNode operation = method.getValue();
                Matcher roles = ROLES_SENTENCE.matcher(operation.path("description").asText());
                JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new Operation(service, method.getKey(), sample(path.getKey()),
                        roles.find() ? roles(roles.group(1)) : Set.of(),
                        schema.isMissingNode() ? null : resolve(document, schema), document, path.getKey()));
            }));
        }
        return operations;
    }

    /** The roles a "Roles: …" sentence names; "the participant", "the invitee", "either participant", … mean participant. */
    private static Set<String> roles(String sentence) {
        String text = sentence.toLowerCase(Locale.ROOT);
        if (text.contains("any role")) {
            return ROLES;
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : List.of("admin", "staff", "partner")) {
            if (text.matches(".*\\b" + role + "\\b.*")) {
                roles.add(role);
            }
        }
        if (text.matches(".*\\b(participant|participants|invitee|signatory|signatories)\\b.*")) {
            roles.add("participant");
        }
        return roles;
    }

    private static String sample(String template) {
        return template.replace("{forumId}", "sweep-forum").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static Response call(Operation operation, String token, byte[] body) {
        // JSON first, but anything an operation produces (a document, a calendar) is acceptable.
        RequestSpecification request = given().baseUri(stack().url(operation.service()).toString()).urlEncodingEnabled(false)
                .accept("application/json, */*;q=0.5");
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.request(operation.method().toUpperCase(Locale.ROOT), operation.path());
    }

    private static String allowedToken(Operation operation) {
        String role = operation.roles().contains("admin") ? "admin" : operation.roles().stream().findFirst().orElse("admin");
        return stack().infra().tokens().mint(UUID.randomUUID().toString(), role);
    }

    private static void expect(List<String> wrong, Operation operation, String what, Response response, int status) {
        if (response.statusCode() != status || !isProblem(response)) {
            wrong.add(operation + " with " + what + ": " + response.statusCode() + " " + response.contentType());
        }
        undocumented(wrong, operation, what, response);
    }

    /** A 4xx answer the operation's OpenAPI document does not declare: a generated client would not expect it. */
    private static void undocumented(List<String> wrong, Operation operation, String what, Response response) {
        if (response.statusCode() >= 400 && response.statusCode() < 500 && !operation.documents(response.statusCode())) {
            wrong.add(operation + " with " + what + ": " + response.statusCode() + " is not in its document");
        }
    }

    private static void expect4xx(List<String> wrong, Operation operation, String what, Response response) {
        if (response.statusCode() < 400 || response.statusCode() > 499 || !isProblem(response)) {
            wrong.add(operation + " with " + what + ": " + response.statusCode() + " " + response.contentType());
        }
        undocumented(wrong, operation, what, response);
    }

    private static void notServerError(List<String> wrong, Operation operation, String what, Response response) {
        if (response.statusCode() >= 500) {
            wrong.add(operation + " with " + what + ": " + response.statusCode() + " " + response.asString());
        }
        undocumented(wrong, operation, what, response);
    }

    private static boolean isProblem(Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/problem+json");
    }

    /** Each property given a value of another JSON type than its schema says. */
    private static Map<String, Object> wrongTypes(JsonNode schema) {
        Map<String, Object> body = new HashMap<>();
        properties(schema).forEach((name, property) -> body.put(name, switch (property.path("type").asText()) {
            case "string" -> List.of(1, 2);
            case "integer", "number" -> "many";
            case "boolean" -> "perhaps";
            case "array" -> Map.of("not", "a list");
            default -> 17;
        }));
        body.put("unknownField", "ignored or refused, never a 500");
        return body;
    }

    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new HashMap<>();
        schema.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), entry.getValue()));
        return properties;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/")
                ? document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }

    private static Map<DialogueService, Map<String, Long>> rowCounts() {
        Map<DialogueService, Map<String, Long>> counts = new HashMap<>();
        for (DialogueService service : DialogueService.withDatabase()) {
            counts.put(service, RunningSystem.rowCounts(service));
        }
        return counts;
    }

    private static JsonNode read(byte[] json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
