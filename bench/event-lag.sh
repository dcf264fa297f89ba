#!/usr/bin/env bash
# Event lag from the HTTP commit to the consumer's commit, on the running suite (./suite up).
# Approves N goods receipts (1 unit each) against one dispatched note; each goods-receipt-created
# travels outbox -> Debezium -> Kafka -> inventory-transfer-service's receipt-summary consumer (which
# books the receipt into the note's summary and the destination's stock and WAC), which
# records opsuite_inbox_lag_seconds (ce_time of the event to the consumer's commit).
#   bench/event-lag.sh [N]      (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-300}"
API="http://127.0.0.1:${OPSUITE_INVENTORY_TRANSFER_PORT:-8082}"
MGMT="http://127.0.0.1:$(( ${OPSUITE_INVENTORY_TRANSFER_PORT:-8082} + 1000 ))"   # health and metrics: the management port
TOKEN=$(./suite token inventory-manager bench-$(date +%s))
auth=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
post() { curl -s -X POST "$API$1" "${auth[@]}" -d "$2"; }
id_of() { sed -E 's/.*"id":"([^"]+)".*/\1/'; }
ORIGIN=$(post /locations "{\"type\":\"WAREHOUSE\",\"name\":\"Bench warehouse\",\"code\":\"WH-$RANDOM$RANDOM\"}" | id_of)
DESTINATION=$(post /locations "{\"type\":\"STORE\",\"name\":\"Bench store\",\"code\":\"ST-$RANDOM$RANDOM\"}" | id_of)
PRODUCT=$(post /products "{\"sku\":\"BENCH-$RANDOM$RANDOM\",\"name\":\"Bench cable\"}" | id_of)
post /stock-adjustments "{\"locationId\":\"$ORIGIN\",\"productId\":\"$PRODUCT\",\"quantity\":$((N * 10)),\"unitCost\":1,\"reason\":\"OPENING_BALANCE\"}" >/dev/null

metric() { # metric NAME QUANTILE
  curl -s "$MGMT/q/metrics" | grep "^$1{" | grep 'consumer="inventory-transfer-service.receipt-summary"' \
    | grep "quantile=\"$2\"" | awk '{print $2}' || true
}
count_before=$(curl -s "$MGMT/q/metrics" | grep '^opsuite_inbox_lag_seconds_count{' | grep receipt-summary | awk '{print $2}' || true)
count_before=${count_before:-0}

note=$(curl -s -X POST "$API/transfers-dispatch-note" "${auth[@]}" -d "{\"originLocationId\":\"$ORIGIN\",
  \"destinationLocationId\":\"$DESTINATION\",\"detail\":[{\"productId\":\"$PRODUCT\",\"quantity\":$((N * 10))}]}" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
curl -s -o /dev/null -X POST "$API/transfers-dispatch-note/$note/dispatch" "${auth[@]}"

start=$(date +%s.%N)
for i in $(seq 1 "$N"); do
  curl -s -o /dev/null -w '%{http_code}\n' -X POST "$API/transfers-goods-receipt" "${auth[@]}" \
    -d "{\"transferDispatchNoteId\":\"$note\",\"status\":\"APPROVED\",\"items\":[{\"productId\":\"$PRODUCT\",\"receivedQuantity\":1}]}" \
    | grep -q 201 || { echo "receipt $i was refused" >&2; exit 1; }
done
posted=$(date +%s.%N)

for _ in $(seq 1 120); do
  received=$(curl -s "$API/transfers-dispatch-note/$note" "${auth[@]}" | sed -E 's/.*"received":([0-9.]+).*/\1/')
  [ "${received%.*}" -ge "$N" ] 2>/dev/null && break
  sleep 0.5
done
done_at=$(date +%s.%N)
count_after=$(curl -s "$MGMT/q/metrics" | grep '^opsuite_inbox_lag_seconds_count{' | grep receipt-summary | awk '{print $2}' || true)

printf 'events: %d (consumer applied %s)\n' "$N" "$(echo "${count_after:-0} - $count_before" | bc)"
printf 'HTTP: %.1f approvals/s (sequential curl)\n' "$(echo "$N / ($posted - $start)" | bc -l)"
printf 'all applied %.2f s after the last approval answered\n' "$(echo "$done_at - $posted" | bc -l)"
printf 'lag median: %.1f ms\n' "$(echo "$(metric opsuite_inbox_lag_seconds 0.5) * 1000" | bc -l)"
printf 'lag p95:    %.1f ms\n' "$(echo "$(metric opsuite_inbox_lag_seconds 0.95) * 1000" | bc -l)"
printf 'lag p99:    %.1f ms\n' "$(echo "$(metric opsuite_inbox_lag_seconds 0.99) * 1000" | bc -l)"
relay=$(curl -s "$MGMT/q/metrics" | grep '^opsuite_outbox_relay_lag_seconds{' | grep 'quantile="0.5"' | awk '{print $2}' || true)
printf 'of which commit -> Kafka ack (relay) median: %.1f ms\n' "$(echo "${relay:-0} * 1000" | bc -l)"
