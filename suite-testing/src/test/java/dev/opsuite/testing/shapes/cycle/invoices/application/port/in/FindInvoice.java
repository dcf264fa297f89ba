package dev.opsuite.testing.shapes.cycle.invoices.application.port.in;

public interface FindInvoice { Object find(String id); }
