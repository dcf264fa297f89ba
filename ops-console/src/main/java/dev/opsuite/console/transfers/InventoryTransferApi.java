package dev.opsuite.console.transfers;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** inventory-transfer-service's REST API, as much of it as the console's screens use; base URL from config. */
@RegisterRestClient(configKey = "inventory-transfer")
@RegisterClientHeaders(BearerHeaders.class)
@Path("/transfers-dispatch-note")
public interface InventoryTransferApi {

    @GET
    Page<NoteRow> list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("orderBy") String orderBy,
            @QueryParam("order") String order);
}
