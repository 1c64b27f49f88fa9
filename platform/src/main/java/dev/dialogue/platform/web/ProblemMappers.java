package dev.dialogue.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.dialogue.platform.domain.DomainException;
import dev.dialogue.platform.logging.LoggedFailure;
import dev.dialogue.platform.messaging.EventTooLargeException;
import dev.dialogue.platform.persistence.DatabaseUnavailable;
import dev.dialogue.platform.tracing.Tracing;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error answers as {@code application/problem+json}: bad input as 400 naming the field,
 * missing as 404, conflicts as 409, authentication and roles as 401 and 403, the database out of
 * reach as 503. Nothing shows a stack trace; an unexpected failure is a 500 with an id that is also
 * in the log, where a failure shows its classes and SQL state but no message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        Problem problem = Problem.of(status(e.kind()), e.title(), e.getMessage(), path(uri));
        e.properties().forEach(problem::with);
        return problem.toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; "));
        return Problem.of(400, "Invalid request", detail, path(uri)).withErrors(errors).toResponse();
    }

    /** Named one by one: Quarkus has its own mappers for some of these, which answer without a problem. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : null;
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field " + unknown.getPropertyName();
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            detail = field + ": '" + format.getValue() + "' is not one of "
                    + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof JsonParseException) {
            detail = "the body is not valid JSON: " + e.getOriginalMessage();
        } else if (field != null && !field.isEmpty()) {
            detail = field + ": " + e.getOriginalMessage();
        } else {
            detail = "the body cannot be read: " + e.getOriginalMessage();
        }
        Problem problem = Problem.of(400, "Invalid request", detail, path(uri));
        if (field != null && !field.isEmpty()) {
            problem.with("field", field);
        }
        return problem.toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of(401, "Unauthorized", "a valid bearer token is required", path(uri))
                .toResponse()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(403, "Forbidden", "the token's roles do not allow this operation", path(uri)).toResponse();
    }

    /** A write that a unique or check constraint refused: the state it would create conflicts with what exists. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return Problem.of(409, "Conflict", "the change conflicts with existing data (" + e.getConstraintName() + ")",
                path(uri)).toResponse();
    }

    /**
     * A value the database cannot take (class 22 of SQLSTATE): text with a NUL character, a number
     * out of range. It came in with the request, so the request is at fault.
     */
    @ServerExceptionMapper
    public Response data(org.hibernate.exception.DataException e, UriInfo uri) {
        String reason = e.getSQLException() == null ? "invalid value"
                : e.getSQLException().getMessage().lines().findFirst().orElse("invalid value").replaceFirst("^ERROR: ", "");
        return Problem.of(400, "Invalid request", "a value in the request cannot be stored or compared: " + reason,
                path(uri)).toResponse();
    }

    /**
     * The change would be announced in an event larger than the broker takes. The request's own
     * fields are capped one by one; this is what their sum, or a list grown over many requests,
     * still runs into. Nothing was written.
     */
    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLargeException e, UriInfo uri) {
        return Problem.of(400, "Invalid request", "the change would be announced in an event of " + e.bytes()
                + " bytes, over the limit of " + e.limit() + ": shorten the texts or lists it adds", path(uri)).toResponse();
    }

    /** Two requests changed the same thing at once; the loser may simply try again. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, jakarta.persistence.PessimisticLockException.class,
            org.hibernate.exception.LockAcquisitionException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return Problem.of(409, "Conflict", "the resource changed concurrently; try again", path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Problem problem = Problem.of(status, original.getStatusInfo().getReasonPhrase(), e.getMessage(), path(uri));
        Response.ResponseBuilder response = Response.fromResponse(problem.toResponse());
        if (original.getHeaderString(HttpHeaders.ALLOW) != null) {
            response.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.explains(e)) {
            LOG.warnf("Database unavailable: %s", LoggedFailure.describe(e));
            return Response.fromResponse(Problem.of(503, "Service Unavailable",
                    "the database cannot be reached; nothing was changed, try again shortly", path(uri)).toResponse())
                    .header(HttpHeaders.RETRY_AFTER, "5").build();
        }
        // The request's trace id, which every log line of the request carries too.
        String incident = Tracing.currentTraceId().orElseGet(() -> UUID.randomUUID().toString());
        // The stack trace without the messages: they may quote the request's values (LoggedFailure).
        LOG.errorf(LoggedFailure.redacted(e), "Unexpected failure, incident %s: %s", incident, LoggedFailure.describe(e));
        return Problem.of(500, "Internal error", "unexpected failure; incident " + incident, path(uri))
                .with("incident", incident).toResponse();
    }

    private static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /** {@code register.arg0.person.email} becomes {@code person.email}: the method and argument are noise. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
