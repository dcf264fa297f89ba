package dev.opsuite.billing.invoices.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * The dispatch an invoice travels with, as dispatch-service announced it (seed 000: Dispatch 1 — n Invoices), and
 * when it was attached there: links of different dispatches arrive on different partitions, so the later one wins.
 */
public record DispatchLink(UUID id, String number, Instant linkedAt) {
}
