package dev.opsuite.testing.shapes.fit.orders.infrastructure;

public class OrderRepository implements dev.opsuite.testing.shapes.fit.orders.application.port.out.OrderStore {
    public java.util.Optional<dev.opsuite.testing.shapes.fit.orders.domain.Order> byId(String id) { return java.util.Optional.empty(); }
}
