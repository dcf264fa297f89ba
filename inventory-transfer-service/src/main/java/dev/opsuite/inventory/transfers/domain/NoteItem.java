package dev.opsuite.inventory.transfers.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of a note's {@code detail}: a product and the quantity dispatched. */
public record NoteItem(UUID productId, BigDecimal quantity) {
}
