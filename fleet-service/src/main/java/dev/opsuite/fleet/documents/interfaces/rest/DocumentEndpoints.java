package dev.opsuite.fleet.documents.interfaces.rest;

import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.AddDocumentCommand;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.DocumentView;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.RemoveDocumentCommand;
import dev.opsuite.fleet.documents.application.port.in.ManageDocumentsUseCase.UpdateDocumentCommand;
import dev.opsuite.fleet.kernel.SubjectRef;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.AddDocumentRequest;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.DocumentResponse;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.DocumentsResponse;
import dev.opsuite.fleet.documents.interfaces.rest.DocumentDtos.UpdateDocumentRequest;
import dev.opsuite.support.rest.ETags;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** What the vehicle, trailer and driver document resources do alike; only their paths and roles differ. */
final class DocumentEndpoints {

    private DocumentEndpoints() {
    }

    static Uni<DocumentsResponse> overview(ManageDocumentsUseCase documents, Caller caller, SubjectRef subject) {
        return documents.overview(caller.tenantId(), subject).map(DocumentsResponse::of);
    }

    static Uni<Response> add(ManageDocumentsUseCase documents, Caller caller, SubjectRef subject,
            AddDocumentRequest request, UriInfo uri) {
        return documents.add(new AddDocumentCommand(caller.actor(), subject, request.toDomain()))
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.document().id().toString()).build())
                        .tag(ETags.of(view.document().version())).entity(DocumentResponse.of(view)).build());
    }

    static Uni<Response> get(ManageDocumentsUseCase documents, Caller caller, SubjectRef subject, UUID documentId) {
        return documents.find(caller.tenantId(), subject, documentId).map(DocumentEndpoints::ok);
    }

    static Uni<Response> update(ManageDocumentsUseCase documents, Caller caller, SubjectRef subject, UUID documentId,
            String ifMatch, UpdateDocumentRequest request) {
        return documents.update(new UpdateDocumentCommand(caller.actor(), subject, documentId, ETags.parse(ifMatch),
                request.number(), request.validFrom(), request.validUntil(), request.note())).map(DocumentEndpoints::ok);
    }

    static Uni<Response> remove(ManageDocumentsUseCase documents, Caller caller, SubjectRef subject, UUID documentId,
            String ifMatch) {
        return documents.remove(new RemoveDocumentCommand(caller.actor(), subject, documentId, ETags.parse(ifMatch)))
                .map(ignored -> Response.noContent().build());
    }

    private static Response ok(DocumentView view) {
        return Response.ok(DocumentResponse.of(view)).tag(ETags.of(view.document().version())).build();
    }
}
