package dev.opsuite.testing.shapes.cycle.orders.application.service;

public class OrderService {
    dev.opsuite.testing.shapes.cycle.invoices.application.port.in.FindInvoice invoices;
}
