package dev.opsuite.dispatch;

import dev.opsuite.testing.HexagonalRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void capabilities_keep_their_layers_and_meet_only_through_ports_or_the_kernel() {
        HexagonalRules.checkCapabilities("dev.opsuite.dispatch", "kernel");
    }
}
