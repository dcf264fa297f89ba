package dev.opsuite.console.stock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.opsuite.console.customers.FormInput;

/** "Reserve a part for a blocked job from a truck", as typed. */
public record ReserveForm(String jobId, String productId, String quantity, String locationId) {

    public static final List<String> FIELDS = List.of("jobId", "productId", "quantity", "locationId");

    /** POST /jobs/{jobId}/part-reservations (the job is in the path). */
    public record Request(UUID productId, BigDecimal quantity, UUID locationId) {
    }

    public UUID job() {
        UUID job = FormInput.id(jobId);
        if (job == null) {
            throw new FormInput.Invalid("jobId", "Pick the job the part is for");
        }
        return job;
    }

    public Request toRequest() {
        return new Request(FormInput.id(productId), number(quantity), FormInput.id(locationId));
    }

    private static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new FormInput.Invalid("quantity", "Enter a number, e.g. 1 or 2.5");
        }
    }
}
