package dev.opsuite.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shape every service keeps (docs/architecture.md, "anatomy of a capability"): one package per
 * business capability, and inside each the layers {@code domain} (plain Java), {@code application}
 * (use cases and their ports), {@code infrastructure} and {@code interfaces} (adapters), dependencies
 * pointing inwards.
 */
public final class HexagonalRules {

    /** What the application layer may not touch: persistence, HTTP, Vert.x, the outbox and the REST-side support. */
    private static final DescribedPredicate<JavaClass> ADAPTER_TECHNOLOGY = resideInAnyPackage(
            "org.hibernate..", "jakarta.persistence..", "jakarta.ws.rs..", "io.vertx..", "org.jboss.resteasy..",
            "dev.opsuite.support.outbox..", "dev.opsuite.support.problem..", "dev.opsuite.support.rest..",
            "dev.opsuite.support.persistence..", "dev.opsuite.support.relay..", "dev.opsuite.support.inbox..",
            "dev.opsuite.support.numbering..")
            .or(resideInAPackage("io.quarkus.hibernate..")
                    .and(not(simpleName("WithTransaction").or(simpleName("WithSession")))))
            .as("persistence, HTTP or outbox types (transaction demarcation aside)");

    private HexagonalRules() {
    }

    /**
     * Checks a service packaged by capability, e.g. {@code dev.opsuite.inventory} with {@code catalog},
     * {@code stock} and {@code transfers}. {@code sharedKernel} names the packages every capability may use
     * (plain Java value types such as money), relative to the base: e.g. {@code "kernel"}. A domain may use the kernel's
     * own package, not its sub-packages: {@code kernel.rest} or {@code kernel.persistence} hold adapters the
     * capabilities' outer layers share, and the kernel's own package is held to the domain's rule (plain Java).
     */
    public static void checkCapabilities(String basePackage, String... sharedKernel) {
        checkCapabilities(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage), basePackage, sharedKernel);
    }

    /** {@link #checkCapabilities(String, String...)} over classes already imported (the rules' own tests). */
    static void checkCapabilities(JavaClasses classes, String basePackage, String... sharedKernel) {
        Set<String> capabilities = capabilities(classes, basePackage);
        if (capabilities.isEmpty()) {
            throw new AssertionError("no capability package (" + basePackage + ".<capability>.domain) found");
        }
        String[] kernel = new String[sharedKernel.length];
        for (int i = 0; i < sharedKernel.length; i++) {
            kernel[i] = basePackage + "." + sharedKernel[i];
        }

        // Inside every capability, the layers point inwards. A read-side capability may have no domain of its own.
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Interfaces").definedBy(basePackage + ".*.interfaces..")
                .layer("Infrastructure").definedBy(basePackage + ".*.infrastructure..")
                .layer("Application").definedBy(basePackage + ".*.application..")
                .layer("Domain").definedBy(basePackage + ".*.domain..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Interfaces", "Infrastructure")
                .check(classes);

        // The kernel is what every domain may use, so it is plain Java too.
        classes().that().resideInAnyPackage(kernel)
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(kernel, "java..", "dev.opsuite.support.domain.."))
                .because("every capability's domain may use the kernel")
                .allowEmptyShould(true)
                .check(classes);

        // Capabilities lean on each other without going round in circles.
        slices().matching(basePackage + ".(*)..").namingSlices("capability $1").should().beFreeOfCycles().check(classes);

        for (String capability : capabilities) {
            String own = basePackage + "." + capability;
            String[] domainMayUse = concat(kernel, "java..", own + ".domain..", "dev.opsuite.support.domain..");
            // The domain is plain Java: no framework, persistence, JSON or reactive types; its own rules and the kernel.
            classes().that().resideInAPackage(own + ".domain..")
                    .should().onlyDependOnClassesThat().resideInAnyPackage(domainMayUse)
                    .because("a reader finds " + capability + "'s rules in its domain package, in plain Java")
                    .check(classes);
            // Another capability is reached through its use cases or its domain types, never its adapters or services.
            noClasses().that().resideOutsideOfPackage(own + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(own + ".infrastructure..", own + ".interfaces..",
                            own + ".application.service..", own + ".application.port.out..")
                    .because("what another capability needs of " + capability + " goes through a named port")
                    .allowEmptyShould(true)
                    .check(classes);
        }

        // Use cases know no adapter technology: no persistence, REST or outbox types beyond transaction demarcation.
        noClasses().that().resideInAPackage(basePackage + ".*.application..")
                .should().dependOnClassesThat(ADAPTER_TECHNOLOGY)
                .because("the application hands events to its EventPublisher port and data to its store ports")
                .allowEmptyShould(true)
                .check(classes);

        // REST reaches the application through its use-case ports only, never a store or a service.
        noClasses().that().resideInAPackage(basePackage + ".*.interfaces..")
                .should().dependOnClassesThat().resideInAnyPackage(basePackage + ".*.application.port.out..",
                        basePackage + ".*.application.service..", basePackage + ".*.infrastructure..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The capabilities of a service: the packages right under the base that hold a domain layer. */
    static Set<String> capabilities(JavaClasses classes, String basePackage) {
        Set<String> found = new TreeSet<>();
        String prefix = basePackage + ".";
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (pkg.startsWith(prefix)) {
                String[] parts = pkg.substring(prefix.length()).split("\\.");
                if (parts.length >= 2 && parts[1].equals("domain")) {
                    found.add(parts[0]);
                }
            }
        }
        return found;
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
