package dev.opsuite.dispatch.invoices.domain;

/**
 * Where billing's invoice stands, as dispatch needs it: ISSUED may be attached and detached; PROCESSED (paid or posted)
 * stays on its dispatch; VOID can no longer be attached.
 */
public enum InvoiceStatus {
    ISSUED, PROCESSED, VOID
}
