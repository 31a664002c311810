package io.certstats.web;

import java.util.List;

/** One page of a list answer: {@code {"items": [...], "total": N, "page": P, "size": S}}. */
public record Page<T>(List<T> items, long total, int page, int size) implements Paged {

    /** The same page with each item mapped, e.g. entities to the records served. */
    public <R> Page<R> map(java.util.function.Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), total, page, size);
    }

    /** Cuts one page out of a whole list that is already filtered and sorted. */
    public static <T> Page<T> of(List<T> all, Paging paging) {
        int from = (int) Math.min((long) (paging.page() - 1) * paging.size(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), paging.page(), paging.size());
    }
}
