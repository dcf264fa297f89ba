package dev.opsuite.dispatch.requests.interfaces.rest;

import dev.opsuite.dispatch.kernel.rest.Roles;
import dev.opsuite.dispatch.requests.application.port.in.RequestInvoiceUseCase;
import dev.opsuite.dispatch.requests.application.port.in.RequestInvoiceUseCase.RequestInvoiceCommand;
import dev.opsuite.dispatch.requests.domain.InvoiceRequest;
import dev.opsuite.support.rest.OnlyKnownFields;
import dev.opsuite.support.tenancy.Caller;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Seed 000's "create new" invoices from a dispatch: asked of billing by event, followed here until billing answers. */
@Path("/dispatch/{id}/invoice-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoice requests")
public class InvoiceRequestResource {

    private final RequestInvoiceUseCase requests;
    private final Caller caller;

    public InvoiceRequestResource(RequestInvoiceUseCase requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    record LineRequest(@NotNull UUID salesOrderLineId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") @Digits(integer = 10, fraction = 3)
            BigDecimal quantity) {
    }

    record InvoiceRequestRequest(@NotNull UUID salesOrderId, @NotEmpty @Size(max = 100) List<@NotNull @Valid LineRequest> lines) {
    }

    record LineResponse(UUID salesOrderLineId, BigDecimal quantity) {
    }

    record InvoiceRequestResponse(UUID id, UUID dispatchId, String dispatchNumber, UUID salesOrderId,
            List<LineResponse> lines, String status, UUID invoiceId, boolean attached, String reason, String detail,
            Instant answeredAt, String requestedBy, Instant requestedAt) {

        static InvoiceRequestResponse of(InvoiceRequest r) {
            InvoiceRequest.Answer a = r.answer();
            return new InvoiceRequestResponse(r.id(), r.dispatchId(), r.dispatchNumber(), r.salesOrderId(),
                    r.lines().stream().map(l -> new LineResponse(l.salesOrderLineId(), l.quantity())).toList(),
                    r.status().name(), a == null ? null : a.invoiceId(), a != null && a.attached(),
                    a == null ? null : a.reason(), a == null ? null : a.detail(), a == null ? null : a.at(),
                    r.envelope().createdBy(), r.envelope().createdAt());
        }
    }

    @POST
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING })
    @CustomDeserialization(OnlyKnownFields.class)
    @Operation(summary = "Ask billing to draft and issue an invoice for lines of a sales order (invoice-requested); the "
            + "invoice is attached to this dispatch when billing issues it. 202 with the request, REQUESTED")
    public Uni<Response> request(@PathParam("id") UUID id, @Valid @NotNull InvoiceRequestRequest request) {
        return requests.request(new RequestInvoiceCommand(caller.actor(), id, request.salesOrderId(),
                        request.lines().stream().map(l -> new InvoiceRequest.Line(l.salesOrderLineId(), l.quantity())).toList()))
                .map(r -> Response.accepted(InvoiceRequestResponse.of(r)).build());
    }

    @GET
    @RolesAllowed({ Roles.DISPATCHER, Roles.OPERATIONS_MANAGER, Roles.BILLING, Roles.FLEET_MANAGER })
    @Operation(summary = "The invoice requests of a dispatch and where each stands: REQUESTED, FULFILLED (invoiceId, "
            + "attached) or REJECTED (reason, detail)")
    public Uni<List<InvoiceRequestResponse>> list(@PathParam("id") UUID id) {
        return requests.requests(caller.tenantId(), id).map(list -> list.stream().map(InvoiceRequestResponse::of).toList());
    }
}
