package dev.dialogue.matchmaking.persistence;

import dev.dialogue.events.EventJson;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.SeatStatus;
import dev.dialogue.events.participants.SessionSeat;
import dev.dialogue.events.vocabulary.InterestType;
import dev.dialogue.matchmaking.domain.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/** Writes the profiles from the registration events, the projection matchmaking keeps of who may meet. */
@ApplicationScoped
public class ProfileProjection {

    private final EntityManager entityManager;

    ProfileProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Applies a poll's registration events, in the order they came, with the effect of one at a
     * time: an accredited participant's profile is created or updated, anyone else's is removed, and
     * a profile removed and taken back starts its revisions over. Plain statements, not entities: a
     * profile is written here, never read, and through entities Hibernate would load, snapshot and
     * dirty-check each one first. Only the people the poll withdraws are looked up.
     *
     * @return who lost their profile on the way: their open meetings are to be cancelled
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> record(List<ParticipantRegistration> registrations, OffsetDateTime now) {
        Map<UUID, List<ParticipantRegistration>> byPerson = new LinkedHashMap<>();
        for (ParticipantRegistration registration : registrations) {
            byPerson.computeIfAbsent(registration.participantId(), id -> new ArrayList<>()).add(registration);
        }
        List<UUID> withdrawn = byPerson.entrySet().stream()
                .filter(person -> person.getValue().stream().anyMatch(event -> !event.status().accredited()))
                .map(Map.Entry::getKey).toList();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> stored = withdrawn.isEmpty() ? Set.of() : stored(connection, withdrawn);
            Changes updated = new Changes();
            Changes restarted = new Changes();
            List<UUID> removed = new ArrayList<>();
            Set<UUID> left = new LinkedHashSet<>();
            byPerson.forEach((participantId, events) -> {
                boolean exists = stored.contains(participantId);
                boolean restart = false;
                ParticipantRegistration latest = null;
                long revisions = 0;
                for (ParticipantRegistration event : events) {
                    if (event.status().accredited()) {
                        exists = true;
                        latest = event;
                        revisions++;
                    } else {
                        if (exists) {
                            left.add(participantId);
                        }
                        exists = false;
                        restart = true;
                        latest = null;
                        revisions = 0;
                    }
                }
                if (latest != null) {
                    (restart ? restarted : updated).add(latest, revisions);
                } else {
                    removed.add(participantId);
                }
            });
            if (!removed.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement("delete from profile where participant_id = any(?)")) {
                    delete.setArray(1, connection.createArrayOf("uuid", removed.toArray()));
                    delete.executeUpdate();
                }
            }
            updated.store(connection, "profile.revision + excluded.revision", now);
            restarted.store(connection, "excluded.revision", now);
            return left;
        });
    }

    private static Set<UUID> stored(Connection connection, List<UUID> participantIds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select participant_id from profile where participant_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", participantIds.toArray()));
            Set<UUID> stored = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getObject(1, UUID.class));
                }
            }
            return stored;
        }
    }

    /** Profiles to store, each with the number of revisions the poll made. */
    private static final class Changes {

        private final List<ParticipantRegistration> registrations = new ArrayList<>();
        private final List<Long> revisions = new ArrayList<>();

        void add(ParticipantRegistration registration, long revisionsMade) {
            registrations.add(registration);
            revisions.add(revisionsMade);
        }

        /** Inserts the new profiles and updates the others, their revision set by the given expression. */
        void store(Connection connection, String revision, OffsetDateTime now) throws SQLException {
            if (registrations.isEmpty()) {
                return;
            }
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into profile (participant_id, forum_id, organisation_id, organisation_name,
                        organisation_kind, country, category, status, languages, sectors, offer_types,
                        seek_types, enrolled_sessions, revision, updated_at)
                    select id, forum, organisation, organisation_name, kind, country, category, status,
                        languages::jsonb, sectors::jsonb, offer_types::jsonb, seek_types::jsonb, enrolled::jsonb, revision, ?
                    from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) as given (id, forum, organisation,
                        organisation_name, kind, country, category, status, languages, sectors, offer_types,
                        seek_types, enrolled, revision)
                    on conflict (participant_id) do update set forum_id = excluded.forum_id,
                        organisation_id = excluded.organisation_id, organisation_name = excluded.organisation_name,
                        organisation_kind = excluded.organisation_kind, country = excluded.country,
                        category = excluded.category, status = excluded.status, languages = excluded.languages,
                        sectors = excluded.sectors, offer_types = excluded.offer_types, seek_types = excluded.seek_types,
                        enrolled_sessions = excluded.enrolled_sessions, revision = %s,
                        updated_at = excluded.updated_at""".formatted(revision))) {
                upsert.setObject(1, now);
                column(connection, upsert, 2, "uuid", ParticipantRegistration::participantId);
                column(connection, upsert, 3, "text", ParticipantRegistration::forumId);
                column(connection, upsert, 4, "uuid", registration -> registration.organisation().organisationId());
                column(connection, upsert, 5, "text", registration -> registration.organisation().name().any());
                column(connection, upsert, 6, "text", registration -> registration.organisation().kind().name());
                column(connection, upsert, 7, "text", registration -> registration.organisation().country());
                column(connection, upsert, 8, "text", registration -> registration.category().name());
                column(connection, upsert, 9, "text", registration -> registration.status().name());
                column(connection, upsert, 10, "text", registration -> EventJson.toText(registration.languages()));
                column(connection, upsert, 11, "text", registration -> EventJson.toText(registration.sectors()));
                column(connection, upsert, 12, "text", registration -> EventJson.toText(distinct(registration.offers())));
                column(connection, upsert, 13, "text", registration -> EventJson.toText(distinct(registration.seeks())));
                column(connection, upsert, 14, "text", registration -> EventJson.toText(registration.sessions().stream()
                        .filter(seat -> seat.status() == SeatStatus.ENROLLED).map(SessionSeat::sessionId).toList()));
                upsert.setArray(15, connection.createArrayOf("bigint", revisions.toArray()));
                upsert.executeUpdate();
            }
        }

        private void column(Connection connection, PreparedStatement statement, int index, String type,
                Function<ParticipantRegistration, Object> value) throws SQLException {
            statement.setArray(index, connection.createArrayOf(type, registrations.stream().map(value).toArray()));
        }
    }

    private static List<InterestType> distinct(List<InterestType> types) {
        return types.stream().distinct().toList();
    }
}
