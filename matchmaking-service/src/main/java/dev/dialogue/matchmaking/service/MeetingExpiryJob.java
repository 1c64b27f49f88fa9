package dev.dialogue.matchmaking.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Expires requests whose time has passed; every instance may run it, the meeting row locks keep it exact. */
@ApplicationScoped
public class MeetingExpiryJob {

    private final MeetingService meetings;

    MeetingExpiryJob(MeetingService meetings) {
        this.meetings = meetings;
    }

    // Not while the service shuts down: the database session factory may already be closed.
    @Scheduled(every = "${dialogue.matchmaking.expiry-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expire() {
        meetings.expireDue(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
