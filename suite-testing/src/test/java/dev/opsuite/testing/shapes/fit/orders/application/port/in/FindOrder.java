package dev.opsuite.testing.shapes.fit.orders.application.port.in;

public interface FindOrder { dev.opsuite.testing.shapes.fit.orders.domain.Order find(String id); }
