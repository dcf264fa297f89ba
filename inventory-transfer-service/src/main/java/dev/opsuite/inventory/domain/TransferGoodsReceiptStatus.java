package dev.opsuite.inventory.domain;

/** {@code transferGoodsReceiptStatus}, derived from the receipt summary. */
public enum TransferGoodsReceiptStatus {
    PARTIAL, RECEIVED
}
