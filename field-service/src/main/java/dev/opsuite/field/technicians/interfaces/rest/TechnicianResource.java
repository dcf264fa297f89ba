package dev.opsuite.field.technicians.interfaces.rest;

import dev.opsuite.field.kernel.Trade;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.technicians.application.port.in.FindTechniciansQuery;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase.RegisterTechnicianCommand;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase.ReviseTechnicianCommand;
import dev.opsuite.field.technicians.application.port.in.ManageTechniciansUseCase.TakeTimeOffCommand;
import dev.opsuite.field.technicians.interfaces.rest.TechnicianDtos.RegisterTechnicianRequest;
import dev.opsuite.field.technicians.interfaces.rest.TechnicianDtos.ReviseTechnicianRequest;
import dev.opsuite.field.technicians.interfaces.rest.TechnicianDtos.TechnicianResponse;
import dev.opsuite.field.technicians.interfaces.rest.TechnicianDtos.TimeOffRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.rest.QueryParams;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Technicians, their skills, hours, truck and time off. Changes take If-Match (the ETag); a stale one is 412. */
@Path("/technicians")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Technicians")
public class TechnicianResource {

    private final ManageTechniciansUseCase manage;
    private final FindTechniciansQuery find;
    private final Caller caller;

    public TechnicianResource(ManageTechniciansUseCase manage, FindTechniciansQuery find, Caller caller) {
        this.manage = manage;
        this.find = find;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.DISPATCHER, Roles.OWNER })
    @Operation(summary = "Register a technician: login, skills, working hours, truck")
    public Uni<Response> register(@Valid @NotNull RegisterTechnicianRequest request, UriInfo uri) {
        return manage.register(new RegisterTechnicianCommand(caller.actor(), request.userId(), request.profile()))
                .map(t -> ETags.created(uri, t.id(), TechnicianResponse.of(t), t.version()));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.DISPATCHER, Roles.OWNER, Roles.CSR, Roles.PARTS_MANAGER })
    @Operation(summary = "Every technician by name; trade keeps those with a skill in it")
    public Uni<List<TechnicianResponse>> list(@QueryParam("trade") String trade) {
        return find.technicians(caller.tenantId(), QueryParams.filter("trade", trade, Trade.class))
                .map(list -> list.stream().map(TechnicianResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DISPATCHER, Roles.OWNER, Roles.CSR, Roles.PARTS_MANAGER })
    @Operation(summary = "Get a technician")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return find.technician(caller.tenantId(), id).map(t -> ETags.ok(TechnicianResponse.of(t), t.version()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.DISPATCHER, Roles.OWNER })
    @Operation(summary = "Revise a technician's name, time zone, skills, working hours and truck (If-Match)")
    public Uni<Response> revise(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviseTechnicianRequest request) {
        return manage.revise(new ReviseTechnicianCommand(caller.actor(), id, ETags.parse(ifMatch), request.profile()))
                .map(t -> ETags.ok(TechnicianResponse.of(t), t.version()));
    }

    @POST
    @Path("/{id}/time-off")
    @RolesAllowed({ Roles.ADMIN, Roles.DISPATCHER, Roles.OWNER })
    @Operation(summary = "Record time off of a technician; it may not overlap time off already taken")
    public Uni<Response> takeTimeOff(@PathParam("id") UUID id, @Valid @NotNull TimeOffRequest request) {
        return manage.takeTimeOff(new TakeTimeOffCommand(caller.actor(), id, request.from(), request.to(),
                        request.reason()))
                .map(t -> Response.created(URI.create("/technicians/" + t.id())).tag(ETags.of(t.version()))
                        .entity(TechnicianResponse.of(t)).build());
    }

    @DELETE
    @Path("/{id}/time-off/{timeOffId}")
    @RolesAllowed({ Roles.ADMIN, Roles.DISPATCHER, Roles.OWNER })
    @Operation(summary = "Cancel a technician's time off")
    public Uni<Response> cancelTimeOff(@PathParam("id") UUID id, @PathParam("timeOffId") UUID timeOffId) {
        return manage.cancelTimeOff(caller.actor(), id, timeOffId).map(t -> Response.noContent().build());
    }
}
