package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A goods receipt was taken against a note; approved at once when its status says so. */
public record GoodsReceiptTaken(TransferGoodsReceipt.State receipt) implements DomainEvent {

    @Override
    public String tenantId() {
        return receipt.tenantId();
    }
}
