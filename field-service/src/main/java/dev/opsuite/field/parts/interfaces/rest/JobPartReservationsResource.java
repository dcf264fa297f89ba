package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.field.parts.application.port.in.FindPartsQuery;
import dev.opsuite.field.parts.application.port.in.RequestPartUseCase;
import dev.opsuite.field.parts.application.port.in.RequestPartUseCase.RequestPartCommand;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.PartReservationRequest;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.PartReservationResponse;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A job's part reservations: asked of inventory by event, answered by it. */
@Path("/jobs/{jobId}/part-reservations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parts")
public class JobPartReservationsResource {

    private final RequestPartUseCase request;
    private final FindPartsQuery find;
    private final Caller caller;

    public JobPartReservationsResource(RequestPartUseCase request, FindPartsQuery find, Caller caller) {
        this.request = request;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ PartsRoles.TECHNICIAN, PartsRoles.PARTS_MANAGER, PartsRoles.ADMIN })
    @Operation(summary = "Ask inventory to hold a part for a job (REQUESTED; inventory's answer makes it CONFIRMED or REJECTED)")
    public Uni<Response> reserve(@PathParam("jobId") UUID jobId, @Valid @NotNull PartReservationRequest body) {
        return request.request(new RequestPartCommand(caller.actor(), jobId, body.technicianId(), body.productId(),
                        body.quantity(), body.locationId(), PartsRoles.ownJobsOnly(caller)))
                .map(r -> Response.status(Response.Status.CREATED).entity(PartReservationResponse.of(r)).build());
    }

    @GET
    @RolesAllowed({ PartsRoles.TECHNICIAN, PartsRoles.PARTS_MANAGER, PartsRoles.DISPATCHER, PartsRoles.OWNER,
            PartsRoles.ADMIN })
    @Operation(summary = "A job's part reservations, oldest first")
    public Uni<Map<String, List<PartReservationResponse>>> ofJob(@PathParam("jobId") UUID jobId) {
        return find.reservationsOfJob(caller.actor(), jobId, PartsRoles.ownJobsOnly(caller))
                .map(rows -> Map.of("items", rows.stream().map(PartReservationResponse::of).toList()));
    }
}
