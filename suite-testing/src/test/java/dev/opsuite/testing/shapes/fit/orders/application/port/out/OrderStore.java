package dev.opsuite.testing.shapes.fit.orders.application.port.out;

public interface OrderStore { java.util.Optional<dev.opsuite.testing.shapes.fit.orders.domain.Order> byId(String id); }
