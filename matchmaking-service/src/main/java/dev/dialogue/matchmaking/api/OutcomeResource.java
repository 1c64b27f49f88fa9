package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.MeetingView;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.matchmaking.service.MeetingService;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/meetings/{id}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OutcomeResource {

    /** How the meeting went, with optional notes. */
    public record Outcome(@NotNull MeetingOutcome outcome, @Size(max = 2000) String notes) {
    }

    private final MeetingService meetings;
    private final Caller caller;

    OutcomeResource(MeetingService meetings, Caller caller) {
        this.meetings = meetings;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "recordMeetingOutcome", summary = "Record how a scheduled meeting went",
            description = "Roles: either participant, admin. NOT_HELD, NO_INTEREST, INFORMATIVE or COOPERATION_POSSIBLE; "
                    + "409 unless the meeting is scheduled.")
    public MeetingView record(@PathParam("id") UUID id, @Valid @NotNull Outcome outcome) {
        return meetings.recordOutcome(id, outcome.outcome(), outcome.notes(), caller);
    }
}
