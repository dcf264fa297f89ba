package dev.opsuite.testing.shapes.applicationoutbox.orders.domain;

public record Order(String id) {}
