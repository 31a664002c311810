package io.certstats;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.certstats.certification.CertificationResource;
import io.certstats.web.ArchitectureViolation;
import io.certstats.web.Paging;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The package architecture of docs/development.md, checked by ArchUnit on the compiled main classes:
 * the packages form no cycle, and the cross-cutting packages, which every feature uses, import no
 * feature. Each rule is also shown to fail on a deliberate bad import ({@link ArchitectureViolation}).
 */
class ArchitectureTest {

    static final String[] CROSS_CUTTING = {"io.certstats.formats..", "io.certstats.caching..",
            "io.certstats.paging..", "io.certstats.web..", "io.certstats.errors..", "io.certstats.database..",
            "io.certstats.provenance.."};
    static final String[] FEATURES = {"io.certstats.certification..", "io.certstats.program..",
            "io.certstats.population..", "io.certstats.rarity..", "io.certstats.recertification..",
            "io.certstats.journey..", "io.certstats.cost..", "io.certstats.curation..", "io.certstats.seed..",
            "io.certstats.datapackage.."};

    static final ArchRule NO_CYCLE = slices().matching("io.certstats.(*)..").should().beFreeOfCycles();
    static final ArchRule NO_UPWARD_IMPORT = noClasses().that().resideInAnyPackage(CROSS_CUTTING)
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);
    /** The cache stores bytes by key: it knows nothing of requests, routes, paging or problems. */
    static final ArchRule CACHE_ONLY_STORES = noClasses().that().resideInAPackage("io.certstats.caching..")
            .should().dependOnClassesThat().resideInAnyPackage("io.certstats.web..", "io.certstats.paging..",
                    "io.certstats.errors..");

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.certstats");

    @Test
    void packagesFormNoCycle() {
        NO_CYCLE.check(MAIN);
    }

    @Test
    void crossCuttingPackagesImportNoFeature() {
        NO_UPWARD_IMPORT.check(MAIN);
    }

    @Test
    void cachingImportsNothingAboveIt() {
        CACHE_ONLY_STORES.check(MAIN);
    }

    /** A web class importing a feature breaks both rules: an upward import, and a cycle with the feature's import of web. */
    @Test
    void aBadImportFailsTheRules() {
        JavaClasses withViolation = new ClassFileImporter()
                .importClasses(ArchitectureViolation.class, CertificationResource.class, Paging.class);
        assertThrows(AssertionError.class, () -> NO_UPWARD_IMPORT.check(withViolation));
        assertThrows(AssertionError.class, () -> NO_CYCLE.check(withViolation));
    }
}
