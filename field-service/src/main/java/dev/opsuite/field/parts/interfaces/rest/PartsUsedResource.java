package dev.opsuite.field.parts.interfaces.rest;

import dev.opsuite.field.parts.application.port.in.RecordPartsUsedUseCase;
import dev.opsuite.field.parts.application.port.in.RecordPartsUsedUseCase.PartsUsedCommand;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.PartsUsedRequest;
import dev.opsuite.field.parts.interfaces.rest.PartsDtos.PartsUsedResponse;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Parts fitted on a job; inventory moves the stock. */
@Path("/jobs/{jobId}/parts-used")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Parts")
public class PartsUsedResource {

    private final RecordPartsUsedUseCase use;
    private final Caller caller;

    public PartsUsedResource(RecordPartsUsedUseCase use, Caller caller) {
        this.use = use;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ PartsRoles.TECHNICIAN, PartsRoles.ADMIN })
    @Operation(summary = "Parts fitted on a job: from a confirmed reservation, or from the truck; inventory moves the stock")
    public Uni<Response> used(@PathParam("jobId") UUID jobId, @Valid @NotNull PartsUsedRequest body) {
        return use.use(new PartsUsedCommand(caller.actor(), jobId, UUID.randomUUID(), body.reservationId(), body.productId(), body.quantity(),
                        body.locationId(), PartsRoles.ownJobsOnly(caller)))
                .map(u -> Response.status(Response.Status.CREATED).entity(PartsUsedResponse.of(u)).build());
    }
}
