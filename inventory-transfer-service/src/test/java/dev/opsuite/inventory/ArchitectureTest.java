package dev.opsuite.inventory;

import dev.opsuite.testing.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void every_capability_keeps_its_layers_and_reaches_another_only_through_its_ports() {
        HexagonalRules.checkCapabilities("dev.opsuite.inventory", "kernel");
    }
}
