package dev.opsuite.support.problem;

import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of every service leaves as RFC 9457 problem+json: a stable type, the field at fault
 * where there is one, never a stack trace. Unexpected failures are logged with an error id that the
 * response repeats, so support can find them.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;
    private final Instance<ConstraintRejections> constraintRejections;

    public ProblemMappers(ObjectMapper json, Instance<ConstraintRejections> constraintRejections) {
        this.json = json;
        this.constraintRejections = constraintRejections;
    }

    @ServerExceptionMapper
    public Response rejected(RejectedException e, UriInfo uri) {
        return rejection(e.rejection(), uri);
    }

    @ServerExceptionMapper
    public Response invalidBean(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return respond(Problem.of("validation-failed", 400, "Invalid request", "Invalid: " + fields + ".",
                path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadableField(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String detail = field.isEmpty() ? "The request body does not have the expected shape."
                : "Field " + field + " has a value of the wrong type or format.";
        return respond(Problem.of("malformed-request", 400, "Malformed request", detail, path(uri),
                field.isEmpty() ? null : List.of(new Problem.FieldError(field, originalMessage(e)))));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = jsonPath(e);
        String detail = field.isEmpty() ? "The request body is not valid JSON." : "Field " + field + " is not valid.";
        return respond(Problem.of("malformed-request", 400, "Malformed request", detail, path(uri),
                field.isEmpty() ? null : List.of(new Problem.FieldError(field, originalMessage(e)))));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of("unauthenticated", 401, "Unauthenticated",
                        "A valid bearer token is required.", path(uri), null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", 403, "Forbidden",
                "Your role does not allow this action.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // Quarkus' JSON reader wraps what Jackson could not read but did not mismatch (a number beyond a long, a
        // duplicate key) in a bare 400: answer it as the JSON error it is, naming the field.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String code = reason.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        return respond(Problem.of(code, status, reason, e.getMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public Response stale(StaleStateException e, UriInfo uri) {
        return respond(Problem.of("concurrent-modification", 409, "Concurrent modification",
                "The record was changed by someone else meanwhile; reload it and try again.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<Response> known = fromCauses(e, uri);
        if (known.isPresent()) {
            return known.get();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, path(uri));
        return respond(Problem.of("internal-error", 500, "Internal error",
                "Something went wrong on our side (error id " + errorId + ").", path(uri), null));
    }

    /** Database constraints, optimistic locks and rejections can arrive wrapped by the reactive stack. */
    private Optional<Response> fromCauses(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RejectedException r) {
                return Optional.of(rejection(r.rejection(), uri));
            }
            if (t instanceof StaleStateException s) {
                return Optional.of(stale(s, uri));
            }
            if (databaseUnavailable(t)) {
                // Not the caller's fault and not a bug: the database is restarting or failing over. Say so, and when to retry.
                return Optional.of(Response.fromResponse(respond(Problem.of("database-unavailable", 503, "Database unavailable",
                        "The service cannot reach its database right now; try again in a few seconds.", path(uri), null)))
                        .header(HttpHeaders.RETRY_AFTER, "2").build());
            }
            if (t instanceof dev.opsuite.support.outbox.ServiceStartingException) {
                return Optional.of(Response.fromResponse(respond(Problem.of("service-starting", 503, "Service starting",
                        "The service is starting; try again in a moment.", path(uri), null)))
                        .header(HttpHeaders.RETRY_AFTER, "1").build());
            }
            // Hibernate Reactive reports a violated constraint as Hibernate's exception around a plain
            // SQLException; the driver's PgException arrives only from native statements.
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                String name = violation.getConstraintName() != null ? violation.getConstraintName()
                        : constraintNamed(violation.getMessage());
                return Optional.of(constraint(name, violation.getMessage(), uri));
            }
            if (t instanceof PgException pg && pg.getSqlState() != null && pg.getSqlState().startsWith("23")) {
                return Optional.of(constraint(pg.getConstraint(), pg.getMessage(), uri));
            }
            // Class 22 (a number overflowing its column, a NUL in text): a value no bound caught. The caller gets a
            // 422 instead of a 500; the warning tells us which field still needs one.
            String sqlState = sqlState(t);
            if (sqlState != null && sqlState.startsWith("22")) {
                LOG.warnf("value the database cannot store on %s (SQLState %s): %s", path(uri), sqlState, t.getMessage());
                return Optional.of(respond(Problem.of("value-out-of-range", 422, "Value out of range",
                        "A value of the request cannot be stored (too large or malformed for its field); nothing was changed.",
                        path(uri), null)));
            }
        }
        return Optional.empty();
    }

    /** A refused or lost connection, or PostgreSQL starting, stopping or in recovery (SQLState 08xxx, 57P0x). */
    static boolean databaseUnavailable(Throwable t) {
        if (t instanceof java.net.ConnectException || t instanceof io.vertx.sqlclient.ClosedConnectionException) {
            return true;
        }
        String state = t instanceof PgException pg ? pg.getSqlState()
                : t instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static final java.util.regex.Pattern VIOLATED =
            java.util.regex.Pattern.compile("violates (?:[a-z ]+ )?constraint \"([^\"]+)\"");

    /**
     * The constraint a PostgreSQL message names. Hibernate's dialect extracts the name of unique, foreign-key,
     * check and not-null violations, not of exclusion constraints (23P01): those are read from the message.
     */
    static String constraintNamed(String message) {
        if (message == null) {
            return null;
        }
        java.util.regex.Matcher m = VIOLATED.matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private Response constraint(String name, String message, UriInfo uri) {
        for (ConstraintRejections catalog : constraintRejections) {
            Optional<Rejection> rejection = catalog.forConstraint(name);
            if (rejection.isPresent()) {
                return rejection(rejection.get(), uri);
            }
        }
        LOG.warnf("constraint %s without a rejection mapping: %s", name, message);
        return respond(Problem.of("conflict", 409, "Conflict",
                "The change conflicts with existing data (" + name + ").", path(uri), null));
    }

    private Response rejection(Rejection r, UriInfo uri) {
        String title = Character.toUpperCase(r.code().charAt(0)) + r.code().substring(1).replace('-', ' ');
        List<Problem.FieldError> errors = r.field() == null ? null : List.of(new Problem.FieldError(r.field(), r.detail()));
        return respond(Problem.of(r.code(), status(r.kind()), title, r.detail(), path(uri), errors));
    }

    /** What each kind of no is in HTTP: the one place the application's rejections meet status codes. */
    public static int status(Rejection.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
            case FORBIDDEN -> 403;
        };
    }

    private Response respond(Problem problem) {
        try {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            // Skip the resource method and its parameter: the caller knows fields, not Java names.
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            String path = violation.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1);
        }
        return String.join(".", names);
    }

    private static String sqlState(Throwable t) {
        if (t instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (t instanceof org.hibernate.JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return t instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
    }

    /**
     * The JSON path of the value at fault: the one Jackson built while binding, or else where the parser
     * stood (a duplicate key, a truncated document).
     */
    private static String jsonPath(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return jsonPath(m);
        }
        return e.getProcessor() instanceof JsonParser parser ? jsonPath(parser.getParsingContext()) : "";
    }

    private static String jsonPath(JsonStreamContext context) {
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                steps.push("." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                steps.push("[" + c.getCurrentIndex() + "]");
            }
        }
        return String.join("", steps).replaceFirst("^\\.", "");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String originalMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message == null ? "unreadable" : message.split("\n")[0];
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
