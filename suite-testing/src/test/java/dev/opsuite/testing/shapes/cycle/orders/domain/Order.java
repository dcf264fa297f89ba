package dev.opsuite.testing.shapes.cycle.orders.domain;

public record Order(String id) {}
