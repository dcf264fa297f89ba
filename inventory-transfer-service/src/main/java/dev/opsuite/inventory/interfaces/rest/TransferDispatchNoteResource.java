package dev.opsuite.inventory.interfaces.rest;

import dev.opsuite.inventory.application.port.in.CreateTransferDispatchNoteUseCase;
import dev.opsuite.inventory.application.port.in.CreateTransferDispatchNoteUseCase.CreateTransferDispatchNoteCommand;
import dev.opsuite.inventory.application.port.in.DispatchTransferDispatchNoteUseCase;
import dev.opsuite.inventory.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.interfaces.rest.TransferDispatchNoteDtos.CreateNoteRequest;
import dev.opsuite.inventory.interfaces.rest.TransferDispatchNoteDtos.NoteResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transfers-dispatch-note")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfer dispatch notes")
public class TransferDispatchNoteResource {

    private static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "dispatchDate", "dispatchDate", "documentNumber", "documentNumber", "status", "status");

    private final CreateTransferDispatchNoteUseCase create;
    private final DispatchTransferDispatchNoteUseCase dispatch;
    private final FindTransferDispatchNotesQuery find;
    private final Caller caller;

    public TransferDispatchNoteResource(CreateTransferDispatchNoteUseCase create, DispatchTransferDispatchNoteUseCase dispatch,
            FindTransferDispatchNotesQuery find, Caller caller) {
        this.create = create;
        this.dispatch = dispatch;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Create a transfer dispatch note (Draft)")
    public Uni<Response> create(@Valid @NotNull CreateNoteRequest request, UriInfo uri) {
        return create.create(new CreateTransferDispatchNoteCommand(caller.actor(), request.originLocationId(),
                        request.destinationLocationId(), request.dispatchDate(), request.items()))
                .map(note -> Response.created(uri.getAbsolutePathBuilder().path(note.id().toString()).build())
                        .tag(ETags.of(note.version()))
                        .entity(NoteResponse.of(note)).build());
    }

    @GET
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "List transfer dispatch notes (paginated)")
    public Uni<Page<NoteResponse>> list(@Valid @BeanParam PageParams paging) {
        return find.notes(caller.tenantId(), PageRequest.of(paging, SORTABLE, "createdAt")).map(page -> page.map(NoteResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    @Operation(summary = "Get a transfer dispatch note, with its receipt summary")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.note(caller.tenantId(), id)
                .map(note -> Response.ok(NoteResponse.of(note)).tag(ETags.of(note.version())).build());
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed(Roles.INVENTORY_MANAGER)
    @Operation(summary = "Approve and dispatch a draft note: Draft to Active")
    public Uni<Response> dispatch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return dispatch.dispatch(caller.actor(), id, ETags.parse(ifMatch))
                .map(note -> Response.ok(NoteResponse.of(note)).tag(ETags.of(note.version())).build());
    }
}
