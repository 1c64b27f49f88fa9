package dev.dialogue.agreement.api;

import dev.dialogue.events.agreements.ProjectStatus;
import dev.dialogue.events.vocabulary.LocalizedText;
import dev.dialogue.events.vocabulary.Sector;
import jakarta.validation.constraints.NotNull;

/** A joint project of an executed agreement; {@code status} defaults to IDEA. */
public record ProjectRequest(@NotNull Sector sector, @NotNull LocalizedText title, ProjectStatus status) {

    public record Progress(@NotNull ProjectStatus status) {
    }
}
