package dev.dialogue.agreement.messaging;

import dev.dialogue.agreement.service.AgreementSuggestions;
import dev.dialogue.events.EventType;
import dev.dialogue.events.meetings.Meeting;
import dev.dialogue.events.meetings.MeetingOutcome;
import dev.dialogue.platform.messaging.InboundEvents;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A meeting that found cooperation possible becomes a suggested agreement between the two organisations. */
@ApplicationScoped
public class MeetingOutcomeHandler {

    private final InboundEvents inbound;
    private final AgreementSuggestions suggestions;

    MeetingOutcomeHandler(InboundEvents inbound, AgreementSuggestions suggestions) {
        this.inbound = inbound;
        this.suggestions = suggestions;
    }

    @Incoming("meetings")
    @Blocking
    public CompletionStage<Void> onMeetingEvent(IncomingKafkaRecord<String, byte[]> record) {
        return inbound.process(record, "meetings", event -> {
            if (event.type() != EventType.MEETING_OUTCOME_RECORDED) {
                return;
            }
            Meeting meeting = event.payload(Meeting.class);
            if (meeting.outcome() == MeetingOutcome.COOPERATION_POSSIBLE) {
                suggestions.suggest(meeting.meetingId(), meeting.forumId(), meeting.requesterId(), meeting.inviteeId());
            }
        });
    }
}
