package dev.opsuite.billing.testing;

import dev.opsuite.support.domain.Envelope;
import dev.opsuite.billing.orders.domain.OrderLine;
import dev.opsuite.billing.orders.domain.SalesOrder;
import dev.opsuite.support.domain.Result;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Test data: sales orders as the orders capability places them. */
public final class Orders {

    public static final Instant PLACED_AT = Instant.parse("2026-11-20T08:00:00Z");
    public static final Instant CONFIRMED_AT = Instant.parse("2026-11-20T09:00:00Z");

    private Orders() {
    }

    public static OrderLine line(String description, String quantity, String unitPrice) {
        return new OrderLine(description, new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    /** A draft order of {@code tenant}, in EUR, for Novák Logistics, numbered SO-2026-000001. */
    public static SalesOrder placed(String tenant, OrderLine... lines) {
        return placedIn("EUR", tenant, lines);
    }

    /** As {@link #placed}, in {@code currency}. */
    public static SalesOrder placedIn(String currency, String tenant, OrderLine... lines) {
        return accepted(SalesOrder.place(Envelope.created(UUID.randomUUID(), tenant, "clerk", PLACED_AT),
                "SO-2026-000001", UUID.randomUUID(), "Novák Logistics s.r.o.", currency, List.of(lines)));
    }

    /** As {@link #placed}, and confirmed by the clerk an hour later: ready to invoice. */
    public static SalesOrder confirmed(String tenant, OrderLine... lines) {
        return confirmedIn("EUR", tenant, lines);
    }

    /** As {@link #confirmed}, in {@code currency}. */
    public static SalesOrder confirmedIn(String currency, String tenant, OrderLine... lines) {
        return accepted(placedIn(currency, tenant, lines).confirm("clerk", CONFIRMED_AT));
    }

    private static SalesOrder accepted(Result<SalesOrder> result) {
        return ((Result.Accepted<SalesOrder>) result).value();
    }
}
