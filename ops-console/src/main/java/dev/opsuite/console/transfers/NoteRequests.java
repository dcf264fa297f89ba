package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies the console sends to inventory-transfer-service, in the service's field names. */
public final class NoteRequests {

    private NoteRequests() {
    }

    public record Item(UUID productId, BigDecimal quantity) {
    }

    public record Transport(String carrier, String trackingNumber) {
    }

    public record Create(UUID originLocationId, UUID destinationLocationId, Instant dispatchDate, List<Item> detail,
            Transport transportDetail) {
    }

    /** PATCH of a draft: only the items (the other fields absent = unchanged). */
    public record Edit(List<Item> detail) {
    }

    public record ReceivedItem(UUID productId, BigDecimal receivedQuantity, BigDecimal damagedQuantity) {
    }

    public record Receive(UUID transferDispatchNoteId, String status, List<ReceivedItem> items) {
    }
}
