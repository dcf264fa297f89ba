package dev.opsuite.field.jobs.interfaces.rest;

import dev.opsuite.field.jobs.application.port.in.MyJobsUseCase;
import dev.opsuite.field.jobs.application.port.in.MyJobsUseCase.MyPartCommand;
import dev.opsuite.field.jobs.application.port.in.WorkOnJobUseCase.LaborCommand;
import dev.opsuite.field.jobs.domain.Diagnosis;
import dev.opsuite.field.jobs.domain.Job;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.DiagnosisRequest;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.JobResponse;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.LaborRequest;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.PartUsedRequest;
import dev.opsuite.field.jobs.interfaces.rest.JobDtos.WaitingOnPartsRequest;
import dev.opsuite.field.kernel.rest.Days;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The technician's queue: the technician is the one whose login the token names. Another technician's job answers
 * 404, as one that does not exist; a caller who is no technician of the business gets 403.
 */
@Path("/my/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My jobs")
@RolesAllowed(Roles.TECHNICIAN)
public class MyJobsResource {

    private final MyJobsUseCase my;
    private final Caller caller;
    private final Clock clock;

    public MyJobsResource(MyJobsUseCase my, Caller caller, Clock clock) {
        this.my = my;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "My jobs of a UTC day (today without date), in the order of their appointments")
    public Uni<List<JobResponse>> myJobs(@QueryParam("date") String date) {
        Instant from = Days.startOf(date, clock);
        return my.myJobs(caller.actor(), from, from.plus(Duration.ofDays(1)))
                .map(list -> list.stream().map(JobResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of my jobs, with its diagnosis, labor and parts used")
    public Uni<Response> myJob(@PathParam("id") UUID id) {
        return my.myJob(caller.actor(), id).map(MyJobsResource::ok);
    }

    @POST
    @Path("/{id}/start")
    @Operation(summary = "Start a scheduled job on site")
    public Uni<Response> start(@PathParam("id") UUID id) {
        return my.start(caller.actor(), id).map(MyJobsResource::ok);
    }

    @POST
    @Path("/{id}/diagnosis")
    @Operation(summary = "Record the diagnosis: findings and cause")
    public Uni<Response> diagnose(@PathParam("id") UUID id, @Valid @NotNull DiagnosisRequest request) {
        return my.diagnose(caller.actor(), id, new Diagnosis(request.findings().trim(),
                request.cause() == null || request.cause().isBlank() ? null : request.cause().trim()))
                .map(MyJobsResource::ok);
    }

    @POST
    @Path("/{id}/labor")
    @Operation(summary = "Log labor: start and end, or hours, at a rate class")
    public Uni<Response> logLabor(@PathParam("id") UUID id, @Valid @NotNull LaborRequest request) {
        return my.logLabor(caller.actor(), id, new LaborCommand(request.start(), request.end(), request.hours(),
                request.rateClass())).map(MyJobsResource::ok);
    }

    @POST
    @Path("/{id}/parts")
    @Operation(summary = "Record a part fitted: a stocked one (partId or reservationId) is taken from my truck or the "
            + "reservation and inventory is told; one bought on the way (neither) is recorded on the job only")
    public Uni<Response> usePart(@PathParam("id") UUID id, @Valid @NotNull PartUsedRequest request) {
        return my.usePart(caller.actor(), id, new MyPartCommand(request.partId(), request.sku().trim(),
                request.quantity(), request.reservationId())).map(MyJobsResource::ok);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Complete the job")
    public Uni<Response> complete(@PathParam("id") UUID id) {
        return my.complete(caller.actor(), id).map(MyJobsResource::ok);
    }

    @POST
    @Path("/{id}/waiting-on-parts")
    @Operation(summary = "The part is not on the truck: the job waits on parts from now, for what is named")
    public Uni<Response> waitOnParts(@PathParam("id") UUID id, @Valid @NotNull WaitingOnPartsRequest request) {
        return my.waitOnParts(caller.actor(), id, request.waitingFor()).map(MyJobsResource::ok);
    }

    private static Response ok(Job job) {
        return ETags.ok(JobResponse.of(job), job.version());
    }
}
