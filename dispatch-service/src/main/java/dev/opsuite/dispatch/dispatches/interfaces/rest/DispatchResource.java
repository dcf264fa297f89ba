package dev.opsuite.dispatch.dispatches.interfaces.rest;

import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase.AttachInvoicesCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.AttachInvoicesUseCase.DetachInvoiceCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.CancelDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.CompleteDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.DeleteDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.EditDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.Target;
import dev.opsuite.dispatch.dispatches.application.port.in.ChangeDispatchUseCase.UploadProofCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.CreateDispatchUseCase;
import dev.opsuite.dispatch.dispatches.application.port.in.CreateDispatchUseCase.CreateDispatchCommand;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery;
import dev.opsuite.dispatch.dispatches.application.port.in.FindDispatchesQuery.DispatchFilter;
import dev.opsuite.dispatch.dispatches.application.port.in.PrintDispatchSheetQuery;
import dev.opsuite.dispatch.dispatches.domain.Dispatch;
import dev.opsuite.dispatch.dispatches.domain.DispatchStatus;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.AtRiskResponse;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.AttachInvoicesRequest;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.CancelDispatchRequest;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.CompleteDispatchRequest;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.CreateDispatchRequest;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.DispatchDetailResponse;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.DispatchResponse;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.DispatchSummary;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.EditDispatchRequest;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.HistoryResponse;
import dev.opsuite.dispatch.kernel.rest.Roles;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Dispatches, seed 000's REST exactly: create, list, detail, edit (datetime and unit), soft delete, add and remove
 * invoices; the lifecycle actions and the history. Changes take If-Match (the ETag, the version); a stale one is 412.
 */
@Path("/dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatches")
public class DispatchResource {

    private static final Map<String, String> SORTABLE = Map.of("datetime", "datetime", "dateCreated", "createdAt",
            "dispatchId", "number");

    private final CreateDispatchUseCase create;
    private final ChangeDispatchUseCase change;
    private final AttachInvoicesUseCase invoices;
    private final FindDispatchesQuery find;
    private final PrintDispatchSheetQuery sheet;
    private final Caller caller;
    private final Vertx vertx;

    @SuppressWarnings("java:S107")
    public DispatchResource(CreateDispatchUseCase create, ChangeDispatchUseCase change, AttachInvoicesUseCase invoices,
            FindDispatchesQuery find, PrintDispatchSheetQuery sheet, Caller caller, Vertx vertx) {
        this.create = create;
        this.change = change;
        this.invoices = invoices;
        this.find = find;
        this.sheet = sheet;
        this.caller = caller;
        this.vertx = vertx;
    }

    @POST
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Create a dispatch (dispatchId DSP-YYYY-NNNNNN, dateCreated and createdBy filled in) on a ready unit "
            + "and an open trip ticket of its driver and truck; PENDING, or DRAFT with invoiceIds. 422 naming unit, "
            + "tripTicketId, datetime or invoiceIds; 409 naming unit (booked in the window), tripTicketId (used) or "
            + "invoiceIds (on another dispatch)")
    public Uni<Response> create(@Valid @NotNull CreateDispatchRequest request, UriInfo uri) {
        return create.create(new CreateDispatchCommand(caller.actor(), request.tripTicketId(),
                        request.datetime().toInstant(), request.unit(), request.invoiceIds()))
                .map(d -> ETags.created(uri, d.id(), DispatchResponse.of(d), d.version()));
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING, Roles.FLEET_MANAGER })
    @Operation(summary = "List dispatches (paginated; orderBy datetime, dateCreated, dispatchId): filters from/to on datetime "
            + "([from, to)), unit, customerId (via attached invoices), createdBy, status (several, comma-separated)")
    @SuppressWarnings("java:S107")
    public Uni<Page<DispatchSummary>> list(@Valid @BeanParam PageParams paging, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("unit") String unit, @QueryParam("customerId") String customerId,
            @QueryParam("createdBy") @Size(max = 200) String createdBy, @QueryParam("status") List<String> status) {
        DateRange range = DateRange.of("datetime", QueryParams.instant("from", from), QueryParams.instant("to", to));
        DispatchFilter filter = new DispatchFilter(range, QueryParams.uuid("unit", unit),
                QueryParams.uuid("customerId", customerId), createdBy == null || createdBy.isBlank() ? null : createdBy.strip(),
                QueryParams.enums("status", status, DispatchStatus.class));
        return find.dispatches(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "datetime"))
                .map(page -> page.map(DispatchSummary::of));
    }

    @GET
    @Path("/at-risk")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.FLEET_MANAGER })
    @Operation(summary = "Scheduled and dispatched dispatches whose unit is no longer ready for an order, with fleet's reasons")
    public Uni<List<AtRiskResponse>> atRisk() {
        return find.atRisk(caller.tenantId()).map(list -> list.stream().map(AtRiskResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING, Roles.FLEET_MANAGER })
    @Operation(summary = "A dispatch with its trip ticket (driver, vehicle, trailer, planned window), its invoices (number, "
            + "customer, amount, status) and its status history; the ETag is its version")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.view(caller.tenantId(), id)
                .map(v -> ETags.ok(DispatchDetailResponse.of(v), v.dispatch().version()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING, Roles.FLEET_MANAGER })
    @Operation(summary = "The status history of a dispatch: from, to, who and when, oldest first")
    public Uni<List<HistoryResponse>> history(@PathParam("id") UUID id) {
        return find.dispatch(caller.tenantId(), id).map(HistoryResponse::of);
    }

    @GET
    @Path("/{id}/sheet")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING, Roles.FLEET_MANAGER })
    @Operation(summary = "The dispatch sheet's HTML print view: dispatch, unit and trip ticket, invoices, delivery, history, "
            + "signature lines")
    public Uni<String> sheet(@PathParam("id") UUID id) {
        return sheet.html(caller.tenantId(), id);
    }

    @GET
    @Path("/{id}/sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING, Roles.FLEET_MANAGER })
    @Operation(summary = "The dispatch sheet as PDF (the print view's template)")
    public Uni<Response> sheetPdf(@PathParam("id") UUID id) {
        return sheet.pdf(caller.tenantId(), id).map(bytes -> Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"dispatch-" + id + ".pdf\"").build());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Edit datetime and/or unit, before the dispatch is DISPATCHED; the unit and trip ticket are booked "
            + "again. Any other field is a 400 naming it")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EditDispatchRequest request) {
        return change.edit(new EditDispatchCommand(target(id, ifMatch),
                request.datetime() == null ? null : request.datetime().toInstant(), request.unit())).map(DispatchResource::ok);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "Soft-delete a dispatch; refused (409) once an attached invoice is processed. Operations managers "
            + "delete any; a dispatcher only their own that are still DRAFT or PENDING (403 dispatch-delete-limited)")
    public Uni<Response> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        boolean limited = !caller.hasRole(Roles.OPERATIONS_MANAGER);
        return change.delete(new DeleteDispatchCommand(target(id, ifMatch), limited))
                .map(x -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/invoices")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Attach issued invoices (one or many); each on at most one live dispatch (409 naming invoiceIds), "
            + "none void, each known as issued in this business (422 naming invoiceIds)")
    public Uni<Response> attach(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AttachInvoicesRequest request) {
        return invoices.attach(new AttachInvoicesCommand(target(id, ifMatch), request.invoiceIds())).map(DispatchResource::ok);
    }

    @DELETE
    @Path("/{id}/invoices/{invoiceId}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING })
    @Operation(summary = "Remove an invoice from a dispatch not yet completed; refused once the invoice is processed")
    public Uni<Response> detach(@PathParam("id") UUID id, @PathParam("invoiceId") UUID invoiceId,
            @HeaderParam("If-Match") String ifMatch) {
        return invoices.detach(new DetachInvoiceCommand(target(id, ifMatch), invoiceId)).map(DispatchResource::ok);
    }

    @POST
    @Path("/{id}/schedule")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "DRAFT or PENDING → SCHEDULED, on the unit and trip ticket as they are now (unit ready, ticket open)")
    public Uni<Response> schedule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return change.schedule(target(id, ifMatch)).map(DispatchResource::ok);
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "SCHEDULED → DISPATCHED: the unit left now (departedAt)")
    public Uni<Response> dispatch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return change.dispatch(target(id, ifMatch)).map(DispatchResource::ok);
    }

    @PUT
    @Path("/{id}/proof-of-delivery")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @NonBlocking
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "Upload the signature or photo proving delivery (multipart part 'file'), while DISPATCHED: JPEG, "
            + "PNG or HEIC by content, at most dispatch.proof.max-bytes (fleet's accident photo limits)")
    public Uni<Response> proof(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw Rejection.invalid("proof-required", "file", "Send the signature or photo as the multipart part 'file'.")
                    .toException();
        }
        Uni<byte[]> content = vertx.fileSystem().readFile(file.uploadedFile().toString()).map(buffer -> buffer.getBytes());
        return change.uploadProof(new UploadProofCommand(target(id, ifMatch), file.fileName(), file.size(), content))
                .map(DispatchResource::ok);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "DISPATCHED → COMPLETED with proof of delivery (recipientName, receivedAt); at least one invoice")
    public Uni<Response> complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CompleteDispatchRequest request) {
        return change.complete(new CompleteDispatchCommand(target(id, ifMatch), request.recipientName(),
                request.receivedAt().toInstant())).map(DispatchResource::ok);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "COMPLETED → CLOSED")
    public Uni<Response> close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return change.close(target(id, ifMatch)).map(DispatchResource::ok);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Cancel, with a reason, anything before COMPLETED: the unit and trip ticket are free, the invoices "
            + "detached (refused while one is processed)")
    public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CancelDispatchRequest request) {
        return change.cancel(new CancelDispatchCommand(target(id, ifMatch), request.reason())).map(DispatchResource::ok);
    }

    private Target target(UUID id, String ifMatch) {
        return new Target(caller.actor(), id, ETags.parse(ifMatch));
    }

    private static Response ok(Dispatch d) {
        return ETags.ok(DispatchResponse.of(d), d.version());
    }
}
