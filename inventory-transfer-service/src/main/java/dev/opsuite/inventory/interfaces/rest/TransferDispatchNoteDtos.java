package dev.opsuite.inventory.interfaces.rest;

import dev.opsuite.inventory.domain.NoteItem;
import dev.opsuite.inventory.domain.ReceiptLine;
import dev.opsuite.inventory.domain.ReceivedQuantity;
import dev.opsuite.inventory.domain.TransferDispatchNote;
import dev.opsuite.inventory.domain.TransferGoodsReceipt;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and response bodies, in the seed's field names. */
final class TransferDispatchNoteDtos {

    private TransferDispatchNoteDtos() {
    }

    record ItemRequest(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive")
            @Digits(integer = 12, fraction = 3) BigDecimal quantity) {
    }

    record CreateNoteRequest(
            @NotNull UUID originLocationId,
            @NotNull UUID destinationLocationId,
            Instant dispatchDate,
            @NotEmpty @Size(max = 500) List<@Valid @NotNull ItemRequest> detail) {

        List<NoteItem> items() {
            return detail.stream().map(i -> new NoteItem(i.productId(), i.quantity())).toList();
        }
    }

    record ReceiptSummaryLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged,
            BigDecimal outstanding) {

        static ReceiptSummaryLine of(ReceiptLine line) {
            return new ReceiptSummaryLine(line.productId(), line.dispatched(), line.received(), line.damaged(), line.outstanding());
        }
    }

    record NoteResponse(UUID id, String documentNumber, UUID originLocationId, UUID destinationLocationId,
            Instant dispatchDate, String status, List<NoteItem> detail, List<ReceiptSummaryLine> receiptSummary,
            String transferGoodsReceiptStatus, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
            long version) {

        static NoteResponse of(TransferDispatchNote n) {
            return new NoteResponse(n.id(), n.documentNumber(), n.originLocationId(), n.destinationLocationId(),
                    n.dispatchDate(), n.status().name(), n.detail(),
                    n.receiptSummary().lines().stream().map(ReceiptSummaryLine::of).toList(),
                    n.transferGoodsReceiptStatus() == null ? null : n.transferGoodsReceiptStatus().name(),
                    n.createdBy(), n.createdAt(), n.updatedBy(), n.updatedAt(), n.version());
        }
    }

    record ReceivedItemRequest(
            @NotNull UUID productId,
            @NotNull @DecimalMin(value = "0", message = "cannot be negative") @Digits(integer = 12, fraction = 3) BigDecimal receivedQuantity,
            @DecimalMin(value = "0", message = "cannot be negative") @Digits(integer = 12, fraction = 3) BigDecimal damagedQuantity) {

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
