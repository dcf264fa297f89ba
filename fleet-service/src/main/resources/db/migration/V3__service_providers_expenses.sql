-- Service management and vehicle costs (seed 004): the directory of external service providers, service
-- rules (every N km / M months), service requests and vehicle expenses. Depends on V1 (vehicle) only.

-- External workshops. Coordinates are WGS 84 degrees; "nearby" narrows by the (latitude, longitude) box
-- on the index, then ranks by great-circle distance (docs/service-and-costs.md).
CREATE TABLE service_provider (
    id         uuid             PRIMARY KEY,
    tenant_id  text             NOT NULL,
    name       text             NOT NULL,
    address    text             NOT NULL,
    latitude   double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    rating     numeric(2, 1)    CHECK (rating BETWEEN 0 AND 5),
    services   varchar[]        NOT NULL CHECK (cardinality(services) > 0), -- varchar[]: what Hibernate binds array_contains with
    phone      text,
    active     boolean          NOT NULL,
    created_by text             NOT NULL,
    created_at timestamptz      NOT NULL,
    updated_by text             NOT NULL,
    updated_at timestamptz      NOT NULL,
    version    bigint           NOT NULL,
    CONSTRAINT service_provider_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX service_provider_position ON service_provider (tenant_id, latitude, longitude);
CREATE INDEX service_provider_tenant_name ON service_provider (tenant_id, name);

-- When a vehicle's next service is due: every interval_km and/or interval_months since the last one.
CREATE TABLE service_rule (
    id              uuid        PRIMARY KEY,
    tenant_id       text        NOT NULL,
    vehicle_id      uuid        NOT NULL,
    name            text        NOT NULL,
    interval_km     bigint      CHECK (interval_km > 0),
    interval_months integer     CHECK (interval_months > 0),
    last_service_km bigint      NOT NULL CHECK (last_service_km >= 0),
    last_service_on date        NOT NULL,
    active          boolean     NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         bigint      NOT NULL,
    CONSTRAINT service_rule_interval_required CHECK (interval_km IS NOT NULL OR interval_months IS NOT NULL),
    CONSTRAINT service_rule_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT service_rule_tenant_id_unique UNIQUE (tenant_id, id)
);
CREATE INDEX service_rule_vehicle ON service_rule (tenant_id, vehicle_id);

-- Service requests: planned or emergency, internal workshop or external provider, and their lifecycle.
-- Amounts keep the scale of their currency's minor unit (numeric without a fixed scale).
CREATE TABLE service_request (
    id                   uuid             PRIMARY KEY,
    tenant_id            text             NOT NULL,
    number               text             NOT NULL,
    vehicle_id           uuid             NOT NULL,
    type                 text             NOT NULL CHECK (type IN ('PLANNED', 'EMERGENCY')),
    priority             text             NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH')),
    workshop             text             NOT NULL CHECK (workshop IN ('INTERNAL', 'EXTERNAL')),
    provider_id          uuid,
    location_description text,
    latitude             double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude            double precision CHECK (longitude BETWEEN -180 AND 180),
    issue                text             NOT NULL,
    scheduled_on         date,
    service_rule_id      uuid,
    status               text             NOT NULL
        CHECK (status IN ('REQUESTED', 'SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    work_done            text,
    cost_currency        text             CHECK (cost_currency ~ '^[A-Z]{3}$'),
    cost_vat_mode        text             CHECK (cost_vat_mode IN ('STANDARD', 'REVERSE_CHARGE', 'EXEMPT')),
    cost_net             numeric          CHECK (cost_net >= 0),
    cost_vat_rate        numeric(5, 2)    CHECK (cost_vat_rate >= 0 AND cost_vat_rate < 100),
    cost_vat             numeric          CHECK (cost_vat >= 0),
    cost_gross           numeric,
    invoice_reference    text,
    odometer_km          bigint           CHECK (odometer_km >= 0),
    expense_id           uuid,
    started_by           text,
    started_at           timestamptz,
    completed_by         text,
    completed_at         timestamptz,
    cancelled_by         text,
    cancelled_at         timestamptz,
    cancel_reason        text,
    created_by           text             NOT NULL,
    created_at           timestamptz      NOT NULL,
    updated_by           text             NOT NULL,
    updated_at           timestamptz      NOT NULL,
    version              bigint           NOT NULL,
    CONSTRAINT service_request_number_unique UNIQUE (tenant_id, number),
    CONSTRAINT service_request_tenant_id_unique UNIQUE (tenant_id, id),
    CONSTRAINT service_request_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT service_request_provider FOREIGN KEY (tenant_id, provider_id) REFERENCES service_provider (tenant_id, id),
    CONSTRAINT service_request_rule FOREIGN KEY (tenant_id, service_rule_id) REFERENCES service_rule (tenant_id, id),
    CONSTRAINT service_request_internal_has_no_provider CHECK (workshop = 'EXTERNAL' OR provider_id IS NULL),
    CONSTRAINT service_request_started_has_workshop
        CHECK (status NOT IN ('IN_PROGRESS', 'COMPLETED') OR workshop = 'INTERNAL' OR provider_id IS NOT NULL),
    CONSTRAINT service_request_completed_has_work_done CHECK (status <> 'COMPLETED' OR work_done IS NOT NULL),
    -- A cost is whole or absent, and adds up: gross = net + VAT; no VAT unless STANDARD.
    CONSTRAINT service_request_cost_whole CHECK (
        (cost_currency IS NULL AND cost_vat_mode IS NULL AND cost_net IS NULL AND cost_vat_rate IS NULL
            AND cost_vat IS NULL AND cost_gross IS NULL)
        OR (cost_currency IS NOT NULL AND cost_vat_mode IS NOT NULL AND cost_net IS NOT NULL
            AND cost_vat_rate IS NOT NULL AND cost_vat IS NOT NULL AND cost_gross = cost_net + cost_vat
            AND (cost_vat_mode = 'STANDARD' OR (cost_vat_rate = 0 AND cost_vat = 0))))
);
CREATE INDEX service_request_tenant_created ON service_request (tenant_id, created_at DESC);
CREATE INDEX service_request_vehicle ON service_request (tenant_id, vehicle_id, status);
-- One vehicle, one service in progress: two starts that race cannot both win.
CREATE UNIQUE INDEX service_request_one_in_progress_per_vehicle ON service_request (tenant_id, vehicle_id)
    WHERE status = 'IN_PROGRESS';

-- The seed's vehicle_expenses: costs by category, each in its own currency with its VAT. Written once.
CREATE TABLE vehicle_expense (
    id                 uuid          PRIMARY KEY,
    tenant_id          text          NOT NULL,
    vehicle_id         uuid          NOT NULL,
    category           text          NOT NULL CHECK (category IN ('FUEL', 'TOLL', 'PARKING', 'INTERNAL_SERVICE',
                                         'EXTERNAL_SERVICE', 'REPAIR', 'TYRES', 'INSURANCE', 'FINE', 'OTHER')),
    description        text          NOT NULL,
    incurred_on        date          NOT NULL,
    currency           text          NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    vat_mode           text          NOT NULL CHECK (vat_mode IN ('STANDARD', 'REVERSE_CHARGE', 'EXEMPT')),
    net                numeric       NOT NULL CHECK (net >= 0),
    vat_rate           numeric(5, 2) NOT NULL CHECK (vat_rate >= 0 AND vat_rate < 100),
    vat                numeric       NOT NULL CHECK (vat >= 0),
    gross              numeric       NOT NULL,
    supplier           text,
    invoice_reference  text,
    service_request_id uuid,
    created_by         text          NOT NULL,
    created_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL,
    CONSTRAINT vehicle_expense_adds_up CHECK (gross = net + vat),
    CONSTRAINT vehicle_expense_vat_only_standard CHECK (vat_mode = 'STANDARD' OR (vat_rate = 0 AND vat = 0)),
    CONSTRAINT vehicle_expense_vehicle FOREIGN KEY (tenant_id, vehicle_id) REFERENCES vehicle (tenant_id, id),
    CONSTRAINT vehicle_expense_service_request FOREIGN KEY (tenant_id, service_request_id)
        REFERENCES service_request (tenant_id, id),
    -- A completed service logs its cost once.
    CONSTRAINT vehicle_expense_one_per_service_request UNIQUE (tenant_id, service_request_id)
);
CREATE INDEX vehicle_expense_vehicle_incurred ON vehicle_expense (tenant_id, vehicle_id, incurred_on);
CREATE INDEX vehicle_expense_tenant_incurred ON vehicle_expense (tenant_id, incurred_on);
