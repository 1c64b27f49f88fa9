package dev.dialogue.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A server span for each REST request, the child of the caller's {@code traceparent} if it sent
 * one. The filters run on the thread that runs the resource method, so the span is current there:
 * the outbox rows the request writes carry it, and its log lines its trace id.
 */
public class RequestTracing {

    private static final String SPAN = RequestTracing.class.getName() + ".span";
    private static final String SCOPE = RequestTracing.class.getName() + ".scope";

    private final Tracing tracing;

    RequestTracing(Tracing tracing) {
        this.tracing = tracing;
    }

    @ServerRequestFilter
    public void begin(ContainerRequestContext request, ResourceInfo resource) {
        String route = route(resource);
        Span span = tracing.start(request.getMethod() + (route.isEmpty() ? "" : " " + route), SpanKind.SERVER,
                request.getHeaderString(Tracing.TRACEPARENT));
        span.setAttribute("http.request.method", request.getMethod());
        span.setAttribute("url.path", request.getUriInfo().getPath());
        if (!route.isEmpty()) {
            span.setAttribute("http.route", route);
        }
        request.setProperty(SPAN, span);
        request.setProperty(SCOPE, span.makeCurrent());
        MDC.put(Tracing.TRACE_ID, span.getSpanContext().getTraceId());
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SPAN) instanceof Span span)) {
            return;
        }
        span.setAttribute("http.response.status_code", response.getStatus());
        if (response.getStatus() >= 500) {
            span.setStatus(StatusCode.ERROR);
        }
        ((Scope) request.getProperty(SCOPE)).close();
        span.end();
        MDC.remove(Tracing.TRACE_ID);
    }

    /** The path template the request matched, as its resource declares it: {@code /api/forums/{forumId}/registrations}. */
    private static String route(ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        Method method = resource.getResourceMethod();
        if (type == null || method == null) {
            return "";
        }
        String base = type.isAnnotationPresent(Path.class) ? type.getAnnotation(Path.class).value() : "";
        String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
        String route = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }
}
