-- Accidents (seed 004, scenario "Accident"): the report, its photos, the insurance claim, and the repair
-- whose cost is split between insurer, company and driver. Depends on V1-V4. docs/accidents-and-ledger.md.

CREATE TABLE accident (
    id                      uuid          PRIMARY KEY,
    tenant_id               text          NOT NULL,
    number                  text          NOT NULL,
    vehicle_id              uuid          NOT NULL,
    driver_id               uuid          NOT NULL,
    trailer_id              uuid,
    order_reference         text,
    occurred_at             timestamptz   NOT NULL,
    location                text          NOT NULL,
    damage_description      text          NOT NULL,
    estimate_amount         numeric       CHECK (estimate_amount >= 0),
    estimate_currency       text          CHECK (estimate_currency ~ '^[A-Z]{3}$'),
    police_report_number    text,
    status                  text          NOT NULL CHECK (status IN ('REPORTED', 'SETTLED')),
    claim_number            text,
    claim_insurer           text,
    claim_status            text          CHECK (claim_status IN ('PENDING', 'APPROVED', 'REJECTED', 'PAID')),
    claim_approved_amount   numeric       CHECK (claim_approved_amount > 0),
    claim_currency          text          CHECK (claim_currency ~ '^[A-Z]{3}$'),
    claim_reject_reason     text,
    claim_changed_by        text,
    claim_changed_at        timestamptz,
    -- The settlement: the repair invoice (a Cost), the split of its net amount, and the expense it logged.
    repair_currency         text          CHECK (repair_currency ~ '^[A-Z]{3}$'),
    repair_vat_mode         text          CHECK (repair_vat_mode IN ('STANDARD', 'REVERSE_CHARGE', 'EXEMPT')),
    repair_net              numeric       CHECK (repair_net >= 0),
    repair_vat_rate         numeric(5, 2) CHECK (repair_vat_rate >= 0 AND repair_vat_rate < 100),
    repair_vat              numeric       CHECK (repair_vat >= 0),
    repair_gross            numeric,
    repair_supplier         text,
    repair_invoice_reference text,
    insurer_share           numeric       CHECK (insurer_share >= 0),
    company_share           numeric       CHECK (company_share >= 0),
    driver_deductible       numeric       CHECK (driver_deductible >= 0),
    completed_on            date,
    expense_id              uuid,
    settled_by              text,
    settled_at              timestamptz,
    created_by              text          NOT NULL,
    created_at              timestamptz   NOT NULL,
    updated_by              text          NOT NULL,
    updated_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL,
    CONSTRAINT accident_number_unique UNIQUE (tenant_id, number),
    CONSTRAINT accident_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT accident_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT accident_driver FOREIGN KEY (tenant_id, driver_id) REFERENCES driver (tenant_id, id),
    CONSTRAINT accident_trailer FOREIGN KEY (tenant_id, trailer_id) REFERENCES trailer (tenant_id, id),
    CONSTRAINT accident_expense FOREIGN KEY (expense_id) REFERENCES vehicle_expense (id),
    CONSTRAINT accident_estimate_whole CHECK ((estimate_amount IS NULL) = (estimate_currency IS NULL)),
    CONSTRAINT accident_claim_whole CHECK ((claim_number IS NULL) = (claim_status IS NULL)
        AND (claim_number IS NULL) = (claim_insurer IS NULL)),
    CONSTRAINT accident_claim_approved_has_amount
        CHECK (claim_status NOT IN ('APPROVED', 'PAID') OR (claim_approved_amount IS NOT NULL AND claim_currency IS NOT NULL)),
    -- Settled exactly when the whole settlement is there, and its split adds up.
    CONSTRAINT accident_settlement_whole CHECK (
        (status = 'REPORTED' AND repair_currency IS NULL AND repair_net IS NULL AND insurer_share IS NULL
            AND company_share IS NULL AND driver_deductible IS NULL AND completed_on IS NULL AND expense_id IS NULL)
        OR (status = 'SETTLED' AND repair_currency IS NOT NULL AND repair_vat_mode IS NOT NULL AND repair_net IS NOT NULL
            AND repair_vat_rate IS NOT NULL AND repair_vat IS NOT NULL AND repair_gross = repair_net + repair_vat
            AND insurer_share IS NOT NULL AND company_share IS NOT NULL AND driver_deductible IS NOT NULL
            AND insurer_share + company_share = repair_net AND driver_deductible <= company_share
            AND completed_on IS NOT NULL AND expense_id IS NOT NULL AND settled_by IS NOT NULL AND settled_at IS NOT NULL))
);
CREATE INDEX accident_tenant_created ON accident (tenant_id, created_at DESC);
CREATE INDEX accident_vehicle ON accident (tenant_id, vehicle_id, status);
CREATE INDEX accident_driver ON accident (tenant_id, driver_id);
CREATE INDEX accident_order ON accident (tenant_id, order_reference);
-- A claim number names one claim in a business (INS-2025-123), also when two filings race.
CREATE UNIQUE INDEX accident_claim_number_unique ON accident (tenant_id, claim_number) WHERE claim_number IS NOT NULL;

-- Photos are kept in PostgreSQL (bytea, at most fleet.accidents.photo-max-bytes each): they commit with
-- the report, are backed up with it, and need no second store (docs/accidents-and-ledger.md).
CREATE TABLE accident_photo (
    id                uuid        PRIMARY KEY,
    tenant_id         text        NOT NULL,
    accident_id       uuid        NOT NULL,
    content_type      text        NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/heic')),
    size_bytes        bigint      NOT NULL CHECK (size_bytes > 0),
    sha256            text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    original_filename text,
    content           bytea       NOT NULL,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT accident_photo_size CHECK (octet_length(content) = size_bytes),
    CONSTRAINT accident_photo_accident FOREIGN KEY (tenant_id, accident_id) REFERENCES accident (tenant_id, id)
);
CREATE INDEX accident_photo_accident ON accident_photo (tenant_id, accident_id, created_at);
