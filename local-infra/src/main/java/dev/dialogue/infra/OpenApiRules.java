package dev.dialogue.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every service's OpenAPI document must hold, for a partner to generate a usable client and
 * a linter to accept it: servers, a licence and a contact; every operation with a unique
 * operationId and its 4xx answers as {@code application/problem+json}; every example valid against
 * its schema. One place for the rules, which each service's build test and the system tests call.
 */
public final class OpenApiRules {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiRules() {
    }

    /** The rules {@code document} breaks, each a sentence naming where; empty when it keeps them all. */
    public static List<String> violations(JsonNode document) {
        List<String> wrong = new ArrayList<>();
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            wrong.add("no servers");
        }
        document.path("servers").forEach(server -> {
            if (server.path("url").asText("").isBlank()) {
                wrong.add("a server without a url");
            }
        });
        if (document.path("info").path("license").path("name").asText("").isBlank()) {
            wrong.add("no info.license.name");
        }
        if (document.path("info").path("contact").isEmpty()) {
            wrong.add("no info.contact");
        }
        Map<String, String> operationIds = new HashMap<>();
        operations(document).forEach((where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                wrong.add(where + " has no operationId");
            } else if (operationIds.putIfAbsent(id, where) != null) {
                wrong.add(where + " has the operationId " + id + " of " + operationIds.get(id));
            }
            boolean problemAnswer = false;
            for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                if (response.getKey().startsWith("4")) {
                    if (response.getValue().path("content").has(PROBLEM_JSON)) {
                        problemAnswer = true;
                    } else {
                        wrong.add(where + " answers " + response.getKey() + " without " + PROBLEM_JSON);
                    }
                }
            }
            if (!problemAnswer) {
                wrong.add(where + " documents no 4xx answer");
            }
        });
        wrong.addAll(invalidExamples(document));
        return wrong;
    }

    /** The document the service at {@code host} and {@code port} serves. */
    public static JsonNode served(String host, int port) {
        return fetch(URI.create(host + ":" + port + "/q/openapi?format=json"));
    }

    /** The document a service serves at {@code url} ({@code …/q/openapi?format=json}). */
    public static JsonNode fetch(URI url) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the operation {@code method path} (the path as the document writes it) documents {@code status}. */
    public static boolean documents(JsonNode document, String method, String path, int status) {
        JsonNode responses = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT)).path("responses");
        return responses.has(Integer.toString(status)) || responses.has(status / 100 + "XX");
    }

    /** Every operation, keyed "METHOD path". */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").properties().forEach(path -> METHODS.forEach(method -> {
            if (path.getValue().has(method)) {
                operations.put(method.toUpperCase(Locale.ROOT) + " " + path.getKey(), path.getValue().get(method));
            }
        }));
        return operations;
    }

    /**
     * Each example (of a schema, a parameter or a media type) that its schema refuses. The schemas
     * are read as the document's own dialect (OpenAPI 3.1's JSON Schema 2020-12), formats asserted,
     * with their references resolved inside the document.
     */
    static List<String> invalidExamples(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        ObjectNode schemas = copy.with("components").with("schemas");
        List<String> wrong = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        collect(document, "", examples);
        for (int i = 0; i < examples.size(); i++) {
            schemas.set("ExampleTarget" + i, examples.get(i).schema());
        }
        String iri = "urn:dialogue:openapi";
        String text;
        try {
            text = JSON.writeValueAsString(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(iri, text))));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            var schema = factory.getSchema(SchemaLocation.of(iri + "#/components/schemas/ExampleTarget" + i), config);
            for (ValidationMessage message : schema.validate(example.value())) {
                wrong.add("the example at " + example.where() + " is invalid: " + message.getMessage());
            }
        }
        return wrong;
    }

    private record Example(String where, JsonNode schema, JsonNode value) {
    }

    /**
     * Walks the document: an object with a {@code schema} (a parameter, a media type) has its
     * {@code example} and each {@code examples} entry's {@code value} checked against that schema;
     * any other object with {@code example} or an {@code examples} array is a schema, checked against itself.
     */
    private static void collect(JsonNode node, String where, List<Example> examples) {
        if (node.isObject()) {
            if (node.path("schema").isObject()) {
                JsonNode schema = node.get("schema");
                if (node.has("example")) {
                    examples.add(new Example(where + "/example", schema, node.get("example")));
                }
                node.path("examples").properties().forEach(named -> {
                    if (named.getValue().has("value")) {
                        examples.add(new Example(where + "/examples/" + named.getKey(), schema, named.getValue().get("value")));
                    }
                });
            } else if (node.has("example") || node.path("examples").isArray()) {
                ObjectNode schema = ((ObjectNode) node).deepCopy();
                schema.remove(List.of("example", "examples"));
                if (node.has("example")) {
                    examples.add(new Example(where + "/example", schema, node.get("example")));
                }
                if (node.path("examples").isArray()) {
                    for (int i = 0; i < node.get("examples").size(); i++) {
                        examples.add(new Example(where + "/examples/" + i, schema, node.get("examples").get(i)));
                    }
                }
            }
            node.properties().forEach(child -> {
                if (!child.getKey().equals("example") && !child.getKey().equals("examples")) {
                    collect(child.getValue(), where + "/" + child.getKey(), examples);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), where + "/" + i, examples);
            }
        }
    }
}
