package dev.dialogue.registration.api;

import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import dev.dialogue.registration.service.Registrant;
import dev.dialogue.registration.service.RegistrationPage;
import dev.dialogue.registration.service.RegistrationQueries;
import dev.dialogue.registration.service.RegistrationRequest;
import dev.dialogue.registration.service.RegistrationService;
import dev.dialogue.registration.service.RegistrationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** A forum's registrations. */
@Path("/api/forums/{forumId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ForumRegistrationResource {

    private final RegistrationService registrations;
    private final RegistrationQueries queries;
    private final Caller caller;

    ForumRegistrationResource(RegistrationService registrations, RegistrationQueries queries, Caller caller) {
        this.registrations = registrations;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listRegistrations",
            summary = "The forum's registrations, filtered and paged, in arrival order",
            description = "Roles: admin, staff. Filters: status, category, sector (codes), country (ISO alpha-2); "
                    + "page from 0, size up to 200.")
    public RegistrationPage list(@PathParam("forumId") String forumId, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("sector") String sector,
            @QueryParam("country") String country, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return queries.page(forumId, new RegistrationQueries.Filter(status, category, sector, country), page, size);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "getRegistrationStats",
            summary = "Counts of the forum's registrations per status, category, sector and country",
            description = "Roles: admin, staff.")
    public RegistrationPage.Stats stats(@PathParam("forumId") String forumId) {
        return queries.stats(forumId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "registerParticipant",
            summary = "Register a person for an open forum", description = "Roles: admin, or partner (token subject "
            + "= partner id) into its allowed forums. 409 when the email is already registered for the forum: with "
            + "existingId for an admin, and for a partner that registered that person itself; for a partner, a person "
            + "someone else registered is a 409 naming the field email, without an id. 409 when the forum is not open.")
    public Response register(@PathParam("forumId") String forumId, @Valid @NotNull RegistrationRequest request,
            UriInfo uri) {
        Registrant registrant = caller.isInRole(Roles.ADMIN) ? Registrant.organiser() : Registrant.partner(caller.partnerId());
        RegistrationView created = registrations.register(forumId, request, registrant);
        return Response.created(uri.getBaseUriBuilder().path("api/registrations/{id}").build(created.participantId()))
                .entity(created).build();
    }
}
