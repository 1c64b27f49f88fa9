package dev.dialogue.matchmaking.api;

import dev.dialogue.matchmaking.service.Agenda;
import dev.dialogue.matchmaking.service.AgendaService;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/participants/{participantId}/agenda")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
public class AgendaResource {

    public static final String CALENDAR = "text/calendar";
    private static final String SELF_ONLY = "a participant sees only their own agenda";

    private final AgendaService agendas;
    private final Caller caller;

    AgendaResource(AgendaService agendas, Caller caller) {
        this.agendas = agendas;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAgenda",
            summary = "The participant's scheduled meetings", description = "Roles: admin, the participant. "
            + "Times in the forum's time zone; Accept: text/calendar gives an iCalendar file.")
    public Agenda json(@PathParam("forumId") String forumId, @PathParam("participantId") UUID participantId) {
        caller.selfOr(participantId, SELF_ONLY, Roles.ADMIN);
        return agendas.agenda(forumId, participantId);
    }

    @GET
    @Produces(CALENDAR + ";charset=UTF-8")
    @Operation(operationId = "getAgenda",
            summary = "The participant's scheduled meetings as iCalendar", description = "Roles: admin, the participant.")
    public String calendar(@PathParam("forumId") String forumId, @PathParam("participantId") UUID participantId) {
        caller.selfOr(participantId, SELF_ONLY, Roles.ADMIN);
        return agendas.iCalendar(agendas.agenda(forumId, participantId));
    }
}
