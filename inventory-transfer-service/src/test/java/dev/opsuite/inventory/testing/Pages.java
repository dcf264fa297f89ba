package dev.opsuite.inventory.testing;

import dev.opsuite.support.paging.Page;
import dev.opsuite.support.paging.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** One page of what an in-memory store found, as the database would page it. */
final class Pages {

    private Pages() {
    }

    static <T> Uni<Page<T>> of(List<T> all, PageRequest page) {
        return Uni.createFrom().item(Page.slice(all, page));
    }
}
