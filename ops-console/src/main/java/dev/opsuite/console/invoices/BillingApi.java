package dev.opsuite.console.invoices;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** billing-service's invoice drafts of field jobs and the QuickBooks export (seed 002), as the screens use them. */
@RegisterRestClient(configKey = "billing")
@RegisterClientHeaders(BearerHeaders.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BillingApi {

    @GET
    @Path("/invoice-drafts")
    Page<Draft> drafts(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order,
            @QueryParam("status") String status, @QueryParam("jobId") String jobId,
            @QueryParam("customerId") String customerId, @QueryParam("needsPricing") String needsPricing);

    @GET
    @Path("/invoice-drafts/{id}")
    Draft draft(@PathParam("id") UUID id);

    @PUT
    @Path("/invoice-drafts/{id}")
    Draft edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, DraftForm.EditBody body);

    @POST
    @Path("/invoice-drafts/{id}/prepare")
    Draft prepare(@PathParam("id") UUID id);

    @POST
    @Path("/invoice-drafts/{id}/finalize")
    Draft finalize(@PathParam("id") UUID id);

    @GET
    @Path("/invoice-drafts/{id}/pdf")
    @Produces("application/pdf")
    byte[] pdf(@PathParam("id") UUID id);

    @GET
    @Path("/ledger/exports")
    Page<ExportBatch> exports(@QueryParam("page") int page, @QueryParam("size") int size);

    /** 201 with the batch, or 204 when there is nothing new to export. */
    @POST
    @Path("/ledger/exports")
    Response export();

    @GET
    @Path("/ledger/exports/{id}")
    ExportBatch exportBatch(@PathParam("id") UUID id);

    @GET
    @Path("/ledger/exports/{id}/file")
    @Produces(MediaType.TEXT_PLAIN)
    byte[] iif(@PathParam("id") UUID id);
}
