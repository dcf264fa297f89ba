package dev.opsuite.fleet;

import dev.opsuite.testing.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void each_capability_keeps_its_layers_and_reaches_another_only_through_its_ports() {
        HexagonalRules.checkCapabilities("dev.opsuite.fleet", "kernel");
    }
}
