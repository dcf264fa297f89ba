#!/usr/bin/env bash
# REST beside the database it writes to (issue 15): for each connection count, side by side in one run, wrk against
# inventory-transfer-service (create a transfer dispatch note; get one by id) and pgbench doing the same work in SQL
# alone (the note row + its outbox row in one transaction; a select by key) on the suite's PostgreSQL. Writes a
# dated table to docs/benchmarks.md (section "REST beside the database") with the load average beside it; raw wrk and
# pgbench output to docs/bench/ratios-<date>T<time>.txt. Starts nothing: run ./suite up first.
#   bench/ratios.sh [SECONDS] [CONNECTIONS...]      defaults: 15 s; 1 4 8 16 connections
# Needs wrk, pgbench and psql (apt-get install wrk postgresql-client); the tokens come from ./suite token.
set -euo pipefail
cd "$(dirname "$0")/.."
S="${1:-15}"
shift || true
CONNS=("$@")
[ ${#CONNS[@]} -gt 0 ] || CONNS=(1 4 8 16)
for tool in wrk pgbench psql jq curl; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install wrk postgresql-client jq curl" >&2; exit 1; }
done
[ -f .suite/ports.properties ] || { echo "the suite is not running: ./suite up" >&2; exit 1; }
prop() { sed -n "s/^$1=//p" .suite/ports.properties; }
PG_PORT=$(prop postgres.port)
INV_PORT=$(prop inventory-transfer-service.port)
API="http://127.0.0.1:$INV_PORT"
curl -sf "http://127.0.0.1:$((INV_PORT + 1000))/q/health/ready" >/dev/null \
  || { echo "inventory-transfer-service is not ready: ./suite up" >&2; exit 1; }
export PGPASSWORD=postgres PGOPTIONS="-c client_min_messages=warning"
psql_() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q -v ON_ERROR_STOP=1 "$@"; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p docs/bench
RAW="docs/bench/ratios-$(date -u +%Y-%m-%dT%H%M).txt"
: >"$RAW"
raw() { tee -a "$RAW"; }

# The scene: a fresh tenant with two locations and two products, through the API as a clerk would make them.
TENANT="bench-ratios-$(date +%s)"
TOKEN=$(./suite token inventory-manager "$TENANT" 2>/dev/null)
post() { curl -sf -X POST "$API$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }
ORIGIN=$(post /locations '{"type":"WAREHOUSE","name":"Bench warehouse","code":"WH-BENCH"}' | jq -r .id)
DESTINATION=$(post /locations '{"type":"STORE","name":"Bench store","code":"ST-BENCH"}' | jq -r .id)
PRODUCT_A=$(post /products '{"sku":"BENCH-A","name":"Bench cable"}' | jq -r .id)
PRODUCT_B=$(post /products '{"sku":"BENCH-B","name":"Bench breaker"}' | jq -r .id)
export TOKEN ORIGIN DESTINATION PRODUCT_A PRODUCT_B

# The database alone: a scratch database beside the services' (same server, same settings).
psql_ -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'bench_ratios'" | grep -q 1 \
  || psql_ -d postgres -c "CREATE DATABASE bench_ratios"
psql_ -d bench_ratios -f bench/ratios/schema.sql
pgb() { pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared "$@" bench_ratios; }

# The service's own CPU per request (its JVM's user + system ticks over the run, divided by the requests wrk counted):
# on 2 cores shared by wrk, PostgreSQL and the JVM, the number that moves when the service's code gets cheaper.
SERVICE_PID=$(cat .suite/pids/inventory-transfer-service.pid)
ticks() { awk '{ print $14 + $15 }' "/proc/$SERVICE_PID/stat"; }
HZ=$(getconf CLK_TCK)
cpu_ms() { # cpu_ms TICKS_BEFORE TICKS_AFTER WRK_OUTPUT
  awk -v t="$(( $2 - $1 ))" -v hz="$HZ" '/requests in/ { n = $1 } END { printf "%.2f", (n > 0 ? 1000 * t / hz / n : 0) }' <<<"$3"
}

# wrk: "Requests/sec", the 99th percentile (--latency) and the answers by status (the Lua scripts print them).
wrk_run() { # wrk_run SCRIPT C SECONDS -> raw output on stdout
  wrk -t"$(( $2 < 2 ? 1 : 2 ))" -c"$2" -d"${3}s" --latency -s "bench/ratios/$1" "$API"
}
rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }'; }
p99() { awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
  printf "%.1f", (u == "s" ? v * 1000 : (u == "us" ? v / 1000 : v)) }'; }
errors() { awk '/^statuses/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] !~ /^2/) e += kv[2] } } END { printf "%d", e }'; }
tps() { awk '/^tps = / { printf "%.0f", $3 }'; }
pg_avg() { awk '/^latency average = / { printf "%.1f", $4 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

{
  echo "bench/ratios.sh $S s, connections ${CONNS[*]}, $(nproc) cores, $(date -u +%FT%TZ), commit $(git describe --always --dirty)"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | raw
# Warm-up (JIT, pools, the first notes to read), not measured.
wrk_run create-note.lua 4 10 >/dev/null
psql_ -d inventory_transfer -At -c "SELECT id FROM transfer_dispatch_note WHERE tenant_id = '$TENANT' LIMIT 20000" \
  | awk 'BEGIN { print "return {" } { printf "\"%s\",\n", $1 } END { print "}" }' >"$WORK/ids.lua"
IDS="$WORK/ids.lua" wrk_run get-note.lua 4 10 >/dev/null
pgb -c 4 -j 2 -T 10 -f bench/ratios/insert.sql >/dev/null 2>&1

ROWS=()
for C in "${CONNS[@]}"; do
  t0=$(ticks); create=$(wrk_run create-note.lua "$C" "$S"); t1=$(ticks); echo "$create" | sed "s/^/[create c=$C] /" | raw >/dev/null
  psql_ -d inventory_transfer -At -c "SELECT id FROM transfer_dispatch_note WHERE tenant_id = '$TENANT' ORDER BY random() LIMIT 20000" \
    | awk 'BEGIN { print "return {" } { printf "\"%s\",\n", $1 } END { print "}" }' >"$WORK/ids.lua"
  t2=$(ticks); get=$(IDS="$WORK/ids.lua" wrk_run get-note.lua "$C" "$S"); t3=$(ticks); echo "$get" | sed "s/^/[get c=$C] /" | raw >/dev/null
  insert=$(pgb -c "$C" -j "$(( C < 2 ? 1 : 2 ))" -T "$S" -f bench/ratios/insert.sql 2>&1); echo "$insert" | sed "s/^/[pg insert c=$C] /" | raw >/dev/null
  rows=$(psql_ -d bench_ratios -At -c "SELECT max(seq) FROM note")
  select=$(pgb -c "$C" -j "$(( C < 2 ? 1 : 2 ))" -T "$S" -D rows="$rows" -f bench/ratios/select.sql 2>&1); echo "$select" | sed "s/^/[pg select c=$C] /" | raw >/dev/null
  ROWS+=("| $C | create a transfer note | $(echo "$create" | rps) | $(echo "$create" | p99) | $(echo "$create" | errors) | $(cpu_ms "$t0" "$t1" "$create") | $(echo "$insert" | tps) | $(echo "$insert" | pg_avg) | **$(ratio "$(echo "$create" | rps)" "$(echo "$insert" | tps)")×** |")
  ROWS+=("| $C | get a note by id | $(echo "$get" | rps) | $(echo "$get" | p99) | $(echo "$get" | errors) | $(cpu_ms "$t2" "$t3" "$get") | $(echo "$select" | tps) | $(echo "$select" | pg_avg) | **$(ratio "$(echo "$get" | rps)" "$(echo "$select" | tps)")×** |")
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
PID=$(cat .suite/pids/inventory-transfer-service.pid 2>/dev/null || true)
RSS=$(awk '/^VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$PID/status" 2>/dev/null || echo "?")
echo "load after: $LOAD_AFTER; inventory-transfer-service RSS $RSS" | raw

TABLE="$WORK/table.md"
{
  echo
  echo "### $(date -u +%FT%TZ) · commit $(git describe --always --dirty) · load $(sed -n 's/^load before: //p' "$RAW" | head -1) before, $LOAD_AFTER after"
  echo
  echo "\`bench/ratios.sh $S ${CONNS[*]}\` on $(nproc) cores; inventory-transfer-service's RSS afterwards $RSS; raw output \`$RAW\`."
  echo
  echo "| connections | work | ours req/s | ours p99 ms | ours errors | service CPU ms/request | database alone tps | its mean ms | ratio |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
} >"$TABLE"
cat "$TABLE"
# Appended under the section (created once); older runs stay below as the history.
if ! grep -q '^## REST beside the database' docs/benchmarks.md; then
  printf '\n## REST beside the database\n\n`./suite up`, then `bench/ratios.sh` (issue 15): the service and the database alone doing the same writes and reads, side by side in one run, newest run first.\n' >>docs/benchmarks.md
fi
awk -v table="$TABLE" '
  { print }
  /^## REST beside the database/ { getline; print; getline; print; while ((getline line < table) > 0) print line; }
' docs/benchmarks.md >"$WORK/benchmarks.md" && cp "$WORK/benchmarks.md" docs/benchmarks.md
