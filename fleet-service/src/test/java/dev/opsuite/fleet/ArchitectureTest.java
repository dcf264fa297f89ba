package dev.opsuite.fleet;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * While the capabilities are cut apart: the layers inside every capability point inwards. The full rules
 * ({@code HexagonalRules.checkCapabilities("dev.opsuite.fleet", "kernel")}) replace this once no capability
 * reaches into another's services, stores or adapters.
 */
class ArchitectureTest {

    @Test
    void inside_each_capability_the_layers_depend_inwards() {
        String base = "dev.opsuite.fleet";
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Interfaces").definedBy(base + ".*.interfaces..")
                .layer("Infrastructure").definedBy(base + ".*.infrastructure..")
                .layer("Application").definedBy(base + ".*.application..")
                .layer("Domain").definedBy(base + ".*.domain..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(base));
    }
}
