package dev.opsuite.console.customers;

import java.net.URI;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.opsuite.console.web.Problem;
import io.quarkus.qute.TemplateInstance;

/**
 * Reading the office's form inputs: a blank is no value (left out, so the service names what is missing), and what
 * the console can tell is malformed before asking a service is an {@link Invalid} problem next to its input.
 */
public final class FormInput {

    private FormInput() {
    }

    /** A malformed input, as a problem naming its field. */
    public static final class Invalid extends RuntimeException {

        private final transient Problem problem;

        public Invalid(String field, String message) {
            super(message);
            this.problem = Problem.invalid(field, message);
        }

        public Problem problem() {
            return problem;
        }
    }

    public static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** An id from a select (the console's own options); blank is none. */
    public static UUID id(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
    }

    /** A service's refusal the user can mend in the form; anything else is rethrown (the page becomes the problem). */
    public static Problem mendable(String service, WebApplicationException refused) {
        Problem problem = Problem.of(service, refused);
        if (!problem.mendable()) {
            throw refused;
        }
        return problem;
    }

    /** The form again, with the status of the refusal. */
    public static Response again(Problem problem, TemplateInstance form) {
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE).entity(form).build();
    }

    /** Post/redirect/get: 303 to the page showing the result. */
    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
