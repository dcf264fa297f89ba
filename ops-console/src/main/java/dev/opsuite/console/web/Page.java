package dev.opsuite.console.web;

import java.util.List;

/** A page of a service's list endpoint (suite-support's Page: items, page, size, total, totalPages). */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public boolean hasPrevious() {
        return page > 1;
    }

    /** For "page 1 of 1" on an empty list (the services answer totalPages 0). */
    public int pages() {
        return Math.max(totalPages, 1);
    }

    public boolean hasNext() {
        return page < totalPages;
    }
}
