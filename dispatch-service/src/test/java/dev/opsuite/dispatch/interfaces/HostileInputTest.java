package dev.opsuite.dispatch.interfaces;

import dev.opsuite.testing.HostileInputContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile input gets a 4xx problem and nothing is stored (the suite's contract), over every JSON body of the API:
 * dispatches, their edits, actions, invoices and invoice requests, and the policy; and every list's paging.
 */
@QuarkusTest
class HostileInputTest extends HostileInputContract {
}
