package dev.opsuite.console.invoices;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.estimates.EstimateForm.Refused;
import dev.opsuite.console.web.Documents;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Seed 002's finance: the invoice drafts of completed jobs (filters in the URL), one draft with its lines, totals,
 * edits (versions) and PDF; edit with a reason, prepare, finalize (by someone other than the preparer: the service's
 * 409 preparer-cannot-finalize is shown by "Prepared by"). billing-service's /invoice-drafts.
 */
@Path("/invoice-drafts")
@Produces(MediaType.TEXT_HTML)
public class InvoiceDraftsResource {

    static final List<String> STATUSES = List.of("DRAFT", "PREPARED", "FINALIZED");
    private static final Map<String, String> NOTICES = Map.of(
            "edited", "Saved, with your reason. You are now this draft's preparer: someone else finalizes it.",
            "prepared", "Prepared. Someone else from finance finalizes it.",
            "finalized", "Finalized: the invoice has its number; field shows it on the job.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Draft> drafts, Paging paging, List<String> statuses);

        static native TemplateInstance detail(Draft draft, Problem problem, String notice);

        static native TemplateInstance edit(Draft draft, DraftForm form, Problem problem);
    }

    @Inject
    @RestClient
    BillingApi api;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("orderBy") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order, @QueryParam("status") String status,
            @QueryParam("jobId") String jobId, @QueryParam("customerId") String customerId,
            @QueryParam("needsPricing") String needsPricing) {
        Paging paging = Paging.of("/invoice-drafts", page, size, orderBy, order).filter("status", status)
                .filter("jobId", jobId).filter("customerId", customerId).filter("needsPricing", needsPricing);
        Page<Draft> drafts = api.drafts(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                filter(paging, "status"), filter(paging, "jobId"), filter(paging, "customerId"),
                filter(paging, "needsPricing"));
        return Templates.list(drafts, paging, STATUSES);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        return Templates.detail(api.draft(id), null, notice == null ? null : NOTICES.get(notice));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        Draft draft = api.draft(id);
        return Templates.edit(draft, DraftForm.of(draft), null);
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        DraftForm form = DraftForm.of(posted);
        DraftForm.Request request;
        try {
            request = form.request();
        } catch (Refused refused) {
            return Response.status(400).entity(Templates.edit(api.draft(id), form, refused.problem())).build();
        }
        try {
            api.edit(id, dev.opsuite.console.estimates.ETag.ifMatch(form.version()), request.body());
            return seeOther(id, "edited");
        } catch (WebApplicationException e) {
            Problem p = Problem.of("billing-service", e);
            if (!p.mendable()) {
                throw e;
            }
            Draft now = api.draft(id);
            return Response.status(p.status()).entity(Templates.edit(now, p.stale() ? DraftForm.of(now) : form,
                    DraftForm.placed(p, request.rowOfLine()))).build();
        }
    }

    @POST
    @Path("/{id}/prepare")
    public Response prepare(@PathParam("id") UUID id) {
        return act(id, "prepared", () -> api.prepare(id));
    }

    @POST
    @Path("/{id}/finalize")
    public Response finalize(@PathParam("id") UUID id) {
        return act(id, "finalized", () -> api.finalize(id));
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        return Documents.pdf(api.pdf(id), "invoice-draft-" + id + ".pdf");
    }

    /** A button's POST: on success to the draft with a notice, refused: the draft with the service's problem. */
    private Response act(UUID id, String notice, Runnable call) {
        try {
            call.run();
            return seeOther(id, notice);
        } catch (WebApplicationException e) {
            Problem p = Problem.of("billing-service", e);
            if (!p.mendable()) {
                throw e;
            }
            return Response.status(p.status()).entity(Templates.detail(api.draft(id), p, null)).build();
        }
    }

    private static Response seeOther(UUID id, String notice) {
        return Response.seeOther(URI.create("/invoice-drafts/" + id + "?notice=" + notice)).build();
    }

    private static String filter(Paging paging, String name) {
        String value = paging.value(name);
        return value.isEmpty() ? null : value;
    }
}
