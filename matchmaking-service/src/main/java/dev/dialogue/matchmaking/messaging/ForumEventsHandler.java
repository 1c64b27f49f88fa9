package dev.dialogue.matchmaking.messaging;

import dev.dialogue.events.forums.Forum;
import dev.dialogue.matchmaking.service.SessionService;
import dev.dialogue.platform.messaging.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the B2B sessions, which meetings are scheduled into, current from {@code forum.forums.v1}. */
@ApplicationScoped
public class ForumEventsHandler {

    private final InboundEvents inbound;
    private final SessionService sessions;

    ForumEventsHandler(InboundEvents inbound, SessionService sessions) {
        this.inbound = inbound;
        this.sessions = sessions;
    }

    @Incoming("forums")
    @Blocking
    public CompletionStage<Void> onForumEvent(IncomingKafkaRecord<String, byte[]> record) {
        return inbound.process(record, "forums", event -> sessions.forumChanged(event.payload(Forum.class)));
    }
}
