#!/usr/bin/env bash
# The "who was driving" lookup over a year of trip tickets, on the running suite (./suite up). Bulk-loads N heavy
# trucks (default 500) of a fresh tenant with two closed trip tickets a day for the last 365 days (N x 730 tickets
# and driving periods, bench/fleet/load-trips.sql), then fires REQUESTS lookups (default 5 000, CONCURRENCY at a time,
# default 4) of GET /vehicles/{id}/driver-at?at=T for random trucks and instants of that year, and prints p50, p95,
# p99 and max, for the answers that found a driver (200) and those that found none (404).
#   bench/fleet-driver-lookup.sh [N] [REQUESTS] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-500}"
REQUESTS="${2:-5000}"
CONCURRENCY="${3:-4}"
port_of() { grep "^$1=" .suite/ports.properties 2>/dev/null | cut -d= -f2 || true; }
FLEET_PORT="${OPSUITE_FLEET_PORT:-$(port_of fleet-service.port)}"
PG_PORT="${OPSUITE_PG_PORT:-$(port_of postgres.port)}"
API="http://127.0.0.1:${FLEET_PORT:-8083}"
MGMT="http://127.0.0.1:$(( ${FLEET_PORT:-8083} + 1000 ))"   # health and metrics: the management port
JDBC="jdbc:postgresql://127.0.0.1:${PG_PORT:-5432}/fleet"
TENANT="trips-$(date +%s)"
TOKEN=$(./suite token fleet-manager "$TENANT")

curl -fs "$MGMT/q/health/ready" >/dev/null || { echo "fleet-service is not ready at $API: ./suite up first" >&2; exit 1; }
echo "tenant $TENANT, $N trucks, $((N * 730)) trip tickets"
printf 'load (SQL): %s ms\n' "$(java -cp 'suite-launcher/target/lib/*' bench/fleet/Sql.java "$JDBC" bench/fleet/load-trips.sql "$TENANT" "$N")"
java bench/fleet/DriverAtLookup.java "$API" "$TOKEN" "$TENANT" "$N" "$REQUESTS" "$CONCURRENCY"
