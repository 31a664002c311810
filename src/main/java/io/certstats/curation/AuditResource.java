package io.certstats.curation;

import io.certstats.vintage.Vintage;
import io.certstats.vintage.Vintaged;
import io.certstats.vintage.Vintages;
import io.certstats.web.Page;
import io.certstats.web.PageSchema;
import io.certstats.web.Paging;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of the curation API, newest first; for curators only. */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Curation", description = "Writes by curators (bearer JWT with role curator), and their audit trail.")
@SecurityScheme(securitySchemeName = Curators.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A JWT signed by the key configured in mp.jwt.verify.publickey(.location), "
        + "from the issuer in mp.jwt.verify.issuer; its groups claim must name the role curator to write.")
@Vintaged
public class AuditResource {

    @Inject
    CurrentVertxRequest request;

    @GET
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SECURITY_SCHEME)
    @Operation(operationId = "listAuditEntries")
    @APIResponseSchema(AuditPage.class)
    public Page<AuditEntryView> list(@Valid @BeanParam Paging paging) {
        // the trail is not a served table with a history (V8): as of a time, it is the entries written by then
        Vintage vintage = Vintages.of(request.getCurrent());
        return AuditEntry.newestFirst(paging, vintage == null ? null : vintage.at());
    }

    static final class AuditPage extends PageSchema<AuditEntryView> {
    }
}
