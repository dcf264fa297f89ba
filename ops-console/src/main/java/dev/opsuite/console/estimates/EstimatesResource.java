package dev.opsuite.console.estimates;

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

import dev.opsuite.console.web.Documents;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Seed 002's estimator: the estimates (filters in the URL), one estimate with its lines, totals, status and the
 * owner's decisions, its PDF, and the form that estimates a job or revises an estimate from the price book, then
 * submits it through the owner's threshold. field-service's /estimates, /jobs/{id}/estimates, /price-book.
 */
@Path("/estimates")
@Produces(MediaType.TEXT_HTML)
public class EstimatesResource {

    static final List<String> STATUSES = List.of("DRAFT", "OWNER_APPROVAL_REQUIRED", "APPROVED", "CHANGES_REQUESTED",
            "REJECTED", "SUPERSEDED");
    static final List<String> RATE_CLASSES = List.of("STANDARD", "OVERTIME", "EMERGENCY");
    private static final Map<String, String> NOTICES = Map.of(
            "created", "Estimate saved as a draft, priced now. Submit it when it is complete.",
            "revised", "Estimate revised, priced now.",
            "submitted", "Submitted.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Estimate> estimates, Paging paging, List<String> statuses);

        static native TemplateInstance detail(Estimate estimate, Problem problem, String notice);

        static native TemplateInstance form(Estimate estimate, EstimateForm form, List<PriceBookItem> book,
                List<String> rateClasses, Problem problem);
    }

    @Inject
    @RestClient
    FieldEstimatesApi api;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("orderBy") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order, @QueryParam("status") String status,
            @QueryParam("jobId") String jobId, @QueryParam("customerId") String customerId) {
        Paging paging = Paging.of("/estimates", page, size, orderBy, order).filter("status", status)
                .filter("jobId", jobId).filter("customerId", customerId);
        Page<Estimate> estimates = api.list(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                blankToNull(paging.value("status")), blankToNull(paging.value("jobId")),
                blankToNull(paging.value("customerId")));
        return Templates.list(estimates, paging, STATUSES);
    }

    @GET
    @Path("/new")
    public TemplateInstance create(@QueryParam("jobId") String jobId) {
        return form(null, EstimateForm.blank(jobId), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        EstimateForm form = EstimateForm.of(posted);
        UUID jobId;
        try {
            jobId = UUID.fromString(form.jobId() == null ? "" : form.jobId());
        } catch (IllegalArgumentException e) {
            return refused(null, form, Problem.invalid("jobId", "Enter the job's id (as on the job sheet)."));
        }
        EstimateForm.Request request;
        try {
            request = form.request();
        } catch (EstimateForm.Refused refused) {
            return refused(null, form, refused.problem());
        }
        try {
            Estimate created = api.create(jobId, request.body());
            return seeOther(created.id(), "created");
        } catch (WebApplicationException e) {
            Problem p = Problem.of("field-service", e);
            if ("job-not-found".equals(p.code())) {
                p = new Problem(p.status(), p.code(), p.title(), p.detail(),
                        List.of(new Problem.FieldError("jobId", p.detail() == null ? p.title() : p.detail())));
            } else if (!p.mendable()) {
                throw e;
            }
            return refused(null, form, EstimateForm.placed(p, request.rowOfLine()));
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("notice") String notice) {
        Estimate estimate = api.get(id);
        return Templates.detail(estimate, null, notice(notice, estimate));
    }

    @GET
    @Path("/{id}/edit")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        Estimate estimate = api.get(id);
        return form(estimate, EstimateForm.of(estimate), null);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        EstimateForm form = EstimateForm.of(posted);
        EstimateForm.Request request;
        try {
            request = form.request();
        } catch (EstimateForm.Refused refused) {
            return refused(api.get(id), form, refused.problem());
        }
        try {
            api.revise(id, ETag.ifMatch(form.version()), request.body());
            return seeOther(id, "revised");
        } catch (WebApplicationException e) {
            Problem p = Problem.of("field-service", e);
            if (!p.mendable()) {
                throw e;
            }
            Estimate now = api.get(id);
            // Stale: the form shows the estimate as it is now; otherwise the user's rows are kept to be mended.
            return refused(now, p.stale() ? EstimateForm.of(now) : form, EstimateForm.placed(p, request.rowOfLine()));
        }
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, @jakarta.ws.rs.FormParam("version") String version) {
        try {
            api.submit(id, ETag.ifMatch(version));
            return seeOther(id, "submitted");
        } catch (WebApplicationException e) {
            Problem p = Problem.of("field-service", e);
            if (!p.mendable()) {
                throw e;
            }
            return Response.status(p.status()).entity(Templates.detail(api.get(id), p, null)).build();
        }
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        return Documents.pdf(api.pdf(id), "estimate-" + id + ".pdf");
    }

    /** The notice after a change; after submitting it says where the threshold sent the estimate. */
    static String notice(String code, Estimate estimate) {
        if (code == null || !NOTICES.containsKey(code)) {
            return null;
        }
        if (!"submitted".equals(code)) {
            return NOTICES.get(code);
        }
        return switch (estimate.status()) {
            case "OWNER_APPROVAL_REQUIRED" -> "Submitted: over the owner's threshold, it waits for the owner's approval.";
            case "APPROVED" -> "Submitted: within the owner's threshold, it is approved and presented to the customer.";
            default -> NOTICES.get(code);
        };
    }

    private TemplateInstance form(Estimate estimate, EstimateForm form, Problem problem) {
        List<PriceBookItem> book = api.priceBook(1, 200, "sku", "asc").items();
        return Templates.form(estimate, form, book, RATE_CLASSES, problem);
    }

    private Response refused(Estimate estimate, EstimateForm form, Problem problem) {
        return Response.status(problem.status()).entity(form(estimate, form, problem)).build();
    }

    private static Response seeOther(UUID id, String notice) {
        return Response.seeOther(URI.create("/estimates/" + id + "?notice=" + notice)).build();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
