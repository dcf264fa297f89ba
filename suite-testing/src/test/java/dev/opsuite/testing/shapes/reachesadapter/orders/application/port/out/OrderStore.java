package dev.opsuite.testing.shapes.reachesadapter.orders.application.port.out;

public interface OrderStore { dev.opsuite.testing.shapes.reachesadapter.orders.domain.Order byId(String id); }
