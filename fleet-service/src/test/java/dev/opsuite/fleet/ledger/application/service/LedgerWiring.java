package dev.opsuite.fleet.ledger.application.service;

import dev.opsuite.fleet.drivers.application.port.in.FindDriversQuery;
import dev.opsuite.fleet.ledger.application.port.in.BookDriverTransactionUseCase;
import dev.opsuite.fleet.ledger.application.port.in.BookOrderCostUseCase;
import dev.opsuite.fleet.ledger.application.port.in.FindDriverTransactionsQuery;
import dev.opsuite.fleet.ledger.application.port.in.FindOrderCostsQuery;
import dev.opsuite.fleet.testing.InMemoryLedger;
import dev.opsuite.support.application.EventPublisher;
import java.time.Clock;
import java.time.ZoneId;

/** The driver ledger's and order costs' use cases on the ports a fast test gives them, paid in {@code payrollZone}. */
public final class LedgerWiring {

    public record Ledger(BookDriverTransactionUseCase bookTransaction, FindDriverTransactionsQuery transactions,
            BookOrderCostUseCase bookOrderCost, FindOrderCostsQuery orderCosts) {
    }

    private LedgerWiring() {
    }

    public static Ledger ledger(InMemoryLedger store, FindDriversQuery drivers, EventPublisher events, ZoneId payrollZone,
            Clock clock) {
        DriverLedger ledger = new DriverLedger(store, drivers, events, () -> payrollZone, clock);
        OrderCosts costs = new OrderCosts(store, events, clock);
        return new Ledger(ledger, ledger, costs, costs);
    }
}
