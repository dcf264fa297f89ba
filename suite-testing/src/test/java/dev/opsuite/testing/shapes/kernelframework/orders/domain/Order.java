package dev.opsuite.testing.shapes.kernelframework.orders.domain;

public record Order(dev.opsuite.testing.shapes.kernelframework.kernel.Money total) {}
