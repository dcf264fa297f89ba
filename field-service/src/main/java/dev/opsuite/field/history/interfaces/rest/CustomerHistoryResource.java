package dev.opsuite.field.history.interfaces.rest;

import dev.opsuite.field.history.application.port.in.HistoryQuery;
import dev.opsuite.field.history.interfaces.rest.HistoryDtos.HistoryResponse;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/customers/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
public class CustomerHistoryResource {

    private final HistoryQuery history;
    private final Caller caller;

    public CustomerHistoryResource(HistoryQuery history, Caller caller) {
        this.history = history;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.ESTIMATOR })
    @Operation(summary = "A customer's history: the status changes of its jobs and every change of its records and its jobs'")
    public Uni<HistoryResponse> history(@PathParam("id") UUID id) {
        return history.ofCustomer(caller.tenantId(), id).map(HistoryResponse::of);
    }
}
