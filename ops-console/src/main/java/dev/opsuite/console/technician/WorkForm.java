package dev.opsuite.console.technician;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.opsuite.console.web.Problem;

/**
 * What the technician typed into the job page's forms, kept as typed so that a refused form shows it again. Each
 * input is named by the JSON field the service names in its problems ({@code hours}, {@code quantity}...), so its
 * message lands under it. Numbers and ids the service could not even read are checked here, with the same shape of
 * problem ({@link Invalid}).
 */
public record WorkForm(String findings, String cause, String hours, String rateClass, String partId, String sku,
        String quantity, String waitingFor) {

    /** The rate classes the service takes, in the order the select offers them. */
    public static final List<String> RATE_CLASSES = List.of("STANDARD", "OVERTIME", "EMERGENCY");

    /** A form the console refuses before calling the service. */
    public static final class Invalid extends RuntimeException {

        private final transient Problem problem;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.problem = Problem.invalid(field, message);
        }

        public Problem problem() {
            return problem;
        }
    }

    public static WorkForm empty() {
        return new WorkForm(null, null, null, "STANDARD", null, null, "1", null);
    }

    /** The part picked in the form (to keep the choice when the form comes back refused). */
    public boolean picked(UUID productId) {
        return partId != null && partId.trim().equals(productId.toString());
    }

    /**
     * The form with the SKU of the part the picker shows picked (the one chosen, else the first), when the SKU is blank
     * and the stock knows it.
     */
    public WorkForm skuOf(TruckStock stock) {
        if (sku != null && !sku.isBlank()) {
            return this;
        }
        return stock.available().stream().filter(i -> partId == null || picked(i.productId())).findFirst()
                .map(TruckStock.Item::sku)
                .map(known -> new WorkForm(findings, cause, hours, rateClass, partId, known, quantity, waitingFor))
                .orElse(this);
    }

    public List<String> rateClasses() {
        return RATE_CLASSES;
    }

    public WorkRequests.Diagnosis diagnosis() {
        return new WorkRequests.Diagnosis(trimmed(findings), trimmed(cause));
    }

    public WorkRequests.Labor labor() {
        return new WorkRequests.Labor(number("hours", hours, "Hours as a number, e.g. 1.5."), trimmed(rateClass));
    }

    public WorkRequests.Part part() {
        UUID product;
        try {
            product = trimmed(partId) == null ? null : UUID.fromString(partId.trim());
        } catch (IllegalArgumentException e) {
            throw new Invalid("partId", "Pick a part from the truck, or none for one bought on the way.");
        }
        return new WorkRequests.Part(product, trimmed(sku), number("quantity", quantity, "A quantity as a number, e.g. 1 or 2.5."));
    }

    public WorkRequests.WaitingOnParts waitingOnParts() {
        return new WorkRequests.WaitingOnParts(trimmed(waitingFor));
    }

    /** A decimal as typed (a comma taken as the decimal point, as phones in many locales type it); blank is none. */
    static BigDecimal number(String field, String text, String message) {
        String t = trimmed(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Invalid(field, message);
        }
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
