package dev.opsuite.field.intake.infrastructure.persistence;

import dev.opsuite.field.intake.application.port.out.ServiceCallNumbers;
import dev.opsuite.support.numbering.DocumentNumbers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Service call numbers from the tenant's document sequence of kind {@code SC}. */
@ApplicationScoped
class ServiceCallNumbering implements ServiceCallNumbers {

    static final String PREFIX = "SC";

    private final DocumentNumbers documentNumbers;

    ServiceCallNumbering(DocumentNumbers documentNumbers) {
        this.documentNumbers = documentNumbers;
    }

    @Override
    public Uni<String> next(String tenantId, int year) {
        return documentNumbers.next(tenantId, PREFIX, year);
    }
}
