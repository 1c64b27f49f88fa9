package dev.dialogue.registration.service;

import dev.dialogue.events.forums.ForumStatus;
import dev.dialogue.events.vocabulary.ParticipantCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A forum's details. {@code forumId} is its code (e.g. shenzhen-2025), given at creation and fixed;
 * {@code status} is only read by PUT, to move the forum {@code DRAFT → OPEN → CLOSED}.
 */
public record ForumRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lower-case letters, digits and hyphens, up to 64") String forumId,
        @NotNull @Valid LocalizedTextRequest title,
        @NotBlank @Size(max = 200) String city,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @Size(max = 9) List<@NotNull ParticipantCategory> autoApprovedCategories,
        ForumStatus status) {
}
