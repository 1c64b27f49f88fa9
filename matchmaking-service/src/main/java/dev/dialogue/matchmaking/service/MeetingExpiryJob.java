package dev.dialogue.matchmaking.service;

import dev.dialogue.platform.logging.LoggedFailure;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Expires requests whose time has passed; every instance may run it, the meeting row locks keep it exact. */
@ApplicationScoped
public class MeetingExpiryJob {

    private static final Logger LOG = Logger.getLogger(MeetingExpiryJob.class);

    private final MeetingService meetings;

    MeetingExpiryJob(MeetingService meetings) {
        this.meetings = meetings;
    }

    // Not while the service shuts down: the database session factory may already be closed.
    @Scheduled(every = "${dialogue.matchmaking.expiry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expire() {
        try {
            meetings.expireDue(OffsetDateTime.now(ZoneOffset.UTC));
        } catch (RuntimeException e) {
            // Logged here, by class and SQL state: the scheduler would log the message, which may quote stored values.
            LOG.warnf("Meeting expiry failed (%s); tried again at the next interval", LoggedFailure.describe(e));
        }
    }
}
