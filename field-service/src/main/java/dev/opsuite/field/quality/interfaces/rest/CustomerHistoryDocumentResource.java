package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.quality.application.port.in.DocumentsQuery;
import dev.opsuite.field.quality.application.port.in.DocumentsQuery.Format;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The customer's job history: a PDF ({@code history.pdf}) or its HTML print view ({@code history.html}). */
@Path("/customers/{id}/history.{format}")
@Tag(name = "Documents")
public class CustomerHistoryDocumentResource {

    private final DocumentsQuery documents;
    private final Caller caller;

    public CustomerHistoryDocumentResource(DocumentsQuery documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Produces({ Printed.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.CSR, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN, Roles.ESTIMATOR })
    @Operation(summary = "The customer's job history (format pdf or html): the customer, their locations and every "
            + "status change of their jobs")
    public Uni<Response> history(@PathParam("id") UUID id, @PathParam("format") String format) {
        Format as = Printed.format(format);
        return documents.customerHistory(caller.tenantId(), id, as)
                .map(bytes -> Printed.response(bytes, as, "customer-history-" + id));
    }
}
