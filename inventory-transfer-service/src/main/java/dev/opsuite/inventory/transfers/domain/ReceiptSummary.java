package dev.opsuite.inventory.transfers.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The receipt summary of a note: one line per dispatched product, initialized on create. */
public record ReceiptSummary(List<ReceiptLine> lines) {

    public ReceiptSummary {
        lines = List.copyOf(lines);
    }

    public static ReceiptSummary initial(List<NoteItem> items) {
        return new ReceiptSummary(items.stream()
                .map(i -> new ReceiptLine(i.productId(), i.quantity(), BigDecimal.ZERO, BigDecimal.ZERO))
                .toList());
    }

    public Optional<ReceiptLine> line(UUID productId) {
        return lines.stream().filter(l -> l.productId().equals(productId)).findFirst();
    }

    /** The summary after a receipt; quantities of products not on the note are the caller's error. */
    ReceiptSummary plus(List<ReceivedQuantity> quantities) {
        Map<UUID, ReceivedQuantity> byProduct = quantities.stream()
                .collect(Collectors.toMap(ReceivedQuantity::productId, Function.identity()));
        List<ReceiptLine> next = new ArrayList<>(lines.size());
        for (ReceiptLine line : lines) {
            ReceivedQuantity q = byProduct.get(line.productId());
            next.add(q == null ? line : line.plus(q));
        }
        return new ReceiptSummary(next);
    }

    /** Everything still outstanding becomes short. */
    ReceiptSummary closedShort() {
        return new ReceiptSummary(lines.stream().map(ReceiptLine::closedShort).toList());
    }

    public boolean fullyReceived() {
        return lines.stream().allMatch(l -> l.outstanding().signum() <= 0);
    }

    public boolean anythingReceived() {
        return lines.stream().anyMatch(l -> l.received().signum() > 0 || l.damaged().signum() > 0);
    }
}
