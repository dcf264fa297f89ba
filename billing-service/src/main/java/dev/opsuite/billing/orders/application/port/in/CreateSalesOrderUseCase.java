package dev.opsuite.billing.orders.application.port.in;

import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/** Places a sales order with a generated number (SO-year-sequence). */
public interface CreateSalesOrderUseCase {

    record CreateSalesOrderCommand(Actor actor, UUID customerId, String customerName, String currency, List<OrderLine> lines) {
    }

    Uni<SalesOrder> create(CreateSalesOrderCommand command);
}
