package dev.opsuite.console.technician;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;

/**
 * field-service as the technician reads and changes it: their own queue ({@code /my/jobs}), the job sheet (the only
 * place a technician may read the job's customer and location), and a truck's stock.
 */
@RegisterRestClient(configKey = "field")
@RegisterClientHeaders(BearerHeaders.class)
public interface TechnicianApi {

    @GET
    @Path("/my/jobs")
    List<MyJob> myJobs(@QueryParam("date") String date);

    @GET
    @Path("/my/jobs/{id}")
    MyJob myJob(@PathParam("id") UUID id);

    @POST
    @Path("/my/jobs/{id}/start")
    MyJob start(@PathParam("id") UUID id);

    @POST
    @Path("/my/jobs/{id}/diagnosis")
    @Consumes(MediaType.APPLICATION_JSON)
    MyJob diagnose(@PathParam("id") UUID id, WorkRequests.Diagnosis body);

    @POST
    @Path("/my/jobs/{id}/labor")
    @Consumes(MediaType.APPLICATION_JSON)
    MyJob logLabor(@PathParam("id") UUID id, WorkRequests.Labor body);

    @POST
    @Path("/my/jobs/{id}/parts")
    @Consumes(MediaType.APPLICATION_JSON)
    MyJob fitPart(@PathParam("id") UUID id, WorkRequests.Part body);

    @POST
    @Path("/my/jobs/{id}/waiting-on-parts")
    @Consumes(MediaType.APPLICATION_JSON)
    MyJob waitOnParts(@PathParam("id") UUID id, WorkRequests.WaitingOnParts body);

    @POST
    @Path("/my/jobs/{id}/complete")
    MyJob complete(@PathParam("id") UUID id);

    /** The printable job sheet (HTML): call, customer, location; a technician gets only their own jobs'. */
    @GET
    @Path("/jobs/{id}/sheet.html")
    @Produces(MediaType.TEXT_HTML)
    String jobSheet(@PathParam("id") UUID id);

    @GET
    @Path("/trucks/{locationId}/stock")
    TruckStock truckStock(@PathParam("locationId") UUID locationId);
}
