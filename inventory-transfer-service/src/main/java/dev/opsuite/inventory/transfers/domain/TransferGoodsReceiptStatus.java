package dev.opsuite.inventory.transfers.domain;

/** {@code transferGoodsReceiptStatus}, derived from the receipt summary. */
public enum TransferGoodsReceiptStatus {
    PARTIAL, RECEIVED
}
