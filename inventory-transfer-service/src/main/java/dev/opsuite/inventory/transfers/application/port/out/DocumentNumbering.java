package dev.opsuite.inventory.transfers.application.port.out;

import io.smallrye.mutiny.Uni;

/** Numbers documents per tenant, kind and year (TDN-2026-000001, ...), without gaps between racing requests. */
public interface DocumentNumbering {

    /** The next number of {@code prefix} in {@code year}, taken in the caller's transaction. */
    Uni<String> next(String tenantId, String prefix, int year);
}
