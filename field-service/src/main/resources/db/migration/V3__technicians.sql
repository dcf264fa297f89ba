-- Technicians: their login, skills (one level per trade), weekly working hours in their own time zone, time off,
-- and the truck they drive. Skills, hours and time off change with the technician (its version guards them), so they
-- live in its row as jsonb lists.
CREATE TABLE technician (
    id                uuid        PRIMARY KEY,
    tenant_id         text        NOT NULL,
    user_id           text        NOT NULL,
    name              text        NOT NULL,
    time_zone         text        NOT NULL,
    skills            jsonb       NOT NULL,
    working_hours     jsonb       NOT NULL,
    time_off          jsonb       NOT NULL,
    vehicle_id        uuid,
    truck_location_id uuid,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT technician_tenant_id_unique UNIQUE (tenant_id, id),
    -- One technician per login, one driver per truck: two admins racing cannot both win.
    CONSTRAINT technician_user_unique UNIQUE (tenant_id, user_id),
    CONSTRAINT technician_vehicle_unique UNIQUE (tenant_id, vehicle_id),
    CONSTRAINT technician_truck_whole CHECK ((vehicle_id IS NULL) = (truck_location_id IS NULL))
);
