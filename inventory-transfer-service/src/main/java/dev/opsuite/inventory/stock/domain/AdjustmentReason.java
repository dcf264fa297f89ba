package dev.opsuite.inventory.stock.domain;

/** Why stock is adjusted by hand rather than moved by a document. */
public enum AdjustmentReason {
    /** The stock a location starts with when it comes into the system. */
    OPENING_BALANCE,
    /** A physical count found more or less than the books. */
    COUNT_CORRECTION,
    /** Broken or spoiled on the shelf. */
    DAMAGE,
    /** Gone: lost or stolen. */
    LOSS,
    /** Came back from a customer or a job unused. */
    RETURN
}
