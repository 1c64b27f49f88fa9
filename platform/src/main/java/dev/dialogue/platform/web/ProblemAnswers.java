package dev.dialogue.platform.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the {@code application/problem+json} answers each operation can give, derived from what
 * the operation is: 400 where it takes input (a body or a parameter), 401 and 403 where it is
 * secured, 404 where its path names something, 409 where it writes (a write can meet a state it may
 * not change, or a constraint, and {@link ProblemMappers} answers both with 409), 413 where it takes
 * a body (the body limit, and 415 for a body missing or of another media type). An operation that declares one of these itself with
 * {@code @APIResponse} keeps its own description, and one it declares beyond them is kept too; every
 * 4xx answer is given the problem schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemAnswers implements OASFilter {

    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchema(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, item, method, operation)));
    }

    private static void document(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = parameters(item, operation);
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        List<String> pathNames = parameters.stream().filter(p -> p.getIn() == Parameter.In.PATH)
                .map(Parameter::getName).toList();
        Map<String, String> answers = new LinkedHashMap<>();
        if (body || !parameters.isEmpty()) {
            answers.put("400", "Invalid input; the problem names the field (`field`, or `errors` for several)");
        }
        if (secured) {
            answers.put("401", "No valid bearer token (missing, expired, of another issuer or audience)");
            answers.put("403", "The token's roles, or who it names, do not allow this");
        }
        if (!pathNames.isEmpty()) {
            answers.put("404", "Nothing exists for " + String.join(", ", pathNames));
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            answers.put("409", "Conflicts with the current state; the problem says what is in the way");
        }
        if (body) {
            answers.put("413", "The body is over the size limit");
            answers.put("415", "The body is missing or of a media type the operation does not take");
        }
        answers.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4")) {
                asProblem(response);
            }
        });
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        return Stream.concat(item.getParameters() == null ? Stream.empty() : item.getParameters().stream(),
                operation.getParameters() == null ? Stream.empty() : operation.getParameters().stream()).toList();
    }

    private static void asProblem(APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("A problem");
        }
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        if (content.getMediaType(Problem.MEDIA_TYPE) == null) {
            content.addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(SCHEMA)));
        }
        response.setContent(content);
    }

    /** RFC 9457 problem details as {@link Problem} writes them, extension members allowed. */
    private static void addProblemSchema(Components components) {
        if (components.getSchemas() != null && components.getSchemas().containsKey(SCHEMA)) {
            return;
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        components.addSchema(SCHEMA, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; extension members such as field, errors or existingId "
                        + "say more where an operation documents them")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("about:blank unless a more specific type applies"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request's path"))
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the one field at fault"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("each invalid field, where there are several"))
                .required(List.of("title", "status")));
    }
}
