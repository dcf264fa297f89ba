package dev.opsuite.console.fleet;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.fleet.FleetViews.Document;
import dev.opsuite.console.fleet.FleetViews.Documents;
import dev.opsuite.console.fleet.FleetViews.Expiring;
import dev.opsuite.console.fleet.FleetViews.Member;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Documents expiring (seed 004 "Expired documents discovered at the border"): what needs renewing within N days,
 * expired first, filters in the URL; a document's expiry corrected (PATCH with If-Match) or its renewal entered (a new
 * document of the same type). Every change reassesses the holder's transport unit in fleet-service.
 */
@Path("/fleet/documents")
public class FleetDocumentsResource {

    static final String DEFAULT_WITHIN_DAYS = "30";

    /** The document being edited or renewed, its holder, and the holder's traffic light (every document it has). */
    public record Subject(Holder holder, Member member, Document document, Documents documents) {

        public String label() {
            return holder.label() + " " + member.label();
        }

        /** This page's own path, e.g. /fleet/documents/vehicles/{id}/{documentId}. */
        public String path() {
            return "/fleet/documents/" + holder.path() + "/" + member.id() + "/" + document.id();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Expiring> documents, Paging paging, String saved, String here);

        static native TemplateInstance edit(Subject subject, DocumentForm form, Problem problem, String back);

        static native TemplateInstance renew(Subject subject, DocumentForm form, Problem problem, String back);
    }

    @Inject
    @RestClient
    FleetApi fleet;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@BeanParam TableParams table,
            @QueryParam("withinDays") @DefaultValue(DEFAULT_WITHIN_DAYS) String withinDays,
            @QueryParam("subjectType") String subjectType,
            @QueryParam("type") String type,
            @QueryParam("includeExpired") @DefaultValue("true") String includeExpired,
            @QueryParam("saved") String saved) {
        Paging paging = table.paging("/fleet/documents", 50, "validUntil", "asc")
                .filter("withinDays", withinDays)
                .filter("subjectType", subjectType)
                .filter("type", type)
                .filter("includeExpired", "false".equals(includeExpired) ? "false" : null);
        Page<Expiring> documents = fleet.expiring(paging.page(), paging.size(), paging.orderBy(), paging.order(),
                paging.value("withinDays"), TableParams.given(paging, "subjectType"),
                TableParams.given(paging, "type"), "false".equals(includeExpired) ? "false" : "true");
        return Templates.list(documents, paging, saved,
                URLEncoder.encode(paging.href(paging.page()), StandardCharsets.UTF_8));
    }

    @GET
    @Path("/{holders}/{holderId}/{documentId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            @PathParam("documentId") UUID documentId, @QueryParam("back") String back) {
        Subject subject = subject(holders, holderId, documentId);
        return Templates.edit(subject, DocumentForm.of(subject.document()), null, backTo(back));
    }

    @POST
    @Path("/{holders}/{holderId}/{documentId}")
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            @PathParam("documentId") UUID documentId, @BeanParam DocumentInputs posted) {
        Holder holder = holder(holders);
        String back = posted.back;
        return FleetForms.submit(posted.form(), form -> {
            fleet.updateDocument(holder.path(), holderId, documentId, form.ifMatch(), form.changes());
            return saved(back, documentId);
        }, (form, problem) -> {
            Subject subject = subject(holders, holderId, documentId);
            // stale: the record as it is now, to check and save again; otherwise what the user typed
            DocumentForm shown = problem.stale() ? DocumentForm.of(subject.document()) : form;
            return Templates.edit(subject, shown, problem, backTo(back));
        });
    }

    @GET
    @Path("/{holders}/{holderId}/{documentId}/renewal")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance renewal(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            @PathParam("documentId") UUID documentId, @QueryParam("back") String back) {
        Subject subject = subject(holders, holderId, documentId);
        return Templates.renew(subject, DocumentForm.renewalOf(subject.document()), null, backTo(back));
    }

    @POST
    @Path("/{holders}/{holderId}/{documentId}/renewal")
    @Produces(MediaType.TEXT_HTML)
    public Response renew(@PathParam("holders") String holders, @PathParam("holderId") UUID holderId,
            @PathParam("documentId") UUID documentId, @BeanParam DocumentInputs posted) {
        String back = posted.back;
        Subject subject = subject(holders, holderId, documentId);
        return FleetForms.submit(posted.form(),
                form -> saved(back, fleet.addDocument(subject.holder().path(), holderId,
                        form.newDocument(subject.document().type())).id()),
                (form, problem) -> Templates.renew(subject, form, problem, backTo(back)));
    }

    private Subject subject(String holders, UUID holderId, UUID documentId) {
        Holder holder = holder(holders);
        return new Subject(holder, fleet.holder(holder.path(), holderId), fleet.document(holder.path(), holderId, documentId),
                fleet.documents(holder.path(), holderId));
    }

    private static Holder holder(String holders) {
        Holder holder = Holder.of(holders);
        if (holder == null || !holder.path().equals(holders)) {
            throw new NotFoundException();
        }
        return holder;
    }

    private static URI saved(String back, UUID documentId) {
        String to = backTo(back);
        return URI.create(to + (to.contains("?") ? "&" : "?") + "saved=" + documentId);
    }

    /** Where to go after saving: the list the user came from (only a console path of the fleet), else the list. */
    static String backTo(String back) {
        return back != null && back.startsWith("/fleet") && !back.startsWith("//") && !back.contains("saved=")
                ? back : "/fleet/documents";
    }
}
