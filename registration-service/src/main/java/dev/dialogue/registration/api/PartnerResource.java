package dev.dialogue.registration.api;

import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.PartnerAdmission;
import dev.dialogue.registration.service.PartnerRequest;
import dev.dialogue.registration.service.PartnerService;
import dev.dialogue.registration.service.PartnerView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
    @Operation(operationId = "admitPartner",
            summary = "Admit a partner system", description = "Roles: admin. The forums it may register into. "
            + "Creates its topic space on the broker (partner.<partnerId>.registrations.v1 and .signatures.v1 to write, "
            + ".registration-results.v1 to read), its principal partner-<partnerId> and their ACLs, and returns the "
            + "principal's password: this once, it is kept nowhere. 409 when the id is taken; 503 when the broker "
            + "refuses, and then nothing is kept.")
    public Response admit(@Valid @NotNull PartnerRequest request, UriInfo uri) {
        PartnerAdmission admitted = partners.admit(request);
        return Response.created(uri.getAbsolutePathBuilder().path(admitted.partner().partnerId()).build()).entity(admitted).build();
    }

    @POST
    @Path("/{partnerId}/suspend")
    @Operation(operationId = "suspendPartner",
            summary = "Suspend a partner system", description = "Roles: admin. Revokes its credentials and ACLs on "
            + "the broker at once; its requests still on its topics are refused, and so are its tokens' registrations.")
    public PartnerView suspend(@PathParam("partnerId") String partnerId) {
        return partners.suspend(partnerId);
    }

    @POST
    @Path("/{partnerId}/reinstate")
    @Operation(operationId = "reinstatePartner",
            summary = "Reinstate a partner system, or renew its password", description = "Roles: admin. Gives it "
            + "a new password and its ACLs back, returned this once; the previous password stops working.")
    public PartnerAdmission reinstate(@PathParam("partnerId") String partnerId) {
        return partners.reinstate(partnerId);
    }

    @GET
    @Operation(operationId = "listPartners", summary = "The partner systems", description = "Roles: admin.")
    public List<PartnerView> list() {
        return partners.list();
    }
}
