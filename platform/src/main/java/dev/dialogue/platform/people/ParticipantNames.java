package dev.dialogue.platform.people;

import dev.dialogue.events.EventType;
import dev.dialogue.events.participants.ParticipantDetails;
import dev.dialogue.platform.messaging.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The names a service shows, from {@code personal.participants.v1}, in its {@code participant_name}
 * table (migration {@code db/people}; see {@link ParticipantDetailsHandler}). Entities
 * read a name with {@code @Formula}; only this class writes them.
 */
@ApplicationScoped
public class ParticipantNames {

    private final EntityManager entityManager;
    private final Clock clock;

    ParticipantNames(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * A poll of {@code personal.participants.v1}, in the inbox's transaction: the details stored,
     * then the erasures, whose tombstones say whatever else the poll said of a person is void.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<InboundEvent> events) {
        record(events.stream().filter(event -> event.type() == EventType.PARTICIPANT_DETAILS_RECORDED)
                .map(event -> event.payload(ParticipantDetails.class)).toList());
        events.stream().filter(event -> event.type() == EventType.PARTICIPANT_DETAILS_ERASED)
                .map(InboundEvent::subjectId).forEach(this::forget);
    }

    /** Stores details in one statement, the last of each person standing. */
    private void record(List<ParticipantDetails> details) {
        Map<UUID, String> latest = new LinkedHashMap<>();
        details.forEach(person -> latest.put(person.participantId(), person.fullName()));
        if (latest.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into participant_name (participant_id, full_name, updated_at)
                    select id, name, ? from unnest(?, ?) as given (id, name)
                    on conflict (participant_id) do update set full_name = excluded.full_name,
                        updated_at = excluded.updated_at""")) {
                upsert.setObject(1, OffsetDateTime.now(clock));
                upsert.setArray(2, connection.createArrayOf("uuid", latest.keySet().toArray()));
                upsert.setArray(3, connection.createArrayOf("text", latest.values().toArray()));
                upsert.executeUpdate();
            }
        });
    }

    /** The person is erased, by the tombstone of their details or by {@code ParticipantErased}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID participantId) {
        entityManager.createNativeQuery("delete from participant_name where participant_id = ?1")
                .setParameter(1, participantId).executeUpdate();
    }
}
