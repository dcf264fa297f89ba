package dev.opsuite.fleet.ledger.domain;


/**
 * What a driver's ledger entry is. A deduction is recovered from the driver's pay: its amount is
 * negative. A new kind also needs its value in the {@code driver_transaction_kind_known} constraint.
 */
public enum DriverTransactionKind {
    /** A traffic fine the driver pays (seed: "Fine: -500 CZK (Speeding, Order ORD-2025-0098)"). */
    FINE_DEDUCTION(true),
    /** The driver's deductible of an accident's repair (seed: "Driver pays: 5,000 CZK (deductible from salary)"). */
    ACCIDENT_DEDUCTIBLE(true);

    private final boolean deduction;

    DriverTransactionKind(boolean deduction) {
        this.deduction = deduction;
    }

    public boolean deduction() {
        return deduction;
    }
}
