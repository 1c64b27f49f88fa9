package dev.dialogue.registration.api;

import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.RegistrationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One registration, wherever its forum. */
@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RegistrationResource {

    private final RegistrationService registrations;

    RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "One registration, in full", description = "Roles: admin, staff.")
    public ParticipantRegistration get(@PathParam("id") UUID id) {
        return registrations.get(id);
    }
}
