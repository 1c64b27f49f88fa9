package dev.dialogue.registration.api;

import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.ForumRequest;
import dev.dialogue.registration.service.ForumService;
import dev.dialogue.registration.service.ForumView;
import dev.dialogue.registration.service.SessionRequest;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ForumResource {

    private final ForumService forums;

    ForumResource(ForumService forums) {
        this.forums = forums;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createForum",
            summary = "Create a forum, as a draft", description = "Roles: admin. 409 when the code is taken.")
    public Response create(@Valid @NotNull ForumRequest request, UriInfo uri) {
        ForumView created = forums.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.forumId()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(operationId = "listForums",
            summary = "All forums", description = "Roles: admin, staff, partner, participant.")
    public List<ForumView> list() {
        return forums.list();
    }

    @GET
    @Path("/{forumId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(operationId = "getForum",
            summary = "A forum with its programme", description = "Roles: admin, staff, partner, participant.")
    public ForumView get(@PathParam("forumId") String forumId) {
        return forums.get(forumId);
    }

    @PUT
    @Path("/{forumId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateForum", summary = "Change a forum's details, or open or close it",
            description = "Roles: admin. status moves DRAFT → OPEN → CLOSED; registrations only while OPEN.")
    public ForumView update(@PathParam("forumId") String forumId, @Valid @NotNull ForumRequest request) {
        return forums.update(forumId, request);
    }

    @POST
    @Path("/{forumId}/sessions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addSession", summary = "Add a session to the programme",
            description = "Roles: admin. Times are local to the forum's time zone and inside its dates.")
    public Response addSession(@PathParam("forumId") String forumId, @Valid @NotNull SessionRequest request, UriInfo uri) {
        ForumView.Session added = forums.addSession(forumId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(added.sessionId().toString()).build()).entity(added).build();
    }

    @GET
    @Path("/{forumId}/sessions/{sessionId}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTNER, Roles.PARTICIPANT})
    @Operation(operationId = "getSession",
            summary = "One session", description = "Roles: admin, staff, partner, participant.")
    public ForumView.Session session(@PathParam("forumId") String forumId, @PathParam("sessionId") UUID sessionId) {
        return forums.session(forumId, sessionId);
    }
}
