package dev.opsuite.support.application;

import io.smallrye.mutiny.Uni;

/**
 * Numbers documents per tenant, kind and year ({@code TDN-2026-000001}, ...), without gaps between racing requests:
 * the out-port of every use case that names a new document. Its adapter is suite-support's
 * {@code DocumentNumbers} (a counter row per tenant, kind and year); fast tests count in memory.
 */
public interface DocumentNumbering {

    /** The next number of {@code prefix} in {@code year}, taken in the caller's transaction. */
    Uni<String> next(String tenantId, String prefix, int year);
}
