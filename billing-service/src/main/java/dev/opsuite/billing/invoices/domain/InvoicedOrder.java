package dev.opsuite.billing.invoices.domain;

import java.util.UUID;

/**
 * What an invoice takes from the sales order it is raised against: which order, whose, and in which currency. The
 * orders capability keeps the order itself; this is its face towards invoicing.
 */
public record InvoicedOrder(UUID id, String tenantId, String orderNumber, UUID customerId, String customerName,
        String currency) {
}
