package dev.opsuite.fleet.ledger.domain;

import java.util.Set;

/** What booked a ledger entry or an order cost: a fine or an accident, named by its id. */
public final class LedgerSource {

    public static final String FINE = "FINE";
    public static final String ACCIDENT = "ACCIDENT";
    static final Set<String> KNOWN = Set.of(FINE, ACCIDENT);

    private LedgerSource() {
    }
}
