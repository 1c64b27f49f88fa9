package dev.dialogue.agreement.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "dialogue.agreement")
public interface AgreementConfig {

    /** The largest document version accepted, in bytes; larger ones answer 413. */
    @WithDefault("524288")
    int maxDocumentBytes();

    /** How long before the signing deadline the reminder goes out, if signatures are missing. */
    @WithDefault("48h")
    Duration reminderBefore();

    /** How often deadlines are checked (set in application.properties: the job reads it too). */
    Duration deadlineCheckInterval();
}
