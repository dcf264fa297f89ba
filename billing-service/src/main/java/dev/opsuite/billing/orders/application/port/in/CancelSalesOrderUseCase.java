package dev.opsuite.billing.orders.application.port.in;

import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/** Cancels an order that no live invoice takes; emits sales-order-cancelled in the same transaction. */
public interface CancelSalesOrderUseCase {

    /** {@code expectedVersion} is the version the caller saw (If-Match), or null. */
    record CancelSalesOrderCommand(Actor actor, UUID salesOrderId, String reason, Long expectedVersion) {

        public CancelSalesOrderCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(salesOrderId, "salesOrderId");
        }
    }

    Uni<SalesOrder> cancel(CancelSalesOrderCommand command);
}
