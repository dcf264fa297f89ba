package dev.opsuite.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of a table, all of it in the page's URL ({@code ?page=&size=&orderBy=&order=} as the services' PageParams
 * take them, plus the list's filters) so that a view can be shared or bookmarked and the back button works.
 * Links built here carry the whole state; a filter form resets to page 1.
 */
public record Paging(String path, int page, int size, String orderBy, String order, Map<String, String> filters) {

    public static final int MAX_SIZE = 200;

    public Paging {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static Paging of(String path, int page, int size, String orderBy, String order) {
        return new Paging(path, Math.max(page, 1), Math.min(Math.max(size, 1), MAX_SIZE), blankToNull(orderBy),
                "asc".equals(order) ? "asc" : "desc", Map.of());
    }

    /** The same view with one more filter; a blank value is no filter (and is left out of the URL). */
    public Paging filter(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(filters);
        if (value == null || value.isBlank()) {
            more.remove(name);
        } else {
            more.put(name, value.trim());
        }
        return new Paging(path, page, size, orderBy, order, more);
    }

    /** The value of a filter for the form's input (empty when unset). */
    public String value(String name) {
        return filters.getOrDefault(name, "");
    }

    public String href(int toPage) {
        return url(toPage, orderBy, order);
    }

    /** The column header's link: sort by it, or flip the direction when it is already the sort. */
    public String sortHref(String column) {
        String direction = column.equals(orderBy) && "asc".equals(order) ? "desc" : "asc";
        return url(1, column, direction);
    }

    /** For aria-sort on the column header: ascending, descending or none. */
    public String ariaSort(String column) {
        if (!column.equals(orderBy)) {
            return "none";
        }
        return "asc".equals(order) ? "ascending" : "descending";
    }

    public String sortMark(String column) {
        if (!column.equals(orderBy)) {
            return "";
        }
        return "asc".equals(order) ? " ▲" : " ▼";
    }

    private String url(int toPage, String by, String direction) {
        StringBuilder url = new StringBuilder(path).append("?page=").append(toPage).append("&size=").append(size);
        if (by != null) {
            url.append("&orderBy=").append(encode(by));
        }
        url.append("&order=").append(direction);
        filters.forEach((name, value) -> url.append('&').append(encode(name)).append('=').append(encode(value)));
        return url.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
