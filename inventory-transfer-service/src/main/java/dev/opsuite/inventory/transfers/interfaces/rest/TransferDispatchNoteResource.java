package dev.opsuite.inventory.transfers.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Roles;

import dev.opsuite.inventory.transfers.application.port.in.CreateTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.CreateTransferDispatchNoteUseCase.CreateTransferDispatchNoteCommand;
import dev.opsuite.inventory.transfers.application.port.in.DispatchTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.EditTransferDispatchNoteUseCase;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.transfers.application.port.in.PrintTransferDispatchNoteQuery;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.Filter;
import dev.opsuite.inventory.transfers.domain.NoteStatus;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.CloseShortRequest;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.CreateNoteRequest;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.NoteResponse;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.UpdateNoteRequest;
import dev.opsuite.support.paging.DateRange;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/transfers-dispatch-note")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfer dispatch notes")
public class TransferDispatchNoteResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "dispatchDate", "dispatchDate", "documentNumber", "documentNumber", "status", "status",
            "updatedAt", "updatedAt");

    private final CreateTransferDispatchNoteUseCase create;
    private final EditTransferDispatchNoteUseCase edit;
    private final DispatchTransferDispatchNoteUseCase dispatch;
    private final FindTransferDispatchNotesQuery find;
    private final PrintTransferDispatchNoteQuery print;
    private final Caller caller;

    public TransferDispatchNoteResource(CreateTransferDispatchNoteUseCase create, EditTransferDispatchNoteUseCase edit,
            DispatchTransferDispatchNoteUseCase dispatch, FindTransferDispatchNotesQuery find,
            PrintTransferDispatchNoteQuery print, Caller caller) {
        this.create = create;
        this.edit = edit;
        this.dispatch = dispatch;
        this.find = find;
        this.print = print;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Create a transfer dispatch note (Draft); its cost detail follows the origin's WAC until dispatch")
    public Uni<Response> create(@Valid @NotNull CreateNoteRequest request, UriInfo uri) {
        CreateTransferDispatchNoteCommand command = new CreateTransferDispatchNoteCommand(caller.actor(),
                request.originLocationId(), request.destinationLocationId(), request.dispatchDate(), request.items(),
                request.transportDetail() == null ? null : request.transportDetail().toDomain());
        return create.create(command)
                .chain(note -> find.note(caller.tenantId(), note.id()))
                .map(view -> ETags.created(uri, view.note().id(), NoteResponse.of(view), view.note().version()));
    }

    @GET
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "List transfer dispatch notes (paginated, newest first)")
    public Uni<Page<NoteResponse>> list(@Valid @BeanParam PageParams paging) {
        return find.search(caller.tenantId(), Filter.NONE, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(NoteResponse::of));
    }

    @GET
    @Path("/search")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Search notes: business, status, origin, destination, created-at and dispatch-date ranges "
            + "(from inclusive, to exclusive), free text on location names and document number")
    @SuppressWarnings("java:S107") // the seed's filters
    public Uni<Page<NoteResponse>> search(@Valid @BeanParam PageParams paging,
            @QueryParam("businessId") String businessId,
            @QueryParam("status") List<String> status,
            @QueryParam("originLocationId") String originLocationId,
            @QueryParam("destinationLocationId") String destinationLocationId,
            @QueryParam("createdAtFrom") String createdAtFrom,
            @QueryParam("createdAtTo") String createdAtTo,
            @QueryParam("dispatchDateFrom") String dispatchDateFrom,
            @QueryParam("dispatchDateTo") String dispatchDateTo,
            @QueryParam("search") @Size(max = 100) String search) {
        Filter filter = new Filter(businessId == null || businessId.isBlank() ? null : businessId.strip(),
                QueryParams.enums("status", status, NoteStatus.class),
                QueryParams.uuid("originLocationId", originLocationId),
                QueryParams.uuid("destinationLocationId", destinationLocationId),
                DateRange.of("createdAt", QueryParams.instant("createdAtFrom", createdAtFrom), QueryParams.instant("createdAtTo", createdAtTo)),
                DateRange.of("dispatchDate", QueryParams.instant("dispatchDateFrom", dispatchDateFrom),
                        QueryParams.instant("dispatchDateTo", dispatchDateTo)),
                search);
        return find.search(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(NoteResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Get a transfer dispatch note, with its cost detail and receipt summary")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.note(caller.tenantId(), id)
                .map(view -> ETags.ok(NoteResponse.of(view), view.note().version()));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Download the note as PDF (the print view's template)")
    public Uni<Response> pdf(@PathParam("id") UUID id) {
        return print.pdf(caller.tenantId(), id).map(bytes -> Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"transfer-dispatch-note-" + id + ".pdf\"").build());
    }

    @GET
    @Path("/{id}/print")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "The note's HTML print view: document number, locations, items, costs, transport, signature lines")
    public Uni<String> printView(@PathParam("id") UUID id) {
        return print.html(caller.tenantId(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Edit a draft: locations, dispatch date, items, transport detail (If-Match with the ETag)")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateNoteRequest request) {
        return edit.edit(caller.actor(), id, ETags.parse(ifMatch), request.toEdit())
                .chain(note -> find.note(caller.tenantId(), note.id()))
                .map(view -> ETags.ok(NoteResponse.of(view), view.note().version()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Delete a draft (soft: it leaves every list, the record stays)")
    public Uni<Response> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return edit.delete(caller.actor(), id, ETags.parse(ifMatch)).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Cancel a draft: Draft to Cancelled")
    public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return edit.cancel(caller.actor(), id, ETags.parse(ifMatch))
                .map(note -> ETags.ok(NoteResponse.of(note), note.version()));
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @Operation(summary = "Approve and dispatch a draft: stock leaves the origin, cost freezes at its WAC, goods in transit (Draft to Active)")
    public Uni<Response> dispatch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return dispatch.dispatch(caller.actor(), id, ETags.parse(ifMatch))
                .map(note -> ETags.ok(NoteResponse.of(note), note.version()));
    }

    @POST
    @Path("/{id}/close-short")
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @Operation(summary = "Close a dispatched note whose goods will not all arrive; what is outstanding is recorded as a discrepancy")
    public Uni<Response> closeShort(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CloseShortRequest request) {
        return dispatch.closeShort(caller.actor(), id, ETags.parse(ifMatch), request.reason())
                .map(closed -> ETags.ok(NoteResponse.of(new FindTransferDispatchNotesQuery.NoteView(closed.note(),
                        closed.note().costDetail(), true, closed.discrepancies())), closed.note().version()));
    }
}
