package dev.opsuite.console.web;

import java.util.Map;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What a page shows when a service call fails: the problem+json title and detail the service answered, or why
 * the service could not be reached. (Field errors next to their field: see the findings, proposal 3.)
 */
public record Problem(int status, String title, String detail) {

    /** A failed call of service (its name, for the message). */
    public static Problem of(String service, RuntimeException failure) {
        if (failure instanceof WebApplicationException wae) {
            Response response = wae.getResponse();
            int status = response.getStatus();
            String title = "HTTP " + status;
            String detail = null;
            MediaType type = response.getMediaType();
            if (type != null && type.getSubtype().endsWith("json")) {
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> body = response.readEntity(Map.class);
                    title = String.valueOf(body.getOrDefault("title", title));
                    Object d = body.get("detail");
                    detail = d == null ? null : d.toString();
                } catch (RuntimeException unreadable) {
                    // keep the status line
                }
            }
            return new Problem(status, title, detail);
        }
        if (failure instanceof ProcessingException) {
            return new Problem(0, service + " is not reachable", failure.getMessage());
        }
        throw failure;
    }

    public boolean signInAgain() {
        return status == 401;
    }
}
