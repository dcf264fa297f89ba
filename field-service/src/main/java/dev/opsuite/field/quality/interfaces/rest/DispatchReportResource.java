package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.kernel.rest.Days;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The daily dispatch report: a PDF ({@code dispatch.pdf}) or its HTML print view ({@code dispatch.html}). */
@Path("/reports/dispatch.{format}")
@Tag(name = "Documents")
public class DispatchReportResource {

    private final DocumentsQuery documents;
    private final Caller caller;
    private final Clock clock;

    public DispatchReportResource(DocumentsQuery documents, Caller caller, Clock clock) {
        this.documents = documents;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Produces({ Printed.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "The dispatch report of a UTC day (date, today without it; format pdf or html): appointments "
            + "by technician, conflicts, unassigned and blocked jobs")
    public Uni<Response> report(@PathParam("format") String format, @QueryParam("date") String date) {
        Format as = Printed.format(format);
        LocalDate day = LocalDate.ofInstant(Days.startOf(date, clock), ZoneOffset.UTC);
        return documents.dispatchReport(caller.tenantId(), day, as)
                .map(bytes -> Printed.response(bytes, as, "dispatch-" + day));
    }
}
