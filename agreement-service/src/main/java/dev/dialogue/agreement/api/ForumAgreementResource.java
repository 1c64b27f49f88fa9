package dev.dialogue.agreement.api;

import dev.dialogue.agreement.service.AgreementQueries;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementKind;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.vocabulary.Sector;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/forums/{forumId}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ForumAgreementResource {

    private final AgreementQueries queries;

    ForumAgreementResource(AgreementQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    @Operation(operationId = "listForumAgreements",
            summary = "The forum's agreements, newest first", description = "Roles: admin, staff. Filters: status, kind, "
            + "sector, party (an organisation id).")
    public List<Agreement> list(@PathParam("forumId") String forumId, @QueryParam("status") AgreementStatus status,
            @QueryParam("kind") AgreementKind kind, @QueryParam("sector") Sector sector, @QueryParam("party") UUID party) {
        return queries.inForum(forumId, status, kind, sector, party);
    }
}
