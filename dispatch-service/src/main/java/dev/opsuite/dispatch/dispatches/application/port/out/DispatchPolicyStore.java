package dev.opsuite.dispatch.dispatches.application.port.out;

import dev.opsuite.dispatch.dispatches.domain.DispatchPolicy;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/** The businesses' dispatch policies; a business that never set one has none here. */
public interface DispatchPolicyStore {

    Uni<Optional<DispatchPolicy>> find(String tenantId);

    Uni<DispatchPolicy> save(String tenantId, DispatchPolicy policy, String by, Instant at);
}
