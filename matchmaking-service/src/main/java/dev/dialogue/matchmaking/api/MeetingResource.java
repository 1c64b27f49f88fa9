package dev.dialogue.matchmaking.api;

import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.matchmaking.service.MeetingService;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/meeting-requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
public class MeetingResource {

    private final MeetingService meetings;

    MeetingResource(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "A meeting request", description = "Roles: admin, or one of its two participants.")
    public Meeting get(@PathParam("id") UUID id, @Context SecurityContext context) {
        return meetings.get(id, Callers.of(context));
    }

    @POST
    @Path("/accept")
    @Operation(summary = "Accept; the meeting takes the earliest slot and table free for both",
            description = "Roles: the invitee, admin. Stays ACCEPTED when no slot is free.")
    public Meeting accept(@PathParam("id") UUID id, @Context SecurityContext context) {
        return meetings.accept(id, Callers.of(context));
    }

    @POST
    @Path("/decline")
    @Operation(summary = "Decline, with an optional reason", description = "Roles: the invitee, admin.")
    public Meeting decline(@PathParam("id") UUID id, @Valid MeetingRequest.Decline decline, @Context SecurityContext context) {
        return meetings.decline(id, decline == null ? null : decline.reason(), Callers.of(context));
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Cancel; a scheduled meeting frees its slot and table",
            description = "Roles: either participant, admin.")
    public Meeting cancel(@PathParam("id") UUID id, @Context SecurityContext context) {
        return meetings.cancel(id, Callers.of(context));
    }
}
