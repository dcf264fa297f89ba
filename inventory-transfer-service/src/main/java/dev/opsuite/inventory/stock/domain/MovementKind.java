package dev.opsuite.inventory.stock.domain;

/** Why a stock level changed; every change is one movement in the stock ledger. */
public enum MovementKind {
    /** Opening balance or count correction, with a reason (and a unit cost for additions). */
    ADJUSTMENT,
    /** Left the origin with a dispatched transfer note; now in transit. */
    TRANSFER_OUT,
    /** Announced as in transit to this destination by a dispatched note. */
    TRANSFER_EXPECTED,
    /** Received at the destination at the note's frozen cost. */
    TRANSFER_IN,
    /** Arrived damaged at the destination and written off. */
    TRANSFER_DAMAGE_WRITE_OFF,
    /** Never arrived: the note was closed short and the rest recorded as a discrepancy. */
    TRANSFER_SHORTAGE,
    RESERVED,
    RESERVATION_RELEASED,
    /** Reserved stock used up (a part fitted on a job, say). */
    RESERVATION_CONSUMED,
    /** Taken from available stock for another context's document without a reservation (a part fitted from the truck). */
    ISSUED
}
