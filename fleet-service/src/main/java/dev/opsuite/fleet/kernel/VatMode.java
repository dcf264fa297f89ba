package dev.opsuite.fleet.kernel;

/**
 * How VAT applies to a cost: STANDARD charges VAT at a rate; REVERSE_CHARGE (an EU supplier's
 * invoice, the buyer accounts for the VAT) and EXEMPT (no VAT on the supply; also internal costs,
 * which are not a supply at all) charge none.
 */
public enum VatMode {
    STANDARD, REVERSE_CHARGE, EXEMPT
}
