package dev.opsuite.console.dashboard;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;

/** field-service's owner's daily dashboard (field-service/docs/quality.md explains every number). */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
public interface FieldDashboardApi {

    @GET
    @Path("/dashboard/daily")
    Daily.Dashboard daily(@QueryParam("date") String date);

    @GET
    @Path("/jobs/{id}")
    Daily.Job job(@PathParam("id") UUID id);
}
