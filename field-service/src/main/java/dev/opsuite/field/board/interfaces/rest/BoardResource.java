package dev.opsuite.field.board.interfaces.rest;

import dev.opsuite.field.board.application.port.in.AssignJobUseCase;
import dev.opsuite.field.board.application.port.in.AssignJobUseCase.AssignJobCommand;
import dev.opsuite.field.board.application.port.in.AssignJobUseCase.RescheduleCommand;
import dev.opsuite.field.board.application.port.in.BoardPolicyUseCase;
import dev.opsuite.field.board.application.port.in.BoardQuery;
import dev.opsuite.field.board.application.port.in.WatchBoardQuery;
import dev.opsuite.field.board.application.port.in.WatchBoardQuery.BoardChange;
import dev.opsuite.field.board.application.port.in.WatchBoardQuery.ChangeKind;
import dev.opsuite.field.board.domain.Appointment;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.AppointmentResponse;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.AssignRequest;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.BoardResponse;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.PolicyRequest;
import dev.opsuite.field.board.interfaces.rest.BoardDtos.RescheduleRequest;
import dev.opsuite.field.kernel.rest.Days;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.board.domain.BoardPolicy;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The dispatch board: a day (or range) of technicians × time, assignments, reschedules, and a live stream. */
@Path("/board")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dispatch board")
public class BoardResource {

    /** The longest range one board answers. */
    static final Duration LONGEST_RANGE = Duration.ofDays(31);

    private final AssignJobUseCase assign;
    private final BoardQuery board;
    private final BoardPolicyUseCase policies;
    private final WatchBoardQuery watch;
    private final Caller caller;
    private final Clock clock;

    public BoardResource(AssignJobUseCase assign, BoardQuery board, BoardPolicyUseCase policies, WatchBoardQuery watch,
            Caller caller, Clock clock) {
        this.clock = clock;
        this.assign = assign;
        this.board = board;
        this.policies = policies;
        this.watch = watch;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.CSR })
    @Operation(summary = "The board of a UTC day (date, today without one) or a range (from, to): technicians with their appointments, "
            + "the unassigned jobs, and every conflict")
    public Uni<BoardResponse> board(@QueryParam("date") String date, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Instant start;
        Instant end;
        if (from != null || to != null) {
            start = QueryParams.requiredInstant("from", from);
            end = QueryParams.requiredInstant("to", to);
            if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST_RANGE) > 0) {
                throw Rejection.invalid("board-range", "to", "to is after from, at most 31 days later.").toException();
            }
        } else {
            start = Days.startOf(date, clock);
            end = start.plus(Duration.ofDays(1));
        }
        return board.board(caller.tenantId(), start, end).map(BoardResponse::of);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.CSR })
    @Operation(summary = "Server-sent events: every board change of the caller's business from now on")
    public Multi<BoardChange> stream() {
        return watch.changes(caller.tenantId());
    }

    @POST
    @Path("/appointments")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Assign a job to a technician from a start; the job's expected duration sets the end")
    public Uni<Response> assign(@Valid @NotNull AssignRequest request) {
        return assign.assign(new AssignJobCommand(caller.actor(), request.jobId(), request.technicianId(), request.start()))
                .invoke(a -> announce(ChangeKind.ASSIGNED, a))
                .map(a -> Response.created(URI.create("/board/appointments/" + a.id())).tag(ETags.of(a.version()))
                        .entity(AppointmentResponse.of(a)).build());
    }

    @PUT
    @Path("/appointments/{id}")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Reschedule or reassign: the appointment is superseded (kept) by a new live one")
    public Uni<AppointmentResponse> reschedule(@PathParam("id") UUID id, @Valid @NotNull RescheduleRequest request) {
        return assign.reschedule(new RescheduleCommand(caller.actor(), id, request.technicianId(), request.start(),
                        request.reason()))
                .invoke(a -> announce(ChangeKind.RESCHEDULED, a))
                .map(AppointmentResponse::of);
    }

    @GET
    @Path("/policy")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "The business's board policy: refuse or flag soft conflicts, blocked-job SLA in days")
    public Uni<BoardPolicy> policy() {
        return policies.policy(caller.tenantId());
    }

    @PUT
    @Path("/policy")
    @RolesAllowed({ Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Set the business's board policy")
    public Uni<BoardPolicy> setPolicy(@Valid @NotNull PolicyRequest request) {
        return policies.setPolicy(caller.actor(), request.toDomain());
    }

    /** Told once the use case's transaction committed, so a board that re-reads sees the change. */
    private void announce(ChangeKind kind, Appointment a) {
        watch.announce(new BoardChange(a.tenantId(), kind, a.id(), a.replaces(), a.jobId(), a.technicianId(), a.start(),
                a.end()));
    }
}
