package dev.opsuite.testing.shapes.fit.invoices.application.service;

public class InvoiceService {
    dev.opsuite.testing.shapes.fit.orders.application.port.in.FindOrder orders;
    dev.opsuite.testing.shapes.fit.invoices.domain.Invoice invoice(String orderId) { return new dev.opsuite.testing.shapes.fit.invoices.domain.Invoice(orderId, orders.find(orderId).total()); }
}
