package dev.opsuite.console.dispatches;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.opsuite.console.dispatches.DispatchViews.DispatchDetail;
import dev.opsuite.console.dispatches.DispatchViews.DispatchRow;
import dev.opsuite.console.dispatches.DispatchViews.InvoiceOption;
import dev.opsuite.console.dispatches.DispatchViews.InvoiceRequest;
import dev.opsuite.console.dispatches.DispatchViews.TicketOption;
import dev.opsuite.console.dispatches.DispatchViews.UnitCopy;
import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/**
 * dispatch-service's REST API as the dispatch screens use it (seed 000): the dispatches, their lifecycle and invoices,
 * and its copies of fleet's units and trip tickets and of billing's issued invoices. Changes carry If-Match (the
 * version the page read, {@code "3"}); null sends none.
 */
@RegisterRestClient(configKey = "dispatch")
@RegisterClientHeaders(BearerHeaders.class)
@Path("/")
public interface DispatchApi {

    @GET
    @Path("dispatch")
    @SuppressWarnings("java:S107")
    Page<DispatchRow> list(@QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("orderBy") String orderBy,
            @QueryParam("order") String order, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("unit") String unit, @QueryParam("customerId") String customerId,
            @QueryParam("createdBy") String createdBy, @QueryParam("status") String status);

    @GET
    @Path("dispatch/{id}")
    DispatchDetail get(@PathParam("id") UUID id);

    @POST
    @Path("dispatch")
    DispatchDetail create(Map<String, Object> body);

    @PATCH
    @Path("dispatch/{id}")
    DispatchDetail edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @DELETE
    @Path("dispatch/{id}")
    void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    /** schedule, dispatch or close: the lifecycle steps that take no body. */
    @POST
    @Path("dispatch/{id}/{action}")
    DispatchDetail step(@PathParam("id") UUID id, @PathParam("action") String action, @HeaderParam("If-Match") String ifMatch);

    /** complete ({recipientName, receivedAt}) or cancel ({reason}). */
    @POST
    @Path("dispatch/{id}/{action}")
    DispatchDetail stepWith(@PathParam("id") UUID id, @PathParam("action") String action,
            @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    /** The signature or photo proving delivery (multipart part "file"), while DISPATCHED. */
    @PUT
    @Path("dispatch/{id}/proof-of-delivery")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    DispatchDetail proof(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RestForm("file") FileUpload file);

    @POST
    @Path("dispatch/{id}/invoices")
    DispatchDetail attach(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @DELETE
    @Path("dispatch/{id}/invoices/{invoiceId}")
    DispatchDetail detach(@PathParam("id") UUID id, @PathParam("invoiceId") UUID invoiceId,
            @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("dispatch/{id}/sheet.pdf")
    @Produces("application/pdf")
    byte[] sheetPdf(@PathParam("id") UUID id);

    @GET
    @Path("dispatch/{id}/invoice-requests")
    List<InvoiceRequest> invoiceRequests(@PathParam("id") UUID id);

    @POST
    @Path("dispatch/{id}/invoice-requests")
    InvoiceRequest requestInvoice(@PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("trip-tickets")
    Page<TicketOption> tripTickets(@QueryParam("status") String status, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order);

    @GET
    @Path("transport-units")
    Page<UnitCopy> readyUnits(@QueryParam("readyForOrder") boolean ready, @QueryParam("size") int size);

    @GET
    @Path("invoices")
    Page<InvoiceOption> invoices(@QueryParam("size") int size, @QueryParam("orderBy") String orderBy,
            @QueryParam("order") String order);
}
