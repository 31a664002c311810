package io.certstats.certification;

import io.certstats.citation.CitationView;
import io.certstats.citation.Citations;
import io.certstats.caching.ETags;
import io.certstats.curation.Curators;
import io.certstats.formats.Format;
import io.certstats.validation.IsoDate;
import io.certstats.validation.Params;
import io.certstats.vintage.Vintaged;
import io.certstats.web.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/certifications")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Certifications", description = "Every AWS certification ever offered, active and retired.")
@Vintaged
public class CertificationResource {

    @Inject CertificationCuration curation;
    @Inject ETags etags;
    @Inject Citations citations;

    @GET
    @Operation(operationId = "listCertifications")
    public CertificationPage list(@Valid @BeanParam CertificationFilter filter, @Valid @BeanParam Paging paging) {
        return CertificationCatalog.list(filter, paging);
    }

    @GET
    @Path("/{slugOrExamCode}/citation")
    @Produces({Format.CSL_JSON_MEDIA_TYPE, Format.BIBTEX_MEDIA_TYPE, Format.RIS_MEDIA_TYPE})
    @Operation(operationId = "getCertificationCitation")
    public CitationView citation(
            @Parameter(description = "The certification's slug or any of its exam codes.", example = "SAA-C03")
            @PathParam("slugOrExamCode") String slugOrExamCode) {
        CertificationView certification = CertificationCatalog.get(slugOrExamCode);
        return citations.figure("certification-" + certification.slug(), certification.name(),
                "/api/v1/certifications/" + certification.slug(), certification.source());
    }

    @GET
    @Path("/{slugOrExamCode}")
    @Operation(operationId = "getCertification")
    public CertificationView get(
            @Parameter(description = "A slug or an exam code.", example = "SAA-C03")
            @PathParam("slugOrExamCode") String slugOrExamCode,
            @Parameter(description = "A day (ISO-8601 date): the answer then says whether the certification, and each "
                    + "of its exam codes, could be taken that day by its own dates (availability: AVAILABLE, "
                    + "UNAVAILABLE or UNKNOWN), by the rule of the list's activeOn.",
                    schema = @Schema(type = SchemaType.STRING, format = "date", example = "2024-06-20"))
            @QueryParam("activeOn") @IsoDate String activeOn) {
        return CertificationCatalog.get(slugOrExamCode, Params.date(activeOn));
    }

    @PUT
    @Path("/{slugOrExamCode}") // the GET's template, so the spec has one path; writes take the slug only
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON) // a write answers JSON only, as its spec says
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SECURITY_SCHEME)
    @Tag(name = "Curation")
    @Operation(operationId = "putCertification")
    public RestResponse<CertificationView> put(
            @Parameter(description = "The certification's slug: writes do not accept an exam code.",
                    example = "solutions-architect-associate")
            @PathParam("slugOrExamCode") String slug,
            @Parameter(description = "The ETag of the representation the change is based on.", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "is required: the certification as JSON") CertificationUpdate body) {
        CertificationView view = curation.put(slug, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, etags.ofJson(view)).build();
    }

}
