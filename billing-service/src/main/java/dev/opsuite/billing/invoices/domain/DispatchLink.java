package dev.opsuite.billing.invoices.domain;

import java.util.UUID;

/** The dispatch an invoice travels with, as dispatch-service announced it (seed 000: Dispatch 1 — n Invoices). */
public record DispatchLink(UUID id, String number) {
}
