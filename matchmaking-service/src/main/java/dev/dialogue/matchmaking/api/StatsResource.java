package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.MatchmakingStats;
import dev.dialogue.matchmaking.service.StatsService;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/matchmaking/stats")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class StatsResource {

    private final StatsService stats;

    StatsResource(StatsService stats) {
        this.stats = stats;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getMatchmakingStats",
            summary = "The matchmaking funnel", description = "Roles: admin, staff. Requested, accepted, scheduled, "
            + "held, cooperation possible (and declined, cancelled, expired), overall, by sector and by country pair.")
    public MatchmakingStats stats(@PathParam("forumId") String forumId) {
        return stats.stats(forumId);
    }
}
