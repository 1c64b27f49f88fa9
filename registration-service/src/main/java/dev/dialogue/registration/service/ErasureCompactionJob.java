package dev.dialogue.registration.service;

import dev.dialogue.platform.logging.LoggedFailure;
import dev.dialogue.registration.config.ErasureConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Makes an erasure reach the broker's files on a quiet topic too. Kafka rolls a segment, and so lets
 * the cleaner act on it, only at a write after the compaction lag; the erasure's tombstone may sit in
 * the active segment with the details it replaces. Writing it once more after the lag rolls that
 * segment, whichever way traffic goes. Every instance may run it; a second tombstone twice is harmless.
 */
@ApplicationScoped
public class ErasureCompactionJob {

    private static final Logger LOG = Logger.getLogger(ErasureCompactionJob.class);

    private final PersonalDataService personalData;
    private final ErasureConfig config;

    ErasureCompactionJob(PersonalDataService personalData, ErasureConfig config) {
        this.personalData = personalData;
        this.config = config;
    }

    @Scheduled(every = "${dialogue.registration.erasure.check-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void repeatDueTombstones() {
        try {
            personalData.repeatErasures(OffsetDateTime.now(ZoneOffset.UTC).minus(config.repeatAfter()));
        } catch (RuntimeException e) {
            LOG.warnf("Repeating erasures' tombstones failed (%s); tried again at the next interval", LoggedFailure.describe(e));
        }
    }
}
