package dev.opsuite.console.board;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import io.smallrye.mutiny.Multi;

/**
 * field-service's board stream (GET /board/stream, server-sent events with JSON data: ASSIGNED, RESCHEDULED), read
 * with the user's token: a browser's EventSource cannot send a bearer token, so the console relays it.
 */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
@Path("/board/stream")
public interface FieldBoardStream {

    /** Each event's JSON data, as it comes. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<String> changes();
}
