package dev.opsuite.field.jobs.interfaces.rest;

import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase;
import dev.opsuite.field.jobs.application.port.in.CreateJobUseCase.CreateJobCommand;
import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.CreateJobRequest;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.JobResponse;
import dev.opsuite.field.kernel.Skill;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.rest.ETags;
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
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The jobs a service call became. */
@Path("/service-calls/{id}/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class ServiceCallJobsResource {

    private final CreateJobUseCase create;
    private final FindJobsQuery find;
    private final Caller caller;

    public ServiceCallJobsResource(CreateJobUseCase create, FindJobsQuery find, Caller caller) {
        this.create = create;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Make one more job of a service call (ready to schedule); the call's status follows its jobs")
    public Uni<Response> create(@PathParam("id") UUID id, @Valid @NotNull CreateJobRequest request) {
        return create.create(new CreateJobCommand(caller.actor(), id, request.title(),
                        new Skill(request.trade(), request.skillLevel()), Duration.ofMinutes(request.expectedMinutes())))
                .map(job -> Response.created(URI.create("/jobs/" + job.id())).tag(ETags.of(job.version()))
                        .entity(JobResponse.of(job)).build());
    }

    @GET
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "The jobs of a service call, oldest first")
    public Uni<List<JobResponse>> list(@PathParam("id") UUID id) {
        return find.jobsOfCall(caller.tenantId(), id).map(list -> list.stream().map(JobResponse::of).toList());
    }
}
