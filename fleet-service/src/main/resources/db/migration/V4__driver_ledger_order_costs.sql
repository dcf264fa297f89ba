-- The driver's salary-relevant ledger (the seed's driver_transactions) and the costs the fleet charges to
-- orders (their profitability impact). Both are written once by a fine or an accident and never edited.
-- Depends on V1 (vehicle) and V2 (driver). docs/accidents-and-ledger.md.

CREATE TABLE driver_transaction (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    driver_id       uuid        NOT NULL,
    -- DriverTransactionKind; a new kind replaces this named constraint in its own migration.
    kind            text        NOT NULL CONSTRAINT driver_transaction_kind_known
                                    CHECK (kind IN ('FINE_DEDUCTION', 'ACCIDENT_DEDUCTIBLE')),
    -- Signed, in the currency's minor unit (numeric without a fixed scale keeps 2 for CZK, 0 for JPY).
    amount          numeric     NOT NULL CHECK (amount <> 0),
    currency        text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- The payroll month of booked_on (YYYY-MM), booked_on being the day in fleet.payroll.time-zone.
    pay_period      text        NOT NULL CHECK (pay_period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    booked_on       date        NOT NULL,
    description     text        NOT NULL CHECK (description <> ''),
    -- Free text: dispatch-service owns orders (ORD-2025-0098).
    order_reference text,
    source_type     text        NOT NULL CONSTRAINT driver_transaction_source_known
                                    CHECK (source_type IN ('FINE', 'ACCIDENT')),
    source_id       uuid        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT driver_transaction_deduction_negative
        CHECK (kind NOT IN ('FINE_DEDUCTION', 'ACCIDENT_DEDUCTIBLE') OR amount < 0),
    CONSTRAINT driver_transaction_period_of_day CHECK (pay_period = to_char(booked_on, 'YYYY-MM')),
    CONSTRAINT driver_transaction_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    -- One fine or accident books each kind once, also when two requests race.
    CONSTRAINT driver_transaction_once_per_source UNIQUE (tenant_id, source_type, source_id, kind)
);
CREATE INDEX driver_transaction_period_driver ON driver_transaction (tenant_id, pay_period, driver_id);

CREATE TABLE order_cost (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    order_reference text        NOT NULL CHECK (order_reference <> ''),
    kind            text        NOT NULL CONSTRAINT order_cost_kind_known CHECK (kind IN ('FINE', 'ACCIDENT')),
    -- Positive: what the order costs more (its profitability falls by this much).
    amount          numeric     NOT NULL CHECK (amount > 0),
    currency        text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    description     text        NOT NULL CHECK (description <> ''),
    vehicle_id      uuid,
    driver_id       uuid,
    source_type     text        NOT NULL CONSTRAINT order_cost_source_known CHECK (source_type IN ('FINE', 'ACCIDENT')),
    source_id       uuid        NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT order_cost_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT order_cost_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    -- A fine or an accident charges its order once.
    CONSTRAINT order_cost_once_per_source UNIQUE (tenant_id, source_type, source_id)
);
CREATE INDEX order_cost_order ON order_cost (tenant_id, order_reference, created_at);
