#!/usr/bin/env bash
# End-to-end check of the two foundation flows on the running suite (./suite up), through the
# services' REST APIs and Kafka only, as ops staff would drive them. Exits non-zero on any deviation.
#   flow 1: stock in a warehouse -> transfer dispatch note -> dispatch (stock leaves, cost frozen at WAC)
#           -> approved goods receipt -> receipt summary PARTIAL, then RECEIVED, and the store's stock and WAC
#   flow 2: billing issues an invoice -> dispatch-service's invoice projection shows it
set -euo pipefail
cd "$(dirname "$0")/.."
TENANT="e2e-$(date +%s)"
INV=http://127.0.0.1:${OPSUITE_INVENTORY_TRANSFER_PORT:-8082}
BILL=http://127.0.0.1:${OPSUITE_BILLING_PORT:-8085}
DISP=http://127.0.0.1:${OPSUITE_DISPATCH_PORT:-8081}
uuid() { cat /proc/sys/kernel/random/uuid; }
passed=0 failed=0
check() { # check DESCRIPTION ACTUAL EXPECTED
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1: got '$2', expected '$3'"; fi
}
await() { # await DESCRIPTION EXPECTED COMMAND...  (up to 30 s)
  local description=$1 expected=$2 actual=""; shift 2
  for _ in $(seq 1 60); do actual=$("$@" || true); [ "$actual" = "$expected" ] && break; sleep 0.5; done
  check "$description" "$actual" "$expected"
}
post() { curl -s -X POST "$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' ${3:+-d "$3"}; }
get() { curl -s "$1" -H "Authorization: Bearer $2"; }

# Flow 1
CLERK=$(./suite token inventory-manager "$TENANT")
WAREHOUSE=$(post "$INV/locations" "$CLERK" '{"type":"WAREHOUSE","name":"Central warehouse Brno","code":"WH-BRNO"}' | jq -r .id)
STORE=$(post "$INV/locations" "$CLERK" '{"type":"STORE","name":"Store Olomouc","code":"ST-OLO"}' | jq -r .id)
CABLE=$(post "$INV/products" "$CLERK" '{"sku":"CAB-NYM-3x1.5","name":"Cable NYM 3x1.5 (reel)","unit":"reel"}' | jq -r .id)
BREAKER=$(post "$INV/products" "$CLERK" '{"sku":"BRK-B16","name":"Circuit breaker B16"}' | jq -r .id)
stock() { post "$INV/stock-adjustments" "$CLERK" "{\"locationId\":\"$1\",\"productId\":\"$2\",\"quantity\":$3,\"unitCost\":$4,\"reason\":\"OPENING_BALANCE\"}" | jq -r '.level.unitCost * 1'; }
stock "$WAREHOUSE" "$CABLE" 20 40.00 >/dev/null
check "warehouse WAC after two receipts" "$(stock "$WAREHOUSE" "$CABLE" 20 50.00)" 45
stock "$WAREHOUSE" "$BREAKER" 10 6.50 >/dev/null
stock "$STORE" "$CABLE" 4 42.00 >/dev/null
note=$(post "$INV/transfers-dispatch-note" "$CLERK" "{\"originLocationId\":\"$WAREHOUSE\",\"destinationLocationId\":\"$STORE\",
  \"detail\":[{\"productId\":\"$CABLE\",\"quantity\":10},{\"productId\":\"$BREAKER\",\"quantity\":4}]}")
NOTE=$(jq -r .id <<<"$note")
check "note drafted" "$(jq -r .status <<<"$note")" DRAFT
check "document number" "$(jq -r '.documentNumber | test("^TDN-[0-9]{4}-[0-9]{6}$")' <<<"$note")" true
check "draft costed at current WAC" "$(jq -r '.costDetail | [.total * 1, .frozen] | join(" ")' <<<"$note")" "476 false"
check "note dispatched, cost frozen" "$(post "$INV/transfers-dispatch-note/$NOTE/dispatch" "$CLERK" | jq -r '[.status, .costDetail.frozen] | join(" ")')" "ACTIVE true"
check "stock left the warehouse" "$(get "$INV/stock?locationId=$WAREHOUSE&productId=$CABLE" "$CLERK" | jq -r '.items[0].onHand * 1')" 30
check "receipt approved" "$(post "$INV/transfers-goods-receipt" "$CLERK" "{\"transferDispatchNoteId\":\"$NOTE\",\"status\":\"APPROVED\",
  \"items\":[{\"productId\":\"$CABLE\",\"receivedQuantity\":6,\"damagedQuantity\":1}]}" | jq -r .status)" APPROVED
await "receipt summary PARTIAL via Kafka" "PARTIAL 6 1 3" bash -c "curl -s '$INV/transfers-dispatch-note/$NOTE' -H 'Authorization: Bearer $CLERK' \
  | jq -r '[.transferGoodsReceiptStatus, (.receiptSummary[] | select(.productId==\"$CABLE\") | .received, .damaged, .outstanding)] | join(\" \")'"
# (4 x 42.00 + 6 x 45.00) / 10 = 43.80; 3 still in transit
await "store stock and WAC via Kafka" "10 43.8 3" bash -c "curl -s '$INV/stock?locationId=$STORE&productId=$CABLE' -H 'Authorization: Bearer $CLERK' \
  | jq -r '.items[0] | [.onHand, .unitCost, .inTransit] | map(. * 1) | join(\" \")'"
GR=$(post "$INV/transfers-goods-receipt" "$CLERK" "{\"transferDispatchNoteId\":\"$NOTE\",
  \"items\":[{\"productId\":\"$CABLE\",\"receivedQuantity\":3},{\"productId\":\"$BREAKER\",\"receivedQuantity\":4}]}" | jq -r .id)
check "draft receipt approved later" "$(post "$INV/transfers-goods-receipt/$GR/approve" "$CLERK" | jq -r .status)" APPROVED
await "note RECEIVED via Kafka" "RECEIVED FULLY_RECEIVED" bash -c "curl -s '$INV/transfers-dispatch-note/$NOTE' -H 'Authorization: Bearer $CLERK' \
  | jq -r '[.transferGoodsReceiptStatus, .status] | join(\" \")'"
check "over-receipt refused" "$(post "$INV/transfers-goods-receipt" "$CLERK" "{\"transferDispatchNoteId\":\"$NOTE\",\"status\":\"APPROVED\",
  \"items\":[{\"productId\":\"$CABLE\",\"receivedQuantity\":1}]}" | jq -r .type)" https://opsuite.dev/problems/note-not-receivable

# Flow 2
FINANCE=$(./suite token finance "$TENANT")
DISPATCHER=$(./suite token dispatcher "$TENANT")
CUSTOMER=$(uuid)
order=$(post "$BILL/sales-orders" "$FINANCE" "{\"customerId\":\"$CUSTOMER\",\"customerName\":\"Novák Logistics\",\"currency\":\"CZK\",
  \"lines\":[{\"description\":\"Prague - Brno, full truck\",\"quantity\":1,\"unitPrice\":12500.00}]}")
check "sales order created" "$(jq -r '.orderNumber | test("^SO-")' <<<"$order")" true
check "sales order confirmed" "$(post "$BILL/sales-orders/$(jq -r .id <<<"$order")/confirm" "$FINANCE" | jq -r .status)" CONFIRMED
invoice=$(post "$BILL/invoices" "$FINANCE" "{\"salesOrderId\":\"$(jq -r .id <<<"$order")\"}")
INVOICE=$(jq -r .id <<<"$invoice")
check "invoice drafted" "$(jq -r .status <<<"$invoice")" DRAFT
check "invoice issued" "$(post "$BILL/invoices/$INVOICE/issue" "$FINANCE" | jq -r .status)" ISSUED
await "dispatch projection shows the invoice via Kafka" "12500 CZK Novák Logistics" bash -c "curl -s '$DISP/invoices/$INVOICE' \
  -H 'Authorization: Bearer $DISPATCHER' | jq -r '[(.total.amount|tostring), .total.currency, .customerName] | join(\" \")'"
check "another tenant does not see it" "$(curl -s -o /dev/null -w '%{http_code}' "$DISP/invoices/$INVOICE" \
  -H "Authorization: Bearer $(./suite token dispatcher other-$TENANT)")" 404

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
