package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.Recommendation;
import dev.dialogue.matchmaking.service.RecommendationService;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/participants/{participantId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RecommendationResource {

    private final RecommendationService recommendations;
    private final Caller caller;

    RecommendationResource(RecommendationService recommendations, Caller caller) {
        this.recommendations = recommendations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "listRecommendations",
            summary = "The best counterparts for an accredited participant, each with its score and reasons",
            description = "Roles: admin, or the participant themself (token subject = participant id). limit 1–100.")
    public List<Recommendation> recommend(@PathParam("forumId") String forumId,
            @PathParam("participantId") UUID participantId, @QueryParam("limit") @DefaultValue("10") int limit) {
        caller.selfOr(participantId, "a participant sees only their own recommendations", Roles.ADMIN);
        return recommendations.recommend(forumId, participantId, limit);
    }
}
