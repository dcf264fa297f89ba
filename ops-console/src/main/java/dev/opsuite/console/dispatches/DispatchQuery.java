package dev.opsuite.console.dispatches;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import dev.opsuite.console.dispatches.DispatchViews.DispatchRow;
import dev.opsuite.console.web.Page;
import dev.opsuite.console.web.Paging;

/**
 * The dispatch table's state, all in the URL: paging and sorting, and the filters GET /dispatch takes (from/to are
 * dates here, the whole days; unit, customerId, createdBy, status). The quick actions carry it too, so that the table
 * comes back as it was.
 */
public class DispatchQuery {

    public static final String PATH = "/dispatches";

    @QueryParam("page")
    @DefaultValue("1")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    public int size;

    @QueryParam("orderBy")
    public String orderBy;

    @QueryParam("order")
    @DefaultValue("desc")
    public String order;

    @QueryParam("from")
    public String from;

    @QueryParam("to")
    public String to;

    @QueryParam("unit")
    public String unit;

    @QueryParam("customerId")
    public String customerId;

    @QueryParam("createdBy")
    public String createdBy;

    @QueryParam("status")
    public String status;

    public Paging paging() {
        return Paging.of(PATH, page, size, orderBy, order)
                .filter("from", from).filter("to", to).filter("unit", unit).filter("customerId", customerId)
                .filter("createdBy", createdBy).filter("status", status);
    }

    /** The query string of this view ("?page=1&size=20&..."), for the quick actions' forms and the way back. */
    public String state() {
        Paging paging = paging();
        return paging.href(paging.page()).substring(PATH.length());
    }

    Page<DispatchRow> read(DispatchApi api) {
        Paging paging = paging();
        return api.list(paging.page(), paging.size(), paging.orderBy(), paging.order(), DispatchForms.dayStart(from),
                DispatchForms.dayAfter(to), DispatchForms.blankToNull(unit), DispatchForms.blankToNull(customerId),
                DispatchForms.blankToNull(createdBy), DispatchForms.blankToNull(status));
    }
}
