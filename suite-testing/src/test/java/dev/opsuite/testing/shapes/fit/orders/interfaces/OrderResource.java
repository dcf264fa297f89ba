package dev.opsuite.testing.shapes.fit.orders.interfaces;

public class OrderResource {
    final String role = dev.opsuite.testing.shapes.fit.kernel.rest.Roles.CLERK;
    dev.opsuite.testing.shapes.fit.orders.application.port.in.FindOrder orders;
    dev.opsuite.testing.shapes.fit.orders.domain.Order get(String id) { return orders.find(id); }
}
