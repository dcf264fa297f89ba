package dev.opsuite.testing.shapes.cycle.orders.application.port.in;

public interface FindOrder { Object find(String id); }
