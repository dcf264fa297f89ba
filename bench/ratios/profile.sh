#!/usr/bin/env bash
# Where a request's CPU goes in one service (issue 15): a JFR recording of the service's JVM while wrk drives one kind
# of request, then bench/ratios/jfr-buckets.py over its CPU samples. For whole stacks start the suite with
# JAVA_TOOL_OPTIONS="-XX:FlightRecorderOptions:stackdepth=1024" ./suite up (JFR keeps 64 frames by default, and a
# reactive request's stack is deeper: the outer frames, REST and JWT, would be cut off).
#   bench/ratios/profile.sh create|get [C] [SECONDS]      defaults: 8 connections, 25 s
# Output: docs/bench/profile-<work>-<date>T<time>.md (the tables) and target/profile-<work>.jfr (open it in JDK Mission Control).
set -euo pipefail
cd "$(dirname "$0")/../.."
WORK_KIND="${1:?create or get}"
C="${2:-8}"
S="${3:-25}"
JDK_TOOLS=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64/bin 2>/dev/null || dirname "$(readlink -f "$(command -v java)")")
prop() { sed -n "s/^$1=//p" .suite/ports.properties; }
API="http://127.0.0.1:$(prop inventory-transfer-service.port)"
PID=$(cat .suite/pids/inventory-transfer-service.pid)
TENANT="bench-profile-$(date +%s)"
TOKEN=$(./suite token inventory-manager "$TENANT" 2>/dev/null)
post() { curl -sf -X POST "$API$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }
ORIGIN=$(post /locations '{"type":"WAREHOUSE","name":"Profile warehouse","code":"WH-PROF"}' | jq -r .id)
DESTINATION=$(post /locations '{"type":"STORE","name":"Profile store","code":"ST-PROF"}' | jq -r .id)
PRODUCT_A=$(post /products '{"sku":"PROF-A","name":"Profile cable"}' | jq -r .id)
PRODUCT_B=$(post /products '{"sku":"PROF-B","name":"Profile breaker"}' | jq -r .id)
export TOKEN ORIGIN DESTINATION PRODUCT_A PRODUCT_B
mkdir -p target docs/bench
wrk -t2 -c4 -d10s -s bench/ratios/create-note.lua "$API" >/dev/null   # warm-up, and notes to read
SCRIPT=create-note.lua
if [ "$WORK_KIND" = get ]; then
  SCRIPT=get-note.lua
  export IDS="$PWD/target/profile-ids.lua"
  PGPASSWORD=postgres psql -h 127.0.0.1 -p "$(prop postgres.port)" -U postgres -d inventory_transfer -X -At \
    -c "SELECT id FROM transfer_dispatch_note WHERE tenant_id = '$TENANT'" \
    | awk 'BEGIN { print "return {" } { printf "\"%s\",\n", $1 } END { print "}" }' >"$IDS"
fi
REC="$PWD/target/profile-$WORK_KIND.jfr"
rm -f "$REC"
"$JDK_TOOLS/jcmd" "$PID" JFR.start name=profile settings=profile filename="$REC" >/dev/null
RESULT=$(wrk -t2 -c"$C" -d"${S}s" --latency -s "bench/ratios/$SCRIPT" "$API")
"$JDK_TOOLS/jcmd" "$PID" JFR.stop name=profile >/dev/null
"$JDK_TOOLS/jfr" print --json --stack-depth 1024 --events jdk.ExecutionSample "$REC" >"target/profile-$WORK_KIND.json"
OUT="docs/bench/profile-$WORK_KIND-$(date -u +%Y-%m-%dT%H%M).md"
{
  echo "# inventory-transfer-service, $WORK_KIND under load: where the CPU goes"
  echo
  echo "\`bench/ratios/profile.sh $WORK_KIND $C $S\`, $(date -u +%FT%TZ), commit $(git describe --always --dirty), load $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "wrk: $(echo "$RESULT" | awk '/^Requests\/sec:/ { print $2 " req/s" }'), p99 $(echo "$RESULT" | awk '$1 == "99%" { print $2 }'), $(echo "$RESULT" | grep '^statuses')."
  echo
  python3 bench/ratios/jfr-buckets.py "target/profile-$WORK_KIND.json"
} | tee "$OUT"
