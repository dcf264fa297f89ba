#!/usr/bin/env bash
# inventory-transfer-service on the running suite (./suite up): create-and-approve throughput, then search over
# 100k+ notes. Raw results go to docs/bench/inventory-transfer-<date>.txt, query plans to
# docs/bench/inventory-search-plans.txt; a summary is printed at the end.
#   bench/inventory-transfer.sh [N] [C]      N notes (default 500), C concurrent clients (default 4)
# Environment (defaults in brackets):
#   PHASES="throughput search"   run one or both phases
#   SEARCH_NOTES [100000] SEARCH_LOCATIONS [200]   tenant bench-search, bulk-loaded with SQL (bench/inventory/search-data.sql)
#   OTHER_NOTES [20000]  OTHER_LOCATIONS [50]     tenant bench-search-other, loaded beside it (tenant filtering)
#   SEARCH_REQUESTS [100]   measured HTTP requests per search filter (one client, page size 20, after 3 warm-ups)
#   SEARCH_RELOAD [1]       0 keeps the loaded tenants when they already hold the expected number of notes
# 1. Throughput: a fresh tenant, one warehouse and one store, 4 products stocked at the warehouse (API). Each note is
#    POST /transfers-dispatch-note (2 lines) -> POST .../{id}/dispatch -> POST /transfers-goods-receipt APPROVED
#    (everything received), C notes at a time (xargs -P). Then polls until every note is FULLY_RECEIVED: the receipt
#    is booked onto the note by the goods-receipt events (outbox -> Debezium -> Kafka -> consumer).
# 2. Search: bulk-loads both tenants straight into PostgreSQL, VACUUM (ANALYZE), then per filter of the seed sends
#    SEARCH_REQUESTS GET /transfers-dispatch-note/search with values drawn from the data, checks every `total`
#    against the same count in SQL, and EXPLAIN (ANALYZE, BUFFERS) the page and count queries exactly as Hibernate
#    sends them (prepared, $n parameters; custom and generic plan) for the slowest request's values.
#    Filters: none, status (each in turn), originLocationId, destinationLocationId (drawn from the notes, so busy
#    locations come up more), createdAt and dispatchDate (one calendar month), search (a city: ~5 % of the
#    locations; search=name: one location's whole name), businessId (the caller's), combined (ACTIVE+RECEIVING from
#    one origin in the last 90 days), dispatchDate+orderBy=dispatchDate, and none/status as the 20k-note tenant.
#    An appendix to the plans tries the free-text query rewritten (location ids first, trigram index; rolled back).
# Needs curl, jq, awk and psql (any recent client: `apt-get install postgresql-client`; the suite's PostgreSQL has none).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-500}"
C="${2:-4}"
PHASES="${PHASES:-throughput search}"
SEARCH_NOTES="${SEARCH_NOTES:-100000}" SEARCH_LOCATIONS="${SEARCH_LOCATIONS:-200}"
OTHER_NOTES="${OTHER_NOTES:-20000}" OTHER_LOCATIONS="${OTHER_LOCATIONS:-50}"
SEARCH_REQUESTS="${SEARCH_REQUESTS:-100}" SEARCH_RELOAD="${SEARCH_RELOAD:-1}"
API="http://127.0.0.1:${OPSUITE_INVENTORY_TRANSFER_PORT:-8082}"
PG_PORT=$(sed -n 's/^postgres.port=//p' .suite/ports.properties 2>/dev/null || true)
PG_PORT="${OPSUITE_PG_PORT:-${PG_PORT:-5432}}"
PSQL=$(command -v psql || ls .suite/cache/postgres-*/bin/psql 2>/dev/null | head -1 || true)
[ -n "$PSQL" ] || { echo "psql not found: apt-get install postgresql-client (the suite's PostgreSQL bundle has no psql)" >&2; exit 1; }
for tool in curl jq awk; do command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }; done
curl -sf "$API/q/health/ready" >/dev/null || { echo "inventory-transfer-service is not ready on $API: ./suite up" >&2; exit 1; }

DAY=$(date -u +%Y-%m-%d)
mkdir -p docs/bench
OUT="docs/bench/inventory-transfer-$DAY.txt"
[ "$PHASES" = "throughput search" ] || OUT="docs/bench/inventory-transfer-$DAY-${PHASES// /-}.txt"
PLANS="docs/bench/inventory-search-plans.txt"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
: >"$OUT"
log() { printf '%s\n' "$*" | tee -a "$OUT"; }
pg() { PGPASSWORD=postgres "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d inventory_transfer -X -q -v ON_ERROR_STOP=1 "$@"; }

# stats: seconds on stdin, one per line -> "n p50 p95 p99 max" in ms (nearest rank)
stats() {
  sort -g | awk '{v[NR] = $1 * 1000}
    function at(p,  i) { i = int(p * NR); if (i < p * NR) i++; if (i < 1) i = 1; return v[i] }
    END { if (NR == 0) { print "0 - - - -"; exit } printf "%d %.1f %.1f %.1f %.1f\n", NR, at(0.50), at(0.95), at(0.99), v[NR] }'
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

log "# inventory-transfer bench, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
log "machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
log "java: $(java -version 2>&1 | head -1); PostgreSQL: $(pg -At -c 'show server_version'), shared_buffers $(pg -At -c 'show shared_buffers')"
log "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD)); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------------------------------
throughput() {
  local tenant="bench-tp-$(date +%s)"
  TOKEN=$(./suite token inventory-manager "$tenant")
  export API TOKEN CALLS="$WORK/calls.txt"
  : >"$CALLS"
  post() { curl -s -X POST "$API$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2"; }
  WAREHOUSE=$(post /locations '{"type":"WAREHOUSE","name":"Bench warehouse","code":"BW"}' | jq -r .id)
  STORE=$(post /locations '{"type":"STORE","name":"Bench store","code":"BS"}' | jq -r .id)
  local products=() p k
  for k in 1 2 3 4; do
    p=$(post /products "{\"sku\":\"BENCH-$k\",\"name\":\"Bench product $k\",\"unit\":\"pcs\"}" | jq -r .id)
    post /stock-adjustments "{\"locationId\":\"$WAREHOUSE\",\"productId\":\"$p\",\"quantity\":$((N * 10)),
      \"unitCost\":$((k * 3)).25,\"reason\":\"OPENING_BALANCE\"}" | jq -e .level.id >/dev/null
    products+=("$p")
  done
  export WAREHOUSE STORE P_LIST="${products[*]}"

  # call NAME METHOD PATH [BODY]: one request; appends "NAME http_code seconds" to $CALLS, body in $BODY.
  call() {
    local out
    out=$(curl -s -w '\n%{http_code} %{time_total}' -X "$2" "$API$3" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' ${4:+-d "$4"})
    BODY=${out%$'\n'*}
    CODE=${out##*$'\n'}
    echo "$1 $CODE" >>"$CALLS"
    CODE=${CODE%% *}
  }
  # one_note I: create -> dispatch -> approved receipt of everything, for note number I.
  one_note() {
    local i=$1 ps a b qa qb id
    read -r -a ps <<<"$P_LIST"
    a=${ps[$((i % 4))]} b=${ps[$(((i + 1 + i / 4) % 4))]}
    [ "$a" = "$b" ] && b=${ps[$(((i + 2) % 4))]}
    qa=$((1 + i % 5)) qb=$((1 + (i * 3) % 7))
    call create POST /transfers-dispatch-note "{\"originLocationId\":\"$WAREHOUSE\",\"destinationLocationId\":\"$STORE\",
      \"detail\":[{\"productId\":\"$a\",\"quantity\":$qa},{\"productId\":\"$b\",\"quantity\":$qb}]}"
    [ "$CODE" = 201 ] || { echo "create $i: $CODE $BODY" >>"$CALLS.errors"; return 0; }
    id=$(sed -E 's/^\{"id":"([^"]+)".*/\1/' <<<"$BODY")
    call dispatch POST "/transfers-dispatch-note/$id/dispatch"
    [ "$CODE" = 200 ] || { echo "dispatch $i: $CODE $BODY" >>"$CALLS.errors"; return 0; }
    call receipt POST /transfers-goods-receipt "{\"transferDispatchNoteId\":\"$id\",\"status\":\"APPROVED\",
      \"items\":[{\"productId\":\"$a\",\"receivedQuantity\":$qa,\"damagedQuantity\":0},{\"productId\":\"$b\",\"receivedQuantity\":$qb,\"damagedQuantity\":0}]}"
    [ "$CODE" = 201 ] || echo "receipt $i: $CODE $BODY" >>"$CALLS.errors"
  }
  export -f call one_note

  log ""
  log "## 1. Create -> dispatch -> approved goods receipt: $N notes, $C concurrent clients (tenant $tenant)"
  local start posted booked total=0 expected
  start=$(now)
  # once a second: receipts approved so far, and how many of them the consumer has booked onto their notes
  (while :; do # booked first: it can only lag behind the approvals counted after it
     b=$(curl -s "$API/transfers-dispatch-note/search?status=FULLY_RECEIVED&size=1" -H "Authorization: Bearer $TOKEN" | jq -r '.total // 0')
     printf '%s %s %s\n' "$(elapsed "$start" "$(now)")" "$(grep -c '^receipt 201 ' "$CALLS" || true)" "$b"
     sleep 1
   done >"$WORK/backlog.txt") &
  local sampler=$!
  seq 1 "$N" | xargs -P "$C" -I{} bash -c 'one_note {}'
  posted=$(now)
  expected=$(grep -c '^receipt 201 ' "$CALLS" || true)
  for _ in $(seq 1 3000); do
    total=$(curl -s "$API/transfers-dispatch-note/search?status=FULLY_RECEIVED&size=1" -H "Authorization: Bearer $TOKEN" | jq -r '.total // 0')
    [ "$total" -ge "$expected" ] && break
    sleep 0.1
  done
  booked=$(now)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true

  log "$(printf '%-10s %6s %6s %9s %9s %9s %9s' call ok failed p50_ms p95_ms p99_ms max_ms)"
  local name ok failed
  for name in create dispatch receipt; do
    ok=$(grep -cE "^$name 20[01] " "$CALLS" || true)
    failed=$(grep "^$name " "$CALLS" | grep -cvE "^$name 20[01] " || true)
    read -r _ p50 p95 p99 max < <(grep "^$name " "$CALLS" | awk '{print $3}' | stats)
    log "$(printf '%-10s %6s %6s %9s %9s %9s %9s' "$name" "$ok" "$failed" "$p50" "$p95" "$p99" "$max")"
  done
  [ -s "$CALLS.errors" ] && { log "errors (first 5):"; head -5 "$CALLS.errors" | cut -c1-300 | tee -a "$OUT"; }
  TP_RATE=$(awk -v n="$expected" -v s="$(elapsed "$start" "$posted")" 'BEGIN { printf "%.1f", n / s }')
  TP_LAG=$(elapsed "$posted" "$booked")
  log "notes approved: $expected of $N in $(elapsed "$start" "$posted") s = $TP_RATE notes/s ($(awk -v n="$expected" -v s="$(elapsed "$start" "$posted")" 'BEGIN { printf "%.1f", 3 * n / s }') requests/s)"
  log "receipt summaries RECEIVED: $total of $expected; the last booked $TP_LAG s after the last receipt answered ($(elapsed "$start" "$booked") s from the start)"
  log "backlog (approved, not yet booked), sampled each second: max $(awk '{b = $2 - $3; if (b > m) m = b} END {print m + 0}' "$WORK/backlog.txt"), at the last answer $(awk -v t="$(elapsed "$start" "$posted")" '$1 <= t {b = $2 - $3} END {print b + 0}' "$WORK/backlog.txt")"
  local lag
  lag=$(curl -s "$API/q/metrics" | grep '^opsuite_inbox_lag_seconds{' | grep 'consumer="inventory-transfer-service.receipt-summary"' \
    | awk '/quantile="0.5"/ {m = $2 * 1000} /quantile="0.95"/ {p = $2 * 1000} END {printf "median %.0f ms, p95 %.0f ms", m, p}' || true)
  log "consumer lag (opsuite_inbox_lag_seconds, event ce_time -> consumer commit, 2-min window): $lag"
  log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  log "raw backlog (seconds since start, receipts approved, notes booked): $(awk '{printf "%s/%s/%s ", $1, $2, $3}' "$WORK/backlog.txt")"
  for name in create dispatch receipt; do
    log "raw $name seconds: $(grep "^$name " "$CALLS" | awk '{printf "%s ", $3}')"
  done
  TP_TABLE=$(sed -n '/^call /,/^notes approved/p' "$OUT")
}

# ---------------------------------------------------------------------------------------------------------------
TENANT=bench-search
OTHER=bench-search-other
END_AT=$(date -u +%Y-%m-%d)
COLUMNS_SQL="tdne1_0.id,tdne1_0.closing_reason,tdne1_0.cost_detail,tdne1_0.created_at,tdne1_0.created_by,tdne1_0.deleted_at,tdne1_0.deleted_by,tdne1_0.destination_location_id,tdne1_0.detail,tdne1_0.dispatch_date,tdne1_0.document_number,tdne1_0.origin_location_id,tdne1_0.receipt_summary,tdne1_0.status,tdne1_0.tenant_id,tdne1_0.transfer_goods_receipt_status,tdne1_0.transport_detail,tdne1_0.updated_at,tdne1_0.updated_by,tdne1_0.version"
MONTHS_SQL="SELECT m::date AS m, k FROM generate_series(date_trunc('month', :'end'::date - 729), date_trunc('month', :'end'::date - 1), interval '1 month') m, generate_series(1, 1 + :n / 20) k"
CITIES="madrid barcelona valencia sevilla zaragoza malaga murcia palma bilbao alicante cordoba valladolid vigo gijon granada oviedo pamplona santander toledo burgos"
FILTERS=(none status originLocationId destinationLocationId createdAt dispatchDate search search=name businessId combined
  dispatchDate+orderBy none@other status@other)

# define FILTER: sets F_TENANT, F_WHERE (Hibernate's SQL after the tenant and deleted_at clauses), F_ORDER and
# F_VALUES (SQL giving one row per request: the query string, then the values of $2, $3, ...). Values are drawn
# from the data (weighted as the notes are) in a fixed order (md5), so a rerun sends the same requests.
define() {
  F_TENANT=$TENANT F_ORDER="tdne1_0.created_at desc,tdne1_0.id" F_WHERE=""
  case "$1" in
    none|none@other)
      F_VALUES="SELECT '' FROM generate_series(1, :n)" ;;
    status|status@other)
      F_WHERE=" and tdne1_0.status in (\$2)"
      F_VALUES="SELECT 'status=' || s, s FROM (SELECT (ARRAY['ACTIVE','DRAFT','RECEIVING','FULLY_RECEIVED','CANCELLED','CLOSED_SHORT'])[1 + i % 6] s FROM generate_series(0, :n - 1) i) x" ;;
    originLocationId|destinationLocationId)
      local column=origin_location_id
      [ "$1" = destinationLocationId ] && column=destination_location_id
      F_WHERE=" and tdne1_0.$column=\$2"
      F_VALUES="SELECT '$1=' || v, v FROM (SELECT $column v FROM transfer_dispatch_note WHERE tenant_id = :'t' AND deleted_at IS NULL ORDER BY md5(id::text || '$1') LIMIT :n) x" ;;
    createdAt|dispatchDate|dispatchDate+orderBy)
      local column=created_at param=createdAt extra=""
      [ "$1" = createdAt ] || { column=dispatch_date param=dispatchDate; }
      [ "$1" = dispatchDate+orderBy ] && { extra="&orderBy=dispatchDate"; F_ORDER="tdne1_0.dispatch_date desc,tdne1_0.id"; }
      F_WHERE=" and tdne1_0.$column>=\$2 and tdne1_0.$column<\$3"
      F_VALUES="SELECT '${param}From=' || m || '&${param}To=' || (m + interval '1 month')::date || '$extra', m || 'T00:00:00Z', (m + interval '1 month')::date || 'T00:00:00Z' FROM ($MONTHS_SQL) x ORDER BY md5(m::text || k || '$1') LIMIT :n" ;;
    search|search=name)
      F_WHERE=" and (tdne1_0.origin_location_id in (select le1_0.id from location le1_0 where le1_0.tenant_id=\$1 and lower(le1_0.name) like \$2 escape '') or tdne1_0.destination_location_id in (select le2_0.id from location le2_0 where le2_0.tenant_id=\$1 and lower(le2_0.name) like \$2 escape '') or lower(tdne1_0.document_number) like \$2 escape '')"
      # a city (about 5 % of the locations), or one location's whole name
      F_VALUES="SELECT 'search=' || c, '%' || c || '%' FROM (SELECT (string_to_array('$CITIES', ' '))[1 + i % 20] c FROM generate_series(0, :n - 1) i) x"
      [ "$1" = search=name ] && F_VALUES="SELECT 'search=' || replace(c, ' ', '%20'), '%' || c || '%' FROM (SELECT lower(name) c FROM location, generate_series(1, 1 + :n / 100) k WHERE tenant_id = :'t' ORDER BY md5(id::text || k) LIMIT :n) x" ;;
    businessId)
      F_WHERE=" and tdne1_0.tenant_id=\$2"
      F_VALUES="SELECT 'businessId=' || :'t', :'t' FROM generate_series(1, :n)" ;;
    combined)
      # in transit from one origin, created in the last 90 days
      F_WHERE=" and tdne1_0.status in (\$2,\$3) and tdne1_0.origin_location_id=\$4 and tdne1_0.created_at>=\$5"
      F_VALUES="SELECT 'status=ACTIVE&status=RECEIVING&originLocationId=' || v || '&createdAtFrom=' || (:'end'::date - 90), 'ACTIVE', 'RECEIVING', v, (:'end'::date - 90) || 'T00:00:00Z' FROM (SELECT origin_location_id v FROM transfer_dispatch_note WHERE tenant_id = :'t' AND deleted_at IS NULL ORDER BY md5(id::text || 'combined') LIMIT :n) x" ;;
  esac
  case "$1" in *@other) F_TENANT=$OTHER ;; esac
}
page_sql() { echo "select $COLUMNS_SQL from transfer_dispatch_note tdne1_0 where tdne1_0.tenant_id=\$1 and (tdne1_0.deleted_at is null)$F_WHERE order by $F_ORDER offset \$$1 rows fetch first \$$(($1 + 1)) rows only"; }
count_sql() { echo "select count(*) from transfer_dispatch_note tdne1_0 where tdne1_0.tenant_id=\$1 and (tdne1_0.deleted_at is null)$F_WHERE"; }
# sql_args TENANT TAB-SEPARATED-VALUES: "'tenant','v2',..."
sql_args() { local IFS=$'\t' v args="'$1'"; for v in $2; do args+=",'$v'"; done; echo "$args"; }

load_tenant() { # load_tenant TENANT NOTES LOCATIONS SEED
  local have
  have=$(pg -At -c "SELECT count(*) FROM transfer_dispatch_note WHERE tenant_id = '$1'")
  if [ "$SEARCH_RELOAD" = 0 ] && [ "$have" = "$2" ]; then
    log "tenant $1: $have notes already loaded (SEARCH_RELOAD=0)"
    return
  fi
  local t0
  t0=$(now)
  pg -v tenant="$1" -v notes="$2" -v locations="$3" -v seed="$4" -v end_at="$END_AT" -f bench/inventory/search-data.sql
  LOADED=1
  log "tenant $1: $2 notes over $3 locations loaded in $(elapsed "$t0" "$(now)") s"
}

search() {
  log ""
  log "## 2. Search over $SEARCH_NOTES notes (tenant $TENANT) beside $OTHER_NOTES of another tenant"
  LOADED=0
  load_tenant "$TENANT" "$SEARCH_NOTES" "$SEARCH_LOCATIONS" 0.42
  load_tenant "$OTHER" "$OTHER_NOTES" "$OTHER_LOCATIONS" 0.43
  # VACUUM FULL: the table as a fresh load leaves it (a reload leaves the old rows dead), then the visibility map
  # and statistics (index-only scans depend on the first, every plan on the second).
  [ "$LOADED" = 0 ] || pg -c 'VACUUM FULL transfer_dispatch_note' -c 'VACUUM FULL location'
  pg -c 'VACUUM (ANALYZE) transfer_dispatch_note' -c 'VACUUM (ANALYZE) location'
  log "$(pg -At -F ' ' -c "SELECT 'table transfer_dispatch_note:', count(*), 'rows,', pg_size_pretty(pg_total_relation_size('transfer_dispatch_note')), 'with indexes' FROM transfer_dispatch_note")"
  log "$(pg -At -v t="$TENANT" <<<"SELECT 'live notes by status (' || :'t' || '): ' || string_agg(status || ' ' || n, ', ' ORDER BY n DESC) FROM (SELECT status, count(*) n FROM transfer_dispatch_note WHERE tenant_id = :'t' AND deleted_at IS NULL GROUP BY status) s")"
  local token_main token_other
  token_main=$(./suite token auditor "$TENANT")
  token_other=$(./suite token auditor "$OTHER")
  : >"$PLANS"
  {
    echo "# EXPLAIN (ANALYZE, BUFFERS) of the search's SQL, $(date -u +%Y-%m-%dT%H:%M:%SZ), written by bench/inventory-transfer.sh"
    echo "# $(pg -At -c 'select version()')"
    echo "# tenant $TENANT: $SEARCH_NOTES notes, $SEARCH_LOCATIONS locations; tenant $OTHER: $OTHER_NOTES notes. After VACUUM (ANALYZE)."
    echo "# The SQL is what Hibernate Reactive sends (captured with log_min_duration_statement=0): a prepared statement"
    echo "# with \$n parameters, cached per connection, so after 5 runs PostgreSQL may switch to the generic plan."
    echo "# Each filter: the page query and the count(*) query (the response's total), custom plan (values known)"
    echo "# and generic plan, with the values of the request whose two queries took longest in the database."
  } >>"$PLANS"
  log "HTTP: GET round trip at the client (ms); SQL: the page and count queries' execution in PostgreSQL (ms, custom plans)"
  log "$(printf '%-22s %4s %3s %7s %7s %7s %7s %7s %7s %7s %7s  %s' filter n err http50 http95 http99 httpmax page50 count50 sqlmax total50 'totals = SQL')"
  SEARCH_TABLE="$(tail -1 "$OUT")"$'\n'
  local f token values line q rest row total i n_params errors mism slow slow_args slow_q sql_page sql_count sql_max
  for f in "${FILTERS[@]}"; do
    define "$f"
    token=$token_main
    [ "$F_TENANT" = "$OTHER" ] && token=$token_other
    values="$WORK/values-$f.txt"
    pg -At -F $'\t' -v t="$F_TENANT" -v n="$((SEARCH_REQUESTS + 3))" -v end="$END_AT" <<<"$F_VALUES;" >"$values"
    : >"$WORK/http-$f.txt"
    i=0
    while IFS= read -r line; do
      q=${line%%$'\t'*}
      [ "$line" = "$q" ] && rest="" || rest=${line#*$'\t'}
      row=$(curl -s -o "$WORK/body.json" -w '%{time_total} %{http_code}' "$API/transfers-dispatch-note/search?size=20${q:+&$q}" \
        -H "Authorization: Bearer $token")
      i=$((i + 1))
      [ "$i" -le 3 ] && continue # warm-up
      total=$(jq -r '.total // "-"' "$WORK/body.json" 2>/dev/null || echo -)
      printf '%s %s\t%s\t%s\n' "$row" "$total" "$q" "$rest" >>"$WORK/http-$f.txt"
    done <"$values"
    errors=$(awk '$2 != 200' "$WORK/http-$f.txt" | wc -l)
    n_params=$(( $(head -1 "$WORK/http-$f.txt" | cut -f3- | awk -F'\t' '{print ($0 == "" ? 0 : NF)}') + 1 ))
    # Every total against the same count in SQL; then the server-side time of each request's two queries
    # (EXPLAIN ANALYZE, custom plans), to tell the database's share from the rest.
    {
      echo "PREPARE c AS $(count_sql);"
      cut -f3- "$WORK/http-$f.txt" | while IFS= read -r rest; do echo "EXECUTE c($(sql_args "$F_TENANT" "$rest"));"; done
    } >"$WORK/counts-$f.sql"
    pg -At -f "$WORK/counts-$f.sql" >"$WORK/counts-$f.txt"
    mism=$(paste -d' ' <(awk '{print $3}' "$WORK/http-$f.txt") "$WORK/counts-$f.txt" | awk '$1 != $2' | wc -l)
    {
      echo "PREPARE p AS $(page_sql $((n_params + 1)));"
      echo "PREPARE c AS $(count_sql);"
      echo "SET plan_cache_mode = force_custom_plan;"
      cut -f3- "$WORK/http-$f.txt" | while IFS= read -r rest; do
        echo "EXPLAIN (ANALYZE) EXECUTE p($(sql_args "$F_TENANT" "$rest"), 0, 20);"
        echo "EXPLAIN (ANALYZE) EXECUTE c($(sql_args "$F_TENANT" "$rest"));"
      done
    } >"$WORK/sql-$f.sql"
    pg -At -f "$WORK/sql-$f.sql" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p' \
      | awk 'NR % 2 == 1 {p = $1; next} {print p, $1, p + $1}' >"$WORK/sql-$f.txt"
    read -r n p50 p95 p99 max < <(awk '{print $1}' "$WORK/http-$f.txt" | stats)
    read -r _ sql_page _ _ _ < <(awk '{print $1 / 1000}' "$WORK/sql-$f.txt" | stats)
    read -r _ sql_count _ _ _ < <(awk '{print $2 / 1000}' "$WORK/sql-$f.txt" | stats)
    read -r _ _ _ _ sql_max < <(awk '{print $3 / 1000}' "$WORK/sql-$f.txt" | stats)
    total=$(awk '{print $3}' "$WORK/http-$f.txt" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
    row=$(printf '%-22s %4s %3s %7s %7s %7s %7s %7s %7s %7s %7s  %s' "$f" "$n" "$errors" "$p50" "$p95" "$p99" "$max" \
      "$sql_page" "$sql_count" "$sql_max" "$total" "$( [ "$mism" = 0 ] && echo yes || echo "NO: $mism differ")")
    log "$row"
    SEARCH_TABLE+="$row"$'\n'
    # plans, with the values of the request whose two queries took longest in the database
    i=$(awk '{print NR, $3}' "$WORK/sql-$f.txt" | sort -g -k2,2 | tail -1 | cut -d' ' -f1)
    slow=$(sed -n "${i}p" "$WORK/http-$f.txt")
    slow_q=$(cut -f2 <<<"$slow")
    slow_args=$(sql_args "$F_TENANT" "$(cut -f3- <<<"$slow")")
    {
      echo ""
      echo "################################################################################################"
      echo "## $f: GET /transfers-dispatch-note/search?size=20${slow_q:+&$slow_q}   (as tenant $F_TENANT)"
      echo "## over $n requests: HTTP p50 $p50 ms, p95 $p95 ms, max $max ms; in the database (custom plans) page p50 $sql_page ms,"
      echo "## count p50 $sql_count ms, page+count max $sql_max ms. Below: the request with that max (HTTP $(awk '{printf "%.1f", $1 * 1000}' <<<"$slow") ms)."
      echo "-- page:  $(page_sql $((n_params + 1)))"
      echo "-- count: $(count_sql)"
      echo "-- parameters: $slow_args, 0, 20"
    } >>"$PLANS"
    [ "$f" = search=name ] && SLOW_TEXT=$(cut -f3 <<<"$slow")
    pg -f - >>"$PLANS" 2>&1 <<SQL || true
PREPARE p AS $(page_sql $((n_params + 1)));
PREPARE c AS $(count_sql);
SET plan_cache_mode = force_custom_plan;
\echo '---- page, custom plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p($slow_args, 0, 20);
\echo '---- count, custom plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE c($slow_args);
SET plan_cache_mode = force_generic_plan;
\echo '---- page, generic plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE p($slow_args, 0, 20);
\echo '---- count, generic plan'
EXPLAIN (ANALYZE, BUFFERS) EXECUTE c($slow_args);
SQL
  done
  # The free text can use no index as written (IN subqueries under OR). What it would cost with the location ids
  # resolved first (origin/destination = ANY, both indexed) and a trigram index on the document number: tried in a
  # transaction that is rolled back.
  {
    echo ""
    echo "################################################################################################"
    echo "## appendix: the search=name request above, rewritten: location ids resolved first, and"
    echo "## CREATE INDEX ... USING gin (lower(document_number) gin_trgm_ops) WHERE deleted_at IS NULL (rolled back)"
  } >>"$PLANS"
  pg -v t="$TENANT" -v text="${SLOW_TEXT:-%madrid%}" -f - >>"$PLANS" 2>&1 <<'SQL' || true
BEGIN;
CREATE INDEX bench_tmp_document_number_trgm ON transfer_dispatch_note USING gin (lower(document_number) gin_trgm_ops) WHERE deleted_at IS NULL;
ANALYZE transfer_dispatch_note;
SELECT coalesce(array_agg(id), '{}') AS ids FROM location WHERE tenant_id = :'t' AND lower(name) LIKE :'text' \gset
\echo '---- page, rewritten'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM transfer_dispatch_note WHERE tenant_id = :'t' AND deleted_at IS NULL
  AND (origin_location_id = ANY (:'ids'::uuid[]) OR destination_location_id = ANY (:'ids'::uuid[]) OR lower(document_number) LIKE :'text')
  ORDER BY created_at DESC, id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;
\echo '---- count, rewritten'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM transfer_dispatch_note WHERE tenant_id = :'t' AND deleted_at IS NULL
  AND (origin_location_id = ANY (:'ids'::uuid[]) OR destination_location_id = ANY (:'ids'::uuid[]) OR lower(document_number) LIKE :'text');
ROLLBACK;
SQL
  log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  for f in "${FILTERS[@]}"; do
    log "raw $f seconds: $(awk '{printf "%s ", $1}' "$WORK/http-$f.txt")"
  done
  # Which index serves each query (custom plans), for the summary.
  log ""
  log "plans ($PLANS): access path per query (custom plan; the generic plan where it differs)"
  awk '/^## [^ ]+: GET / {f = $2} /^## appendix/ {f = "appendix:"} /^---- / {q = $2 " " $3} /^ *(->  )?(Parallel )?(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan|Parallel Seq Scan) (using|on) / && q ~ /custom|generic/ {
        s = $0; sub(/^ *(->  )?/, "", s); sub(/  \(cost.*/, "", s); sub(/ on transfer_dispatch_note tdne1_0$/, "", s); sub(/ le[12]_0$/, "", s)
        if (!seen[f q s]++) a[f " " q] = a[f " " q] (a[f " " q] ? "; " : "") s }
      END { for (k in a) { c = k; sub(/generic/, "custom", c); if (k == c || a[k] != a[c]) print k ": " a[k] } }' "$PLANS" \
    | sort | tee -a "$OUT"
}

case " $PHASES " in *" throughput "*) throughput ;; esac
case " $PHASES " in *" search "*) search ;; esac

echo ""
echo "=== summary ($OUT) ==="
[ -n "${TP_TABLE:-}" ] && { echo "throughput: $N notes, $C clients: $TP_RATE notes/s, last receipt booked $TP_LAG s after the last answer"; echo "$TP_TABLE"; }
[ -n "${SEARCH_TABLE:-}" ] && { echo "search (ms):"; printf '%s' "$SEARCH_TABLE"; echo "plans: $PLANS"; }
