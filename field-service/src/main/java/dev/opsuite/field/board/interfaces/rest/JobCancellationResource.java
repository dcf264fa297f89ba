package dev.opsuite.field.board.interfaces.rest;

import dev.opsuite.field.board.application.port.in.AssignJobUseCase;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cancelling a job goes through the board: its technician's time is freed with it. */
@Path("/jobs/{id}/cancel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch board")
public class JobCancellationResource {

    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    private final AssignJobUseCase board;
    private final Caller caller;

    public JobCancellationResource(AssignJobUseCase board, Caller caller) {
        this.board = board;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Cancel a job not yet completed, for a reason; its live appointment ends and frees the technician")
    public Uni<Response> cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest request) {
        return board.cancelJob(caller.actor(), id, request.reason()).map(freed -> Response.noContent().build());
    }
}
