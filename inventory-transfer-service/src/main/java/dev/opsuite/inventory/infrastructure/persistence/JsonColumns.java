package dev.opsuite.inventory.infrastructure.persistence;

import dev.opsuite.inventory.domain.NoteItem;
import dev.opsuite.inventory.domain.ReceiptLine;
import dev.opsuite.inventory.domain.ReceivedQuantity;
import java.util.List;

/**
 * Shapes of the jsonb columns. Hibernate Reactive binds JSON as an object, so each list is
 * wrapped in one ({@code {"lines": [...]}}); cost and transport detail are objects already.
 */
final class JsonColumns {

    private JsonColumns() {
    }

    record NoteItems(List<NoteItem> lines) {
    }

    record ReceiptLines(List<ReceiptLine> lines) {
    }

    record ReceivedItems(List<ReceivedQuantity> lines) {
    }
}
