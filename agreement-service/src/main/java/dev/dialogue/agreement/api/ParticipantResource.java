package dev.dialogue.agreement.api;

import dev.dialogue.agreement.service.ParticipantService;
import dev.dialogue.agreement.service.ParticipantView;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ParticipantResource {

    private final ParticipantService participants;

    ParticipantResource(ParticipantService participants) {
        this.participants = participants;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listSignatoryCandidates",
            summary = "The forum's participants and the organisations they may sign for", description = "Roles: admin.")
    public List<ParticipantView> list(@PathParam("forumId") String forumId) {
        return participants.inForum(forumId);
    }
}
