package dev.opsuite.dispatch.dispatches.interfaces.rest;

import dev.opsuite.dispatch.dispatches.application.port.in.ManageDispatchPolicyUseCase;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.DispatchPolicyRequest;
import dev.opsuite.dispatch.dispatches.interfaces.rest.DispatchDtos.DispatchPolicyResponse;
import dev.opsuite.dispatch.kernel.rest.Roles;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business's dispatch policy: past datetimes allowed or not, and the window a dispatch books its unit for. */
@Path("/dispatch-policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch policy")
public class DispatchPolicyResource {

    private final ManageDispatchPolicyUseCase policies;
    private final Caller caller;

    public DispatchPolicyResource(ManageDispatchPolicyUseCase policies, Caller caller) {
        this.policies = policies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER })
    @Operation(summary = "The policy: pastDatetimeAllowed (default false), windowSource TRIP_TICKET (default) or DURATION, "
            + "windowMinutes (default 120) centred on datetime when DURATION")
    public Uni<DispatchPolicyResponse> get() {
        return policies.policy(caller.tenantId()).map(DispatchPolicyResponse::of);
    }

    @PUT
    @RolesAllowed(Roles.OPERATIONS_MANAGER)
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Set the policy (every field); it applies to dispatches booked from now on")
    public Uni<DispatchPolicyResponse> put(@Valid @NotNull DispatchPolicyRequest request) {
        return policies.change(caller.actor(), request.toDomain()).map(DispatchPolicyResponse::of);
    }
}
