package dev.dialogue.agreement.persistence;

import dev.dialogue.events.EventJson;
import dev.dialogue.events.participants.ParticipantRegistration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Writes the participants from the registration events: who may sign, for which organisation. */
@ApplicationScoped
public class ParticipantProjection {

    private final EntityManager entityManager;

    ParticipantProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stores the participants as the registration events say, in one statement. A poll's events of
     * one person come in order and each carries the whole registration, so the last one stands and
     * the revision counts them all. Nothing is read first: through entities Hibernate would load,
     * snapshot and dirty-check each participant before one update per row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<ParticipantRegistration> registrations, OffsetDateTime now) {
        Map<UUID, ParticipantRegistration> latest = new LinkedHashMap<>();
        Map<UUID, Long> events = new HashMap<>();
        for (ParticipantRegistration registration : registrations) {
            latest.put(registration.participantId(), registration);
            events.merge(registration.participantId(), 1L, Long::sum);
        }
        if (latest.isEmpty()) {
            return;
        }
        List<ParticipantRegistration> stands = List.copyOf(latest.values());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into participant (participant_id, forum_id, organisation_id, organisation_name, status,
                        sectors, revision, updated_at)
                    select id, forum, organisation, organisation_name, status, sectors::jsonb, events, ?
                    from unnest(?, ?, ?, ?, ?, ?, ?) as given (id, forum, organisation, organisation_name, status, sectors, events)
                    on conflict (participant_id) do update set forum_id = excluded.forum_id,
                        organisation_id = excluded.organisation_id, organisation_name = excluded.organisation_name,
                        status = excluded.status, sectors = excluded.sectors,
                        revision = participant.revision + excluded.revision, updated_at = excluded.updated_at""")) {
                upsert.setObject(1, now);
                upsert.setArray(2, connection.createArrayOf("uuid", stands.stream().map(ParticipantRegistration::participantId).toArray()));
                upsert.setArray(3, connection.createArrayOf("text", stands.stream().map(ParticipantRegistration::forumId).toArray()));
                upsert.setArray(4, connection.createArrayOf("uuid", stands.stream().map(r -> r.organisation().organisationId()).toArray()));
                upsert.setArray(5, connection.createArrayOf("text", stands.stream().map(r -> r.organisation().name().any()).toArray()));
                upsert.setArray(6, connection.createArrayOf("text", stands.stream().map(r -> r.status().name()).toArray()));
                upsert.setArray(7, connection.createArrayOf("text", stands.stream().map(r -> EventJson.toText(r.sectors())).toArray()));
                upsert.setArray(8, connection.createArrayOf("bigint", stands.stream().map(r -> events.get(r.participantId())).toArray()));
                upsert.executeUpdate();
            }
        });
    }
}
