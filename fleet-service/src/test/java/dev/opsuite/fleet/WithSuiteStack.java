package dev.opsuite.fleet;

import dev.opsuite.testing.SuiteStack;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every @QuarkusTest of this service runs against the real stack, started once by the launcher. */
@QuarkusTestResource(value = SuiteStack.class, initArgs = @ResourceArg(name = "database", value = "fleet"))
public final class WithSuiteStack {

    private WithSuiteStack() {
    }
}
