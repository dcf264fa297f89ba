package dev.opsuite.field.estimates.interfaces.rest;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.CreateEstimateCommand;
import dev.opsuite.field.estimates.interfaces.rest.EstimateDtos.EstimateResponse;
import dev.opsuite.field.estimates.interfaces.rest.EstimateDtos.LinesRequest;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An estimate of a job's work, from the technician's findings. */
@Path("/jobs/{jobId}/estimates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Estimates")
public class JobEstimatesResource {

    private final EstimatesUseCase estimates;
    private final Caller caller;

    public JobEstimatesResource(EstimatesUseCase estimates, Caller caller) {
        this.estimates = estimates;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.ESTIMATOR, Roles.OWNER, Roles.ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Estimate a job: LABOR lines at the business's rates, PART lines at the price book's prices now")
    public Uni<Response> create(@PathParam("jobId") UUID jobId, @Valid @NotNull LinesRequest request) {
        return estimates.create(new CreateEstimateCommand(caller.actor(), jobId, request.orders()))
                .map(e -> Response.created(URI.create("/estimates/" + e.id())).tag(ETags.of(e.version()))
                        .entity(EstimateResponse.of(e)).build());
    }
}
