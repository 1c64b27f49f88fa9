package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.ScheduleService;
import dev.dialogue.matchmaking.service.ScheduleView;
import dev.dialogue.matchmaking.service.Timetable;
import dev.dialogue.matchmaking.service.TimetableService;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ScheduleResource {

    private final ScheduleService schedules;
    private final TimetableService timetables;

    ScheduleResource(ScheduleService schedules, TimetableService timetables) {
        this.schedules = schedules;
        this.timetables = timetables;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getTimetable",
            summary = "The per-table timetable", description = "Roles: admin, staff. Every B2B session, table and "
            + "slot, with the meeting and its two participants; times in the forum's time zone.")
    public Timetable timetable(@PathParam("forumId") String forumId) {
        return timetables.timetable(forumId);
    }

    @POST
    @Path("run")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runSchedule",
            summary = "Plan every accepted request still waiting for a slot", description = "Roles: admin. Maximises "
            + "the meetings held, leaves scheduled meetings where they are, and reports an upper bound. The plan is "
            + "provisional: nothing is booked or announced until it is published. 409 without a B2B session.")
    public ScheduleView run(@PathParam("forumId") String forumId) {
        return schedules.run(forumId);
    }

    @POST
    @Path("publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishSchedule",
            summary = "Make the latest provisional plan final", description = "Roles: admin. Books each entry and "
            + "announces it (MeetingScheduled); an entry overtaken since the run is skipped with the reason. 409 when "
            + "there is no provisional plan.")
    public ScheduleView publish(@PathParam("forumId") String forumId) {
        return schedules.publish(forumId);
    }
}
