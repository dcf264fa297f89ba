package dev.opsuite.console.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * Small formatting the templates share. Values that may be absent are formatted through the {@code fmt:} namespace
 * ({@code {fmt:when(note.dispatchDate)}}): Qute cannot call an extension method on a null base.
 */
public final class TemplateExtensions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));

    private TemplateExtensions() {
    }

    /** The id of the input named by a JSON path: detail[0].quantity → f-detail-0-quantity. */
    @TemplateExtension
    static String fieldId(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    }

    /** Money with two decimals and grouping: 12,345.60. */
    @TemplateExtension(namespace = "fmt")
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** An instant as the office reads it (UTC, to the minute). */
    @TemplateExtension(namespace = "fmt")
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
