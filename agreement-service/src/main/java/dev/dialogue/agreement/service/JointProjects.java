package dev.dialogue.agreement.service;

import static dev.dialogue.agreement.service.AgreementChanges.details;

import dev.dialogue.agreement.domain.AgreementRecord;
import dev.dialogue.agreement.domain.JointProject;
import dev.dialogue.events.EventType;
import dev.dialogue.events.agreements.Agreement;
import dev.dialogue.events.agreements.AgreementStatus;
import dev.dialogue.events.agreements.ProjectStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

/** What an executed agreement leads to: joint projects, each moving from idea to completion. */
@ApplicationScoped
public class JointProjects {

    /**
     * Every change of an agreement is announced with all its joint projects: at most this many,
     * titled at most 500 characters per language, keep that event within the outbox's limit.
     */
    public static final int MAX_PROJECTS = 50;

    private final AgreementChanges changes;

    JointProjects(AgreementChanges changes) {
        this.changes = changes;
    }

    @Transactional
    public Agreement register(UUID id, ProjectRequest request, String actor) {
        LocalizedText title = request.title().toText();
        AgreementRecord.requireText(title, "title");
        AgreementRecord agreement = changes.lock(id);
        agreement.require(EnumSet.of(AgreementStatus.EXECUTED), "only an executed agreement has joint projects");
        if (JointProject.count("agreementId", id) >= MAX_PROJECTS) {
            throw DomainException.invalid("projects", "an agreement has at most " + MAX_PROJECTS + " joint projects");
        }
        JointProject project = new JointProject();
        project.id = UUID.randomUUID();
        project.agreementId = id;
        project.sector = request.sector();
        project.title = title;
        project.status = request.status() == null ? ProjectStatus.IDEA : request.status();
        project.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        project.persist();
        return changes.record(agreement, actor, "PROJECT_REGISTERED", details("projectId", project.id.toString())
                .put("sector", project.sector.name()).put("status", project.status.name()), EventType.AGREEMENT_PROJECT_REGISTERED);
    }

    /** A project only moves forward: IDEA → ACTIVE → COMPLETED. */
    @Transactional
    public Agreement progress(UUID id, UUID projectId, ProjectStatus status, String actor) {
        AgreementRecord agreement = changes.lock(id);
        JointProject project = JointProject.<JointProject>findByIdOptional(projectId)
                .filter(candidate -> candidate.agreementId.equals(id))
                .orElseThrow(() -> DomainException.notFound("joint project", projectId));
        if (status.ordinal() <= project.status.ordinal()) {
            throw DomainException.conflict("project " + projectId + " is " + project.status + " and cannot become " + status);
        }
        project.status = status;
        return changes.record(agreement, actor, "PROJECT_PROGRESSED", details("projectId", projectId.toString())
                .put("status", status.name()), EventType.AGREEMENT_PROJECT_UPDATED);
    }
}
