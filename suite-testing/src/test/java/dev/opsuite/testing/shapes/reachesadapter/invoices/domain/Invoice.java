package dev.opsuite.testing.shapes.reachesadapter.invoices.domain;

public record Invoice(String orderId) {}
