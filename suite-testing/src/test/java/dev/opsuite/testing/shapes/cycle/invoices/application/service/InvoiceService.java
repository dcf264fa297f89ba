package dev.opsuite.testing.shapes.cycle.invoices.application.service;

public class InvoiceService {
    dev.opsuite.testing.shapes.cycle.orders.application.port.in.FindOrder orders;
}
