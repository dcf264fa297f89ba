package dev.opsuite.billing.orders.application.service;

import static dev.opsuite.billing.testing.Orders.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsuite.billing.orders.application.port.in.FindSalesOrdersQuery;
import dev.opsuite.billing.orders.application.port.in.InvoiceSalesOrderLinesUseCase;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.billing.orders.domain.SalesOrderStatus;
import dev.opsuite.testing.fakes.CountingDocumentNumbers;
import dev.opsuite.testing.fakes.RecordingEventPublisher;
import dev.opsuite.billing.testing.InMemorySalesOrders;
import dev.opsuite.billing.testing.Orders;
import dev.opsuite.support.application.RejectedException;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.paging.PageRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seed 000: dispatch and operations look up the orders billing placed; another business's orders stay out of sight. */
class FindSalesOrdersTest {

    final InMemorySalesOrders orders = new InMemorySalesOrders();
    final SalesOrderService service = new SalesOrderService(orders, new CountingDocumentNumbers(), new RecordingEventPublisher(),
            Clock.fixed(Orders.PLACED_AT, ZoneOffset.UTC));
    final FindSalesOrdersQuery find = service;
    final InvoiceSalesOrderLinesUseCase hold = service;

    @Test
    void the_orders_of_a_customer_are_listed_and_each_is_read_by_its_id() {
        SalesOrder cable = stored(Orders.placed("acme", line("Cable", "1", "10")));
        stored(Orders.placed("acme", line("Fitting", "2", "0.50")));

        var ofCustomer = find.salesOrders("acme", cable.customerId(), null, page()).await().indefinitely();

        assertThat(ofCustomer.items()).containsExactly(cable);
        assertThat(ofCustomer.total()).isEqualTo(1);
        assertThat(find.salesOrders("acme", null, null, page()).await().indefinitely().total()).isEqualTo(2);
        assertThat(find.salesOrder("acme", cable.id()).await().indefinitely()).isEqualTo(cable);
        assertThat(find.salesOrders("acme", null, SalesOrderStatus.DRAFT, page()).await().indefinitely().total()).isEqualTo(2);
        assertThat(find.salesOrders("acme", null, SalesOrderStatus.CONFIRMED, page()).await().indefinitely().items())
                .as("both are still drafts").isEmpty();
    }

    @Test
    void another_businesss_order_is_not_found_neither_to_read_nor_to_invoice() {
        SalesOrder theirs = stored(Orders.placed("globex", line("Cable", "1", "10")));

        assertThat(find.salesOrders("acme", null, null, page()).await().indefinitely().total()).isZero();
        assertThatThrownBy(() -> find.salesOrder("acme", theirs.id()).await().indefinitely())
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.rejection().kind()).isEqualTo(Rejection.Kind.NOT_FOUND);
                    assertThat(e.rejection().code()).isEqualTo("sales-order-not-found");
                });
        assertThat(hold.holdForInvoicing("acme", theirs.id()).await().indefinitely()).isEmpty();
        assertThat(hold.holdForInvoicing("acme", UUID.randomUUID()).await().indefinitely()).isEmpty();
        assertThat(hold.holdForInvoicing("globex", theirs.id()).await().indefinitely()).contains(theirs);
    }

    private SalesOrder stored(SalesOrder order) {
        orders.add(order).await().indefinitely();
        return order;
    }

    private static PageRequest page() {
        return new PageRequest(1, 20, "createdAt", false);
    }
}
