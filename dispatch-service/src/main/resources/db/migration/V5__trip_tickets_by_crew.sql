-- GET /trip-tickets?unit= also answers the tickets issued to the unit's driver and truck (not naming the unit).
CREATE INDEX trip_ticket_projection_crew ON trip_ticket_projection (tenant_id, driver_id, vehicle_id, planned_from DESC);
