package dev.opsuite.testing.shapes.restreachesstore.orders.interfaces;

public class OrderResource {
    dev.opsuite.testing.shapes.restreachesstore.orders.application.port.out.OrderStore store;
    Object get(String id) { return store.byId(id); }
}
