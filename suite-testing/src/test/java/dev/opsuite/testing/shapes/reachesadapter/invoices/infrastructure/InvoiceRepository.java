package dev.opsuite.testing.shapes.reachesadapter.invoices.infrastructure;

public class InvoiceRepository {
    dev.opsuite.testing.shapes.reachesadapter.orders.application.port.out.OrderStore orders;
    Object order(String id) { return orders.byId(id); }
}
