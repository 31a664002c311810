package io.certstats.citation;

import io.certstats.formats.Format;
import io.certstats.vintage.Vintaged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dataset's citation; each figure's is beside its own read (e.g. a program year's). */
@Path("/api/v1/citation")
@Produces({Format.CSL_JSON_MEDIA_TYPE, Format.BIBTEX_MEDIA_TYPE, Format.RIS_MEDIA_TYPE})
@Tag(name = "Citations", description = "How to cite the dataset or one figure: CSL-JSON, BibTeX or RIS.")
@Vintaged
public class CitationResource {

    @Inject Citations citations;

    @GET
    @Operation(operationId = "getDatasetCitation")
    public CitationView dataset() {
        return citations.dataset();
    }
}
