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

/** The technician's job sheet: a PDF ({@code sheet.pdf}) or its HTML print view ({@code sheet.html}). */
@Path("/jobs/{id}/sheet.{format}")
@Tag(name = "Documents")
public class JobSheetResource {

    private final DocumentsQuery documents;
    private final Caller caller;

    public JobSheetResource(DocumentsQuery documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Produces({ Printed.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.DISPATCHER, Roles.TECHNICIAN, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "The job sheet (format pdf or html): call, customer, location, findings, labor, parts; "
            + "a technician prints only their own jobs")
    public Uni<Response> sheet(@PathParam("id") UUID id, @PathParam("format") String format) {
        Format as = Printed.format(format);
        // A technician (and nothing that reads every job) prints only their own jobs.
        boolean onlyOwn = caller.hasRole(Roles.TECHNICIAN) && !caller.hasRole(Roles.DISPATCHER)
                && !caller.hasRole(Roles.OWNER) && !caller.hasRole(Roles.ADMIN);
        return documents.jobSheet(caller.tenantId(), onlyOwn ? caller.userId() : null, id, as)
                .map(bytes -> Printed.response(bytes, as, "job-sheet-" + id));
    }
}
