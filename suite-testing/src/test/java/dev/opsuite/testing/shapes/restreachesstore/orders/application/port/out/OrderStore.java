package dev.opsuite.testing.shapes.restreachesstore.orders.application.port.out;

public interface OrderStore { dev.opsuite.testing.shapes.restreachesstore.orders.domain.Order byId(String id); }
