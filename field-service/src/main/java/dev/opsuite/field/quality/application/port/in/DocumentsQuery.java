package dev.opsuite.field.quality.application.port.in;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Field's reports as documents: a PDF, or the HTML print view of the same template. */
public interface DocumentsQuery {

    enum Format { PDF, HTML }

    /**
     * The technician's job sheet: call, customer, location, findings, labor, parts. {@code technicianLogin}: the
     * caller's login when they read as a technician (only their own jobs: another's is NOT_FOUND), else null.
     */
    Uni<byte[]> jobSheet(String tenantId, String technicianLogin, UUID jobId, Format format);

    /** The board of a UTC day: appointments by technician, conflicts, unassigned and blocked jobs. */
    Uni<byte[]> dispatchReport(String tenantId, LocalDate date, Format format);

    /** The customer's history: who they are, their locations, every status change of their jobs; unknown: NOT_FOUND. */
    Uni<byte[]> customerHistory(String tenantId, UUID customerId, Format format);

    /** Parts used and part reservations asked in [from, to). */
    Uni<byte[]> partsReport(String tenantId, Instant from, Instant to, Format format);
}
