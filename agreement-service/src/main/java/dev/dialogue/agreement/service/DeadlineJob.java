package dev.dialogue.agreement.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reminds and expires by signing deadline; every instance may run it, the agreement row locks keep it exact. */
@ApplicationScoped
public class DeadlineJob {

    private final AgreementService agreements;

    DeadlineJob(AgreementService agreements) {
        this.agreements = agreements;
    }

    // Not while the service shuts down: the database session factory may already be closed.
    @Scheduled(every = "${dialogue.agreement.deadline-check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void check() {
        agreements.checkDeadlines(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
