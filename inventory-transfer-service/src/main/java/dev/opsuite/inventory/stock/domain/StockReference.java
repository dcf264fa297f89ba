package dev.opsuite.inventory.stock.domain;

/**
 * What a movement or reservation is for: a transfer note, a goods receipt, a field-service job,
 * an adjustment. The type is free text so other contexts can name their own documents.
 */
public record StockReference(String type, String id) {

    public static final String TRANSFER_DISPATCH_NOTE = "transfer-dispatch-note";
    public static final String TRANSFER_GOODS_RECEIPT = "transfer-goods-receipt";
    public static final String STOCK_ADJUSTMENT = "stock-adjustment";
    public static final String RESERVATION = "reservation";
    /** field-service's part reservation: the reference of the stock reservation made for it (one per id). */
    public static final String FIELD_PART_RESERVATION = "field-part-reservation";
    /** field-service's job: what parts issued from a truck were fitted on. */
    public static final String FIELD_JOB = "job";

    public static StockReference of(String type, Object id) {
        return new StockReference(type, String.valueOf(id));
    }
}
