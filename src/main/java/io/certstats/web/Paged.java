package io.certstats.web;

import io.certstats.formats.Tabular;

/** A list answer cut into pages; its CSV rows are the page's items. */
public interface Paged extends Tabular {

    long total();

    int page();

    int size();

    default int lastPage() {
        return (int) Math.max(1, (total() + size() - 1) / size());
    }
}
