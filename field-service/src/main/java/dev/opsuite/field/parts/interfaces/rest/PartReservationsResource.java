package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.field.parts.application.port.in.CancelPartReservationUseCase;
import dev.opsuite.field.parts.application.port.in.CancelPartReservationUseCase.CancelPartReservationCommand;
import dev.opsuite.field.parts.application.port.in.FindPartsQuery;
import dev.opsuite.field.parts.domain.PartReservationStatus;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.CancelRequest;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.PartReservationResponse;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The parts manager's list of part reservations; a reservation given back. */
@Path("/part-reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parts")
public class PartReservationsResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "status", "status");

    private final FindPartsQuery find;
    private final CancelPartReservationUseCase cancellation;
    private final Caller caller;

    public PartReservationsResource(FindPartsQuery find, CancelPartReservationUseCase cancellation, Caller caller) {
        this.find = find;
        this.cancellation = cancellation;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ PartsRoles.PARTS_MANAGER, PartsRoles.DISPATCHER, PartsRoles.OWNER, PartsRoles.ADMIN })
    @Operation(summary = "The parts manager's list of part reservations (paginated), optionally by status")
    public Uni<Page<PartReservationResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") String status) {
        return find.reservations(caller.tenantId(), QueryParams.filter("status", status, PartReservationStatus.class),
                        PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(PartReservationResponse::of));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({ PartsRoles.TECHNICIAN, PartsRoles.PARTS_MANAGER, PartsRoles.ADMIN })
    @Operation(summary = "Give a part reservation back (requested or confirmed): inventory releases what it still holds")
    public Uni<PartReservationResponse> cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest body) {
        return cancellation.cancel(new CancelPartReservationCommand(caller.actor(), id, body.reason(),
                        PartsRoles.ownJobsOnly(caller)))
                .map(PartReservationResponse::of);
    }
}
