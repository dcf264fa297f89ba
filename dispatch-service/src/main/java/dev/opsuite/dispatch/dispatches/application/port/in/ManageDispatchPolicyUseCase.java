package dev.opsuite.dispatch.dispatches.application.port.in;

import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import dev.opsuite.support.tenancy.Actor;
import io.smallrye.mutiny.Uni;

/** A business's dispatch policy: the default until an operations manager sets one. */
public interface ManageDispatchPolicyUseCase {

    Uni<DispatchPolicy> policy(String tenantId);

    /** Applies to dispatches booked from now on; what is booked stays booked. */
    Uni<DispatchPolicy> change(Actor actor, DispatchPolicy policy);
}
