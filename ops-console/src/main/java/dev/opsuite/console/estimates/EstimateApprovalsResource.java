package dev.opsuite.console.estimates;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.estimates.FieldEstimatesApi.DecisionBody;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The owner's first action (seed 002): the estimates over the threshold waiting for them, the longest waiting first,
 * each with its total and a decision form (approve, reject, request changes, with a comment). A decision is a POST
 * with the version read (If-Match); the queue then shows the service's answer. GET /estimates?status=
 * OWNER_APPROVAL_REQUIRED and POST /estimates/{id}/decision of field-service.
 */
@Path("/estimates/approvals")
@Produces(MediaType.TEXT_HTML)
public class EstimateApprovalsResource {

    static final String WAITING = "OWNER_APPROVAL_REQUIRED";

    /** The form of one row after a refused decision: which estimate, what the owner chose and wrote. */
    public record Attempt(UUID id, String decision, String comment, Problem problem) {

        static final Attempt NONE = new Attempt(null, null, null, null);

        /** What the owner wrote in this row's comment (kept after a refusal). */
        public String commentFor(Estimate estimate) {
            return estimate.id().equals(id) && comment != null ? comment : "";
        }

        /** The comment's id: the attempted row's is the one the problem's summary links to (f-comment). */
        public String inputId(Estimate estimate) {
            return estimate.id().equals(id) ? "f-comment" : "comment-" + estimate.id();
        }

        /** The service's message about this row's comment, if any. */
        public String errorFor(Estimate estimate) {
            return estimate.id().equals(id) && problem != null ? problem.errorFor("comment") : null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page<Estimate> waiting, Paging paging, Estimate decided, Attempt attempt);
    }

    @Inject
    @RestClient
    FieldEstimatesApi api;

    @GET
    public TemplateInstance queue(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size, @QueryParam("decided") UUID decided) {
        return Templates.queue(waiting(page, size), paging(page, size), decided == null ? null : api.get(decided), Attempt.NONE);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @FormParam("version") String version,
            @FormParam("decision") String decision, @FormParam("comment") String comment,
            @FormParam("page") @DefaultValue("1") int page) {
        try {
            api.decide(id, ETag.ifMatch(version), new DecisionBody(decision, comment));
            return Response.seeOther(URI.create("/estimates/approvals?decided=" + id)).build();
        } catch (WebApplicationException e) {
            Problem p = Problem.of("field-service", e);
            if (!p.mendable()) {
                throw e;
            }
            // The queue re-read (a stale row shows its estimate as it is now), the owner's choice and comment kept.
            Attempt attempt = new Attempt(id, decision, comment, p);
            return Response.status(p.status())
                    .entity(Templates.queue(waiting(page, 20), paging(page, 20), null, attempt)).build();
        }
    }

    private Page<Estimate> waiting(int page, int size) {
        Paging paging = paging(page, size);
        return api.list(paging.page(), paging.size(), "updatedAt", "asc", WAITING, null, null);
    }

    private static Paging paging(int page, int size) {
        return Paging.of("/estimates/approvals", page, size, null, "asc");
    }
}
