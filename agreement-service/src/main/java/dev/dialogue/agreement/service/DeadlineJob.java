package dev.dialogue.agreement.service;

import dev.dialogue.platform.logging.LoggedFailure;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Reminds and expires by signing deadline; every instance may run it, the agreement row locks keep it exact. */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    private final AgreementDeadlines deadlines;

    DeadlineJob(AgreementDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    // Not while the service shuts down: the database session factory may already be closed.
    @Scheduled(every = "${dialogue.agreement.deadline-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        try {
            deadlines.check(OffsetDateTime.now(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            // Logged here, by class and SQL state: the scheduler would log the message, which may quote stored values.
            LOG.warnf("Deadline check failed (%s); tried again at the next interval", LoggedFailure.describe(e));
        }
    }
}
