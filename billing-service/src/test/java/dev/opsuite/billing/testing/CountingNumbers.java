package dev.opsuite.billing.testing;

import dev.opsuite.billing.invoices.application.port.out.InvoiceNumbers;
import dev.opsuite.billing.orders.application.port.out.SalesOrderNumbers;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.Map;

/** PREFIX-year-sequence from a counter per tenant and year, as the document sequence counts them. */
public final class CountingNumbers implements SalesOrderNumbers, InvoiceNumbers {

    private final String prefix;
    private final Map<String, Integer> last = new HashMap<>();

    private CountingNumbers(String prefix) {
        this.prefix = prefix;
    }

    public static CountingNumbers salesOrders() {
        return new CountingNumbers("SO");
    }

    public static CountingNumbers invoices() {
        return new CountingNumbers("INV");
    }

    @Override
    public Uni<String> next(String tenantId, int year) {
        int value = last.merge(tenantId + "/" + year, 1, Integer::sum);
        return Uni.createFrom().item(String.format("%s-%d-%06d", prefix, year, value));
    }

    /** How many numbers have been taken, in every tenant and year. */
    public int taken() {
        return last.values().stream().mapToInt(Integer::intValue).sum();
    }
}
