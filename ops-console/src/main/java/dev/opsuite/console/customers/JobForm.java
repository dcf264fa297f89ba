package dev.opsuite.console.customers;

import java.util.List;

/** The "add a job to the call" form as typed: the skill the job needs and how long it should take. */
public record JobForm(String title, String trade, String skillLevel, String expectedMinutes) {

    public static final List<String> TRADES = List.of("HVAC", "PLUMBING", "ELECTRICAL");
    public static final List<String> FIELDS = List.of("title", "trade", "skillLevel", "expectedMinutes");

    public static JobForm empty() {
        return new JobForm("", "HVAC", "1", "60");
    }

    /** POST /service-calls/{id}/jobs. */
    public record Request(String title, String trade, Integer skillLevel, Integer expectedMinutes) {
    }

    public Request toRequest() {
        return new Request(FormInput.text(title), FormInput.text(trade),
                whole("skillLevel", skillLevel), whole("expectedMinutes", expectedMinutes));
    }

    private static Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new FormInput.Invalid(field, "Enter a whole number");
        }
    }
}
