package io.certstats.seed;

import io.certstats.ApiTest;
import io.certstats.SeedData;
import io.certstats.caching.DataRevisions;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;

import javax.sql.DataSource;

/**
 * Base of the tests that deploy a next release of the data files ({@link NextRelease}) against the running
 * application: after each, this release's files and data are back.
 */
abstract class ReleaseTest extends ApiTest {

    @Inject
    Flyway flyway;

    @Inject
    DataSource dataSource;

    @Inject
    DataRevisions revisions;

    @AfterEach
    void backToThisReleasesFiles() throws Exception {
        NextRelease.deploy(flyway, DataLocation.CLASSPATH);
        SeedData.restore(dataSource);
    }
}
