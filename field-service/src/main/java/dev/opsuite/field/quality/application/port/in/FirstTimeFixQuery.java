package dev.opsuite.field.quality.application.port.in;

import dev.opsuite.field.quality.domain.FirstTimeFixReport;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/** First-time fix over the rolling 30 days ending {@code asOf}, per technician and overall. */
public interface FirstTimeFixQuery {

    Uni<FirstTimeFixReport> firstTimeFix(String tenantId, Instant asOf);
}
