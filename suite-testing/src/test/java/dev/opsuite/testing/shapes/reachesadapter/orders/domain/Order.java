package dev.opsuite.testing.shapes.reachesadapter.orders.domain;

public record Order(String id) {}
