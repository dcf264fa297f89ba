package dev.opsuite.inventory.transfers.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Roles;

import dev.opsuite.inventory.transfers.application.port.in.ApproveGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase;
import dev.opsuite.inventory.transfers.application.port.in.TakeGoodsReceiptUseCase.TakeGoodsReceiptCommand;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.ReceiptResponse;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.ReceivedItemRequest;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.RequestedReceiptStatus;
import dev.opsuite.inventory.transfers.interfaces.rest.TransferDispatchNoteDtos.TakeReceiptRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transfers-goods-receipt")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transfer goods receipts")
public class TransferGoodsReceiptResource {

    private final TakeGoodsReceiptUseCase take;
    private final ApproveGoodsReceiptUseCase approve;
    private final FindTransferDispatchNotesQuery find;
    private final Caller caller;

    public TransferGoodsReceiptResource(TakeGoodsReceiptUseCase take, ApproveGoodsReceiptUseCase approve,
            FindTransferDispatchNotesQuery find, Caller caller) {
        this.take = take;
        this.approve = approve;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Take a goods receipt against a dispatched note, as DRAFT (default) or APPROVED")
    public Uni<Response> take(@Valid @NotNull TakeReceiptRequest request, UriInfo uri) {
        boolean approveNow = request.status() == RequestedReceiptStatus.APPROVED;
        return take.take(new TakeGoodsReceiptCommand(caller.actor(), request.transferDispatchNoteId(),
                        request.items().stream().map(ReceivedItemRequest::toDomain).toList(), approveNow))
                .map(receipt -> ETags.created(uri, receipt.id(), ReceiptResponse.of(receipt), receipt.version()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK, Roles.AUDITOR })
    public Uni<ReceiptResponse> get(@PathParam("id") UUID id) {
        return find.receipt(caller.tenantId(), id).map(ReceiptResponse::of);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed({ Roles.INVENTORY_MANAGER, Roles.WAREHOUSE_CLERK })
    @Operation(summary = "Approve a draft goods receipt; the note's receipt summary follows through goods-receipt-approved")
    public Uni<ReceiptResponse> approve(@PathParam("id") UUID id) {
        return approve.approve(caller.actor(), id).map(ReceiptResponse::of);
    }
}
