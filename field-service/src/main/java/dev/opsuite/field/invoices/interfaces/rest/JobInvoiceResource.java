package dev.opsuite.field.invoices.interfaces.rest;

import dev.opsuite.field.invoices.application.port.in.FindJobInvoicesQuery;
import dev.opsuite.field.invoices.domain.JobInvoice;
import dev.opsuite.field.kernel.rest.Roles;
import dev.opsuite.support.tenancy.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/jobs/{id}/invoice")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Job invoices")
public class JobInvoiceResource {

    private final FindJobInvoicesQuery invoices;
    private final Caller caller;

    public JobInvoiceResource(FindJobInvoicesQuery invoices, Caller caller) {
        this.invoices = invoices;
        this.caller = caller;
    }

    /** The job's invoice as billing last announced it; {@code at}: when that version was finalized or revised. */
    public record JobInvoiceResponse(UUID invoiceId, String invoiceNumber, int version, String status, Money total,
            Instant at) {

        public record Money(BigDecimal amount, String currency) {
        }

        static JobInvoiceResponse of(JobInvoice i) {
            return new JobInvoiceResponse(i.invoiceId(), i.invoiceNumber(), i.version(), i.status().name(),
                    new Money(i.total(), i.currency()), i.at());
        }
    }

    @GET
    @RolesAllowed({ Roles.OWNER, Roles.DISPATCHER, Roles.CSR, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "The invoice billing finalized from the job (its latest version); 404 while there is none")
    public Uni<JobInvoiceResponse> invoice(@PathParam("id") UUID id) {
        return invoices.ofJob(caller.tenantId(), id).map(JobInvoiceResponse::of);
    }
}
