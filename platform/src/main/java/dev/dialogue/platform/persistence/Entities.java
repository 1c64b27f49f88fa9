package dev.dialogue.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/** Lookups that a batch of events needs at once. */
public final class Entities {

    private Entities() {
    }

    /** The stored entities with these ids, keyed by id, in one query (Hibernate passes the ids as one array). */
    public static <T> Map<UUID, T> byId(EntityManager entityManager, Class<T> type, Collection<UUID> ids, Function<T, UUID> idOf) {
        Map<UUID, T> found = new HashMap<>();
        entityManager.unwrap(Session.class).findMultiple(type, List.copyOf(new HashSet<>(ids))).stream()
                .filter(Objects::nonNull).forEach(entity -> found.put(idOf.apply(entity), entity));
        return found;
    }
}
