package dev.opsuite.field.estimates.application.port.out;

import dev.opsuite.field.estimates.domain.Estimate;
import java.time.Instant;

/** The estimate as the customer's printed document (A4 PDF). Blocking, CPU-bound: call it off the event loop. */
public interface EstimateDocumentRenderer {

    byte[] pdf(Estimate estimate, Instant printedAt);
}
