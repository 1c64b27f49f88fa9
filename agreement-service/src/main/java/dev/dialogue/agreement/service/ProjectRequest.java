package dev.dialogue.agreement.service;

import dev.dialogue.events.agreements.ProjectStatus;
import dev.dialogue.events.vocabulary.Sector;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A joint project of an executed agreement; {@code status} defaults to IDEA. An agreement has at
 * most {@link dev.dialogue.agreement.service.JointProjects#MAX_PROJECTS} of them.
 */
public record ProjectRequest(@NotNull Sector sector, @NotNull @Valid LocalizedTextRequest title, ProjectStatus status) {

    public record Progress(@NotNull ProjectStatus status) {
    }
}
