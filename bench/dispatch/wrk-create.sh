#!/usr/bin/env bash
# POST /dispatch on the running suite (./suite up), driven by wrk: C connections for S seconds, each request on a unit
# and trip ticket of its own (written straight into dispatch's projections of fleet for a fresh tenant), so every
# create runs the whole path: JWT, JSON, policy, projections, the gap-free number, the insert under the exclusion
# constraint and the partial unique index, the outbox row. Then GET /dispatch/{id} over what was created.
# The service runs in its own JVM as in production; wrk runs beside it on the same cores.
#   bench/dispatch/wrk-create.sh [C] [S]      C connections (default 4), S seconds (default 15)
# Needs wrk and psql (apt-get install wrk postgresql-client). Results: docs/bench/dispatch-wrk-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/../.."
C="${1:-4}"
S="${2:-15}"
N="${PAIRS:-12000}"
API="http://127.0.0.1:${OPSUITE_DISPATCH_PORT:-8081}"
PG_PORT=$(sed -n 's/^postgres.port=//p' .suite/ports.properties 2>/dev/null || true)
PG_PORT="${OPSUITE_PG_PORT:-${PG_PORT:-5432}}"
for tool in wrk psql jq; do command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }; done
curl -sf "http://127.0.0.1:$(( ${OPSUITE_DISPATCH_PORT:-8081} + 1000 ))/q/health/ready" >/dev/null \
  || { echo "dispatch-service is not ready: ./suite up" >&2; exit 1; }
pg() { PGPASSWORD=postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d dispatch -X -q -v ON_ERROR_STOP=1 "$@"; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TENANT="bench-wrk-$(date +%s)"
TOKEN=$(./suite token dispatcher "$TENANT")
OUT="docs/bench/dispatch-wrk-$(date -u +%Y-%m-%d).txt"
mkdir -p docs/bench

# N ready units, each with an open trip ticket of its crew from tomorrow 06:00 to 18:00.
pg -v tenant="$TENANT" -v n="$N" <<'SQL'
INSERT INTO transport_unit_projection (tenant_id, id, status, driver_id, vehicle_id, trailer_id, ready_for_order, reasons, unit_version, changed_at)
SELECT :'tenant', gen_random_uuid(), 'ACTIVE', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), true, '{"lines": []}'::jsonb, 1, now()
FROM generate_series(1, :n);
INSERT INTO trip_ticket_projection (tenant_id, id, number, vehicle_id, driver_id, trailer_id, transport_unit_id, planned_from, planned_to, order_reference, status)
SELECT tenant_id, gen_random_uuid(), 'TT-BENCH-' || row_number() OVER (), vehicle_id, driver_id, trailer_id, id,
       date_trunc('day', now()) + interval '1 day 6 hours', date_trunc('day', now()) + interval '1 day 18 hours', NULL, 'OPEN'
FROM transport_unit_projection WHERE tenant_id = :'tenant';
SQL
pairs() { # pairs SQL -> a Lua table of {unit, ticket} (psql -c does not expand :'tenant', stdin does)
  { echo "return {"; pg -At -F' ' -v tenant="$TENANT" <<<"$1" | awk '{printf "{\"%s\",\"%s\"},\n", $1, $2}'; echo "}"; }
}
pairs "SELECT transport_unit_id, id FROM trip_ticket_projection WHERE tenant_id = :'tenant'" > "$WORK/pairs.lua"
DATETIME=$(date -u -d 'tomorrow 08:00' +%Y-%m-%dT%H:%M:%SZ)

# Warm-up (JIT, connection pools), then the measured run.
PAIRS="$WORK/pairs.lua" TOKEN="$TOKEN" DATETIME="$DATETIME" THREADS=2 wrk -t2 -c2 -d5s -s bench/dispatch/create.lua "$API" >/dev/null
# Warm-up pairs are used: the measured run starts on fresh ones.
pairs "SELECT transport_unit_id, id FROM trip_ticket_projection t WHERE tenant_id = :'tenant'
  AND NOT EXISTS (SELECT 1 FROM dispatch d WHERE d.tenant_id = t.tenant_id AND d.trip_ticket_id = t.id)" > "$WORK/fresh.lua"
{
  echo "POST /dispatch, $C connections, ${S}s, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
  PAIRS="$WORK/fresh.lua" TOKEN="$TOKEN" DATETIME="$DATETIME" THREADS="$C" wrk -t"$C" -c"$C" -d"${S}s" --latency \
    -s bench/dispatch/create.lua "$API"
  echo
  echo "GET /dispatch/{id}, $C connections, ${S}s"
  ID=$(curl -s "$API/dispatch?size=1" -H "Authorization: Bearer $TOKEN" | jq -r '.items[0].id')
  wrk -t"$C" -c"$C" -d"${S}s" --latency -H "Authorization: Bearer $TOKEN" "$API/dispatch/$ID"
} | tee "$OUT"
