package dev.dialogue.dashboard.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/** Ready once the log has been read up to the end offsets it had when the service started: the figures are whole. */
@Readiness
@ApplicationScoped
public class ReplayReadiness implements HealthCheck {

    private final ForumLogReader reader;

    ReplayReadiness(ForumLogReader reader) {
        this.reader = reader;
    }

    @Override
    public HealthCheckResponse call() {
        ForumLogReader.Replay replay = reader.replay();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("forum log replayed");
        if (replay == null) {
            return response.down().withData("replay", "not started").build();
        }
        response.withData("records to replay", replay.totalRecords());
        if (!replay.caughtUp()) {
            return response.down().build();
        }
        return response.up().withData("records replayed", replay.records())
                .withData("replay ms", Duration.between(replay.started(), replay.caughtUpAt()).toMillis())
                .withData("of which polling ms", replay.polling().toMillis())
                .withData("of which collecting garbage ms", replay.collecting().toMillis()).build();
    }
}
