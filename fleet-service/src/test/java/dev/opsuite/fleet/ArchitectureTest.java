package dev.opsuite.fleet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code HexagonalRules.checkCapabilities} that the fleet keeps today: layers pointing inwards inside
 * every capability, no cycle between capabilities, another capability reached only through its use cases (port.in)
 * or its domain types, REST reaching only use cases. Still to come before {@code checkCapabilities("dev.opsuite.fleet",
 * "kernel")} replaces this test: domains that use only their own types and the kernel (trips, readiness, service and
 * fines still read other capabilities' aggregates), and no outbox type in the application (the *Events classes of
 * accidents, fines, ledger, service, trips and readiness still append to the outbox themselves).
 */
class ArchitectureTest {

    static final String BASE = "dev.opsuite.fleet";
    static final List<String> CAPABILITIES = List.of("accidents", "costs", "dashboard", "documents", "drivers", "fines",
            "ledger", "readiness", "service", "trailers", "trips", "vehicles");

    final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void inside_each_capability_the_layers_depend_inwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Interfaces").definedBy(BASE + ".*.interfaces..")
                .layer("Infrastructure").definedBy(BASE + ".*.infrastructure..")
                .layer("Application").definedBy(BASE + ".*.application..")
                .layer("Domain").definedBy(BASE + ".*.domain..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure")
                .check(classes);
    }

    @Test
    void capabilities_lean_on_each_other_without_cycles() {
        slices().matching(BASE + ".(*)..").namingSlices("capability $1").should().beFreeOfCycles().check(classes);
    }

    @Test
    void another_capability_is_reached_through_its_use_cases_or_its_domain_never_its_services_stores_or_adapters() {
        for (String capability : CAPABILITIES) {
            String own = BASE + "." + capability;
            noClasses().that().resideOutsideOfPackage(own + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(own + ".infrastructure..", own + ".interfaces..",
                            own + ".application.service..", own + ".application.port.out..")
                    .because("what another capability needs of " + capability + " goes through a named port")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void rest_reaches_the_application_through_its_use_cases_only() {
        noClasses().that().resideInAPackage(BASE + ".*.interfaces..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".*.application.port.out..",
                        BASE + ".*.application.service..", BASE + ".*.infrastructure..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
