package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.RecommendationService;
import dev.dialogue.platform.security.Access;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/participants/{participantId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RecommendationResource {

    private final RecommendationService recommendations;

    RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(summary = "The best counterparts for an accredited participant, each with its score and reasons",
            description = "Roles: admin, or the participant themself (token subject = participant id). limit 1–100.")
    public List<Recommendation> recommend(@PathParam("forumId") String forumId,
            @PathParam("participantId") UUID participantId, @QueryParam("limit") @DefaultValue("10") int limit,
            @Context SecurityContext caller) {
        Access.selfOr(caller, participantId, "a participant sees only their own recommendations", Roles.ADMIN);
        return recommendations.recommend(forumId, participantId, limit);
    }
}
