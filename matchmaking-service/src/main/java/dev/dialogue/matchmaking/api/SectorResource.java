package dev.dialogue.matchmaking.api;

import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/sectors")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SectorResource {

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(operationId = "listSectors",
            summary = "The shared sector codes with their Russian, Chinese and English labels",
            description = "Roles: any role.")
    public List<SectorView> list() {
        return Arrays.stream(Sector.values()).map(SectorView::of).toList();
    }
}
