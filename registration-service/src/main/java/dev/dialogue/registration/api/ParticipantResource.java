package dev.dialogue.registration.api;

import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.PersonalData;
import dev.dialogue.registration.service.PersonalDataService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A person's own data: what is held about them, and its erasure. */
@Path("/api/participants/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
public class ParticipantResource {

    private static final String SELF_ONLY = "a participant may act only on their own data";

    private final PersonalDataService personalData;
    private final Caller caller;

    ParticipantResource(PersonalDataService personalData, Caller caller) {
        this.personalData = personalData;
        this.caller = caller;
    }

    @GET
    @Path("/export")
    @Operation(operationId = "exportPersonalData", summary = "Everything held about the person, as JSON",
            description = "Roles: admin, or the participant themself (token subject = participant id).")
    public PersonalData export(@PathParam("id") UUID id) {
        caller.selfOr(id, SELF_ONLY, Roles.ADMIN);
        return personalData.export(id);
    }

    @DELETE
    @Operation(operationId = "eraseParticipant",
            summary = "Erase the person's personal data, here and, by event, in every service",
            description = "Roles: admin, or the participant themself. 204; erasing twice is harmless.")
    public Response erase(@PathParam("id") UUID id) {
        caller.selfOr(id, SELF_ONLY, Roles.ADMIN);
        personalData.erase(id);
        return Response.noContent().build();
    }
}
