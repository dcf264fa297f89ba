package dev.opsuite.inventory.transfers.domain;

/** A transfer goods receipt is taken as a draft or approved; only approved receipts count. */
public enum GoodsReceiptStatus {
    DRAFT, APPROVED
}
