package dev.opsuite.billing.testing;

import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import java.util.List;

/** One page of what an in-memory store matched, in the order the records were added. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> matching, PageRequest page) {
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return Page.of(List.copyOf(matching.subList(from, to)), page, matching.size());
    }
}
