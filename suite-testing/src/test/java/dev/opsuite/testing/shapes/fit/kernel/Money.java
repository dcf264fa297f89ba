package dev.opsuite.testing.shapes.fit.kernel;

public record Money(long cents) {}
