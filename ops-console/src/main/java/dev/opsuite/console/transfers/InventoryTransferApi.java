package dev.opsuite.console.transfers;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.opsuite.console.web.BearerHeaders;
import dev.opsuite.console.web.Page;

/** inventory-transfer-service's REST API, as much of it as the console's screens use; base URL from config. */
@RegisterRestClient(configKey = "inventory-transfer")
@RegisterClientHeaders(BearerHeaders.class)
@Path("/")
public interface InventoryTransferApi {

    /** GET /transfers-dispatch-note/search: every filter of the seed (null = not filtered), paged and sorted. */
    @GET
    @Path("transfers-dispatch-note/search")
    Page<NoteRow> search(@BeanParam NoteSearch search);

    @GET
    @Path("transfers-dispatch-note/{id}")
    Note note(@PathParam("id") UUID id);

    @POST
    @Path("transfers-dispatch-note")
    Note create(NoteRequests.Create request);

    @PATCH
    @Path("transfers-dispatch-note/{id}")
    Note edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, NoteRequests.Edit request);

    @POST
    @Path("transfers-dispatch-note/{id}/dispatch")
    Note dispatch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("transfers-dispatch-note/{id}/cancel")
    Note cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("transfers-dispatch-note/{id}/pdf")
    @Produces("application/pdf")
    byte[] pdf(@PathParam("id") UUID id);

    @GET
    @Path("transfers-dispatch-note/{id}/print")
    @Produces(MediaType.TEXT_HTML)
    String print(@PathParam("id") UUID id);

    @POST
    @Path("transfers-goods-receipt")
    Receipt receive(NoteRequests.Receive request);

    @GET
    @Path("transfers-goods-receipt/{id}")
    Receipt receipt(@PathParam("id") UUID id);

    @POST
    @Path("transfers-goods-receipt/{id}/approve")
    Receipt approve(@PathParam("id") UUID id);

    @GET
    @Path("locations")
    Page<Catalog.Location> locations(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order);

    @GET
    @Path("products")
    Page<Catalog.Product> products(@QueryParam("page") int page, @QueryParam("size") int size,
            @QueryParam("orderBy") String orderBy, @QueryParam("order") String order);

    @GET
    @Path("products/{id}")
    Catalog.Product product(@PathParam("id") UUID id);

    /** The ledger: here only to find the goods receipts booked into a note's destination (no list of receipts exists). */
    @GET
    @Path("stock/movements")
    Page<Catalog.Movement> movements(@QueryParam("locationId") UUID locationId,
            @QueryParam("referenceType") String referenceType, @QueryParam("occurredAtFrom") String occurredAtFrom,
            @QueryParam("page") int page, @QueryParam("size") int size, @QueryParam("order") String order);
}
