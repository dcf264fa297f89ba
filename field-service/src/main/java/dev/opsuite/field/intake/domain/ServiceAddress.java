package dev.opsuite.field.intake.domain;

/** Where the work is done. */
public record ServiceAddress(String line1, String city, String postalCode) {

    ServiceAddress trimmed() {
        return new ServiceAddress(line1.trim(), city.trim(), postalCode.trim());
    }
}
