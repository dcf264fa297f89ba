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

/** The documents of a driver (driving licence, driver card, professional qualification card (code 95)). */
@Path("/drivers/{driverId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DriverDocumentResource {

    private final ManageDocumentsUseCase documents;
    private final Caller caller;

    public DriverDocumentResource(ManageDocumentsUseCase documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "The driver's documents and their traffic light: GREEN, YELLOW (expiring within the warning window) or RED (expired, or a required one missing)")
    public Uni<DocumentsResponse> overview(@PathParam("driverId") UUID driverId) {
        return DocumentEndpoints.overview(documents, caller, SubjectRef.driver(driverId));
    }

    @POST
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Add a document of the driver (a renewal is a new document); reassesses its transport unit")
    public Uni<Response> add(@PathParam("driverId") UUID driverId, @Valid @NotNull AddDocumentRequest request, UriInfo uri) {
        return DocumentEndpoints.add(documents, caller, SubjectRef.driver(driverId), request, uri);
    }

    @GET
    @Path("/{documentId}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN, Roles.DISPATCHER, Roles.VIEWER })
    @Operation(summary = "Get a document of the driver; the ETag is its version")
    public Uni<Response> get(@PathParam("driverId") UUID driverId, @PathParam("documentId") UUID documentId) {
        return DocumentEndpoints.get(documents, caller, SubjectRef.driver(driverId), documentId);
    }

    @PATCH
    @Path("/{documentId}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Correct a document's number, validity or note (the type is fixed); reassesses the transport unit. If-Match optional")
    public Uni<Response> update(@PathParam("driverId") UUID driverId, @PathParam("documentId") UUID documentId,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull UpdateDocumentRequest request) {
        return DocumentEndpoints.update(documents, caller, SubjectRef.driver(driverId), documentId, ifMatch, request);
    }

    @DELETE
    @Path("/{documentId}")
    @RolesAllowed({ Roles.FLEET_MANAGER, Roles.HR_ADMIN })
    @Operation(summary = "Remove a document entered by mistake; reassesses the transport unit. If-Match optional")
    public Uni<Response> remove(@PathParam("driverId") UUID driverId, @PathParam("documentId") UUID documentId,
            @HeaderParam("If-Match") String ifMatch) {
        return DocumentEndpoints.remove(documents, caller, SubjectRef.driver(driverId), documentId, ifMatch);
    }
}
