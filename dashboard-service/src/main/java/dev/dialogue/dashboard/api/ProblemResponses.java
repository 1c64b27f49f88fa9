package dev.dialogue.dashboard.api;

import dev.dialogue.dashboard.service.DashboardService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard's errors as RFC 9457 problem details, like every Dialogue service's. Its own few:
 * it takes no body and writes nothing, so it meets only a bad parameter, an unknown forum and the
 * token's refusals. (platform's mappers would bring Hibernate along with them.)
 */
public class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);
    static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response invalid(DashboardResource.InvalidParameterException e, UriInfo uri) {
        Map<String, Object> problem = problem(400, "Invalid request", e.getMessage(), uri);
        problem.put("field", e.parameter);
        return answer(400, problem);
    }

    @ServerExceptionMapper
    public Response unknownForum(DashboardService.UnknownForumException e, UriInfo uri) {
        return answer(404, problem(404, "Not Found", e.getMessage(), uri));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(answer(401, problem(401, "Unauthorized", "a valid bearer token is required", uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return answer(403, problem(403, "Forbidden", "the token's roles do not allow this operation", uri));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return answer(status, problem(status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage(), uri));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf("Incident %s at %s: %s", incident, uri.getPath(), e.getClass().getName());
        Map<String, Object> problem = problem(500, "Internal Server Error", "see the log, incident " + incident, uri);
        return answer(500, problem);
    }

    private static Map<String, Object> problem(int status, String title, String detail, UriInfo uri) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", uri == null ? null : uri.getPath());
        return problem;
    }

    private static Response answer(int status, Map<String, Object> problem) {
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }
}
