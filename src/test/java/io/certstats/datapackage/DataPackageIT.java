package io.certstats.datapackage;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * The packaged app's data package, with the same assertions; and the package as the packaged app serves it,
 * saved to target/datapackage (the zip, and unzipped under package/) for .ci/run to validate with
 * Frictionless' own validator and to load with pandas.
 */
@QuarkusIntegrationTest
class DataPackageIT extends DataPackageTest {

    static final Path FOLDER = Path.of("target/datapackage");

    @Test
    void savedForTheValidators() throws IOException {
        byte[] zip = given().accept(ZIP).get(PATH).then().statusCode(200).contentType(ZIP).extract().asByteArray();
        Files.createDirectories(FOLDER);
        Files.write(FOLDER.resolve(DataPackages.FILE_NAME), zip);
        Path unzipped = FOLDER.resolve("package");
        for (Map.Entry<String, byte[]> file : unzip(zip).entrySet()) {
            Path target = unzipped.resolve(file.getKey()).normalize();
            if (!target.startsWith(unzipped)) {
                throw new IllegalStateException("an entry outside the folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
