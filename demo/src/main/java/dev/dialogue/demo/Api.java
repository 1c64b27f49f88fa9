package dev.dialogue.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dialogue.events.EventJson;
import dev.dialogue.infra.DevTokens;
import dev.dialogue.infra.DialogueService;
import dev.dialogue.infra.ServiceStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The services' REST APIs, called as their users call them: JSON over HTTP with a bearer token. */
public final class Api {

    private final ServiceStack stack;
    private final DevTokens tokens;
    private final HttpClient http = HttpClient.newHttpClient();

    public Api(ServiceStack stack) {
        this.stack = stack;
        this.tokens = stack.infra().tokens();
    }

    public String admin() {
        return tokens.mint("demo-admin", "admin");
    }

    public String participant(UUID participantId) {
        return tokens.mint(participantId.toString(), "participant");
    }

    public JsonNode get(DialogueService service, String path, String token) {
        return send(service, "GET", path, null, token);
    }

    public JsonNode post(DialogueService service, String path, Object body, String token) {
        return send(service, "POST", path, body, token);
    }

    public JsonNode put(DialogueService service, String path, Object body, String token) {
        return send(service, "PUT", path, body, token);
    }

    /** A UTF-8 text body, as documents are uploaded. */
    public JsonNode putText(DialogueService service, String path, String text, String token) {
        return send(service, "PUT", path, new PlainText(text), token);
    }

    private record PlainText(String text) {
    }

    /** Sends the request; any answer but 2xx stops the demo with the problem the service gave. */
    private JsonNode send(DialogueService service, String method, String path, Object body, String token) {
        URI uri = stack.url(service).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else if (body instanceof PlainText plain) {
                request.header("Content-Type", "text/plain; charset=UTF-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(plain.text(), StandardCharsets.UTF_8));
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(EventJson.mapper().writeValueAsBytes(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? EventJson.mapper().nullNode() : EventJson.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
