package dev.opsuite.console.dispatches;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.dispatches.DispatchViews.FleetUnit;
import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** fleet-service's transport units (driver, truck and trailer by name): the names the dispatch screens show a unit by. */
@RegisterRestClient(configKey = "fleet")
@RegisterClientHeaders(BearerHeaders.class)
@Path("/transport-units")
public interface FleetUnitsApi {

    /** ACTIVE units (fleet's default), ready ones only when {@code ready} is "true". */
    @GET
    Page<FleetUnit> units(@QueryParam("ready") String ready, @QueryParam("size") int size);
}
