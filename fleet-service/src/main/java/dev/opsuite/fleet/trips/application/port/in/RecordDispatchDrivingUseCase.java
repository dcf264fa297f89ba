package dev.opsuite.fleet.trips.application.port.in;

import dev.opsuite.fleet.trips.domain.DispatchRun;
import io.smallrye.mutiny.Uni;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the driving record's DISPATCH periods as dispatch-service's events tell them: a scheduled,
 * dispatched or completed dispatch holds its period, a dispatch no longer scheduled (cancelled, deleted,
 * back to draft) none. Driven by those events only, inside the inbox's transaction, so each event changes
 * the record once. A period fleet cannot keep (a window that ends before it starts, a vehicle or driver
 * fleet does not have) is a rejection: no retry fixes it.
 */
public interface RecordDispatchDrivingUseCase {

    record RecordDispatchCommand(DispatchRun run) {

        public RecordDispatchCommand {
            Objects.requireNonNull(run, "run");
        }
    }

    record WithdrawDispatchCommand(String tenantId, UUID dispatchId) {

        public WithdrawDispatchCommand {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(dispatchId, "dispatchId");
        }
    }

    /** Writes the dispatch's period as its stage makes it, replacing the one written before. */
    Uni<Void> record(RecordDispatchCommand command);

    /** Removes the dispatch's period; nothing when it holds none. */
    Uni<Void> withdraw(WithdrawDispatchCommand command);
}
