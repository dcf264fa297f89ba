package dev.opsuite.testing.shapes.cycle.invoices.domain;

public record Invoice(String id) {}
