package dev.opsuite.inventory.transfers.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One product's receipt progress: dispatched, received, damaged, short (closed without arriving),
 * and what is still outstanding.
 */
public record ReceiptLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged, BigDecimal shortage) {

    public ReceiptLine {
        // Summaries written before notes could be closed short have no shortage.
        shortage = shortage == null ? BigDecimal.ZERO : shortage;
    }

    public ReceiptLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged) {
        this(productId, dispatched, received, damaged, BigDecimal.ZERO);
    }

    public BigDecimal outstanding() {
        return dispatched.subtract(received).subtract(damaged).subtract(shortage);
    }

    ReceiptLine plus(ReceivedQuantity quantity) {
        return new ReceiptLine(productId, dispatched, received.add(quantity.received()), damaged.add(quantity.damaged()), shortage);
    }

    ReceiptLine closedShort() {
        return new ReceiptLine(productId, dispatched, received, damaged, shortage.add(outstanding()));
    }
}
