package dev.dialogue.agreement.api;

import dev.dialogue.agreement.service.SigningPartnerRequest;
import dev.dialogue.agreement.service.SigningPartnerService;
import dev.dialogue.agreement.service.SigningPartnerView;
import dev.dialogue.events.Topic;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/partners/{partnerId}/organisations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.ADMIN)
public class SigningPartnerResource {

    private final SigningPartnerService partners;

    SigningPartnerResource(SigningPartnerService partners) {
        this.partners = partners;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bindSigningPartner",
            summary = "Bind a partner system to the organisations it may sign for", description = "Roles: admin. "
            + "Signatures the partner posts on partner.<partnerId>.signatures.v1 for a signatory of any other "
            + "organisation are dead-lettered with the reason. Replaces the previous list.")
    public SigningPartnerView bind(@PathParam("partnerId") @Pattern(regexp = Topic.PARTNER_ID_PATTERN) String partnerId,
            @Valid @NotNull SigningPartnerRequest request) {
        return partners.bind(partnerId, request);
    }

    @GET
    @Operation(operationId = "getSigningPartner",
            summary = "The organisations a partner system may sign for", description = "Roles: admin.")
    public SigningPartnerView get(@PathParam("partnerId") String partnerId) {
        return partners.get(partnerId);
    }
}
