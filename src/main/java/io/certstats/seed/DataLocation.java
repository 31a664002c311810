package io.certstats.seed;

import java.io.InputStream;

/**
 * Where the seed migration reads the data files: the application's own copies on the classpath.
 * Another location gives a test the files of a later release, run through Flyway as a release is.
 */
@FunctionalInterface
public interface DataLocation {

    /** The file's bytes, or null when this location has no such file. */
    InputStream open(String fileName);

    DataLocation CLASSPATH = fileName -> Thread.currentThread().getContextClassLoader()
            .getResourceAsStream(SeedFile.FOLDER + fileName);
}
