package dev.opsuite.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The rules every service's ArchitectureTest runs, each shown to catch the shape it forbids (fixtures under
 * {@code shapes}: one small service per case) and to pass a service in the intended shape.
 */
class HexagonalRulesTest {

    private static final String SHAPES = "dev.opsuite.testing.shapes.";

    @Test
    void a_service_of_capabilities_over_a_kernel_passes() {
        assertThatCode(() -> check("fit")).doesNotThrowAnyException();
    }

    @Test
    void a_domain_may_not_use_the_kernels_adapters() {
        assertThatThrownBy(() -> check("domainusesadapter")).hasMessageContaining("Order")
                .hasMessageContaining("kernel.rest.Roles").hasMessageContaining("in plain Java");
    }

    @Test
    void a_domain_may_not_use_a_framework_type() {
        assertThatThrownBy(() -> check("domainframework")).hasMessageContaining("JsonNode")
                .hasMessageContaining("in plain Java");
    }

    @Test
    void the_kernel_is_held_to_the_domains_rule() {
        assertThatThrownBy(() -> check("kernelframework")).hasMessageContaining("JsonNode")
                .hasMessageContaining("every capability's domain may use the kernel");
    }

    @Test
    void a_capability_may_not_reach_another_capabilitys_adapter() {
        assertThatThrownBy(() -> check("reachesadapter")).hasMessageContaining("InvoiceRepository").hasMessageContaining("OrderStore")
                .hasMessageContaining("goes through a named port");
    }

    @Test
    void rest_may_not_reach_a_store() {
        assertThatThrownBy(() -> check("restreachesstore")).hasMessageContaining("OrderResource")
                .hasMessageContaining("port.out");
    }

    @Test
    void the_application_may_not_write_to_the_outbox_itself() {
        assertThatThrownBy(() -> check("applicationoutbox")).hasMessageContaining("OrderService")
                .hasMessageContaining("dev.opsuite.support.outbox.Outbox");
    }

    @Test
    void capabilities_may_not_use_each_other_in_a_circle() {
        assertThatThrownBy(() -> check("cycle")).hasMessageContaining("Cycle detected")
                .hasMessageContaining("capability invoices").hasMessageContaining("capability orders");
    }

    @Test
    void a_service_without_a_capability_is_refused_rather_than_passed() {
        assertThatThrownBy(() -> check("nothing")).hasMessageContaining("no capability package");
    }

    private static void check(String service) {
        String base = SHAPES + service;
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        HexagonalRules.checkCapabilities(classes, base, "kernel");
    }
}
