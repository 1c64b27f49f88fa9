package dev.dialogue.registration.api;

import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.PartnerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/partners")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class PartnerResource {

    private final PartnerService partners;

    PartnerResource(PartnerService partners) {
        this.partners = partners;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a partner system", description = "Roles: admin. Its CloudEvents source and the "
            + "forums it may register into; 409 when the id or the source is taken.")
    public Response register(@Valid @NotNull PartnerRequest request, UriInfo uri) {
        PartnerView created = partners.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.partnerId()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "The partner systems", description = "Roles: admin.")
    public List<PartnerView> list() {
        return partners.list();
    }
}
