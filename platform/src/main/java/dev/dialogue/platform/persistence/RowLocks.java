package dev.dialogue.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.hibernate.Session;

/**
 * The one way a row is locked for a change: {@code select 1 … for no key update} on the entity's
 * table, then the entity read as committed. A plain statement, because Hibernate builds its lock
 * query anew on every call, and {@code no key update} because rows that only reference the locked
 * one (a registration's seats) may still be written beside it. Holders queue; the lock lasts
 * until the transaction ends.
 */
@ApplicationScoped
public class RowLocks {

    private final EntityManager entityManager;
    private final Map<Class<?>, String> statements = new ConcurrentHashMap<>();

    RowLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The entity with this id, its row locked; empty if there is none. The transaction must not have read it before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> lock(Class<T> type, Object id) {
        return lockRow(type, id) ? Optional.of(entityManager.find(type, id)) : Optional.empty();
    }

    /** An entity this transaction has already read, its row locked and its state read again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> boolean relock(T entity) {
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        if (!lockRow(Hibernate.getClass(entity), id)) {
            return false;
        }
        entityManager.refresh(entity);
        return true;
    }

    /**
     * Locks the rows of these ids without reading them, one after another in the ids' natural
     * order: two transactions locking overlapping sets this way never wait for each other in a
     * circle. Rows that do not exist are skipped.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <I extends Comparable<I>> void lockRows(Class<?> type, Collection<I> ids) {
        ids.stream().distinct().sorted().forEach(id -> lockRow(type, id));
    }

    private boolean lockRow(Class<?> type, Object id) {
        String sql = statements.computeIfAbsent(type, RowLocks::statement);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    private static String statement(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        // Declared fields: Quarkus' enhancement makes an entity's public fields private.
        Field id = Stream.<Class<?>>iterate(type, Objects::nonNull, Class::getSuperclass)
                .flatMap(declaring -> Arrays.stream(declaring.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(Id.class)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type + " has no @Id field"));
        Column column = id.getAnnotation(Column.class);
        String idColumn = column == null || column.name().isEmpty() ? id.getName() : column.name();
        return "select 1 from " + table.name() + " where " + idColumn + " = ? for no key update";
    }
}
