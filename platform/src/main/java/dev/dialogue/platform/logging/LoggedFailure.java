package dev.dialogue.platform.logging;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A failure as the logs may show it: the classes of its cause chain and the SQL state, never a
 * message. Messages repeat what the failing work held: PostgreSQL's own words quote a value that
 * does not parse ({@code invalid input syntax for type uuid: "…"}), a constraint's detail names the
 * duplicate key (an email), and code of ours or of a library may put a field's value in an
 * exception. The class and the SQL state say what went wrong; the values stay out.
 */
public final class LoggedFailure {

    /** Deep enough for any chain Hibernate, Agroal and the driver build; a cycle ends earlier. */
    private static final int MAX_DEPTH = 20;

    private LoggedFailure() {
    }

    /**
     * The failure's class and its causes' classes, outermost first, and the first SQL state in the
     * chain, e.g. {@code org.hibernate.exception.ConstraintViolationException < java.sql.BatchUpdateException
     * < org.postgresql.util.PSQLException, SQLSTATE 23505}.
     */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "no failure";
        }
        List<Throwable> chain = chain(failure);
        StringBuilder description = new StringBuilder();
        for (Throwable cause : chain) {
            if (description.length() > 0) {
                description.append(" < ");
            }
            description.append(cause.getClass().getName());
        }
        String state = sqlState(failure);
        if (state != null) {
            description.append(", SQLSTATE ").append(state);
        }
        return description.toString();
    }

    /**
     * The first SQL state in the cause chain, looking also at each SQL exception's next exceptions
     * (where a failed batch keeps the statement's own error), or null.
     */
    public static String sqlState(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof SQLException sql) {
                Set<SQLException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                for (SQLException next = sql; next != null && seen.add(next) && seen.size() <= MAX_DEPTH;
                        next = next.getNextException()) {
                    if (next.getSQLState() != null) {
                        return next.getSQLState();
                    }
                }
            }
        }
        return null;
    }

    /**
     * A stand-in to log with its stack trace: the same classes (by name), frames, causes and
     * suppressed failures, with {@link #describe}'s words for each message. An unexpected failure
     * keeps everything a developer needs to find the line, and nothing of the request's data.
     */
    public static Throwable redacted(Throwable failure) {
        return redacted(failure, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
    }

    private static Throwable redacted(Throwable failure, Set<Throwable> seen, int depth) {
        seen.add(failure);
        Throwable cause = failure.getCause();
        Redacted copy = new Redacted(failure, cause == null || seen.contains(cause) || depth >= MAX_DEPTH ? null
                : redacted(cause, seen, depth + 1));
        for (Throwable suppressed : failure.getSuppressed()) {
            if (!seen.contains(suppressed) && depth < MAX_DEPTH) {
                copy.addSuppressed(redacted(suppressed, seen, depth + 1));
            }
        }
        return copy;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause) && chain.size() < MAX_DEPTH; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** Prints as the original's class name and SQL state, with the original's frames. */
    private static final class Redacted extends RuntimeException {

        private final String name;

        Redacted(Throwable original, Throwable cause) {
            super(null, cause, true, true);
            String state = original instanceof SQLException sql ? sql.getSQLState() : null;
            this.name = original.getClass().getName() + (state == null ? "" : " (SQLSTATE " + state + ")");
            setStackTrace(original.getStackTrace());
        }

        @Override
        public String getMessage() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
