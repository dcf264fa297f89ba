package dev.opsuite.console.transfers;

import java.time.Instant;
import java.util.UUID;

/** The columns of the notes table (a subset of the service's NoteResponse; other fields are ignored). */
public record NoteRow(UUID id, String documentNumber, UUID originLocationId, UUID destinationLocationId,
        Instant dispatchDate, String status, String transferGoodsReceiptStatus, Note.Cost costDetail, Instant createdAt,
        long version) {
}
