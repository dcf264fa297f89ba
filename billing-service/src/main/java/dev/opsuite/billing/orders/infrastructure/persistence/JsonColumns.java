package dev.opsuite.billing.orders.infrastructure.persistence;

import dev.opsuite.billing.orders.domain.OrderLine;
import java.util.List;

/**
 * Shapes of the jsonb columns. Hibernate Reactive binds JSON as an object, so each list is
 * wrapped in one ({@code {"lines": [...]}}).
 */
final class JsonColumns {

    private JsonColumns() {
    }

    record OrderLines(List<OrderLine> lines) {
    }
}
