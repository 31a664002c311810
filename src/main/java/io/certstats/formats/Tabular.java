package io.certstats.formats;

import java.util.List;

/**
 * An answer that is a table: its CSV form has one row per element of {@link #rows()}.
 * Pages are tabular by their items; an answer that is neither is one CSV row.
 */
public interface Tabular {

    List<?> rows();
}
