package dev.dialogue.platform.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over {@code quarkus.http.limits.max-body-size} as problem+json, by its declared
 * length and before it is read: the HTTP layer's own refusal has no body, and comes only after
 * the client has sent it all.
 */
@ApplicationScoped
public class OversizeBodyProblem {

    private final long maxBodySize;

    OversizeBodyProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
    }

    private void checkDeclaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= maxBodySize) {
            context.next();
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "about:blank")
                .put("title", "Payload too large")
                .put("status", 413)
                .put("detail", "the request body is over the limit of " + maxBodySize + " bytes")
                .put("instance", context.request().path());
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
    }
}
