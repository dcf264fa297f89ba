#!/usr/bin/env bash
# Readiness of N transport units (default 10 000) recomputed after a change that touches them all, on the running
# suite (./suite up). Bulk-loads N units (driver + heavy truck + trailer, 10 documents each) of a fresh tenant
# straight into the fleet database, then times POST /transport-units/readiness-recompute, which reassesses every
# active unit of the tenant in batches (fleet.transport-units.recompute-batch-size) and publishes
# transport-unit-readiness-changed through the outbox for each unit whose readiness changed:
#   1. after the load: every unit was stored stale (not ready), so all N change and N events are written;
#   2. right after: nothing changed, so this is the cost of reading and assessing N units alone;
#   3. after every truck insurance of the tenant ended yesterday (one SQL update, as a day passing would do):
#      all N units become not ready (VEHICLE_DOCUMENTS_EXPIRED), N events again.
# It also times one document renewal through the API (which reassesses that one truck's unit), the ready list,
# and how long Debezium takes to put the events on Kafka (opsuite_outbox_relayed_total).
#   bench/fleet-readiness.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000}"
port_of() { grep "^$1=" .suite/ports.properties 2>/dev/null | cut -d= -f2 || true; }
FLEET_PORT="${OPSUITE_FLEET_PORT:-$(port_of fleet-service.port)}"
PG_PORT="${OPSUITE_PG_PORT:-$(port_of postgres.port)}"
API="http://127.0.0.1:${FLEET_PORT:-8083}"
MGMT="http://127.0.0.1:$(( ${FLEET_PORT:-8083} + 1000 ))"   # health and metrics: the management port
JDBC="jdbc:postgresql://127.0.0.1:${PG_PORT:-5432}/fleet"
TENANT="bench-$(date +%s)"
TOKEN=$(./suite token fleet-manager "$TENANT")
auth=(-H "Authorization: Bearer $TOKEN")

curl -fs "$MGMT/q/health/ready" >/dev/null || { echo "fleet-service is not ready at $API: ./suite up first" >&2; exit 1; }
sql() { java -cp 'suite-launcher/target/lib/*' bench/fleet/Sql.java "$JDBC" "bench/fleet/$1" "$TENANT" "$N"; }
relayed() { local n; n=$(curl -s "$MGMT/q/metrics" | awk '/^opsuite_outbox_relayed_total/ {print int($2)}'); echo "${n:-0}"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\\1/"; }
recompute() { # prints: units changed service-ms http-seconds
  local out
  out=$(curl -fs -X POST "$API/transport-units/readiness-recompute" "${auth[@]}" -w ' %{time_total}')
  printf '%s %s %s %s\n' "$(echo "$out" | field units)" "$(echo "$out" | field changed)" \
    "$(echo "$out" | field millis)" "${out##* }"
}
wait_relayed() { # wait_relayed TARGET -> seconds until the relay counter reaches TARGET
  local start now
  start=$(date +%s.%N)
  for _ in $(seq 1 600); do
    [ "$(relayed)" -ge "$1" ] && break
    sleep 0.2
  done
  now=$(date +%s.%N)
  echo "$now - $start" | bc -l
}

echo "tenant $TENANT, $N units"
printf 'load (SQL, %d units, %d documents): %s ms\n' "$N" "$((N * 10))" "$(sql load.sql)"

before=$(relayed)
read -r units changed ms http <<<"$(recompute)"
printf 'recompute 1 (all stale -> ready):     %s units, %s changed, %s ms in the service, %.2f s HTTP\n' "$units" "$changed" "$ms" "$http"
printf '  events on Kafka %.2f s after the answer\n' "$(wait_relayed $((before + changed)))"

read -r units changed ms http <<<"$(recompute)"
printf 'recompute 2 (nothing changed):        %s units, %s changed, %s ms in the service, %.2f s HTTP\n' "$units" "$changed" "$ms" "$http"

printf 'every truck insurance ends (SQL): %s ms\n' "$(sql expire-insurance.sql)"
before=$(relayed)
read -r units changed ms http <<<"$(recompute)"
printf 'recompute 3 (insurance expired):      %s units, %s changed, %s ms in the service, %.2f s HTTP\n' "$units" "$changed" "$ms" "$http"
printf '  events on Kafka %.2f s after the answer\n' "$(wait_relayed $((before + changed)))"

truck=$(curl -fs "$API/vehicles?size=1&orderBy=registrationNumber&order=asc" "${auth[@]}" | sed -E 's/.*"items":\[\{"id":"([^"]+)".*/\1/')
renewal=$(curl -fs -o /dev/null -w '%{time_total}' -X POST "$API/vehicles/$truck/documents" "${auth[@]}" \
  -H 'Content-Type: application/json' \
  -d "{\"type\":\"INSURANCE\",\"number\":\"RENEWED\",\"validFrom\":\"$(date -u +%F)\",\"validUntil\":\"$(date -u -d '+1 year' +%F)\"}")
printf 'one insurance renewed through the API (its unit reassessed, 1 event): %.0f ms\n' "$(echo "$renewal * 1000" | bc -l)"
ready=$(curl -fs "$API/transport-units?ready=true&size=200" "${auth[@]}" -w ' %{time_total}')
printf 'GET /transport-units?ready=true&size=200: total %s, %.0f ms\n' "$(echo "$ready" | field total)" \
  "$(echo "${ready##* } * 1000" | bc -l)"
blocked=$(curl -fs "$API/transport-units?ready=false&size=200" "${auth[@]}" -w ' %{time_total}')
printf 'GET /transport-units?ready=false&size=200: total %s, %.0f ms\n' "$(echo "$blocked" | field total)" \
  "$(echo "${blocked##* } * 1000" | bc -l)"
