package dev.opsuite.console.transfers;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.opsuite.console.web.Documents;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;
import dev.opsuite.console.web.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Seed 001 in the console: the notes (search, filters, sorting and paging in the URL), a note's detail (lines,
 * cost at the WAC, receipt summary, its goods receipts, PDF and print view), drafting a note, dispatching it and
 * receiving its goods. Every call goes to inventory-transfer-service with the user's token; the service decides who
 * may do what (the warehouse clerk drafts and receives, the inventory manager also dispatches).
 */
@Path("/transfer-notes")
public class TransferNotesResource {

    static final String SERVICE = "inventory-transfer-service";
    static final List<String> STATUSES = List.of("DRAFT", "ACTIVE", "RECEIVING", "FULLY_RECEIVED", "CLOSED_SHORT", "CANCELLED");
    static final int NEW_ROWS = 5;

    /** One row of the new-note form: a product select and its quantity. */
    public record Row(int index, String productName, String quantityName, String product, String quantity) {

        /** "line 2", for the inputs' labels. */
        public String line() {
            return "line " + (index + 1);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<NoteRow> notes, Paging paging, Catalog catalog, List<String> statuses,
                Problem problem);

        static native TemplateInstance detail(Note note, List<NoteLine> lines, Catalog catalog, List<Receipt> receipts,
                Map<java.util.UUID, Catalog.Product> products, Receipt draftReceipt, String awaiting, String notice,
                Problem problem, Map<String, String> typed);

        static native TemplateInstance create(Catalog catalog, List<Row> rows, Map<String, String> typed, Problem problem);
    }

    @Inject
    @RestClient
    InventoryTransferApi api;

    @Inject
    Catalog catalog;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("orderBy") String orderBy,
            @QueryParam("order") @DefaultValue("desc") String order,
            @Context UriInfo uri) {
        Paging paging = Paging.of("/transfer-notes", page, size, orderBy, order);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (String filter : NoteSearch.FILTERS) {
            paging = paging.filter(filter, query.getFirst(filter));
        }
        Page<NoteRow> notes;
        Problem problem = null;
        try {
            notes = api.search(NoteSearch.of(paging));
        } catch (WebApplicationException e) {
            problem = Problem.of(SERVICE, e);
            if (!problem.mendable()) {
                throw e;
            }
            notes = new Page<>(List.of(), 1, paging.size(), 0, 0);
        }
        return Response.status(problem == null ? 200 : problem.status())
                .entity(Templates.list(notes, paging, catalog, STATUSES, problem)).build();
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance blank() {
        return Templates.create(catalog, rows(Map.of()), Map.of(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(MultivaluedMap<String, String> form) {
        LineForm lines = new LineForm("detail", form);
        try {
            NoteRequests.Create request = new NoteRequests.Create(lines.uuid("originLocationId"),
                    lines.uuid("destinationLocationId"), day(lines, "dispatchDate"),
                    lines.items(NEW_ROWS, List.of("productId", "quantity"),
                            row -> new NoteRequests.Item(lines.uuid(row, "productId"), lines.decimal(row, "quantity"))),
                    transport(lines));
            Note note = api.create(request);
            return seeOther("/transfer-notes/" + note.id() + "?notice=" + enc("Note " + note.documentNumber() + " drafted."));
        } catch (LineForm.Refused refused) {
            return createAgain(lines, refused.problem());
        } catch (WebApplicationException e) {
            return mended(e, problem -> createAgain(lines, lines.remap(problem)));
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance detail(@PathParam("id") UUID id, @QueryParam("receipt") UUID receipt,
            @QueryParam("awaiting") UUID awaiting, @QueryParam("notice") String notice) {
        return detailPage(api.note(id), receipt, awaiting, notice, null, Map.of());
    }

    /** The service's PDF, fetched with the user's token and handed to the browser as a download. */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") UUID id) {
        return Documents.pdf(api.pdf(id), "transfer-dispatch-note-" + id + ".pdf");
    }

    /** The service's print view (its own HTML document, made for paper). */
    @GET
    @Path("{id}/print")
    @Produces(MediaType.TEXT_HTML)
    public String print(@PathParam("id") UUID id) {
        return api.print(id);
    }

    /**
     * Dispatch a draft: quantities the user changed are saved first (PATCH), then the note is dispatched; both with
     * If-Match, so a note someone changed meanwhile is refused (412) and shown as it now is.
     */
    @POST
    @Path("{id}/dispatch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response dispatch(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        LineForm lines = new LineForm("detail", form);
        String version = "\"" + lines.value("version") + "\"";
        try {
            Note before = api.note(id);
            List<NoteRequests.Item> items = lines.items(before.detail().size(), List.of("quantity"),
                    row -> new NoteRequests.Item(null, lines.decimal(row, "quantity")));
            List<NoteRequests.Item> edited = changed(before, items);
            if (edited != null) {
                version = api.edit(id, version, new NoteRequests.Edit(edited)).etag();
            }
            Note note = api.dispatch(id, version);
            return seeOther("/transfer-notes/" + id + "?notice=" + enc("Note " + note.documentNumber()
                    + " dispatched: its cost is frozen at " + (note.costDetail() == null ? "" : note.costDetail().total() + " "
                            + note.costDetail().currency()) + "."));
        } catch (LineForm.Refused refused) {
            return detailAgain(id, refused.problem(), lines);
        } catch (WebApplicationException e) {
            return mended(e, problem -> problem.stale() ? stale(id, problem) : detailAgain(id, problem, lines));
        }
    }

    @POST
    @Path("{id}/cancel")
    @Produces(MediaType.TEXT_HTML)
    public Response cancel(@PathParam("id") UUID id, @FormParam("version") String version) {
        try {
            Note note = api.cancel(id, "\"" + version + "\"");
            return seeOther("/transfer-notes/" + id + "?notice=" + enc("Note " + note.documentNumber() + " cancelled."));
        } catch (WebApplicationException e) {
            return mended(e, problem -> stale(id, problem));
        }
    }

    /** A goods receipt against the note: the lines with a quantity, as a draft or approved at once. */
    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response receive(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        LineForm lines = new LineForm("items", form);
        try {
            Note note = api.note(id);
            List<NoteRequests.ReceivedItem> items = lines.items(note.detail().size(),
                    List.of("receivedQuantity", "damagedQuantity"),
                    row -> new NoteRequests.ReceivedItem(note.detail().get(row).productId(),
                            zeroIfBlank(lines.decimal(row, "receivedQuantity")), lines.decimal(row, "damagedQuantity")));
            boolean approve = "APPROVED".equals(lines.value("status"));
            Receipt receipt = api.receive(new NoteRequests.Receive(id, approve ? "APPROVED" : "DRAFT", items));
            return seeOther("/transfer-notes/" + id + (approve ? "?awaiting=" + receipt.id() + "&notice="
                    + enc("Goods receipt approved.") : "?receipt=" + receipt.id() + "&notice=" + enc("Goods receipt saved as a draft: approve it when the goods are checked.")));
        } catch (LineForm.Refused refused) {
            return detailAgain(id, refused.problem(), lines);
        } catch (WebApplicationException e) {
            return mended(e, problem -> detailAgain(id, lines.remap(problem), lines));
        }
    }

    @POST
    @Path("{id}/receipts/{receipt}/approve")
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("id") UUID id, @PathParam("receipt") UUID receipt) {
        try {
            api.approve(receipt);
            return seeOther("/transfer-notes/" + id + "?awaiting=" + receipt + "&notice=" + enc("Goods receipt approved."));
        } catch (WebApplicationException e) {
            return mended(e, problem -> detailAgain(id, problem, new LineForm("items", new MultivaluedHashMap<>())));
        }
    }

    /**
     * A refusal the user can mend (validation, business rule, stale version) shown by {@code form}; any other failure
     * escapes to the problem page. A stale dispatch shows the note as it now is; other refusals keep what was typed.
     */
    private static Response mended(WebApplicationException failure, Function<Problem, Response> form) {
        Problem problem = Problem.of(SERVICE, failure);
        if (!problem.mendable()) {
            throw failure;
        }
        return form.apply(problem);
    }

    private TemplateInstance detailPage(Note note, UUID draftReceipt, UUID awaiting, String notice, Problem problem,
            Map<String, String> typed) {
        List<Receipt> receipts = catalog.receipts(note);
        Receipt draft = draftReceipt == null ? null : api.receipt(draftReceipt);
        List<UUID> productIds = new ArrayList<>(note.detail().stream().map(Note.Item::productId).toList());
        Map<UUID, Catalog.Product> products = catalog.products(productIds);
        boolean booked = awaiting == null || receipts.stream().anyMatch(r -> r.id().equals(awaiting));
        return Templates.detail(note, NoteLine.of(note, products, typed), catalog, receipts, products,
                draft != null && draft.draft() && note.id().equals(draft.transferDispatchNoteId()) ? draft : null,
                booked ? null : awaiting.toString(), notice, problem, typed);
    }

    private Response detailAgain(UUID id, Problem problem, LineForm lines) {
        Note note = api.note(id);
        Problem named = catalog.named(problem, note.detail().stream().map(Note.Item::productId).toList());
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(detailPage(note, null, null, null, named, lines.values())).build();
    }

    /** The note as it now is, under the problem; a stale version's error names If-Match, no input of the page. */
    private Response stale(UUID id, Problem problem) {
        Problem shown = problem.stale()
                ? new Problem(problem.status(), problem.code(), problem.title(), problem.detail(), List.of())
                : problem;
        return detailAgain(id, shown, new LineForm("detail", new MultivaluedHashMap<>()));
    }

    private Response createAgain(LineForm lines, Problem problem) {
        Map<String, String> typed = lines.values();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.create(catalog, rows(typed), typed, problem)).build();
    }

    static List<Row> rows(Map<String, String> typed) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < NEW_ROWS; i++) {
            String product = "detail[" + i + "].productId";
            String quantity = "detail[" + i + "].quantity";
            rows.add(new Row(i, product, quantity, typed.getOrDefault(product, ""), typed.getOrDefault(quantity, "")));
        }
        return rows;
    }

    /**
     * The draft's items with the quantities typed, when any differs from the note's (null: nothing to save). A line
     * whose quantity was cleared keeps its quantity: removing lines is not this form's business.
     */
    static List<NoteRequests.Item> changed(Note note, List<NoteRequests.Item> typed) {
        if (typed.size() != note.detail().size()) {
            return null;
        }
        boolean changed = false;
        List<NoteRequests.Item> items = new ArrayList<>();
        for (int i = 0; i < note.detail().size(); i++) {
            Note.Item line = note.detail().get(i);
            BigDecimal quantity = typed.get(i).quantity();
            changed |= quantity != null && quantity.compareTo(line.quantity()) != 0;
            items.add(new NoteRequests.Item(line.productId(), quantity == null ? line.quantity() : quantity));
        }
        return changed ? items : null;
    }

    private static NoteRequests.Transport transport(LineForm form) {
        String carrier = form.value("transportDetail.carrier");
        String tracking = form.value("transportDetail.trackingNumber");
        if (carrier.isEmpty() && tracking.isEmpty()) {
            return null;
        }
        return new NoteRequests.Transport(carrier.isEmpty() ? null : carrier, tracking.isEmpty() ? null : tracking);
    }

    /** A date input (yyyy-mm-dd) as the instant the service wants: that day's start, UTC. */
    private static java.time.Instant day(LineForm form, String name) {
        String v = form.value(name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new LineForm.Refused(Problem.invalid(name, "Enter a date, like 2026-12-07."));
        }
    }

    private static BigDecimal zeroIfBlank(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
