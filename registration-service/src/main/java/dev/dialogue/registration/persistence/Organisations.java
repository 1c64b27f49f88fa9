package dev.dialogue.registration.persistence;

import dev.dialogue.events.EventJson;
import dev.dialogue.registration.domain.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** The organisation rows: found by any of their normalised names, inserted many at once. */
@ApplicationScoped
public class Organisations {

    private final EntityManager entityManager;

    Organisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The stored organisations that may be the same as any of these ({@link Organisation#isSameAs}
     * tells which): one query whose names are arrays, each an index lookup; a language none of them
     * is named in is left out, or the index on it would be scanned whole for the country. (As HQL
     * with collection parameters, Hibernate would translate it anew on every call.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Organisation> storedMaybeSame(Collection<Organisation> named) {
        Map<String, Object[]> keysByColumn = new LinkedHashMap<>();
        keysByColumn.put("name_key_ru", distinct(named, organisation -> organisation.nameKeyRu));
        keysByColumn.put("name_key_zh", distinct(named, organisation -> organisation.nameKeyZh));
        keysByColumn.put("name_key_en", distinct(named, organisation -> organisation.nameKeyEn));
        keysByColumn.values().removeIf(keys -> keys.length == 0);
        if (keysByColumn.isEmpty()) {
            return List.of();
        }
        String anyName = keysByColumn.keySet().stream().map(column -> column + " = any(?)").collect(Collectors.joining(" or "));
        List<UUID> ids = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select id from organisation where country = any(?) and (" + anyName + ")")) {
                query.setArray(1, connection.createArrayOf("text", distinct(named, organisation -> organisation.country)));
                int parameter = 2;
                for (Object[] keys : keysByColumn.values()) {
                    query.setArray(parameter++, connection.createArrayOf("text", keys));
                }
                List<UUID> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                }
                return found;
            }
        });
        return load(ids);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Organisation> load(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : entityManager.unwrap(Session.class).findMultiple(Organisation.class, List.copyOf(ids));
    }

    private static Object[] distinct(Collection<Organisation> organisations, Function<Organisation, String> value) {
        return organisations.stream().map(value).filter(Objects::nonNull).distinct().toArray();
    }


    /** Inserts the organisations in one statement, skipping any whose name another transaction has just taken; returns the ids inserted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> insertUnlessTaken(List<Organisation> organisations) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into organisation (id, name, name_key_ru, name_key_zh, name_key_en, kind, country, region)
                    select id, cast(name as jsonb), name_key_ru, name_key_zh, name_key_en, kind, country, region
                    from unnest(?, ?, ?, ?, ?, ?, ?, ?) as fresh (id, name, name_key_ru, name_key_zh, name_key_en, kind, country, region)
                    on conflict do nothing
                    returning id""")) {
                insert.setArray(1, connection.createArrayOf("uuid", organisations.stream().map(o -> o.id).toArray()));
                insert.setArray(2, connection.createArrayOf("text", organisations.stream().map(o -> EventJson.mapper().valueToTree(o.name).toString()).toArray()));
                insert.setArray(3, connection.createArrayOf("text", organisations.stream().map(o -> o.nameKeyRu).toArray()));
                insert.setArray(4, connection.createArrayOf("text", organisations.stream().map(o -> o.nameKeyZh).toArray()));
                insert.setArray(5, connection.createArrayOf("text", organisations.stream().map(o -> o.nameKeyEn).toArray()));
                insert.setArray(6, connection.createArrayOf("text", organisations.stream().map(o -> o.kind.name()).toArray()));
                insert.setArray(7, connection.createArrayOf("text", organisations.stream().map(o -> o.country).toArray()));
                insert.setArray(8, connection.createArrayOf("text", organisations.stream().map(o -> o.region).toArray()));
                Set<UUID> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
                return inserted;
            }
        });
    }
}
