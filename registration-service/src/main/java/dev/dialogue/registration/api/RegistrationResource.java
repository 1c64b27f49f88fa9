package dev.dialogue.registration.api;

import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.AccreditationService;
import dev.dialogue.registration.service.Badge;
import dev.dialogue.registration.service.CheckIn;
import dev.dialogue.registration.service.CheckInService;
import dev.dialogue.registration.service.RegistrationService;
import dev.dialogue.registration.service.RegistrationView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** One registration, wherever its forum. */
@Path("/api/registrations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RegistrationResource {

    private final RegistrationService registrations;
    private final AccreditationService accreditation;
    private final CheckInService checkIns;
    private final Caller caller;

    RegistrationResource(RegistrationService registrations, AccreditationService accreditation, CheckInService checkIns,
            Caller caller) {
        this.registrations = registrations;
        this.accreditation = accreditation;
        this.checkIns = checkIns;
        this.caller = caller;
    }

    /** Why an admin rejects, or why a registration is cancelled. */
    public record Reason(@jakarta.validation.constraints.Size(max = 1000) String reason) {
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getRegistration",
            summary = "One registration, in full", description = "Roles: admin, staff.")
    public RegistrationView get(@PathParam("id") UUID id) {
        return registrations.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "approveRegistration",
            summary = "Accredit: take the seats asked for, or join their waiting lists",
            description = "Roles: admin. Only a SUBMITTED registration; 409 otherwise.")
    public RegistrationView approve(@PathParam("id") UUID id) {
        return accreditation.approve(id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rejectRegistration",
            summary = "Refuse accreditation, with a reason", description = "Roles: admin. Frees the seats held.")
    public RegistrationView reject(@PathParam("id") UUID id, @Valid @NotNull Reason reason) {
        if (reason.reason() == null || reason.reason().isBlank()) {
            throw DomainException.invalid("reason", "a rejection needs a reason");
        }
        return accreditation.reject(id, reason.reason());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "cancelRegistration",
            summary = "Cancel a registration; its seats go to the next in line at once",
            description = "Roles: admin, or the participant themself (token subject = the registration id).")
    public RegistrationView cancel(@PathParam("id") UUID id) {
        caller.selfOr(id, "a participant may cancel only their own registration", Roles.ADMIN);
        return accreditation.cancel(id, caller.isInRole(Roles.ADMIN) ? "cancelled by an organiser" : "cancelled by the participant");
    }

    @GET
    @Path("/{id}/badge")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "getBadge", summary = "The participant's badge and its QR payload",
            description = "Roles: admin, staff, or the participant themself. 409 before approval.")
    public Badge badge(@PathParam("id") UUID id) {
        caller.selfOr(id, "a participant may see only their own badge", Roles.ADMIN, Roles.STAFF);
        return checkIns.badge(id);
    }

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @APIResponse(responseCode = "404", description = "No registration has the scanned badge")
    @Operation(operationId = "checkIn", summary = "Check a participant in by badge scan",
            description = "Roles: staff, admin. Idempotent: a replayed scan answers alreadyCheckedIn without a second "
                    + "effect. Unknown badge: 404; cancelled or rejected registration: 409 naming its status.")
    public CheckIn checkIn(@Valid @NotNull CheckIn.Scan scan) {
        return checkIns.checkIn(scan.badge());
    }
}
