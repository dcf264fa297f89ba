package dev.opsuite.dispatch.interfaces;

import dev.opsuite.testing.HostileInputContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile input gets a 4xx problem and nothing is stored (the suite's contract). Dispatch takes no request
 * bodies yet, so its lists' paging is what is at stake; a first endpoint with a body is covered the day it appears.
 */
@QuarkusTest
class HostileInputTest extends HostileInputContract {
}
