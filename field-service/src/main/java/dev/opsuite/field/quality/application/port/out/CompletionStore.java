package dev.opsuite.field.quality.application.port.out;

import dev.opsuite.field.quality.domain.Completion;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** The jobs completed, read for quality's measures. Every method is scoped to one tenant. */
public interface CompletionStore {

    /**
     * The jobs completed after {@code from} and no later than {@code to}, each saying whether a callback opened no
     * later than {@code to} is linked to it.
     */
    Uni<List<Completion>> completed(String tenantId, Instant from, Instant to);
}
