package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.quality.application.port.in.CallbacksQuery;
import dev.opsuite.field.quality.application.port.in.CallbacksQuery.Callback;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The callbacks counted against a job (docs/quality.md). */
@Path("/jobs/{id}/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
public class JobCallbacksResource {

    private final CallbacksQuery callbacks;
    private final Caller caller;

    public JobCallbacksResource(CallbacksQuery callbacks, Caller caller) {
        this.callbacks = callbacks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "The callbacks counted against a job (calls linked to it), oldest first")
    public Uni<List<Callback>> callbacks(@PathParam("id") UUID jobId) {
        return callbacks.callbacksOf(caller.tenantId(), jobId);
    }
}
