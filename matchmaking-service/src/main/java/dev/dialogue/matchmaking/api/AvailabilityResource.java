package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.AvailabilityService;
import dev.dialogue.matchmaking.service.AvailabilityView;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
public class AvailabilityResource {

    private static final String SELF_ONLY = "a participant manages only their own availability";

    private final AvailabilityService availability;
    private final Caller caller;

    AvailabilityResource(AvailabilityService availability, Caller caller) {
        this.availability = availability;
        this.caller = caller;
    }

    @GET
    @Path("availability")
    @Operation(operationId = "getAvailability",
            summary = "What keeps the participant from meetings", description = "Roles: admin, staff, the participant. "
            + "The programme sessions they are enrolled in and the breaks they declared; no meeting is placed in either.")
    public AvailabilityView get(@PathParam("forumId") String forumId, @PathParam("participantId") UUID participantId) {
        caller.selfOr(participantId, SELF_ONLY, Roles.ADMIN, Roles.STAFF);
        return availability.availability(forumId, participantId);
    }

    @PUT
    @Path("breaks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declareBreaks",
            summary = "Declare the participant's breaks", description = "Roles: admin, staff, the participant. "
            + "Replaces earlier breaks. 409 naming the meetings when a break overlaps a scheduled meeting.")
    public AvailabilityView declareBreaks(@PathParam("forumId") String forumId, @PathParam("participantId") UUID participantId,
            @Valid @NotNull AvailabilityView.Breaks breaks) {
        caller.selfOr(participantId, SELF_ONLY, Roles.ADMIN, Roles.STAFF);
        return availability.declareBreaks(forumId, participantId, breaks.breaks());
    }
}
