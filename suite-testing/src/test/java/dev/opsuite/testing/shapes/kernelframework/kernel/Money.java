package dev.opsuite.testing.shapes.kernelframework.kernel;

public record Money(com.fasterxml.jackson.databind.JsonNode raw) {}
