package dev.opsuite.billing.orders.application.port.out;

import io.smallrye.mutiny.Uni;

/**
 * Gives a new sales order its number, {@code SO-<year>-<sequence>}: gap-free per tenant and year, taken inside the
 * transaction that places the order, so an order refused afterwards gives its number back.
 */
public interface SalesOrderNumbers {

    Uni<String> next(String tenantId, int year);
}
