package dev.opsuite.fleet.documents.interfaces.rest;

import dev.opsuite.fleet.kernel.rest.Roles;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.AddDocumentRequest;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.DocumentsResponse;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.UpdateDocumentRequest;
import dev.opsuite.support.tenancy.Caller;
import dev.opsuite.support.rest.OnlyKnownFields;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents of a vehicle (LKV: registration, insurance, annual inspection, tachograph calibration, CMR insurance; PKV: registration, insurance, annual inspection; either may add KASKO insurance). */
@Path("/vehicles/{vehicleId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class VehicleDocumentResource {

    private final ManageDocumentsUseCase documents;
    private final Caller caller;

    public VehicleDocumentResource(ManageDocumentsUseCase documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER })
    @Operation(summary = "The vehicle's documents and their traffic light: GREEN, YELLOW (expiring within the warning window) or RED (expired, or a required one missing)")
    public Uni<DocumentsResponse> overview(@PathParam("vehicleId") UUID vehicleId) {
        return DocumentEndpoints.overview(documents, caller, SubjectRef.vehicle(vehicleId));
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER })
    @Operation(summary = "Add a document of the vehicle (a renewal is a new document); reassesses its transport unit")
    public Uni<Response> add(@PathParam("vehicleId") UUID vehicleId, @Valid @NotNull AddDocumentRequest request, UriInfo uri) {
        return DocumentEndpoints.add(documents, caller, SubjectRef.vehicle(vehicleId), request, uri);
    }

    @GET
    @Path("/{documentId}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.DISPATCHER, Roles.MECHANIC, Roles.VIEWER })
    @Operation(summary = "Get a document of the vehicle; the ETag is its version")
    public Uni<Response> get(@PathParam("vehicleId") UUID vehicleId, @PathParam("documentId") UUID documentId) {
        return DocumentEndpoints.get(documents, caller, SubjectRef.vehicle(vehicleId), documentId);
    }

    @PATCH
    @Path("/{documentId}")
    @RolesAllowed({ Roles.FLEET_MANAGER })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Correct a document's number, validity or note (the type is fixed); reassesses the transport unit. If-Match optional")
    public Uni<Response> update(@PathParam("vehicleId") UUID vehicleId, @PathParam("documentId") UUID documentId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UpdateDocumentRequest request) {
        return DocumentEndpoints.update(documents, caller, SubjectRef.vehicle(vehicleId), documentId, ifMatch, request);
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({ Roles.FLEET_MANAGER })
    @Operation(summary = "Remove a document entered by mistake; reassesses the transport unit. If-Match optional")
    public Uni<Response> remove(@PathParam("vehicleId") UUID vehicleId, @PathParam("documentId") UUID documentId,
            @HeaderParam("If-Match") String ifMatch) {
        return DocumentEndpoints.remove(documents, caller, SubjectRef.vehicle(vehicleId), documentId, ifMatch);
    }
}
