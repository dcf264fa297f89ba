package dev.opsuite.testing.shapes.domainframework.orders.domain;

public record Order(com.fasterxml.jackson.databind.JsonNode lines) {}
