package dev.opsuite.field.jobs.interfaces.rest;

import dev.opsuite.field.jobs.application.port.in.FindJobsQuery;
import dev.opsuite.field.jobs.application.port.in.ReleaseJobUseCase;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.JobResponse;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {

    private final FindJobsQuery find;
    private final ReleaseJobUseCase release;
    private final Caller caller;

    public JobResource(FindJobsQuery find, ReleaseJobUseCase release, Caller caller) {
        this.find = find;
        this.release = release;
        this.caller = caller;
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.PARTS_MANAGER })
    @Operation(summary = "Release a job waiting on parts: ready to schedule a follow-up appointment")
    public Uni<Response> release(@PathParam("id") UUID id) {
        return release.release(caller.actor(), id).map(job -> ETags.ok(JobResponse.of(job), job.version()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Get a job")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.job(caller.tenantId(), id).map(job -> ETags.ok(JobResponse.of(job), job.version()));
    }
}
