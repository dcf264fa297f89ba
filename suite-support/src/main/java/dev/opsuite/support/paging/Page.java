package dev.opsuite.support.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the client needs to page on. */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), total, pages);
    }

    /**
     * The requested page of {@code all}, a list already filtered and held in memory (an in-memory store in a use
     * case's fast test); the total is the whole list's size. Sorting is the caller's.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(List.copyOf(all.subList(from, to)), request, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
