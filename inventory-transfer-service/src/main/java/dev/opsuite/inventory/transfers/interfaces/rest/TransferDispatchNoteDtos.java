package dev.opsuite.inventory.transfers.interfaces.rest;

import dev.opsuite.inventory.interfaces.rest.Bounds;

import dev.opsuite.inventory.transfers.application.port.in.FindTransferDispatchNotesQuery.NoteView;
import dev.opsuite.inventory.transfers.domain.CostDetail;
import dev.opsuite.inventory.transfers.domain.Discrepancy;
import dev.opsuite.inventory.transfers.domain.NoteItem;
import dev.opsuite.inventory.transfers.domain.ReceiptLine;
import dev.opsuite.inventory.transfers.domain.ReceivedQuantity;
import dev.opsuite.inventory.transfers.domain.TransferDispatchNote;
import dev.opsuite.inventory.transfers.domain.TransferGoodsReceipt;
import dev.opsuite.inventory.transfers.domain.TransportDetail;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies, in the seed's field names. */
final class TransferDispatchNoteDtos {

    private static final String NOT_EDITABLE = "is not editable";

    private TransferDispatchNoteDtos() {
    }

    record ItemRequest(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive") @DecimalMax(Bounds.MAX_QUANTITY)
            @Digits(integer = Bounds.QUANTITY_DIGITS, fraction = 3) BigDecimal quantity) {
    }

    record TransportDetailRequest(
            @Size(max = 200) String carrier,
            UUID vehicleId,
            UUID tripTicketId,
            @Size(max = 200) String driverName,
            @Size(max = 100) String trackingNumber) {

        TransportDetail toDomain() {
            return new TransportDetail(carrier, vehicleId, tripTicketId, driverName, trackingNumber);
        }
    }

    record CreateNoteRequest(
            @NotNull UUID originLocationId,
            @NotNull UUID destinationLocationId,
            Instant dispatchDate,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull ItemRequest> detail,
            @Valid TransportDetailRequest transportDetail) {

        List<NoteItem> items() {
            return detail.stream().map(i -> new NoteItem(i.productId(), i.quantity())).toList();
        }
    }

    /**
     * A draft's editable fields (absent: unchanged). The seed's non-editable fields are named here
     * only so that a request setting one is refused, naming it, instead of being silently ignored.
     */
    record UpdateNoteRequest(
            UUID originLocationId,
            UUID destinationLocationId,
            Instant dispatchDate,
            @Size(min = 1, max = 500) List<@Valid @NotNull ItemRequest> detail,
            @Valid TransportDetailRequest transportDetail,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object id,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object documentNumber,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object businessId,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE + "; use the dispatch, cancel and close-short actions") Object status,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE + "; it follows the WAC and freezes at dispatch") Object costDetail,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE + "; it follows approved goods receipts") Object receiptSummary,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE + "; it follows approved goods receipts") Object transferGoodsReceiptStatus,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object createdBy,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object createdAt,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object updatedBy,
            @Schema(hidden = true) @Null(message = NOT_EDITABLE) Object updatedAt) {

        TransferDispatchNote.Edit toEdit() {
            return new TransferDispatchNote.Edit(originLocationId, destinationLocationId, dispatchDate,
                    detail == null ? null : detail.stream().map(i -> new NoteItem(i.productId(), i.quantity())).toList(),
                    transportDetail == null ? null : transportDetail.toDomain());
        }
    }

    record CloseShortRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record ReceiptSummaryLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged,
            BigDecimal shortage, BigDecimal outstanding) {

        static ReceiptSummaryLine of(ReceiptLine line) {
            return new ReceiptSummaryLine(line.productId(), line.dispatched(), line.received(), line.damaged(),
                    line.shortage(), line.outstanding());
        }
    }

    record CostDetailResponse(List<CostDetail.Line> items, BigDecimal total, String currency,
            @Schema(description = "true once dispatched (the WAC at dispatch); false for a draft (current WAC)") boolean frozen) {
    }

    record NoteResponse(UUID id, String documentNumber, String businessId, UUID originLocationId,
            UUID destinationLocationId, Instant dispatchDate, String status, List<NoteItem> detail,
            CostDetailResponse costDetail, List<ReceiptSummaryLine> receiptSummary, String transferGoodsReceiptStatus,
            TransportDetail transportDetail, String closingReason, List<Discrepancy> discrepancies, String createdBy,
            Instant createdAt, String updatedBy, Instant updatedAt, long version) {

        static NoteResponse of(NoteView view) {
            TransferDispatchNote n = view.note();
            CostDetail cost = view.costDetail();
            return new NoteResponse(n.id(), n.documentNumber(), n.tenantId(), n.originLocationId(), n.destinationLocationId(),
                    n.dispatchDate(), n.status().name(), n.detail(),
                    cost == null ? null : new CostDetailResponse(cost.items(), cost.total(), cost.currency(), view.costFrozen()),
                    n.receiptSummary().lines().stream().map(ReceiptSummaryLine::of).toList(),
                    n.transferGoodsReceiptStatus() == null ? null : n.transferGoodsReceiptStatus().name(),
                    n.transportDetail(), n.closingReason(), view.discrepancies(),
                    n.createdBy(), n.createdAt(), n.updatedBy(), n.updatedAt(), n.version());
        }

        /** A note just changed by a command; its cost as stored (frozen, or none for a draft until read). */
        static NoteResponse of(TransferDispatchNote note) {
            return of(new NoteView(note, note.costDetail(), note.costDetail() != null, List.of()));
        }
    }

    record ReceivedItemRequest(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Bounds.MAX_QUANTITY)
            @Digits(integer = Bounds.QUANTITY_DIGITS, fraction = 3) BigDecimal receivedQuantity,
            @DecimalMin(value = "0", message = "cannot be negative") @DecimalMax(Bounds.MAX_QUANTITY)
            @Digits(integer = Bounds.QUANTITY_DIGITS, fraction = 3) BigDecimal damagedQuantity) {

        ReceivedQuantity toDomain() {
            return new ReceivedQuantity(productId, receivedQuantity, damagedQuantity == null ? BigDecimal.ZERO : damagedQuantity);
        }
    }

    enum RequestedReceiptStatus { DRAFT, APPROVED }

    record TakeReceiptRequest(
            @NotNull UUID transferDispatchNoteId,
            RequestedReceiptStatus status,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull ReceivedItemRequest> items) {
    }

    record ReceivedItem(UUID productId, BigDecimal receivedQuantity, BigDecimal damagedQuantity) {
    }

    record ReceiptResponse(UUID id, UUID transferDispatchNoteId, UUID destinationLocationId, String status,
            List<ReceivedItem> items, String createdBy, Instant createdAt, String approvedBy, Instant approvedAt, long version) {

        static ReceiptResponse of(TransferGoodsReceipt r) {
            return new ReceiptResponse(r.id(), r.transferDispatchNoteId(), r.destinationLocationId(), r.status().name(),
                    r.items().stream().map(i -> new ReceivedItem(i.productId(), i.received(), i.damaged())).toList(),
                    r.createdBy(), r.createdAt(), r.approvedBy(), r.approvedAt(), r.version());
        }
    }
}
