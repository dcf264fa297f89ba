package dev.opsuite.testing.shapes.domainusesadapter.orders.domain;

public record Order(String id, dev.opsuite.testing.shapes.domainusesadapter.kernel.rest.Roles who) {}
