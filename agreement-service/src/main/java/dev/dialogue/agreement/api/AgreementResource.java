package dev.dialogue.agreement.api;

import dev.dialogue.agreement.service.AgreementDocuments;
import dev.dialogue.agreement.service.AgreementDrafts;
import dev.dialogue.agreement.service.AgreementQueries;
import dev.dialogue.agreement.service.AgreementRequest;
import dev.dialogue.agreement.service.AgreementSigning;
import dev.dialogue.agreement.service.AuditExport;
import dev.dialogue.agreement.service.Certificate;
import dev.dialogue.agreement.service.JointProjects;
import dev.dialogue.agreement.service.ProjectRequest;
import dev.dialogue.agreement.service.Verification;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.platform.security.Caller;
import dev.dialogue.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AgreementResource {

    private static final String READERS = "Roles: admin, staff, a signatory of the agreement.";

    private final AgreementDrafts drafts;
    private final AgreementDocuments documents;
    private final AgreementSigning signing;
    private final JointProjects projects;
    private final AgreementQueries queries;
    private final Caller caller;

    AgreementResource(AgreementDrafts drafts, AgreementDocuments documents, AgreementSigning signing, JointProjects projects,
            AgreementQueries queries, Caller caller) {
        this.drafts = drafts;
        this.documents = documents;
        this.signing = signing;
        this.projects = projects;
        this.queries = queries;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "draftAgreement",
            summary = "Draft an agreement", description = "Roles: admin. Two or more parties (organisations registered "
            + "for the forum), each with signatories (SIGNER, APPROVER, WITNESS) who are accredited participants of that "
            + "organisation; 400 names the field otherwise.")
    public Response draft(@Valid @NotNull AgreementRequest request, @Context UriInfo uri) {
        Agreement created = drafts.draft(request, actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.agreementId().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "getAgreement",
            summary = "An agreement, with its parties, signatories, current document hashes and audit head",
            description = READERS)
    public Agreement get(@PathParam("id") UUID id) {
        return queries.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "completeAgreement",
            summary = "Complete a draft: its details, parties and signatories", description = "Roles: admin. Drafts only "
            + "(409 otherwise).")
    public Agreement complete(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest request) {
        return drafts.complete(id, request, actor());
    }

    @PUT
    @Path("{id}/documents/{language}")
    @Consumes({MediaType.TEXT_PLAIN, AgreementDocuments.PDF})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addAgreementDocument",
            summary = "Add a version of the text in ru, zh or en (UTF-8 text or PDF)", description = "Roles: admin. "
            + "Stored with its SHA-256; ?prevailing=true records that this language prevails. An edit after opening voids "
            + "the signatures given. 413 over the size limit.")
    public Agreement addDocument(@PathParam("id") UUID id, @PathParam("language") String language,
            @QueryParam("prevailing") boolean prevailing, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            byte[] content) {
        String mediaType = type.getType() + "/" + type.getSubtype();
        return documents.add(id, language, mediaType, content, prevailing, actor());
    }

    @GET
    @Path("{id}/documents/{language}")
    @Produces({MediaType.TEXT_PLAIN, AgreementDocuments.PDF, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "getAgreementDocument",
            summary = "The text in one language: the current version, or ?version=n", description = READERS)
    public Response document(@PathParam("id") UUID id, @PathParam("language") String language,
            @QueryParam("version") Integer version) {
        AgreementQueries.StoredDocument document = queries.document(id, language, version);
        return Response.ok(document.content(), document.mediaType().equals(AgreementDocuments.TEXT)
                        ? MediaType.TEXT_PLAIN + ";charset=UTF-8" : document.mediaType())
                .header("X-Document-SHA256", document.sha256()).header("X-Document-Version", document.version()).build();
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "openAgreement",
            summary = "Open for signing: fixes the document hashes signatories must quote", description = "Roles: admin. "
            + "409 without a document, a party without a signer, or a passed deadline.")
    public Agreement open(@PathParam("id") UUID id) {
        return signing.open(id, actor());
    }

    @POST
    @Path("{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "signAgreement",
            summary = "Sign the current documents, as a signer or witness, quoting their hashes", description = "Roles: "
            + "the signatory themself (participant). 403 when not a signatory or not their turn; 409 for a stale hash or an "
            + "agreement not open; a repeat has no second effect.")
    public Agreement sign(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest.Act act) {
        return signing.act(id, caller.participantId(), false, act.documentHashes(), actor());
    }

    @POST
    @Path("{id}/approvals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "approveAgreement",
            summary = "Approve the current documents, as an approver, quoting their hashes", description = "Roles: the "
            + "signatory themself (participant). A party's approvers approve before its signers sign.")
    public Agreement approve(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest.Act act) {
        return signing.act(id, caller.participantId(), true, act.documentHashes(), actor());
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "declineAgreement",
            summary = "Decline to sign, with a reason", description = "Roles: the signatory themself (participant).")
    public Agreement decline(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest.Reason reason) {
        return signing.decline(id, caller.participantId(), reason.reason(), actor());
    }

    @POST
    @Path("{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "voidAgreement",
            summary = "Void an agreement not yet executed, with a reason", description = "Roles: admin.")
    public Agreement voidAgreement(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest.Reason reason) {
        return signing.voidAgreement(id, reason.reason(), actor());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "getAgreementAudit",
            summary = "The audit chain, as the offline verifier reads it", description = READERS)
    public AuditExport audit(@PathParam("id") UUID id) {
        return queries.audit(id);
    }

    @GET
    @Path("{id}/verification")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "verifyAgreement",
            summary = "The audit chain and the stored documents recomputed", description = READERS)
    public Verification verification(@PathParam("id") UUID id) {
        return queries.verify(id);
    }

    @GET
    @Path("{id}/certificate")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "getAgreementCertificate",
            summary = "The certificate of completion of an executed agreement", description = READERS
            + " Accept: text/html gives a printable page; 409 before execution.")
    public Certificate certificate(@PathParam("id") UUID id) {
        return queries.certificate(id);
    }

    @GET
    @Path("{id}/certificate")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.PARTICIPANT})
    @Operation(operationId = "getAgreementCertificate",
            summary = "The certificate of completion as a printable page", description = READERS)
    public String certificateHtml(@PathParam("id") UUID id) {
        return CertificateHtml.render(queries.certificate(id));
    }

    @POST
    @Path("{id}/projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerJointProject",
            summary = "Register a joint project of an executed agreement", description = "Roles: admin. 409 before execution.")
    public Agreement registerProject(@PathParam("id") UUID id, @Valid @NotNull ProjectRequest project) {
        return projects.register(id, project, actor());
    }

    @PUT
    @Path("{id}/projects/{projectId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "progressJointProject",
            summary = "Move a joint project forward: IDEA → ACTIVE → COMPLETED", description = "Roles: admin.")
    public Agreement progressProject(@PathParam("id") UUID id, @PathParam("projectId") UUID projectId,
            @Valid @NotNull ProjectRequest.Progress progress) {
        return projects.progress(id, projectId, progress.status(), actor());
    }

    /** Who acted, as the audit chain records it: a role and an opaque id, never a name. */
    private String actor() {
        String role = caller.isInRole(Roles.ADMIN) ? Roles.ADMIN : caller.isInRole(Roles.PARTICIPANT)
                ? Roles.PARTICIPANT : Roles.STAFF;
        return role + ":" + caller.subject();
    }
}
