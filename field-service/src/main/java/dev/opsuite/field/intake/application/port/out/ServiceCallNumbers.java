package dev.opsuite.field.intake.application.port.out;

import io.smallrye.mutiny.Uni;

/**
 * Gives a new service call its number, {@code SC-<year>-<sequence>}: gap-free per tenant and year, taken inside the
 * transaction that opens the call, so a call refused afterwards gives its number back.
 */
public interface ServiceCallNumbers {

    Uni<String> next(String tenantId, int year);
}
