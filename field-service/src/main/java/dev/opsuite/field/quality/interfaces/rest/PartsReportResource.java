package dev.opsuite.field.quality.interfaces.rest;

import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.field.quality.application.port.in.DocumentsQuery;
import dev.opsuite.field.quality.application.port.in.DocumentsQuery.Format;
import dev.opsuite.support.application.Rejection;
import dev.opsuite.support.rest.QueryParams;
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
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Parts usage and reservations of a period: a PDF ({@code parts.pdf}) or its HTML print view ({@code parts.html}). */
@Path("/reports/parts.{format}")
@Tag(name = "Documents")
public class PartsReportResource {

    /** A report of at most a quarter: longer is 400 naming {@code to}. */
    static final Duration LONGEST = Duration.ofDays(92);

    private final DocumentsQuery documents;
    private final Caller caller;

    public PartsReportResource(DocumentsQuery documents, Caller caller) {
        this.documents = documents;
        this.caller = caller;
    }

    @GET
    @Produces({ Printed.PDF, MediaType.TEXT_HTML })
    @RolesAllowed({ Roles.PARTS_MANAGER, Roles.DISPATCHER, Roles.OWNER, Roles.ADMIN })
    @Operation(summary = "Parts used and part reservations asked in [from, to) (format pdf or html; at most 92 days)")
    public Uni<Response> report(@PathParam("format") String format, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Format as = Printed.format(format);
        Instant start = QueryParams.requiredInstant("from", from);
        Instant end = QueryParams.requiredInstant("to", to);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw Rejection.invalid("report-range", "to", "to is after from, at most 92 days later.").toException();
        }
        return documents.partsReport(caller.tenantId(), start, end, as)
                .map(bytes -> Printed.response(bytes, as, "parts-" + start.toString().substring(0, 10)));
    }
}
