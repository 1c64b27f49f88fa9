package dev.dialogue.agreement.domain;

import dev.dialogue.events.EventJson;
import dev.dialogue.events.participants.ParticipantRegistration;
import dev.dialogue.events.participants.RegistrationStatus;
import dev.dialogue.events.vocabulary.Sector;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A registered person and the organisation they may sign for, kept current from registration events. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    private static final Set<RegistrationStatus> ACCREDITED =
            EnumSet.of(RegistrationStatus.APPROVED, RegistrationStatus.WAITLISTED, RegistrationStatus.CHECKED_IN);

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "forum_id", nullable = false)
    public String forumId;

    /** From {@code participant_name}, null until the person's details are read; never written here. */
    @Formula("(select name.full_name from participant_name name where name.participant_id = participant_id)")
    public String fullName;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "organisation_name", nullable = false)
    public String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Sector> sectors = new ArrayList<>();

    /** How many registration events have shaped this record. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * Stores the participants as the registration events say, in one statement. A poll's events of
     * one person come in order and each carries the whole registration, so the last one stands and
     * the revision counts them all. Nothing is read first: a projection written through entities
     * had Hibernate load, snapshot and dirty-check each participant before one update per row
     * (BENCHMARKS.md, scenario 3).
     */
    public static void record(List<ParticipantRegistration> registrations, OffsetDateTime now) {
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
        getEntityManager().unwrap(Session.class).doWork(connection -> {
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

    /** Accredited: approved, waitlisted or checked in; only they may sign. */
    public boolean accredited() {
        return ACCREDITED.contains(status);
    }

    public static List<Participant> inForum(String forumId) {
        return list("forumId = ?1 order by organisationName, fullName", forumId);
    }
}
