package dev.dialogue.registration.api;

import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.RegistrationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RegistrationResource {

    private final RegistrationService registrations;

    RegistrationResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @Path("/forums/{forumId}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "Register a person for a forum", description = "Roles: admin, partner. 409 with existingId "
            + "when the email is already registered for the forum.")
    public Response register(@PathParam("forumId") @Pattern(regexp = "[a-z0-9-]{1,64}") String forumId,
            @Valid @NotNull RegistrationRequest request, UriInfo uri) {
        RegistrationView created = registrations.register(forumId, request);
        return Response.created(uri.getBaseUriBuilder().path("api/registrations/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/registrations/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(summary = "One registration", description = "Roles: admin, staff.")
    public RegistrationView get(@PathParam("id") UUID id) {
        return registrations.get(id);
    }
}
