package io.certstats.datapackage;

import io.certstats.formats.Archive;
import io.certstats.formats.Format;
import io.certstats.vintage.Vintaged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The whole dataset as one download: a Frictionless data package. */
@Path("/api/v1/datapackage")
@Produces(Format.ZIP_MEDIA_TYPE)
@Tag(name = "Data package", description = "The whole dataset as a Frictionless data package: its CSVs and their "
        + "Table Schemas, in one zip.")
@Vintaged
public class DataPackageResource {

    @Inject DataPackages packages;

    @GET
    @Operation(operationId = "getDataPackage")
    @APIResponse(responseCode = "200", content = @Content(mediaType = Format.ZIP_MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Archive dataPackage() {
        return packages.current();
    }
}
