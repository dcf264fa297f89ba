package dev.opsuite.field.board.interfaces.rest;

import dev.opsuite.field.board.application.port.in.BoardQuery;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.AppointmentResponse;
import dev.opsuite.field.kernel.rest.Roles;
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

/** A job's appointments: the live one and every one it replaced. */
@Path("/jobs/{id}/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch board")
public class JobAppointmentsResource {

    private final BoardQuery board;
    private final Caller caller;

    public JobAppointmentsResource(BoardQuery board, Caller caller) {
        this.board = board;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.CSR })
    @Operation(summary = "Every appointment of a job, live and superseded, oldest first")
    public Uni<List<AppointmentResponse>> appointments(@PathParam("id") UUID id) {
        return board.appointmentsOfJob(caller.tenantId(), id).map(list -> list.stream().map(AppointmentResponse::of).toList());
    }
}
