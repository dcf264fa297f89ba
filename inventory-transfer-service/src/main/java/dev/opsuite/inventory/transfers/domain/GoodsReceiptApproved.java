package dev.opsuite.inventory.transfers.domain;

import dev.opsuite.support.domain.DomainEvent;

/** A draft goods receipt was approved: what it received now counts against its note. */
public record GoodsReceiptApproved(TransferGoodsReceipt.State receipt) implements DomainEvent {

    @Override
    public String tenantId() {
        return receipt.tenantId();
    }
}
