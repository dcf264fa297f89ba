package dev.opsuite.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The paging state of a table, all of it in the page's URL ({@code ?page=&size=&orderBy=&order=}, the services'
 * own PageParams) so that a view can be shared or bookmarked.
 */
public record Paging(String path, int page, int size, String orderBy, String order) {

    public static Paging of(String path, int page, int size, String orderBy, String order) {
        return new Paging(path, Math.max(page, 1), Math.min(Math.max(size, 1), 200), blankToNull(orderBy),
                "asc".equals(order) ? "asc" : "desc");
    }

    public String href(int toPage) {
        StringBuilder url = new StringBuilder(path).append("?page=").append(toPage).append("&size=").append(size);
        if (orderBy != null) {
            url.append("&orderBy=").append(URLEncoder.encode(orderBy, StandardCharsets.UTF_8));
        }
        return url.append("&order=").append(order).toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
