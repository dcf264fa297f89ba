package dev.opsuite.field.parts.application.port.out;

import dev.opsuite.field.parts.domain.PartsEvents.PartsUsed;
import io.smallrye.mutiny.Uni;

/** Parts fitted on jobs, as told to inventory (what a job's completion will carry). */
public interface PartUsageStore {

    Uni<Void> add(PartsUsed used);
}
