package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.MeetingView;
import dev.dialogue.matchmaking.service.MeetingService;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.platform.domain.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/meeting-requests")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ForumMeetingResource {

    private final MeetingService meetings;
    private final Caller caller;

    ForumMeetingResource(MeetingService meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "requestMeeting",
            summary = "Ask an accredited participant for a meeting", description = "Roles: participant (for "
            + "themself), admin (naming requesterId). 400 for oneself, a colleague or someone not accredited; 409 "
            + "when the pair has an open request or declined before.")
    public Response request(@PathParam("forumId") String forumId, @Valid @NotNull MeetingRequest request,
            @Context UriInfo uri) {
        boolean admin = caller.isInRole(Roles.ADMIN);
        UUID requester = admin ? request.requesterId() : caller.participantId();
        if (!admin && request.requesterId() != null && !request.requesterId().equals(requester)) {
            throw DomainException.forbidden("a participant asks only for themself");
        }
        if (admin && requester == null) {
            throw DomainException.invalid("requesterId", "an admin names the requester");
        }
        MeetingView created = meetings.request(forumId, requester, request.inviteeId(), request.message());
        return Response.created(uri.getBaseUriBuilder().path("api/meeting-requests/{id}").build(created.meetingId()))
                .entity(created).build();
    }
}
