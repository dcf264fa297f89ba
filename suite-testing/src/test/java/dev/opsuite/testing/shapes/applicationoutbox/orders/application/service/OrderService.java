package dev.opsuite.testing.shapes.applicationoutbox.orders.application.service;

public class OrderService {
    dev.opsuite.support.outbox.Outbox outbox;
}
