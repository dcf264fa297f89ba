package dev.opsuite.billing.orders.application.port.in;

import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/** Confirms a draft order: from then on it can be invoiced; emits sales-order-confirmed in the same transaction. */
public interface ConfirmSalesOrderUseCase {

    /** {@code expectedVersion} is the version the caller saw (If-Match), or null. */
    record ConfirmSalesOrderCommand(Actor actor, UUID salesOrderId, Long expectedVersion) {

        public ConfirmSalesOrderCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(salesOrderId, "salesOrderId");
        }
    }

    Uni<SalesOrder> confirm(ConfirmSalesOrderCommand command);
}
