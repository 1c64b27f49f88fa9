package dev.dialogue.platform.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain refuses what was asked: the input is invalid, the thing does not exist, the
 * state does not allow it, the caller may not. Domain and service code throw it without knowing who
 * asked: REST answers it as problem details ({@code ProblemMappers}), a Kafka consumer
 * dead-letters the event with the reason ({@code InboundEvents}).
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal; each has the title its answer carries unless the thrower names one. */
    public enum Kind {
        INVALID("Invalid request"),
        FORBIDDEN("Forbidden"),
        NOT_FOUND("Not found"),
        CONFLICT("Conflict"),
        TOO_LARGE("Content too large"),
        UNAVAILABLE("Service Unavailable");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public DomainException(Kind kind, String title, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.title = title;
    }

    public DomainException(Kind kind, String detail) {
        this(kind, kind.title(), detail);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field + ": " + message).with("field", field);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail);
    }

    /** Adds a member to the answer, e.g. the id of the resource a conflict is about. */
    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
