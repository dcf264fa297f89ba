package dev.opsuite.console.transfers;

import jakarta.ws.rs.QueryParam;

import dev.opsuite.console.web.Paging;

/**
 * The query of GET /transfers-dispatch-note/search: the list's filters as the URL carries them (same names as the
 * API's, so the console's URL and the service's query read alike), paging and sorting. A null field is not sent.
 */
public class NoteSearch {

    /** The filters the list's form offers, in the order of the form. */
    public static final String[] FILTERS = { "search", "status", "originLocationId", "destinationLocationId",
            "createdAtFrom", "createdAtTo", "dispatchDateFrom", "dispatchDateTo" };

    @QueryParam("page")
    public int page;
    @QueryParam("size")
    public int size;
    @QueryParam("orderBy")
    public String orderBy;
    @QueryParam("order")
    public String order;
    @QueryParam("search")
    public String search;
    @QueryParam("status")
    public String status;
    @QueryParam("originLocationId")
    public String originLocationId;
    @QueryParam("destinationLocationId")
    public String destinationLocationId;
    @QueryParam("createdAtFrom")
    public String createdAtFrom;
    @QueryParam("createdAtTo")
    public String createdAtTo;
    @QueryParam("dispatchDateFrom")
    public String dispatchDateFrom;
    @QueryParam("dispatchDateTo")
    public String dispatchDateTo;

    /** The search the table's state asks for. */
    public static NoteSearch of(Paging paging) {
        NoteSearch s = new NoteSearch();
        s.page = paging.page();
        s.size = paging.size();
        s.orderBy = paging.orderBy();
        s.order = paging.order();
        s.search = value(paging, "search");
        s.status = value(paging, "status");
        s.originLocationId = value(paging, "originLocationId");
        s.destinationLocationId = value(paging, "destinationLocationId");
        s.createdAtFrom = value(paging, "createdAtFrom");
        s.createdAtTo = value(paging, "createdAtTo");
        s.dispatchDateFrom = value(paging, "dispatchDateFrom");
        s.dispatchDateTo = value(paging, "dispatchDateTo");
        return s;
    }

    private static String value(Paging paging, String name) {
        String v = paging.value(name);
        return v.isEmpty() ? null : v;
    }
}
