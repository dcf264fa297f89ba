package dev.opsuite.testing.shapes.fit.invoices.domain;

public record Invoice(String orderId, dev.opsuite.testing.shapes.fit.kernel.Money total) {}
