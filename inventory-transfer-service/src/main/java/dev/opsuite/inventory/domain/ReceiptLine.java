package dev.opsuite.inventory.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** One product's receipt progress: dispatched, received, damaged, and what is still outstanding. */
public record ReceiptLine(UUID productId, BigDecimal dispatched, BigDecimal received, BigDecimal damaged) {

    public BigDecimal outstanding() {
        return dispatched.subtract(received).subtract(damaged);
    }

    ReceiptLine plus(ReceivedQuantity quantity) {
        return new ReceiptLine(productId, dispatched, received.add(quantity.received()), damaged.add(quantity.damaged()));
    }
}
