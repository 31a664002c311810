package io.certstats.web;

import io.certstats.formats.Tabular;

import java.util.List;
import java.util.Map;

/** A list answer cut into pages; its CSV rows are the page's items. */
public interface Paged extends Tabular {

    List<?> items();

    long total();

    int page();

    int size();

    @Override
    default List<?> rows() {
        return items();
    }

    /** Headers of its own that the answer carries besides the paging ones (e.g. a count of what was left out). */
    default Map<String, String> headers() {
        return Map.of();
    }

    default int lastPage() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }
}
