package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.ProfileService;
import dev.dialogue.matchmaking.service.ProfileView;
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

@Path("/api/forums/{forumId}/profiles")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ProfileResource {

    private final ProfileService profiles;

    ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listProfiles",
            summary = "The forum's participants as matchmaking knows them", description = "Roles: admin.")
    public List<ProfileView> list(@PathParam("forumId") String forumId) {
        return profiles.inForum(forumId);
    }
}
