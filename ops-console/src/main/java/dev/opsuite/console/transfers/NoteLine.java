package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a note as the detail shows it: the product by name, the quantity, its cost (the origin's WAC: current
 * for a draft, frozen at dispatch), and what has been received of it; with the names of the line's inputs (the JSON
 * paths the service names) and what the user typed in them.
 */
public record NoteLine(int index, UUID productId, String product, String unit, String quantity, BigDecimal unitCost,
        BigDecimal totalCost, String dispatched, String received, String damaged, String shortage, String outstanding,
        boolean open, Map<String, String> typed) {

    /** The lines of {@code note}, with the names of {@code products} and the form's values (empty when none). */
    public static List<NoteLine> of(Note note, Map<UUID, Catalog.Product> products, Map<String, String> typed) {
        List<NoteLine> lines = new ArrayList<>();
        for (int i = 0; i < note.detail().size(); i++) {
            Note.Item item = note.detail().get(i);
            Catalog.Product product = products.get(item.productId());
            Note.CostLine cost = note.costDetail() == null ? null
                    : note.costDetail().items().stream().filter(c -> c.productId().equals(item.productId())).findFirst()
                            .orElse(null);
            Note.ReceiptLine receipt = note.receiptSummary().stream().filter(r -> r.productId().equals(item.productId()))
                    .findFirst().orElse(null);
            lines.add(new NoteLine(i, item.productId(), product == null ? item.productId().toString() : product.label(),
                    product == null ? "" : product.unit(), qty(item.quantity()),
                    cost == null ? null : cost.unitCost(), cost == null ? null : cost.totalCost(),
                    receipt == null ? "" : qty(receipt.dispatched()), receipt == null ? "" : qty(receipt.received()),
                    receipt == null ? "" : qty(receipt.damaged()), receipt == null ? "" : qty(receipt.shortage()),
                    receipt == null ? "" : qty(receipt.outstanding()),
                    receipt != null && receipt.outstanding() != null && receipt.outstanding().signum() > 0, typed));
        }
        return lines;
    }

    /** A quantity as people write it: 10, 2.5 (the service answers 3 decimals). */
    public static String qty(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }

    /** Nothing outstanding: nothing to receive on this line. */
    public boolean closed() {
        return !open;
    }

    public String quantityName() {
        return "detail[" + index + "].quantity";
    }

    public String receivedName() {
        return "items[" + index + "].receivedQuantity";
    }

    public String damagedName() {
        return "items[" + index + "].damagedQuantity";
    }

    /** The quantity input's value: what was typed, else the note's. */
    public String quantityValue() {
        return typed.getOrDefault(quantityName(), quantity);
    }

    public String receivedValue() {
        return typed.getOrDefault(receivedName(), "");
    }

    public String damagedValue() {
        return typed.getOrDefault(damagedName(), "");
    }
}
