package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How the transfer screens write the service's statuses: FULLY_RECEIVED → "fully received", class status-fully-received. */
public final class TransferTemplateExtensions {

    private TransferTemplateExtensions() {
    }

    @TemplateExtension
    static String statusLabel(String status) {
        return status.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    @TemplateExtension
    static String statusClass(String status) {
        return "status-" + status.replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** A quantity as people write it: 10, 2.5. */
    @TemplateExtension
    static String qty(BigDecimal quantity) {
        return NoteLine.qty(quantity);
    }

    @TemplateExtension
    static boolean positive(BigDecimal quantity) {
        return quantity != null && quantity.signum() > 0;
    }

    /** A unit cost (6 decimals in the service) without its trailing zeros, but with at least cents: 11.50, 12.166667. */
    @TemplateExtension
    static String cost(BigDecimal unitCost) {
        BigDecimal stripped = unitCost.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
