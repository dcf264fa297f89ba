package dev.opsuite.testing.shapes.fit.orders.application.service;

public class OrderService implements dev.opsuite.testing.shapes.fit.orders.application.port.in.FindOrder {
    private final dev.opsuite.testing.shapes.fit.orders.application.port.out.OrderStore store;
    public OrderService(dev.opsuite.testing.shapes.fit.orders.application.port.out.OrderStore store) { this.store = store; }
    public dev.opsuite.testing.shapes.fit.orders.domain.Order find(String id) { return store.byId(id).orElseThrow(); }
}
