package io.certstats;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.certstats.certification.CertificationResource;
import io.certstats.vintage.Vintaged;
import io.certstats.web.ArchitectureViolation;
import io.certstats.web.Paging;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The package architecture of docs/development.md, checked by ArchUnit on the compiled main classes:
 * the packages form no cycle, and the cross-cutting packages, which every feature uses, import no
 * feature; every resource serving reads under /api/ is vintaged. Each rule is also shown to fail on a deliberate bad import ({@link ArchitectureViolation}).
 */
class ArchitectureTest {

    static final String[] CROSS_CUTTING = {"io.certstats.formats..", "io.certstats.caching..",
            "io.certstats.paging..", "io.certstats.web..", "io.certstats.errors..", "io.certstats.database..",
            "io.certstats.provenance..", "io.certstats.vintage.."};
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

    /** Every read of the API answers as of a past time (asOf): its resource class is vintaged. */
    static final ArchRule EVERY_API_READ_IS_VINTAGED = classes().that().haveSimpleNameEndingWith("Resource")
            .and().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .and(new DescribedPredicate<JavaClass>("serve a read under /api/") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getAnnotationOfType(jakarta.ws.rs.Path.class).value().startsWith("/api/")
                            && type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(jakarta.ws.rs.GET.class));
                }
            })
            .should().beAnnotatedWith(Vintaged.class);

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

    @Test
    void everyApiReadIsVintaged() {
        EVERY_API_READ_IS_VINTAGED.check(MAIN);
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
