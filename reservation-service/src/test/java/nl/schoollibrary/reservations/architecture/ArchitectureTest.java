package nl.schoollibrary.reservations.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules over the production classes (target/classes; the tests are left out), checked on every build.
 */
@AnalyzeClasses(packages = "nl.schoollibrary.reservations", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The demo data and the benchmark catalogue are a program of their own (src/demo, its own jar): the service carries
     * none of it, and nothing in the service depends on it.
     */
    @ArchTest
    static final ArchRule PRODUCTION_CODE_HAS_NO_DEMO = noClasses()
            .should().resideInAPackage("..demo..")
            .orShould().dependOnClassesThat().resideInAPackage("..demo..")
            .because("the demo program is built and shipped apart from the service (src/demo)");
}
