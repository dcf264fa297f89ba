package dev.opsuite.testing.shapes.restreachesstore.orders.domain;

public record Order(String id) {}
