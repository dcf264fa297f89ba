package dev.opsuite.inventory.transfers.domain;

import java.math.BigDecimal;
import java.util.UUID;

/** What a goods receipt took in for one product: received in good order, and damaged. */
public record ReceivedQuantity(UUID productId, BigDecimal received, BigDecimal damaged) {

    public BigDecimal total() {
        return received.add(damaged);
    }
}
