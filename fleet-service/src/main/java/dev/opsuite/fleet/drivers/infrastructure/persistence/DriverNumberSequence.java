package dev.opsuite.fleet.drivers.infrastructure.persistence;

import dev.opsuite.fleet.drivers.application.port.out.DriverNumbers;
import dev.opsuite.support.numbering.DocumentNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Employee numbers from suite-support's gap-free counter (kind {@code DRV}). An employee number does
 * not restart each year, so the counter runs under year 0, and the number is written the seed's way,
 * DRV-0001 (four digits at least, more once the business has its ten-thousandth driver).
 */
@ApplicationScoped
class DriverNumberSequence implements DriverNumbers {

    static final String PREFIX = "DRV";
    private static final int NO_YEAR = 0;

    private final DocumentNumbers numbers;

    DriverNumberSequence(DocumentNumbers numbers) {
        this.numbers = numbers;
    }

    @Override
    public Uni<String> next(String tenantId) {
        return numbers.next(tenantId, PREFIX, NO_YEAR).map(DriverNumberSequence::employeeNumber);
    }

    /** {@code DRV-0-000042} (the counter's own format) as {@code DRV-0042}. */
    static String employeeNumber(String documentNumber) {
        long value = Long.parseLong(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
        return String.format("%s-%04d", PREFIX, value);
    }
}
