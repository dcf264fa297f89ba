package dev.opsuite.inventory.interfaces;

import dev.opsuite.testing.HostileInputContract;
import io.quarkus.test.junit.QuarkusTest;

/** Hostile input gets a 4xx problem and nothing is stored (the suite's contract, on every endpoint of this service). */
@QuarkusTest
class HostileInputTest extends HostileInputContract {
}
