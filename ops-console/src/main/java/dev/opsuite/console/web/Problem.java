package dev.opsuite.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A service's problem+json (RFC 9457, as suite-support answers it) as a page shows it: the code (the last segment of
 * {@code type}, e.g. {@code stale-version}), title, detail, and the fields at fault. Forms name their inputs by the
 * same JSON paths the services name ({@code detail[1].quantity}), so {@link #errorFor} puts each message under its
 * input; {@link #unplaced} is what no input of the form names.
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A failed call of {@code service} (its name, for "not reachable"). Rethrows what is not a call failure. */
    public static Problem of(String service, RuntimeException failure) {
        if (failure instanceof WebApplicationException wae) {
            return of(wae.getResponse());
        }
        if (failure instanceof ProcessingException) {
            return new Problem(502, "unreachable", service + " is not reachable",
                    "The console could not reach " + service + " (" + failure.getMessage() + "). Try again in a moment.",
                    List.of());
        }
        throw failure;
    }

    /** Reads problem+json from a service's error response; anything else keeps the status line. */
    @SuppressWarnings("unchecked")
    static Problem of(Response response) {
        int status = response.getStatus();
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json")) {
            try {
                Map<String, Object> body = response.readEntity(Map.class);
                String typeUri = String.valueOf(body.getOrDefault("type", ""));
                List<FieldError> errors = new ArrayList<>();
                if (body.get("errors") instanceof List<?> list) {
                    for (Object e : list) {
                        if (e instanceof Map<?, ?> m) {
                            errors.add(new FieldError(String.valueOf(m.get("field")), String.valueOf(m.get("message"))));
                        }
                    }
                }
                Object detail = body.get("detail");
                return new Problem(status, typeUri.substring(typeUri.lastIndexOf('/') + 1),
                        String.valueOf(body.getOrDefault("title", "HTTP " + status)),
                        detail == null ? null : detail.toString(), errors);
            } catch (RuntimeException unreadable) {
                // an error body that is not a problem: keep the status line
            }
        }
        return new Problem(status, "http-" + status, "HTTP " + status, null, List.of());
    }

    /** A check the console makes itself before calling (e.g. a malformed number in a form). */
    public static Problem invalid(String field, String message) {
        return new Problem(400, "validation", "Invalid input", message, List.of(new FieldError(field, message)));
    }

    public boolean signInAgain() {
        return status == 401;
    }

    /** Someone else changed the record since the page was read (412 stale-version, If-Match). */
    public boolean stale() {
        return status == 412;
    }

    /**
     * A problem the user can mend in the form (validation, business rule, conflict, a file too large or of the wrong
     * type) rather than a page failure.
     */
    public boolean mendable() {
        return status == 400 || status == 409 || status == 412 || status == 413 || status == 415 || status == 422;
    }

    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }

    public boolean hasErrorFor(String field) {
        return errorFor(field) != null;
    }

    /** The field errors no input of the form shows (the form passes the names of its inputs). */
    public List<FieldError> unplaced(List<String> fields) {
        return errors.stream().filter(e -> !fields.contains(e.field())).toList();
    }
}
