package dev.opsuite.fleet;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
 * or its domain types, REST reaching only use cases, no persistence, REST or outbox type in the application, and a
 * plain-Java domain that uses only its own types and the kernel. Still to come before
 * {@code checkCapabilities("dev.opsuite.fleet", "kernel")} replaces this test: the domains of readiness, trips and
 * service still take other capabilities' aggregates (a unit is formed of a Driver, a Vehicle and a Trailer; a trip
 * ticket checks its Vehicle and TransportUnit; a service rule's alert reads its Vehicle).
 */
class ArchitectureTest {

    static final String BASE = "dev.opsuite.fleet";
    /** The capabilities whose domain already uses nothing but itself, the kernel and dev.opsuite.support.domain. */
    static final List<String> SELF_CONTAINED_DOMAINS = List.of("accidents", "costs", "documents", "drivers", "fines",
            "ledger", "trailers", "vehicles");
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

    @Test
    void use_cases_know_no_persistence_rest_or_outbox_type() {
        noClasses().that().resideInAPackage(BASE + ".*.application..")
                .should().dependOnClassesThat(resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "jakarta.ws.rs..",
                        "io.vertx..", "org.jboss.resteasy..", "dev.opsuite.support.outbox..", "dev.opsuite.support.problem..",
                        "dev.opsuite.support.rest..", "dev.opsuite.support.persistence..", "dev.opsuite.support.relay..",
                        "dev.opsuite.support.inbox..")
                        .or(resideInAPackage("io.quarkus.hibernate..")
                                .and(not(simpleName("WithTransaction").or(simpleName("WithSession"))))))
                .because("the application hands events to its EventPublisher port and data to its store ports")
                .check(classes);
    }

    @Test
    void a_domain_is_plain_java_of_its_own_and_the_kernel() {
        for (String capability : SELF_CONTAINED_DOMAINS) {
            String own = BASE + "." + capability;
            classes().that().resideInAPackage(own + ".domain..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + ".kernel..", "java..", own + ".domain..",
                            "dev.opsuite.support.domain..")
                    .because("a reader finds " + capability + "'s rules in its domain package, in plain Java")
                    .check(classes);
        }
    }
}
