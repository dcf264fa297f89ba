package dev.opsuite.console.fleet;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.opsuite.console.web.Problem;
import io.quarkus.qute.TemplateInstance;

/** What the fleet forms do alike: read the posted inputs, and keep the service's mendable problem for the form. */
final class FleetForms {

    private FleetForms() {
    }

    /** The first value of each posted input. */
    static Map<String, String> values(MultivaluedMap<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        return values;
    }

    /**
     * Post/redirect/get: {@code send} calls the service and answers where to go (303); a problem the user can mend
     * answers the form again ({@code again}) with the problem and the service's status, what was typed kept.
     */
    static <F> Response submit(F form, Function<F, URI> send, BiFunction<F, Problem, TemplateInstance> again) {
        try {
            return Response.seeOther(send.apply(form)).build();
        } catch (WebApplicationException e) {
            Problem problem = mendable(e);
            return Response.status(problem.status()).entity(again.apply(form, problem)).build();
        }
    }

    /**
     * The service's problem when the user can mend it in the form (400, 409, 412, 422); anything else is rethrown
     * unread, for the problem page to read and show.
     */
    static Problem mendable(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status != 400 && status != 409 && status != 412 && status != 422) {
            throw e;
        }
        return Problem.of("fleet-service", e);
    }
}
