package dev.dialogue.dashboard.api;

import dev.dialogue.dashboard.domain.DashboardProjection;
import dev.dialogue.dashboard.domain.Figures;
import dev.dialogue.dashboard.service.DashboardService;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/forums")
@RolesAllowed({"admin", "staff"})
public class DashboardResource {

    private final DashboardService dashboard;

    DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDashboardForums", summary = "The forums the log names, for the page's forum picker",
            description = "Roles: admin, staff.")
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "neither admin nor staff", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public List<DashboardProjection.ForumSummary> forums() {
        return dashboard.forums();
    }

    @GET
    @Path("/{forumId}/dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getForumDashboard", summary = "A forum's figures, now or as they stood at an instant",
            description = "Roles: admin, staff. Registrations by status, category, sector, country and over time (the counts of "
                    + "registration-service's stats); the meeting funnel (matchmaking-service's) and each B2B session's "
                    + "table-slot grid; agreements by status and the executed ones with their parties. With at, the same "
                    + "figures computed from the events up to that instant.")
    @APIResponse(responseCode = "200", description = "the figures")
    @APIResponse(responseCode = "400", description = "at is not an RFC 3339 instant", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "neither admin nor staff", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "no event names the forum", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Figures figures(@PathParam("forumId") String forumId,
            @Parameter(description = "an RFC 3339 instant, e.g. 2026-12-05T10:00:00Z") @QueryParam("at") String at) {
        return dashboard.figures(forumId, instant(at));
    }

    @GET
    @Path("/{forumId}/dashboard/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "streamForumDashboard", summary = "A forum's figures as Server-Sent Events: now, then at each change",
            description = "Roles: admin, staff. Each event's data is the figures as GET …/dashboard answers them, sent within "
                    + "a tenth of a second of the dashboard reading an event that changes them.")
    @APIResponse(responseCode = "401", description = "no valid bearer token", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "neither admin nor staff", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "no event names the forum", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Multi<Figures> stream(@PathParam("forumId") String forumId) {
        return dashboard.stream(forumId);
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("at", "'" + at + "' is not an RFC 3339 instant such as 2026-12-05T10:00:00Z");
        }
    }

    /** A query parameter the dashboard cannot take. */
    static final class InvalidParameterException extends RuntimeException {
        final String parameter;

        InvalidParameterException(String parameter, String detail) {
            super(detail, null, false, false);
            this.parameter = parameter;
        }
    }
}
