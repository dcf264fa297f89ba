#!/usr/bin/env bash
# End-to-end check of the seeds' flows on the running suite (./suite up), through the
# services' REST APIs and Kafka only, as ops staff would drive them. Exits non-zero on any deviation.
#   flow 1: stock in a warehouse -> transfer dispatch note -> dispatch (stock leaves, cost frozen at WAC)
#           -> approved goods receipt -> receipt summary PARTIAL, then RECEIVED, and the store's stock and WAC
#   flow 2: billing issues an invoice -> dispatch-service's invoice projection shows it
#   flow 3: seed 000 across billing, fleet and dispatch: order, invoices, ready unit, trip ticket, dispatch scheduled
#           (double booking 409), invoices attached (one by "create new"), delivered with proof, closed; the fine of
#           the trip lands on the order's profitability
#   flow 4: seed 002 across field and inventory: a call, a job, a conflicting assignment refused, the technician's
#           labor and a part from the truck, the capacitor missing (refused by inventory), the job blocked, the part
#           held on another truck, released from the hold and transferred, received: the job released with a suggested
#           follow-up, booked and completed; two technicians racing for the last unit: one held, one refused
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

# Flow 3 (seed 000 across three services): a confirmed sales order and two invoices in billing, a ready transport
# unit and a trip ticket in fleet, a dispatch scheduled on them (a second booking of the unit is 409), invoices
# attached (one asked of billing through "create new"), dispatched, delivered with proof, closed; the fine the
# driver got during the trip lands on the order's profitability.
FLEET=http://127.0.0.1:${OPSUITE_FLEET_PORT:-8083}
MANAGER=$(./suite token fleet-manager "$TENANT")
OPS=$(./suite token operations-manager "$TENANT")
HR=$(./suite token hr-admin "$TENANT")
today=$(date -u +%F); in2y=$(date -u -d '+2 years' +%F); lastyear=$(date -u -d '-1 year' +%F)
doc() { post "$FLEET/$1/$2/documents" "$MANAGER" "{\"type\":\"$3\",\"number\":\"$3-$RANDOM\",\"validFrom\":\"$lastyear\",\"validUntil\":\"$in2y\"}" >/dev/null; }
DRIVER=$(post "$FLEET/drivers" "$MANAGER" '{"name":"Jan Dvořák"}' | jq -r .id)
for t in DRIVING_LICENCE DRIVER_CARD PROFESSIONAL_QUALIFICATION; do doc drivers "$DRIVER" $t; done
TRUCK=$(post "$FLEET/vehicles" "$MANAGER" "{\"registrationNumber\":\"E2E$RANDOM\",\"kind\":\"LKV\",\"make\":\"MAN\",\"model\":\"TGX 18.440\",\"odometerKm\":182340}" | jq -r .id)
for t in REGISTRATION INSURANCE ANNUAL_INSPECTION TACHOGRAPH_CALIBRATION CMR_INSURANCE; do doc vehicles "$TRUCK" $t; done
TRAILER=$(post "$FLEET/trailers" "$MANAGER" "{\"registrationNumber\":\"E2T$RANDOM\",\"type\":\"MEGA\"}" | jq -r .id)
for t in REGISTRATION ANNUAL_INSPECTION; do doc trailers "$TRAILER" $t; done
unit=$(post "$FLEET/transport-units" "$MANAGER" "{\"driverId\":\"$DRIVER\",\"vehicleId\":\"$TRUCK\",\"trailerId\":\"$TRAILER\"}")
UNIT=$(jq -r .id <<<"$unit")
check "transport unit ready for orders" "$(jq -r .readyForOrder <<<"$unit")" true
# The order: two lines, confirmed; line 1 invoiced and issued in billing, line 2 left for "create new".
order=$(post "$BILL/sales-orders" "$FINANCE" "{\"customerId\":\"$CUSTOMER\",\"customerName\":\"Novák Logistics\",\"currency\":\"CZK\",
  \"lines\":[{\"description\":\"Prague - Brno, full truck\",\"quantity\":1,\"unitPrice\":12500.00},
             {\"description\":\"Unloading with a tail lift\",\"quantity\":1,\"unitPrice\":1500.00}]}")
ORDER=$(jq -r .id <<<"$order"); ORDER_NUMBER=$(jq -r .orderNumber <<<"$order")
FREIGHT=$(jq -r '.lines[0].id' <<<"$order"); UNLOADING=$(jq -r '.lines[1].id' <<<"$order")
check "order confirmed" "$(post "$BILL/sales-orders/$ORDER/confirm" "$FINANCE" | jq -r .status)" CONFIRMED
FIRST=$(post "$BILL/invoices" "$FINANCE" "{\"salesOrderId\":\"$ORDER\",\"lines\":[{\"salesOrderLineId\":\"$FREIGHT\",\"quantity\":1}]}" | jq -r .id)
check "first invoice issued" "$(post "$BILL/invoices/$FIRST/issue" "$FINANCE" | jq -r '[.status, (.total.amount|tostring)] | join(" ")')" "ISSUED 12500"

# The trip: ticket 1 now until in 1 h for the order, ticket 2 right after it (fleet never lets them overlap).
hour() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }
ticket() { post "$FLEET/trip-tickets" "$MANAGER" "{\"vehicleId\":\"$TRUCK\",\"driverId\":\"$DRIVER\",\"trailerId\":\"$TRAILER\",
  \"plannedFrom\":\"$1\",\"plannedTo\":\"$2\",\"origin\":\"Praha\",\"destination\":\"Brno\",\"via\":[],
  \"purpose\":\"Delivery of $ORDER_NUMBER\",\"orderReference\":\"$ORDER_NUMBER\"}" | jq -r .id; }
TICKET=$(ticket "$(hour '-2 hours')" "$(hour '+1 hour')")
LATER=$(ticket "$(hour '+1 hour')" "$(hour '+6 hours')")
check "trip tickets issued" "$([ "${#TICKET}" = 36 ] && [ "${#LATER}" = 36 ] && echo yes)" yes

# Dispatch: the unit is booked for 2 h around each datetime, so 50 min and 70 min from now collide.
check "policy: 120 min around datetime" "$(curl -s -X PUT "$DISP/dispatch-policy" -H "Authorization: Bearer $OPS" -H 'Content-Type: application/json' \
  -d '{"pastDatetimeAllowed":false,"windowSource":"DURATION","windowMinutes":120}' | jq -r .windowSource)" DURATION
await "unit and trip tickets reached dispatch via Kafka" "true 2" bash -c "echo \$(curl -s '$DISP/transport-units?readyForOrder=true' -H 'Authorization: Bearer $DISPATCHER' \
  | jq -r '[.items[] | select(.id==\"$UNIT\")][0].readyForOrder') \$(curl -s '$DISP/trip-tickets?unit=$UNIT&status=OPEN' -H 'Authorization: Bearer $DISPATCHER' | jq -r .total)"
await "first invoice reached dispatch via Kafka" ISSUED bash -c "curl -s '$DISP/invoices/$FIRST' -H 'Authorization: Bearer $DISPATCHER' | jq -r .status"
dispatch=$(post "$DISP/dispatch" "$DISPATCHER" "{\"tripTicketId\":\"$TICKET\",\"datetime\":\"$(hour '+50 minutes')\",\"unit\":\"$UNIT\"}")
DISPATCH=$(jq -r .id <<<"$dispatch")
check "dispatch created without invoices: PENDING" "$(jq -r '[.status, (.dispatchId | test("^DSP-[0-9]{4}-[0-9]{6}$"))] | join(" ")' <<<"$dispatch")" "PENDING true"
check "first invoice attached: DRAFT" "$(post "$DISP/dispatch/$DISPATCH/invoices" "$DISPATCHER" "{\"invoiceIds\":[\"$FIRST\"]}" | jq -r '[.status, .invoiceCount] | join(" ")')" "DRAFT 1"
check "dispatch scheduled" "$(post "$DISP/dispatch/$DISPATCH/schedule" "$DISPATCHER" | jq -r .status)" SCHEDULED
clash=$(post "$DISP/dispatch" "$DISPATCHER" "{\"tripTicketId\":\"$LATER\",\"datetime\":\"$(hour '+70 minutes')\",\"unit\":\"$UNIT\"}")
check "double booking of the unit refused" "$(jq -r '[.status, (.type | split("/") | last), .errors[0].field] | join(" ")' <<<"$clash")" "409 unit-double-booked unit"

# The second invoice asked of billing ("create new") and attached when it arrives.
check "new invoice requested" "$(post "$DISP/dispatch/$DISPATCH/invoice-requests" "$DISPATCHER" \
  "{\"salesOrderId\":\"$ORDER\",\"lines\":[{\"salesOrderLineId\":\"$UNLOADING\",\"quantity\":1}]}" | jq -r .status)" REQUESTED
await "billing issued it and dispatch attached it via Kafka" "FULFILLED 2" bash -c "echo \$(curl -s '$DISP/dispatch/$DISPATCH/invoice-requests' \
  -H 'Authorization: Bearer $DISPATCHER' | jq -r '.[0].status // .items[0].status') \$(curl -s '$DISP/dispatch/$DISPATCH' -H 'Authorization: Bearer $DISPATCHER' | jq -r .invoiceCount)"

# On the road, delivered with proof, closed.
check "dispatched" "$(post "$DISP/dispatch/$DISPATCH/dispatch" "$DISPATCHER" | jq -r .status)" DISPATCHED
DEPARTED=$(get "$DISP/dispatch/$DISPATCH" "$DISPATCHER" | jq -r '.departedAt')
printf '\x89PNG\r\n\x1a\n%s' "$(head -c 64 /dev/urandom | base64)" > /tmp/e2e-signature.png
check "signature uploaded" "$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$DISP/dispatch/$DISPATCH/proof-of-delivery" \
  -H "Authorization: Bearer $DISPATCHER" -F "file=@/tmp/e2e-signature.png;type=image/png")" 200
sleep 2
check "completed with proof of delivery" "$(post "$DISP/dispatch/$DISPATCH/complete" "$DISPATCHER" \
  "{\"recipientName\":\"Jana Dvořáková\",\"receivedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}" | jq -r .status)" COMPLETED
check "closed" "$(post "$DISP/dispatch/$DISPATCH/close" "$OPS" | jq -r .status)" CLOSED
check "history of every change" "$(get "$DISP/dispatch/$DISPATCH/history" "$DISPATCHER" | jq -r '[.[].to // .items[].to] | join(" ")')" \
  "PENDING DRAFT SCHEDULED DISPATCHED COMPLETED CLOSED"

# The fine of the trip: fleet knows from dispatch who drove for which order; billing books it to the order.
FINE_AT=$(date -u -d "$DEPARTED + 1 second" +%Y-%m-%dT%H:%M:%SZ)
await "fleet's driving record answers from the dispatch" DISPATCH bash -c "curl -s '$FLEET/vehicles/$TRUCK/driver-at?at=$FINE_AT' \
  -H 'Authorization: Bearer $MANAGER' | jq -r .source.type"
fine=$(post "$FLEET/fines" "$MANAGER" "{\"vehicleId\":\"$TRUCK\",\"committedAt\":\"$FINE_AT\",\"location\":\"D1, km 45\",\"offense\":\"Speeding\",
  \"offenseDetails\":\"140 km/h in 120 zone\",\"amount\":500,\"currency\":\"CZK\",\"reference\":\"E2E-$TENANT\",
  \"issuingAuthority\":\"Police of the Czech Republic\",\"receivedOn\":\"$today\"}")
check "fine attributed to the driver and the order" "$(jq -r '[.status, .orderReference] | join(" ")' <<<"$fine")" "ATTRIBUTED $ORDER_NUMBER"
await "the order's profitability: 14000 invoiced, 500 fine" "14000 500 13500" bash -c "curl -s '$BILL/sales-orders/$ORDER/profitability' \
  -H 'Authorization: Bearer $FINANCE' | jq -r '[.revenue[0].amount, .costs[0].amount, .profit[0].amount] | map(tostring) | join(\" \")'"

# Flow 4 (seed 002 across field-service and inventory-transfer-service, through Kafka only).
FIELD=http://127.0.0.1:${OPSUITE_FIELD_PORT:-8084}
CSR=$(./suite token csr "$TENANT"); DISPATCHER=$(./suite token dispatcher "$TENANT")
PARTS=$(./suite token parts-manager "$TENANT")
TOM=$(./suite token technician "$TENANT" tom); PETR=$(./suite token technician "$TENANT" petr)
truck() { post "$INV/locations" "$CLERK" "{\"type\":\"TRUCK\",\"name\":\"Truck $1\",\"code\":\"TR-$1-$RANDOM\",\"vehicleId\":\"$(uuid)\"}" | jq -r .id; }
TOMS_TRUCK=$(truck TOM); PETRS_TRUCK=$(truck PETR); SPARES_TRUCK=$(truck SPARES)
CAPACITOR=$(post "$INV/products" "$CLERK" "{\"sku\":\"CAP-45-5-$RANDOM\",\"name\":\"Run capacitor 45/5 uF\"}" | jq -r .id)
FILTER=$(post "$INV/products" "$CLERK" "{\"sku\":\"FLT-16x25-$RANDOM\",\"name\":\"Furnace filter 16x25\"}" | jq -r .id)
IGNITER=$(post "$INV/products" "$CLERK" "{\"sku\":\"HSI-120-$RANDOM\",\"name\":\"Hot surface igniter 120 V\"}" | jq -r .id)
stock "$TOMS_TRUCK" "$FILTER" 2 9.00 >/dev/null
stock "$PETRS_TRUCK" "$CAPACITOR" 1 18.50 >/dev/null
stock "$SPARES_TRUCK" "$IGNITER" 1 31.00 >/dev/null
allday='[{"weekday":"MONDAY","from":"00:00","to":"23:59"},{"weekday":"TUESDAY","from":"00:00","to":"23:59"},{"weekday":"WEDNESDAY","from":"00:00","to":"23:59"},{"weekday":"THURSDAY","from":"00:00","to":"23:59"},{"weekday":"FRIDAY","from":"00:00","to":"23:59"},{"weekday":"SATURDAY","from":"00:00","to":"23:59"},{"weekday":"SUNDAY","from":"00:00","to":"23:59"}]'
technician() { post "$FIELD/technicians" "$DISPATCHER" "{\"userId\":\"$1\",\"name\":\"$2\",\"skills\":[{\"trade\":\"HVAC\",\"level\":2}],
  \"workingHours\":$allday,\"truck\":{\"vehicleId\":\"$(uuid)\",\"truckLocationId\":\"$3\"}}" | jq -r .id; }
TOM_ID=$(technician tom "Tom Hale" "$TOMS_TRUCK"); PETR_ID=$(technician petr "Petr Novak" "$PETRS_TRUCK")
CUSTOMER=$(post "$FIELD/customers" "$CSR" '{"name":"Carla Diaz","phone":"555-0300","serviceAddress":{"line1":"12 Elm St","city":"Springfield","postalCode":"12345"}}' | jq -r .id)
CALL=$(post "$FIELD/service-calls" "$CSR" "{\"customerId\":\"$CUSTOMER\",\"problem\":\"No heat, furnace clicks\",\"urgency\":\"HIGH\"}" | jq -r .id)
newjob() { post "$FIELD/service-calls/$CALL/jobs" "$CSR" "{\"title\":\"$1\",\"trade\":\"HVAC\",\"skillLevel\":2,\"expectedMinutes\":60}" | jq -r .id; }
JOB=$(newjob "Furnace repair"); SECOND=$(newjob "Humidifier check")
check "the call became a job ready to schedule" "$(get "$FIELD/jobs/$JOB" "$DISPATCHER" | jq -r .status)" READY_TO_SCHEDULE
# at OFFSET: the start of the hour OFFSET from now, for an hour-long visit. Technicians here work 00:00-23:59 UTC, so a
# visit starting at 23:00 would cross their day's end and be refused: it starts at 00:00 instead (the flows' visits
# are two hours apart or more, so none lands on another).
at() {
  local t; t=$(date -u -d "$1" +%s)
  [ "$(date -u -d "@$t" +%H)" = 23 ] && t=$((t + 3600))
  date -u -d "@$t" +%Y-%m-%dT%H:00:00Z
}
book() { curl -s -o /dev/null -w '%{http_code}' -X POST "$FIELD/board/appointments" -H "Authorization: Bearer $DISPATCHER" \
  -H 'Content-Type: application/json' -d "{\"jobId\":\"$1\",\"technicianId\":\"$2\",\"start\":\"$3\"}"; }
check "job booked with Tom" "$(book "$JOB" "$TOM_ID" "$(at '+1 hour')")" 201
check "an overlapping booking of Tom refused" "$(book "$SECOND" "$TOM_ID" "$(date -u -d '+1 hour' +%Y-%m-%dT%H:30:00Z)")" 409
check "booked later instead" "$(book "$SECOND" "$TOM_ID" "$(at '+3 hours')")" 201

# On site: Tom starts, diagnoses, logs labor, fits a filter from his truck.
check "Tom starts" "$(post "$FIELD/my/jobs/$JOB/start" "$TOM" | jq -r .status)" IN_PROGRESS
post "$FIELD/my/jobs/$JOB/diagnosis" "$TOM" '{"findings":"Blower motor hums, does not start","cause":"Run capacitor failed"}' >/dev/null
check "labor logged" "$(post "$FIELD/my/jobs/$JOB/labor" "$TOM" '{"hours":1.5,"rateClass":"STANDARD"}' | jq -r '.labor | length')" 1
await "field knows the filters on Tom's truck" 2 bash -c "curl -s '$FIELD/trucks/$TOMS_TRUCK/stock' -H 'Authorization: Bearer $TOM' \
  | jq -r '.items[] | select(.productId==\"$FILTER\") | .available * 1'"
check "filter fitted from Tom's truck, on the job" "$(post "$FIELD/my/jobs/$JOB/parts" "$TOM" "{\"partId\":\"$FILTER\",\"sku\":\"FLT-16x25\",\"quantity\":1}" \
  | jq -r '.partsUsed[-1] | [.truckLocationId, .quantity] | map(tostring) | join(" ")')" "$TOMS_TRUCK 1"
await "inventory issued it from Tom's truck at WAC" "1 9" bash -c "curl -s '$INV/stock?locationId=$TOMS_TRUCK&productId=$FILTER' \
  -H 'Authorization: Bearer $CLERK' | jq -r '.items[0] | [.onHand, .unitCost] | map(. * 1) | join(\" \")'"

# The capacitor is missing: Tom's truck has none, inventory refuses; the job waits on parts.
missing=$(post "$FIELD/jobs/$JOB/part-reservations" "$TOM" "{\"productId\":\"$CAPACITOR\",\"quantity\":1}" | jq -r .id)
reservation() { get "$FIELD/jobs/$JOB/part-reservations" "$PARTS" | jq -r ".items[] | select(.id==\"$1\") | [.status, .rejectionReason // empty] | join(\" \")"; }
await "inventory refuses the capacitor on Tom's truck" "REJECTED INSUFFICIENT_STOCK" reservation "$missing"
check "job blocked, waiting on parts" "$(post "$FIELD/my/jobs/$JOB/waiting-on-parts" "$TOM" '{"waitingFor":"1x run capacitor 45/5"}' | jq -r .status)" WAITING_ON_PARTS
check "on the blocked-jobs queue" "$(get "$FIELD/jobs/blocked" "$DISPATCHER" | jq -r "[.[] | select(.jobId==\"$JOB\")] | length")" 1

# The parts manager finds one on Petr's truck and has it held for the job; the job still waits (it is not on Tom's truck).
held=$(post "$FIELD/jobs/$JOB/part-reservations" "$PARTS" "{\"productId\":\"$CAPACITOR\",\"quantity\":1,\"locationId\":\"$PETRS_TRUCK\"}" | jq -r .id)
await "held on Petr's truck" CONFIRMED reservation "$held"
check "the job still waits" "$(get "$FIELD/jobs/$JOB" "$DISPATCHER" | jq -r .status)" WAITING_ON_PARTS
check "inventory holds it on Petr's truck" "$(get "$INV/stock?locationId=$PETRS_TRUCK&productId=$CAPACITOR" "$CLERK" | jq -r '.items[0] | [.reserved, .available] | map(. * 1) | join(" ")')" "1 0"
# To ship it, the hold is given back and a transfer note moves the unit to Tom's truck.
check "the hold cancelled to ship it" "$(post "$FIELD/part-reservations/$held/cancel" "$PARTS" '{"reason":"Shipping it to Tom'"'"'s truck"}' | jq -r .status)" CANCELLED
await "inventory released the hold" "0 1" bash -c "curl -s '$INV/stock?locationId=$PETRS_TRUCK&productId=$CAPACITOR' \
  -H 'Authorization: Bearer $CLERK' | jq -r '.items[0] | [.reserved, .available] | map(. * 1) | join(\" \")'"
TRANSFER=$(post "$INV/transfers-dispatch-note" "$CLERK" "{\"originLocationId\":\"$PETRS_TRUCK\",\"destinationLocationId\":\"$TOMS_TRUCK\",
  \"detail\":[{\"productId\":\"$CAPACITOR\",\"quantity\":1}]}" | jq -r .id)
check "transfer dispatched" "$(post "$INV/transfers-dispatch-note/$TRANSFER/dispatch" "$CLERK" | jq -r .status)" ACTIVE
check "received on Tom's truck" "$(post "$INV/transfers-goods-receipt" "$CLERK" "{\"transferDispatchNoteId\":\"$TRANSFER\",\"status\":\"APPROVED\",
  \"items\":[{\"productId\":\"$CAPACITOR\",\"receivedQuantity\":1}]}" | jq -r .status)" APPROVED
await "the job released by the receipt" READY_TO_SCHEDULE bash -c "curl -s '$FIELD/jobs/$JOB' -H 'Authorization: Bearer $DISPATCHER' | jq -r .status"
followup=$(get "$FIELD/jobs/$JOB/follow-up" "$DISPATCHER")
check "follow-up suggested with Tom, whose truck holds the part" "$(jq -r .technicianId <<<"$followup")" "$TOM_ID"
check "the job's history says who released it" "$(get "$FIELD/jobs/$JOB/history" "$DISPATCHER" | jq -r '.statusChanges[-1] | [.from, .to, .by] | join(" ")')" \
  "WAITING_ON_PARTS READY_TO_SCHEDULE parts-arrival"
check "the follow-up booked as suggested" "$(book "$JOB" "$TOM_ID" "$(jq -r .start <<<"$followup")")" 201
post "$FIELD/my/jobs/$JOB/start" "$TOM" >/dev/null
check "capacitor fitted from Tom's truck, on the job" "$(post "$FIELD/my/jobs/$JOB/parts" "$TOM" "{\"partId\":\"$CAPACITOR\",\"sku\":\"CAP-45-5\",\"quantity\":1}" \
  | jq -r '.partsUsed | length')" 2
check "job completed" "$(post "$FIELD/my/jobs/$JOB/complete" "$TOM" | jq -r .status)" COMPLETED
await "inventory: Tom's truck has no capacitor left" 0 bash -c "curl -s '$INV/stock?locationId=$TOMS_TRUCK&productId=$CAPACITOR' \
  -H 'Authorization: Bearer $CLERK' | jq -r '.items[0].onHand * 1'"

# The last unit: Tom and Petr, each for a job of their own, ask for the one igniter on the spares truck at once.
RACE_TOM=$(newjob "Igniter, unit A"); RACE_PETR=$(newjob "Igniter, unit B")
check "race job booked with Tom" "$(book "$RACE_TOM" "$TOM_ID" "$(at '+2 days')")" 201
check "race job booked with Petr" "$(book "$RACE_PETR" "$PETR_ID" "$(at '+2 days')")" 201
ask() { post "$FIELD/jobs/$1/part-reservations" "$2" "{\"productId\":\"$IGNITER\",\"quantity\":1,\"locationId\":\"$SPARES_TRUCK\"}" | jq -r .id > "$3"; }
race=$(mktemp -d); ask "$RACE_TOM" "$TOM" "$race/tom" & ask "$RACE_PETR" "$PETR" "$race/petr" & wait
answers() { for j in "$RACE_TOM" "$RACE_PETR"; do get "$FIELD/jobs/$j/part-reservations" "$PARTS" | jq -r '.items[0].status'; done | sort | tr '\n' ' '; }
await "one technician holds the last igniter, the other is refused" "CONFIRMED REJECTED " answers
check "inventory holds exactly one" "$(get "$INV/stock?locationId=$SPARES_TRUCK&productId=$IGNITER" "$CLERK" | jq -r '.items[0] | [.reserved, .available] | map(. * 1) | join(" ")')" "1 0"
rm -rf "$race"

# Flow 5 (seed 002's money and quality: field, inventory and billing through Kafka).
OWNER=$(./suite token owner "$TENANT"); ESTIMATOR=$(./suite token estimator "$TENANT")
SAM=$(./suite token technician "$TENANT" sam)
ALICE=$(./suite token finance "$TENANT" alice); BOB=$(./suite token finance "$TENANT" bob)
put() { curl -s -X PUT "$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3"; }
put "$FIELD/pricing/settings" "$OWNER" '{"currency":"USD","taxRate":0.0825,"laborRates":{"STANDARD":95.00,"OVERTIME":142.50,"EMERGENCY":190.00}}' >/dev/null
SAMS_TRUCK=$(truck SAM)
CAP=$(post "$INV/products" "$CLERK" "{\"sku\":\"CAP-35-5-$RANDOM\",\"name\":\"Run capacitor 35/5 uF\"}" | jq -r .id)
stock "$SAMS_TRUCK" "$CAP" 4 18.50 >/dev/null
book_item() { post "$FIELD/price-book" "$OWNER" "$1" | jq -r .sku; }
book_item '{"sku":"AC-COND-3T","name":"Condenser 3 t, R-454B","pricing":"FIXED","price":4637.41}' >/dev/null
book_item '{"sku":"AC-COND-3T-R","name":"Condenser 3 t, refurbished","pricing":"FIXED","price":4221.71}' >/dev/null
book_item '{"sku":"FLT-16x25","name":"Furnace filter 16x25","pricing":"FIXED","price":12.50}' >/dev/null
book_item '{"sku":"CONT-30A","name":"Contactor 30 A","pricing":"FIXED","price":39.00}' >/dev/null
book_item "{\"sku\":\"CAP-35-5\",\"name\":\"Run capacitor 35/5 uF\",\"productId\":\"$CAP\",\"pricing\":\"MARKUP\",\"markupPercent\":100}" >/dev/null
await "the capacitor priced at inventory's WAC 18.50 + 100 %" 37 bash -c "curl -s '$FIELD/price-book/CAP-35-5/price' \
  -H 'Authorization: Bearer $OWNER' | jq -r '.unitPrice * 1'"
SAM_ID=$(technician sam "Sam Ortiz" "$SAMS_TRUCK")
DANA=$(post "$FIELD/customers" "$CSR" '{"name":"Dana Reyes","phone":"555-0400","serviceAddress":{"line1":"3 Oak Ave","city":"Springfield","postalCode":"12345"}}' | jq -r .id)
LOCATION=$(post "$FIELD/customers/$DANA/locations" "$CSR" '{"label":"Rental unit","address":{"line1":"14 Elm St","city":"Springfield","postalCode":"12345"}}' | jq -r .id)
samsjob() { # samsjob TITLE HOURS_FROM_NOW [LOCATION]: a job at the location (none: the customer's address), booked with Sam, started
  local call job where=${3:+\"locationId\":\"$3\",}
  call=$(post "$FIELD/service-calls" "$CSR" "{\"customerId\":\"$DANA\",$where\"problem\":\"$1\",\"urgency\":\"NORMAL\"}" | jq -r .id)
  job=$(post "$FIELD/service-calls/$call/jobs" "$CSR" "{\"title\":\"$1\",\"trade\":\"HVAC\",\"skillLevel\":2,\"expectedMinutes\":60}" | jq -r .id)
  book "$job" "$SAM_ID" "$(at "+$2 hours")" >/dev/null
  post "$FIELD/my/jobs/$job/start" "$SAM" >/dev/null
  echo "$job"
}
AC=$(samsjob "AC not cooling" 5 "$LOCATION")
post "$FIELD/my/jobs/$AC/diagnosis" "$SAM" '{"findings":"Condenser coil leaking, compressor worn","cause":"Age (16 years)"}' >/dev/null

# The approval path: over the owner's $5,000 threshold (tax included) it waits for the owner.
estimate=$(post "$FIELD/jobs/$AC/estimates" "$ESTIMATOR" '{"lines":[{"kind":"LABOR","hours":4,"rateClass":"STANDARD"},{"kind":"PART","sku":"AC-COND-3T","quantity":1}]}')
EST=$(jq -r .id <<<"$estimate")
check "estimate: 380.00 labor + 4637.41 condenser + 382.59 tax" "$(jq -r '[.subtotal, .tax, .total] | map(tostring) | join(" ")' <<<"$estimate")" "5017.41 382.59 5400"
check "over the threshold: owner approval required" "$(post "$FIELD/estimates/$EST/submit" "$ESTIMATOR" | jq -r '[.status, .customerStatus] | join(" ")')" "OWNER_APPROVAL_REQUIRED NOT_SENT"
check "in the owner's queue" "$(get "$FIELD/estimates?status=OWNER_APPROVAL_REQUIRED" "$OWNER" | jq -r "[.items[] | select(.id==\"$EST\")] | length")" 1
check "the owner requests changes" "$(post "$FIELD/estimates/$EST/decision" "$OWNER" '{"decision":"REQUEST_CHANGES","comment":"Quote the refurbished condenser"}' | jq -r '[.status, .customerStatus] | join(" ")')" "CHANGES_REQUESTED NOT_SENT"
revised=$(put "$FIELD/estimates/$EST" "$ESTIMATOR" '{"lines":[{"kind":"LABOR","hours":4,"rateClass":"STANDARD"},{"kind":"PART","sku":"AC-COND-3T-R","quantity":1}]}')
check "revised to 4950.00" "$(jq -r '.total | tostring' <<<"$revised")" 4950
check "under the threshold: approved without the owner, presented" "$(post "$FIELD/estimates/$EST/submit" "$ESTIMATOR" | jq -r '[.status, .customerStatus] | join(" ")')" "APPROVED PRESENTED"
check "the owner's decision kept" "$(get "$FIELD/estimates/$EST" "$OWNER" | jq -r '.decisions[0] | [.decision, .comment] | join(": ")')" "REQUEST_CHANGES: Quote the refurbished condenser"

# The work: 2.5 h and three parts (two at fixed prices, the capacitor at its markup over WAC) on another of Sam's jobs.
FIX=$(samsjob "Furnace short-cycling" 7 "$LOCATION")
post "$FIELD/my/jobs/$FIX/labor" "$SAM" '{"hours":2.5,"rateClass":"STANDARD"}' >/dev/null
# The capacitor is a stocked part: it is issued from Sam's truck as it goes on the job (field must know it is there).
await "field knows the capacitors on Sam's truck" 4 bash -c "curl -s '$FIELD/trucks/$SAMS_TRUCK/stock' -H 'Authorization: Bearer $SAM' \
  | jq -r '.items[] | select(.productId==\"$CAP\") | .available * 1'"
for part in "{\"sku\":\"FLT-16x25\",\"quantity\":1}" "{\"sku\":\"CAP-35-5\",\"partId\":\"$CAP\",\"quantity\":1}" "{\"sku\":\"CONT-30A\",\"quantity\":1}"; do
  post "$FIELD/my/jobs/$FIX/parts" "$SAM" "$part" >/dev/null
done
check "three parts on the job" "$(get "$FIELD/my/jobs/$FIX" "$SAM" | jq -r '.partsUsed | length')" 3
await "inventory issued the capacitor from Sam's truck" 3 bash -c "curl -s '$INV/stock?locationId=$SAMS_TRUCK&productId=$CAP' \
  -H 'Authorization: Bearer $CLERK' | jq -r '.items[0].onHand * 1'"
check "job completed" "$(post "$FIELD/my/jobs/$FIX/complete" "$SAM" | jq -r .status)" COMPLETED
# 2.5 x 95.00 = 237.50 (labor, untaxed) + 12.50 + 37.00 + 39.00 = 326.00; tax 8.25 % of 88.50 = 7.30; total 333.30
draft_of() { get "$BILL/invoice-drafts?jobId=$1" "$ALICE" | jq -r '.items[0].id // empty'; }
await "billing drafted the invoice from job-completed" true bash -c "[ -n \"\$(curl -s '$BILL/invoice-drafts?jobId=$FIX' -H 'Authorization: Bearer $ALICE' | jq -r '.items[0].id // empty')\" ] && echo true"
DRAFT=$(draft_of "$FIX")
check "the draft to the cent" "$(get "$BILL/invoice-drafts/$DRAFT" "$ALICE" | jq -r '[.subtotal.amount, .tax.amount, .total.amount, (.lines | length), .needsPricing] | map(tostring) | join(" ")')" "326 7.3 333.3 4 false"
check "prepared by Alice" "$(post "$BILL/invoice-drafts/$DRAFT/prepare" "$ALICE" | jq -r .status)" PREPARED
check "Alice may not finalize what she prepared" "$(post "$BILL/invoice-drafts/$DRAFT/finalize" "$ALICE" | jq -r .type)" https://opsuite.dev/problems/preparer-cannot-finalize
check "finalized by Bob" "$(post "$BILL/invoice-drafts/$DRAFT/finalize" "$BOB" | jq -r '[.status, (.invoiceNumber | test("^SVC-[0-9]{4}-[0-9]{6}$"))] | map(tostring) | join(" ")')" "FINALIZED true"
await "field shows the finalized invoice on the job" "FINALIZED 1 333.3" bash -c "curl -s '$FIELD/jobs/$FIX/invoice' \
  -H 'Authorization: Bearer $OWNER' | jq -r '[.status, .version, .total.amount] | map(tostring) | join(\" \")'"
balanced() { # every TRNS..ENDTRNS of the IIF file sums to zero (in cents)
  get "$BILL/ledger/exports/$1/file" "$ALICE" | tr -d '\r' | awk -F'\t' '$1=="TRNS"||$1=="SPL"{for(i=1;i<=NF;i++) if(h[$1,i]=="AMOUNT") s+=int($i*100+($i<0?-0.5:0.5))}
    $1=="!TRNS"||$1=="!SPL"{for(i=1;i<=NF;i++) h[substr($1,2),i]=$i} $1=="ENDTRNS"{if(s!=0) bad=1; s=0; n++} END{print (n>0 && !bad) ? "balanced" : "unbalanced"}'
}
export1=$(post "$BILL/ledger/exports" "$ALICE")
check "exported to IIF: one invoice" "$(jq -r '[.invoices, .adjustments] | map(tostring) | join(" ")' <<<"$export1")" "1 0"
check "the IIF file balances" "$(balanced "$(jq -r .id <<<"$export1")")" balanced
check "exported again: nothing new" "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BILL/ledger/exports" -H "Authorization: Bearer $ALICE")" 204
lines=$(get "$BILL/invoice-drafts/$DRAFT" "$ALICE" | jq -c '[.lines[] | {kind, sourceId, description, sku, rateClass, quantity, unitPrice, taxable}]
  + [{kind: "LABOR", description: "Return trip, standard rate", rateClass: "STANDARD", quantity: 0.5, unitPrice: 95.00, taxable: false}]')
check "the invoice revised after export" "$(put "$BILL/invoice-drafts/$DRAFT" "$ALICE" "{\"reason\":\"Return trip not billed\",\"taxRate\":0.0825,\"lines\":$lines}" \
  | jq -r '[.invoiceVersion, .total.amount] | map(tostring) | join(" ")')" "2 380.8"
export2=$(post "$BILL/ledger/exports" "$ALICE")
check "exported as one adjustment of the difference" "$(jq -r '[.invoices, .adjustments, .entries[0].amount] | map(tostring) | join(" ")' <<<"$export2")" "0 1 47.5"
check "the adjustment balances" "$(balanced "$(jq -r .id <<<"$export2")")" balanced
await "field shows the revision" "REVISED 2" bash -c "curl -s '$FIELD/jobs/$FIX/invoice' -H 'Authorization: Bearer $OWNER' | jq -r '[.status, .version] | map(tostring) | join(\" \")'"

# First-time fix: Sam's three jobs completed (the third at Dana's own address: a call there is no callback of the
# rental unit's jobs), then a call back to the rental unit within 30 days.
post "$FIELD/my/jobs/$AC/complete" "$SAM" >/dev/null
third=$(samsjob "Thermostat dead" 9); post "$FIELD/my/jobs/$third/complete" "$SAM" >/dev/null
check "a call at another place of the customer is no callback" \
  "$(get "$FIELD/service-calls/$(get "$FIELD/jobs/$third" "$DISPATCHER" | jq -r .serviceCallId)" "$CSR" | jq -r .callbackOfJob)" null
ftf() { get "$FIELD/quality/first-time-fix" "$OWNER" | jq -r ".technicians[] | select(.technicianId==\"$SAM_ID\") | .firstTimeFix | [.completed, .withCallback, .percent] | map(tostring) | join(\" \")"; }
check "Sam's first-time fix: 3 of 3" "$(ftf)" "3 0 100"
back=$(post "$FIELD/service-calls" "$CSR" "{\"customerId\":\"$DANA\",\"locationId\":\"$LOCATION\",\"problem\":\"AC not cooling again\",\"urgency\":\"HIGH\"}")
check "the call is a callback of Sam's last job there" "$(jq -r '[.callbackOfJob.jobId, .callbackOfJob.technicianId] | join(" ")' <<<"$back")" "$AC $SAM_ID"
check "Sam's first-time fix: 2 of 3" "$(ftf)" "3 1 66.7"
# Booked today, as priced on completion: the furnace job's 333.30 (the other two logged no work: 0.00); flow 4's jobs
# were completed before the business had pricing settings, so they have no price.
check "the owner's booked dollars today" "$(get "$FIELD/dashboard/daily" "$OWNER" | jq -r '.bookedDollars[] | [.currency, .amount, .jobs] | map(tostring) | join(" ")')" "USD 333.3 3"

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
