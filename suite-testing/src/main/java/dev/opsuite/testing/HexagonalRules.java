package dev.opsuite.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layering every service keeps (DESIGN.md): interfaces and infrastructure on the outside,
 * application in the middle, a plain-Java domain at the core.
 */
public final class HexagonalRules {

    private HexagonalRules() {
    }

    /** Checks the service under {@code basePackage}, e.g. {@code dev.opsuite.inventory}. */
    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);

        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Interfaces").definedBy(basePackage + ".interfaces..")
                .layer("Infrastructure").definedBy(basePackage + ".infrastructure..")
                .layer("Application").definedBy(basePackage + ".application..")
                .layer("Domain").definedBy(basePackage + ".domain..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure")
                .check(classes);

        // The domain is plain Java: no framework, no persistence, no JSON, no reactive types.
        classes().that().resideInAPackage(basePackage + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", basePackage + ".domain..", "dev.opsuite.support.domain..")
                .check(classes);

        // Interfaces reach the application through its use-case ports, never an adapter.
        classes().that().resideInAPackage(basePackage + ".interfaces..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage(basePackage + ".application.service..")
                .check(classes);
    }
}
