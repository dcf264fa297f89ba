package dev.opsuite.fleet.readiness.application.port.in;

import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.readiness.domain.ReadinessCause;
import io.smallrye.mutiny.Uni;

/**
 * A member of transport units (a driver, vehicle or trailer) or one of its documents changed: the active units it
 * is in are assessed again in the caller's transaction, and those whose readiness changed are written and announced.
 */
public interface ReassessTransportUnitsUseCase {

    Uni<Void> reassessUnitsOf(String tenantId, SubjectRef member, ReadinessCause cause);
}
