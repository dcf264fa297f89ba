package dev.opsuite.support.paging;

import dev.opsuite.support.application.Rejection;
import java.util.Map;

/**
 * A checked page request: the page and size, and the sort resolved against the fields a list
 * allows (API name to entity property), so no caller text reaches a query.
 */
public record PageRequest(int page, int size, String sortProperty, boolean ascending) {

    /** Also for requests built in code: an offset that overflows an int would reach the database negative. */
    public PageRequest {
        if (page < 1 || page > PageParams.MAX_PAGE) {
            throw Rejection.invalid("page-out-of-range", "page", "page is 1 to " + PageParams.MAX_PAGE + "; " + page + " is not.")
                    .toException();
        }
        if (size < 1 || size > PageParams.MAX_SIZE) {
            throw Rejection.invalid("page-out-of-range", "size", "size is 1 to " + PageParams.MAX_SIZE + "; " + size + " is not.")
                    .toException();
        }
    }

    public static PageRequest of(PageParams params, Map<String, String> sortable, String defaultOrderBy) {
        String orderBy = params.orderBy == null || params.orderBy.isBlank() ? defaultOrderBy : params.orderBy;
        String property = sortable.get(orderBy);
        if (property == null) {
            throw Rejection.invalid("unsortable-field", "orderBy",
                    "Cannot order by '" + orderBy + "'; choose one of " + String.join(", ", sortable.keySet().stream().sorted().toList()) + ".")
                    .toException();
        }
        return new PageRequest(params.page, params.size, property, "asc".equalsIgnoreCase(params.order));
    }

    /** Zero-based index of the page, as Panache counts. */
    public int index() {
        return page - 1;
    }

    /** Rows before this page, for queries that page by offset themselves. */
    public int offset() {
        return index() * size;
    }

    public String orderClause() {
        return " order by " + sortProperty + (ascending ? " asc" : " desc");
    }
}
