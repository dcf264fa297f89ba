package dev.opsuite.fleet.testing;

import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery.TransactionFilter;
import dev.opsuite.fleet.ledger.application.port.out.DriverTransactionStore;
import dev.opsuite.fleet.ledger.application.port.out.OrderCostStore;
import dev.opsuite.fleet.ledger.domain.DriverTransaction;
import dev.opsuite.fleet.ledger.domain.OrderCost;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Drivers' ledgers and orders' costs in memory, in the order they were booked. */
public final class InMemoryLedger implements DriverTransactionStore, OrderCostStore {

    private final List<DriverTransaction> transactions = new ArrayList<>();
    private final List<OrderCost> costs = new ArrayList<>();

    public List<DriverTransaction> transactions() {
        return List.copyOf(transactions);
    }

    public List<OrderCost> costs() {
        return List.copyOf(costs);
    }

    @Override
    public Uni<DriverTransaction> add(DriverTransaction transaction) {
        transactions.add(transaction);
        return Uni.createFrom().item(transaction);
    }

    @Override
    public Uni<List<DriverTransaction>> ofDriver(String tenantId, UUID driverId, YearMonth payPeriod) {
        return Uni.createFrom().item(transactions.stream().filter(t -> t.tenantId().equals(tenantId)
                && t.entry().driverId().equals(driverId) && t.payPeriod().equals(payPeriod)).toList());
    }

    @Override
    public Uni<Page<DriverTransaction>> search(String tenantId, TransactionFilter filter, PageRequest page) {
        List<DriverTransaction> matching = transactions.stream().filter(t -> t.tenantId().equals(tenantId)).toList();
        return Uni.createFrom().item(Page.slice(matching, page));
    }

    @Override
    public Uni<List<DriverTransaction>> ofPeriod(String tenantId, YearMonth payPeriod) {
        return Uni.createFrom().item(transactions.stream().filter(t -> t.tenantId().equals(tenantId)
                && t.payPeriod().equals(payPeriod)).toList());
    }

    @Override
    public Uni<OrderCost> add(OrderCost cost) {
        costs.add(cost);
        return Uni.createFrom().item(cost);
    }

    @Override
    public Uni<List<OrderCost>> ofOrder(String tenantId, String orderReference) {
        return Uni.createFrom().item(costs.stream().filter(c -> c.tenantId().equals(tenantId)
                && c.orderReference().equals(orderReference)).toList());
    }
}
