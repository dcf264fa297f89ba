package dev.opsuite.testing.shapes.fit.orders.domain;

public record Order(String id, dev.opsuite.testing.shapes.fit.kernel.Money total) {}
