package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.MeetingView;
import dev.dialogue.matchmaking.service.MeetingService;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/meeting-requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
public class MeetingResource {

    private final MeetingService meetings;
    private final Caller caller;

    MeetingResource(MeetingService meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getMeetingRequest",
            summary = "A meeting request", description = "Roles: admin, or one of its two participants.")
    public MeetingView get(@PathParam("id") UUID id) {
        return meetings.get(id, caller);
    }

    @POST
    @Path("/accept")
    @Operation(operationId = "acceptMeetingRequest",
            summary = "Accept; the meeting takes the earliest slot and table free for both",
            description = "Roles: the invitee, admin. Stays ACCEPTED when no slot is free.")
    public MeetingView accept(@PathParam("id") UUID id) {
        return meetings.accept(id, caller);
    }

    @POST
    @Path("/decline")
    @Operation(operationId = "declineMeetingRequest",
            summary = "Decline, with an optional reason", description = "Roles: the invitee, admin.")
    public MeetingView decline(@PathParam("id") UUID id, @Valid MeetingRequest.Decline decline) {
        return meetings.decline(id, decline == null ? null : decline.reason(), caller);
    }

    @PUT
    @Path("/slot")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "placeMeeting",
            summary = "Place or move an accepted meeting at a chosen slot and table", description = "Roles: admin. "
            + "400 naming the field for a session of another forum, a time that is not a slot start, or a table the "
            + "session has not; 409 when the table is taken or a participant is not free then.")
    public MeetingView place(@PathParam("id") UUID id, @Valid @NotNull MeetingRequest.Placement placement) {
        return meetings.place(id, placement.sessionId(), placement.startsAt(), placement.table());
    }

    @POST
    @Path("/cancel")
    @Operation(operationId = "cancelMeeting",
            summary = "Cancel; a scheduled meeting's slot goes to a waiting request of either participant",
            description = "Roles: either participant, admin.")
    public MeetingView cancel(@PathParam("id") UUID id) {
        return meetings.cancel(id, caller);
    }
}
