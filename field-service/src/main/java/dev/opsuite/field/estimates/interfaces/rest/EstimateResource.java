package dev.opsuite.field.estimates.interfaces.rest;

import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.DecideCommand;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.EstimateFilter;
import dev.opsuite.field.estimates.application.port.in.EstimatesUseCase.ReviseEstimateCommand;
import dev.opsuite.field.estimates.application.port.in.PrintEstimateQuery;
import dev.opsuite.field.estimates.domain.EstimateStatus;
import dev.opsuite.field.estimates.interfaces.rest.EstimateDtos.DecisionRequest;
import dev.opsuite.field.estimates.interfaces.rest.EstimateDtos.EstimateResponse;
import dev.opsuite.field.estimates.interfaces.rest.EstimateDtos.LinesRequest;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageParams;
import dev.opsuite.support.paging.PageRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Estimates: edited and submitted by the estimator, decided by the owner. Changes take If-Match (optional). */
@Path("/estimates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Estimates")
public class EstimateResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt",
            "total", "total", "status", "status");

    private final EstimatesUseCase estimates;
    private final PrintEstimateQuery print;
    private final Caller caller;

    public EstimateResource(EstimatesUseCase estimates, PrintEstimateQuery print, Caller caller) {
        this.estimates = estimates;
        this.print = print;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.DISPATCHER, Roles.CSR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Estimates (paginated), filtered by status, jobId, customerId: "
            + "status=OWNER_APPROVAL_REQUIRED is the owner's queue")
    public Uni<Page<EstimateResponse>> list(@Valid @BeanParam PageParams paging, @QueryParam("status") String status,
            @QueryParam("jobId") String jobId, @QueryParam("customerId") String customerId) {
        EstimateFilter filter = new EstimateFilter(QueryParams.filter("status", status, EstimateStatus.class),
                QueryParams.uuid("jobId", jobId), QueryParams.uuid("customerId", customerId));
        return estimates.estimates(caller.tenantId(), filter, PageRequest.of(paging, SORTABLE, "createdAt"))
                .map(page -> page.map(EstimateResponse::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.DISPATCHER, Roles.CSR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "One estimate, with its lines, totals and the owner's decisions")
    public Uni<Response> estimate(@PathParam("id") UUID id) {
        return estimates.estimate(caller.tenantId(), id).map(e -> ETags.ok(EstimateResponse.of(e), e.version()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ESTIMATOR, Roles.OWNER, Roles.ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Replace the lines, priced now (If-Match); an approved estimate over the threshold goes back "
            + "to the owner")
    public Uni<Response> revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LinesRequest request) {
        return estimates.revise(new ReviseEstimateCommand(caller.actor(), id, ETags.parse(ifMatch), request.orders()))
                .map(e -> ETags.ok(EstimateResponse.of(e), e.version()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({ Roles.ESTIMATOR, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Submit: over the owner's threshold (tax included) to OWNER_APPROVAL_REQUIRED, else APPROVED")
    public Uni<Response> submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return estimates.submit(caller.actor(), id, ETags.parse(ifMatch))
                .map(e -> ETags.ok(EstimateResponse.of(e), e.version()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({ Roles.OWNER, Roles.ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "The owner's decision: APPROVE, REJECT or REQUEST_CHANGES (comment required for the last two)")
    public Uni<Response> decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        return estimates.decide(new DecideCommand(caller.actor(), id, ETags.parse(ifMatch), request.decision(),
                request.comment() == null ? null : request.comment().strip()))
                .map(e -> ETags.ok(EstimateResponse.of(e), e.version()));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.OWNER, Roles.ESTIMATOR, Roles.DISPATCHER, Roles.CSR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Download the estimate as PDF (A4)")
    public Uni<Response> pdf(@PathParam("id") UUID id) {
        return print.pdf(caller.tenantId(), id).map(bytes -> Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"estimate-" + id + ".pdf\"").build());
    }
}
