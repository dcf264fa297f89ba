package dev.opsuite.console.dispatches;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import dev.opsuite.console.dispatches.DispatchViews.DispatchDetail;
import dev.opsuite.console.dispatches.DispatchViews.InvoiceOption;
import dev.opsuite.console.dispatches.DispatchViews.InvoiceRequest;
import dev.opsuite.console.dispatches.DispatchViews.Option;
import dev.opsuite.console.dispatches.DispatchViews.SalesOrder;
import dev.opsuite.console.web.Documents;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * A dispatch (GET /dispatch/{id}): its facts, the schedule (unit, window, trip ticket), the invoices attached, the
 * "create new" invoice requests, the history and the sheet; and what the status allows: edit datetime and unit,
 * schedule, dispatch, complete, close, cancel, delete, attach and detach invoices. Every change sends If-Match with
 * the version the page showed; a refusal re-renders the page with the service's problem next to the input it names.
 */
@Path("/dispatches/{id}")
public class DispatchDetailResource {

    /** What the user typed into the page's forms, kept when the service refuses it. */
    public record Input(String datetime, String unit, String reason, String recipientName, String receivedAt,
            List<String> invoiceIds) {

        static final Input NONE = new Input(null, null, null, null, null, List.of());

        public Input {
            invoiceIds = invoiceIds == null ? List.of() : invoiceIds;
        }

        public boolean picked(UUID invoice) {
            return invoiceIds.contains(invoice.toString());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(DispatchDetail d, String unitLabel, List<Option> units,
                List<InvoiceOption> invoiceChoices, List<SalesOrder> orders, List<InvoiceRequest> requests, Input input,
                String notice, Problem problem);
    }

    @Inject
    @RestClient
    DispatchApi api;

    @Inject
    @RestClient
    BillingOrdersApi billing;

    @Inject
    DispatchDirectory directory;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return page(api.get(id), notice, null, Input.NONE);
    }

    @POST
    @Path("edit")
    @Produces(MediaType.TEXT_HTML)
    public Response edit(@PathParam("id") UUID id, @FormParam("version") String version,
            @FormParam("datetime") String datetime, @FormParam("unit") String unit) {
        return change(id, new Input(datetime, unit, null, null, null, null), "Saved",
                () -> api.edit(id, Lifecycle.ifMatch(version), DispatchForms.edit(datetime, unit)));
    }

    @POST
    @Path("steps/{action}")
    @Produces(MediaType.TEXT_HTML)
    public Response step(@PathParam("id") UUID id, @PathParam("action") String action, @FormParam("version") String version) {
        if (!Lifecycle.STEPS.contains(action)) {
            throw new NotFoundException();
        }
        return change(id, Input.NONE, "The dispatch is " + Lifecycle.done(action),
                () -> api.step(id, action, Lifecycle.ifMatch(version)));
    }

    @POST
    @Path("cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") UUID id, @FormParam("version") String version, @FormParam("reason") String reason) {
        return change(id, new Input(null, null, reason, null, null, null), "The dispatch is cancelled",
                () -> api.stepWith(id, "cancel", Lifecycle.ifMatch(version), Collections.singletonMap("reason",
                        DispatchForms.blankToNull(reason))));
    }

    @POST
    @Path("complete")
    @Produces(MediaType.TEXT_HTML)
    public Response complete(@PathParam("id") UUID id, @FormParam("version") String version,
            @FormParam("recipientName") String recipientName, @FormParam("receivedAt") String receivedAt) {
        return change(id, new Input(null, null, null, recipientName, receivedAt, null), "The dispatch is completed",
                () -> api.stepWith(id, "complete", Lifecycle.ifMatch(version),
                        DispatchForms.complete(recipientName, receivedAt)));
    }

    /** The signature or photo, passed on to dispatch-service as it came (the service checks its type and size). */
    @POST
    @Path("proof")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response proof(@PathParam("id") UUID id, @RestForm("version") String version, @RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            Problem none = Problem.invalid("file", "Choose the signature or photo to upload.");
            return Response.status(none.status()).entity(page(api.get(id), null, none, Input.NONE)).build();
        }
        return change(id, Input.NONE, "Proof of delivery uploaded", () -> api.proof(id, Lifecycle.ifMatch(version), file));
    }

    @POST
    @Path("invoices")
    @Produces(MediaType.TEXT_HTML)
    public Response attach(@PathParam("id") UUID id, @FormParam("version") String version,
            @FormParam("invoiceIds") List<String> invoiceIds) {
        List<String> picked = invoiceIds == null ? List.of() : invoiceIds;
        return change(id, new Input(null, null, null, null, null, picked),
                picked.size() == 1 ? "Invoice attached" : picked.size() + " invoices attached",
                () -> api.attach(id, Lifecycle.ifMatch(version), Map.of("invoiceIds", picked)));
    }

    @POST
    @Path("invoices/{invoiceId}/detach")
    @Produces(MediaType.TEXT_HTML)
    public Response detach(@PathParam("id") UUID id, @PathParam("invoiceId") UUID invoiceId,
            @FormParam("version") String version) {
        return change(id, Input.NONE, "Invoice removed", () -> api.detach(id, invoiceId, Lifecycle.ifMatch(version)));
    }

    /** "Create new": billing is asked for an invoice of everything still uninvoiced on the order; attached when issued. */
    @POST
    @Path("invoice-requests")
    @Produces(MediaType.TEXT_HTML)
    public Response requestInvoice(@PathParam("id") UUID id, @FormParam("salesOrderId") String salesOrderId) {
        UUID order = parseId(salesOrderId);
        List<Map<String, Object>> lines = order == null ? List.of() : DispatchForms.remainingLines(billing.order(order));
        if (order != null && lines.isEmpty()) {
            Problem nothing = Problem.invalid("salesOrderId", "Everything on this order is invoiced already.");
            return Response.status(nothing.status()).entity(page(api.get(id), null, nothing, Input.NONE)).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("salesOrderId", order);
        body.put("lines", lines);
        return change(id, Input.NONE, "Invoice requested from billing; it is attached when billing issues it", () -> {
            api.requestInvoice(id, body);
            return null;
        });
    }

    private static UUID parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @POST
    @Path("delete")
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("id") UUID id, @FormParam("version") String version) {
        try {
            api.delete(id, Lifecycle.ifMatch(version));
            return DispatchForms.seeOther(DispatchQuery.PATH, "Dispatch deleted");
        } catch (WebApplicationException e) {
            return refused(id, Input.NONE, e);
        }
    }

    /** The dispatch sheet, rendered by dispatch-service, streamed with the user's token. */
    @GET
    @Path("sheet.pdf")
    @Produces("application/pdf")
    public Response sheet(@PathParam("id") UUID id) {
        return Documents.pdf(api.sheetPdf(id), "dispatch-" + id + ".pdf");
    }

    private Response change(UUID id, Input input, String notice, Supplier<DispatchDetail> call) {
        try {
            call.get();
            return DispatchForms.seeOther("/dispatches/" + id, notice);
        } catch (WebApplicationException e) {
            return refused(id, input, e);
        }
    }

    private Response refused(UUID id, Input input, WebApplicationException e) {
        Problem problem = Problem.of("dispatch-service", e);
        if (!problem.mendable() && !Lifecycle.refusedUpload(problem.status())) {
            throw e;
        }
        // a stale page shows the record as it is now, not what was typed over the old one
        Input kept = problem.stale() ? Input.NONE : input;
        return Response.status(problem.status()).entity(page(api.get(id), null, problem, kept)).build();
    }

    /** The ready units, and the dispatch's own unit first when it is not among them (it stays a choice). */
    private List<Option> unitChoices(DispatchDetail d) {
        List<Option> ready = directory.readyUnits();
        String own = d.unit() == null ? null : d.unit().toString();
        if (own == null || ready.stream().anyMatch(o -> o.value().equals(own))) {
            return ready;
        }
        return Stream.concat(Stream.of(new Option(own, unitName(d))), ready.stream()).toList();
    }

    /** The unit by fleet's names, else by the truck on the dispatch's own trip ticket. */
    private String unitName(DispatchDetail d) {
        return directory.unitLabel(d.unit(), d.tripTicket() == null ? null : d.tripTicket().registrationNumber());
    }

    private TemplateInstance page(DispatchDetail d, String notice, Problem problem, Input input) {
        List<InvoiceOption> choices = d.invoicesOpen()
                ? directory.issuedInvoices().stream().filter(i -> !d.hasInvoice(i.id())).toList()
                : List.of();
        List<SalesOrder> orders = d.invoicesOpen() ? directory.confirmedOrders() : List.of();
        return Templates.detail(d, unitName(d), d.editable() ? unitChoices(d) : List.of(), choices, orders,
                api.invoiceRequests(d.id()), input, notice, problem);
    }
}
