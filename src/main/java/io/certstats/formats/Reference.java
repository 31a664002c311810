package io.certstats.formats;

import java.time.LocalDate;

/**
 * One bibliographic item, in the terms of CSL (the Citation Style Language's data model), which BibTeX and
 * RIS are written from too ({@link CitationWriter}). Null fields are left out of every format.
 *
 * @param id        the citation key (BibTeX) and CSL id: letters, digits and hyphens
 * @param type      a CSL item type: {@code dataset} or {@code webpage}
 * @param issued    when it was published, ISO-8601 with the precision known (a year, a month or a day)
 * @param accessed  the day it was read: for certstats, the day its data last changed
 * @param note      a sentence for the reader, e.g. where the figure comes from
 */
public record Reference(String id, String type, String title, String publisher, String containerTitle,
                        String url, String version, String issued, LocalDate accessed, String note) {
}
