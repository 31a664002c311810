package io.certstats.datapackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The data package as the packaged app serves it, saved to target/datapackage (the zip, and unzipped under
 * package/) for .ci/run to validate with Frictionless' own validator and to load with pandas. It does not
 * extend DataPackageTest, whose base class puts a spec-checking REST Assured filter on every later request
 * of the JVM (HotPathsIT's bad requests among them); that test's assertions run against the same code.
 */
@QuarkusIntegrationTest
class DataPackageIT {

    static final Path FOLDER = Path.of("target/datapackage");

    @Test
    void savedForTheValidators() throws IOException {
        byte[] zip = given().accept("application/zip").get("/api/v1/datapackage").then().statusCode(200)
                .contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + DataPackages.FILE_NAME + "\"")
                .extract().asByteArray();
        Map<String, byte[]> files = Zips.unzip(zip);
        JsonNode descriptor = new ObjectMapper().readTree(files.get(DataPackages.DESCRIPTOR));
        assertEquals("certstats", descriptor.path("name").asText());
        for (JsonNode resource : descriptor.path("resources")) {
            assertNotNull(files.get(resource.path("path").asText()), resource.path("path").asText());
        }
        assertEquals(descriptor.path("resources").size() + 1, files.size(), "a file the descriptor does not name");
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve(DataPackages.FILE_NAME), zip);
        Path unzipped = FOLDER.resolve("package");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = unzipped.resolve(file.getKey()).normalize();
            if (!target.startsWith(unzipped)) {
                throw new IllegalStateException("an entry outside the folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
