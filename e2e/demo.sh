#!/usr/bin/env bash
# ./suite demo [TENANT]: loads a demo business into the running suite (./suite up), through the five services'
# public REST APIs and Kafka only, so that every screen has data. See README.md, "Demo".
#
# Summit Comfort Heating & Plumbing, Springfield: a warehouse, three service vans with stock, eight products at cost,
# two transfer notes (one received, one in transit); two box trucks with drivers and trailers for equipment deliveries,
# trip tickets and dispatches in every state with billing's invoices on them; four technicians, nine customers, a week
# of jobs in every state, estimates in every state, the completed jobs' invoice drafts in billing, a callback.
#
# Idempotent by a start and an end marker: the warehouse WH-MAIN is the first thing the demo creates, the price book
# item DIAG-VISIT the last. Both there: "already loaded", nothing is created, exit 0. Only the first: an earlier run
# stopped half-way; nothing is created, exit 1 (load it into a fresh tenant: ./suite demo demo2).
set -euo pipefail
cd "$(dirname "$0")/.."
TENANT="${1:-demo}"
INV=http://127.0.0.1:${OPSUITE_INVENTORY_TRANSFER_PORT:-8082}
BILL=http://127.0.0.1:${OPSUITE_BILLING_PORT:-8085}
DISP=http://127.0.0.1:${OPSUITE_DISPATCH_PORT:-8081}
FLEET=http://127.0.0.1:${OPSUITE_FLEET_PORT:-8083}
FIELD=http://127.0.0.1:${OPSUITE_FIELD_PORT:-8084}

say() { printf '%s\n' "$*" >&2; }
die() { say "demo: $*"; exit 1; }
command -v jq >/dev/null || die "jq is needed (apt-get install jq)"

# Every service must answer before anything is written.
down=()
for url in "$DISP" "$INV" "$FLEET" "$FIELD" "$BILL"; do
  port=${url##*:}
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$((port + 1000))/q/health/ready" || true)" = 200 ] || down+=("$url")
done
[ ${#down[@]} -eq 0 ] || die "not answering: ${down[*]}. Start the suite first: ./suite up (then ./suite status)"

# Tokens, minted at once (each ./suite token starts a JVM): token NAME reads one back.
tokens=$(mktemp -d); trap 'rm -rf "$tokens"' EXIT
mint() { ./suite token "$2" "$TENANT" ${3:+"$3"} >"$tokens/$1" 2>/dev/null || : >"$tokens/$1"; }
mint CLERK inventory-manager & mint OWNER owner & mint FINANCE finance & mint DISPATCHER dispatcher & mint OPS operations-manager &
mint MANAGER fleet-manager & mint CSR csr & mint PARTS parts-manager & mint ESTIMATOR estimator & mint ALICE finance alice &
mint BOB finance bob & mint TECH_MARIA technician maria & mint TECH_DEREK technician derek & mint TECH_PRIYA technician priya &
wait
token() { [ -s "$tokens/$1" ] || die "could not mint the token $1 (try ./suite token ... $TENANT)"; cat "$tokens/$1"; }
CLERK=$(token CLERK); OWNER=$(token OWNER)

# A request that must succeed: prints the body, dies with it on a 4xx/5xx.
call() { # call METHOD URL TOKEN [JSON]
  local out code
  out=$(curl -s -w '\n%{http_code}' -X "$1" "$2" -H "Authorization: Bearer $3" ${4:+-H 'Content-Type: application/json' -d "$4"})
  code=${out##*$'\n'}; out=${out%$'\n'*}
  [ "${code:0:1}" = 2 ] || die "$1 ${2#http://127.0.0.1:} answered $code: $out"
  printf '%s' "$out"
}
post() { call POST "$@"; }
put() { call PUT "$@"; }
get() { call GET "$@"; }
id() { post "$@" | jq -r .id; } # POST, answer the new record's id
await() { # await DESCRIPTION EXPECTED COMMAND...: up to 60 s for what travels through Kafka
  local description=$1 expected=$2 actual=""; shift 2
  for _ in $(seq 1 120); do actual=$("$@" 2>/dev/null || true); [ "$actual" = "$expected" ] && return 0; sleep 0.5; done
  die "waited 60 s for $description: got '$actual', expected '$expected'"
}

# The markers.
status() { curl -s -o /dev/null -w '%{http_code}' "$1" -H "Authorization: Bearer $2"; }
has_start=$(get "$INV/locations?search=WH-MAIN&type=WAREHOUSE" "$CLERK" | jq -r '[.items[]? | select(.code=="WH-MAIN")] | length')
has_end=$(status "$FIELD/price-book/DIAG-VISIT" "$OWNER")
if [ "$has_start" != 0 ] && [ "$has_end" = 200 ]; then
  say "demo: tenant '$TENANT' already loaded, nothing created. Look around: TOKEN=\$(./suite token owner $TENANT)"
  exit 0
fi
[ "$has_start" = 0 ] || die "tenant '$TENANT' holds a demo that an earlier run did not finish; nothing created. Load it into a fresh tenant: ./suite demo ${TENANT}2"

say "demo: loading Summit Comfort Heating & Plumbing into tenant '$TENANT'..."
FINANCE=$(token FINANCE); DISPATCHER=$(token DISPATCHER); OPS=$(token OPS); MANAGER=$(token MANAGER); CSR=$(token CSR)
PARTS=$(token PARTS); ESTIMATOR=$(token ESTIMATOR); ALICE=$(token ALICE); BOB=$(token BOB)
today=$(date -u +%F); in2y=$(date -u -d '+2 years' +%F); lastyear=$(date -u -d '-1 year' +%F)
hour() { date -u -d "$1" +%Y-%m-%dT%H:%M:%SZ; }               # hour '+90 minutes'
slot() { echo "$(date -u -d "$today $1 day" +%F)T$2:00Z"; } # slot DAYS_FROM_TODAY HH:MM

# Inventory: the warehouse first (the start marker), the vans come with the fleet below.
say "  inventory: warehouse, products, opening stock"
WAREHOUSE=$(id "$INV/locations" "$CLERK" '{"type":"WAREHOUSE","name":"Summit main warehouse","code":"WH-MAIN"}')
product() { id "$INV/products" "$CLERK" "{\"sku\":\"$1\",\"name\":\"$2\",\"unit\":\"${3:-pcs}\"}"; }
FILTER=$(product FLT-16x25 "Furnace filter 16x25x1")
CAP=$(product CAP-35-5 "Run capacitor 35/5 uF")
CONTACTOR=$(product CONT-30A "Contactor 30 A, 2 pole")
IGNITER=$(product HSI-120 "Hot surface igniter 120 V")
TSTAT=$(product TSTAT-PRO "Programmable thermostat, Wi-Fi")
PTRAP=$(product PTRAP-150 "P-trap 1-1/2 in. PVC")
WAX=$(product WAX-RING "Toilet wax ring with flange")
ELEMENT=$(product WH-ELEM-4500 "Water heater element 4500 W")
stock() { post "$INV/stock-adjustments" "$CLERK" "{\"locationId\":\"$1\",\"productId\":\"$2\",\"quantity\":$3,\"unitCost\":$4,\"reason\":\"OPENING_BALANCE\"}" >/dev/null; }
stock "$WAREHOUSE" "$FILTER" 40 6.20; stock "$WAREHOUSE" "$CAP" 12 18.50; stock "$WAREHOUSE" "$CONTACTOR" 10 16.75
stock "$WAREHOUSE" "$IGNITER" 6 31.00; stock "$WAREHOUSE" "$TSTAT" 8 64.00; stock "$WAREHOUSE" "$PTRAP" 30 4.10
stock "$WAREHOUSE" "$WAX" 24 3.25; stock "$WAREHOUSE" "$ELEMENT" 10 22.40

# Fleet: three service vans (light, assigned to their technicians), two box trucks with drivers and trailers for
# equipment deliveries, each with valid documents, formed into transport units ready for orders.
say "  fleet: vans, box trucks, drivers, trailers, documents, transport units"
doc() { post "$FLEET/$1/$2/documents" "$MANAGER" "{\"type\":\"$3\",\"number\":\"$3-$4\",\"validFrom\":\"$lastyear\",\"validUntil\":\"$in2y\"}" >/dev/null; }
van() {
  local v; v=$(id "$FLEET/vehicles" "$MANAGER" "{\"registrationNumber\":\"$1\",\"kind\":\"PKV\",\"assignmentMode\":\"ASSIGNED_TO_DRIVER\",\"make\":\"Ford\",\"model\":\"Transit 350\",\"odometerKm\":$2}")
  for t in REGISTRATION INSURANCE ANNUAL_INSPECTION; do doc vehicles "$v" $t "$1"; done
  echo "$v"
}
VAN1=$(van SCV-101 48210); VAN2=$(van SCV-102 61877); VAN3=$(van SCV-103 23904)
boxtruck() {
  local v; v=$(id "$FLEET/vehicles" "$MANAGER" "{\"registrationNumber\":\"$1\",\"kind\":\"LKV\",\"make\":\"Isuzu\",\"model\":\"FTR\",\"odometerKm\":$2}")
  for t in REGISTRATION INSURANCE ANNUAL_INSPECTION TACHOGRAPH_CALIBRATION CMR_INSURANCE; do doc vehicles "$v" $t "$1"; done
  echo "$v"
}
BOX1=$(boxtruck SCT-201 182340); BOX2=$(boxtruck SCT-202 97415)
driver() {
  local d; d=$(id "$FLEET/drivers" "$MANAGER" "{\"name\":\"$1\",\"phone\":\"$2\"}")
  for t in DRIVING_LICENCE DRIVER_CARD PROFESSIONAL_QUALIFICATION; do doc drivers "$d" $t "${d:0:8}"; done
  echo "$d"
}
DRIVER1=$(driver "Hank Miller" "555-0191"); DRIVER2=$(driver "Rosa Jimenez" "555-0192")
trailer() {
  local t; t=$(id "$FLEET/trailers" "$MANAGER" "{\"registrationNumber\":\"$1\",\"type\":\"STANDARD\",\"make\":\"Big Tex\",\"model\":\"14GN\"}")
  for d in REGISTRATION ANNUAL_INSPECTION; do doc trailers "$t" $d "$1"; done
  echo "$t"
}
TRAILER1=$(trailer SCR-301); TRAILER2=$(trailer SCR-302)
unit() { post "$FLEET/transport-units" "$MANAGER" "{\"driverId\":\"$1\",\"vehicleId\":\"$2\",\"trailerId\":\"$3\"}" | jq -r 'if .readyForOrder then .id else "not-ready" end'; }
UNIT1=$(unit "$DRIVER1" "$BOX1" "$TRAILER1"); UNIT2=$(unit "$DRIVER2" "$BOX2" "$TRAILER2")
[ "$UNIT1" != not-ready ] && [ "$UNIT2" != not-ready ] || die "a transport unit is not ready for orders"

# Inventory: the vans' stock locations, their opening stock, a transfer note received and one in transit.
say "  inventory: vans' stock, transfer notes"
truck() { id "$INV/locations" "$CLERK" "{\"type\":\"TRUCK\",\"name\":\"Van $1 ($2)\",\"code\":\"TR-$1\",\"vehicleId\":\"$3\"}"; }
TRUCK1=$(truck SCV-101 "Maria Lopez" "$VAN1"); TRUCK2=$(truck SCV-102 "Derek Chen" "$VAN2"); TRUCK3=$(truck SCV-103 "Priya Shah" "$VAN3")
stock "$TRUCK1" "$FILTER" 6 6.20; stock "$TRUCK1" "$CAP" 2 18.50; stock "$TRUCK1" "$CONTACTOR" 2 16.75; stock "$TRUCK1" "$TSTAT" 1 64.00
stock "$TRUCK2" "$FILTER" 6 6.40; stock "$TRUCK2" "$CAP" 1 19.10; stock "$TRUCK2" "$TSTAT" 2 64.00; stock "$TRUCK2" "$ELEMENT" 1 22.40
stock "$TRUCK3" "$PTRAP" 6 4.10; stock "$TRUCK3" "$WAX" 6 3.25; stock "$TRUCK3" "$ELEMENT" 2 22.40; stock "$TRUCK3" "$IGNITER" 1 31.00
note() { id "$INV/transfers-dispatch-note" "$CLERK" "{\"originLocationId\":\"$WAREHOUSE\",\"destinationLocationId\":\"$1\",\"detail\":$2}"; }
RECEIVED=$(note "$TRUCK1" "[{\"productId\":\"$FILTER\",\"quantity\":10},{\"productId\":\"$CAP\",\"quantity\":4}]")
post "$INV/transfers-dispatch-note/$RECEIVED/dispatch" "$CLERK" >/dev/null
post "$INV/transfers-goods-receipt" "$CLERK" "{\"transferDispatchNoteId\":\"$RECEIVED\",\"status\":\"APPROVED\",
  \"items\":[{\"productId\":\"$FILTER\",\"receivedQuantity\":10},{\"productId\":\"$CAP\",\"receivedQuantity\":4}]}" >/dev/null
# (only products the van already holds: a van's first, in-transit level reports a unit cost of 0, which field would
# take as the product's newest cost and price its markup items at 0.00)
IN_TRANSIT=$(note "$TRUCK2" "[{\"productId\":\"$FILTER\",\"quantity\":6},{\"productId\":\"$ELEMENT\",\"quantity\":2}]")
post "$INV/transfers-dispatch-note/$IN_TRANSIT/dispatch" "$CLERK" >/dev/null
await "the transfer note to van SCV-101 received" RECEIVED bash -c "curl -s '$INV/transfers-dispatch-note/$RECEIVED' -H 'Authorization: Bearer $CLERK' | jq -r .transferGoodsReceiptStatus"

# Billing: a commercial customer's equipment deliveries, confirmed, one invoice per line, issued.
say "  billing: a sales order confirmed, four invoices issued"
order=$(post "$BILL/sales-orders" "$FINANCE" "{\"customerId\":\"$(cat /proc/sys/kernel/random/uuid)\",\"customerName\":\"Riverside Apartments HOA\",\"currency\":\"USD\",
  \"lines\":[{\"description\":\"Delivery and rigging, rooftop unit, building A\",\"quantity\":1,\"unitPrice\":1850.00},
             {\"description\":\"Delivery and rigging, rooftop unit, building B\",\"quantity\":1,\"unitPrice\":1850.00},
             {\"description\":\"Delivery of 50 gal water heaters\",\"quantity\":4,\"unitPrice\":120.00},
             {\"description\":\"Haul-away of old equipment\",\"quantity\":1,\"unitPrice\":640.00}]}")
ORDER=$(jq -r .id <<<"$order"); ORDER_NUMBER=$(jq -r .orderNumber <<<"$order")
post "$BILL/sales-orders/$ORDER/confirm" "$FINANCE" >/dev/null
invoice() { # invoice LINE_INDEX QUANTITY: issued
  local i; i=$(id "$BILL/invoices" "$FINANCE" "{\"salesOrderId\":\"$ORDER\",\"lines\":[{\"salesOrderLineId\":\"$(jq -r ".lines[$1].id" <<<"$order")\",\"quantity\":$2}]}")
  post "$BILL/invoices/$i/issue" "$FINANCE" >/dev/null; echo "$i"
}
INVOICE1=$(invoice 0 1); INVOICE2=$(invoice 1 1); INVOICE3=$(invoice 2 4); INVOICE4=$(invoice 3 1)

# Fleet: the trips of the deliveries (a vehicle's tickets never overlap), then dispatch: closed, dispatched,
# completed with proof, scheduled.
say "  fleet: trip tickets; dispatch: dispatches closed, dispatched, completed, scheduled"
ticket() { # ticket VEHICLE DRIVER TRAILER FROM TO DESTINATION
  id "$FLEET/trip-tickets" "$MANAGER" "{\"vehicleId\":\"$1\",\"driverId\":\"$2\",\"trailerId\":\"$3\",\"plannedFrom\":\"$4\",\"plannedTo\":\"$5\",
    \"origin\":\"Summit warehouse, Springfield\",\"destination\":\"$6\",\"via\":[],\"purpose\":\"Equipment delivery for $ORDER_NUMBER\",\"orderReference\":\"$ORDER_NUMBER\"}"
}
TICKET1=$(ticket "$BOX1" "$DRIVER1" "$TRAILER1" "$(hour '+1 hour')" "$(hour '+3 hours')" "Riverside Apartments, building A")
TICKET2=$(ticket "$BOX1" "$DRIVER1" "$TRAILER1" "$(hour '+3 hours')" "$(hour '+5 hours')" "Riverside Apartments, building B")
TICKET3=$(ticket "$BOX2" "$DRIVER2" "$TRAILER2" "$(hour '+1 hour')" "$(hour '+3 hours')" "Riverside Apartments, boiler room")
TICKET4=$(ticket "$BOX2" "$DRIVER2" "$TRAILER2" "$(hour '+1 day 1 hour')" "$(hour '+1 day 4 hours')" "Springfield landfill")
await "units and trip tickets in dispatch" "2 4" bash -c "echo \$(curl -s '$DISP/transport-units?readyForOrder=true' -H 'Authorization: Bearer $DISPATCHER' \
  | jq -r '[.items[] | select(.id==\"$UNIT1\" or .id==\"$UNIT2\")] | length') \$(curl -s '$DISP/trip-tickets?status=OPEN&size=50' -H 'Authorization: Bearer $DISPATCHER' \
  | jq -r '[.items[] | select(.id==\"$TICKET1\" or .id==\"$TICKET2\" or .id==\"$TICKET3\" or .id==\"$TICKET4\")] | length')"
await "the invoices in dispatch" "4" bash -c "curl -s '$DISP/invoices?size=50' -H 'Authorization: Bearer $DISPATCHER' \
  | jq -r '[.items[] | select(.id==\"$INVOICE1\" or .id==\"$INVOICE2\" or .id==\"$INVOICE3\" or .id==\"$INVOICE4\") | select(.status==\"ISSUED\")] | length'"
scheduled() { # scheduled TICKET DATETIME UNIT INVOICE: a dispatch with its invoice, scheduled
  local d; d=$(id "$DISP/dispatch" "$DISPATCHER" "{\"tripTicketId\":\"$1\",\"datetime\":\"$2\",\"unit\":\"$3\"}")
  post "$DISP/dispatch/$d/invoices" "$DISPATCHER" "{\"invoiceIds\":[\"$4\"]}" >/dev/null
  post "$DISP/dispatch/$d/schedule" "$DISPATCHER" >/dev/null; echo "$d"
}
printf '\x89PNG\r\n\x1a\n%s' "$(head -c 64 /dev/urandom | base64)" > "${TMPDIR:-/tmp}/demo-signature.png"
delivered() { # delivered DISPATCH RECIPIENT: on the road, signed for, completed
  post "$DISP/dispatch/$1/dispatch" "$DISPATCHER" >/dev/null
  curl -s -o /dev/null -X PUT "$DISP/dispatch/$1/proof-of-delivery" -H "Authorization: Bearer $DISPATCHER" \
    -F "file=@${TMPDIR:-/tmp}/demo-signature.png;type=image/png"
  sleep 1.2
  post "$DISP/dispatch/$1/complete" "$DISPATCHER" "{\"recipientName\":\"$2\",\"receivedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}" >/dev/null
}
CLOSED=$(scheduled "$TICKET1" "$(hour '+90 minutes')" "$UNIT1" "$INVOICE1"); delivered "$CLOSED" "Gloria Banks"
post "$DISP/dispatch/$CLOSED/close" "$OPS" >/dev/null
COMPLETED=$(scheduled "$TICKET3" "$(hour '+90 minutes')" "$UNIT2" "$INVOICE3"); delivered "$COMPLETED" "Walt Pierce"
ON_ROAD=$(scheduled "$TICKET2" "$(hour '+4 hours')" "$UNIT1" "$INVOICE2")
post "$DISP/dispatch/$ON_ROAD/dispatch" "$DISPATCHER" >/dev/null
SCHEDULED=$(scheduled "$TICKET4" "$(hour '+1 day 2 hours')" "$UNIT2" "$INVOICE4")
rm -f "${TMPDIR:-/tmp}/demo-signature.png"

# Field: pricing, the price book (fixed prices, markups over inventory's WAC), technicians on the vans.
say "  field: pricing, price book, technicians, customers"
put "$FIELD/pricing/settings" "$OWNER" '{"currency":"USD","taxRate":0.0825,"laborRates":{"STANDARD":95.00,"OVERTIME":142.50,"EMERGENCY":190.00}}' >/dev/null
fixed() { post "$FIELD/price-book" "$OWNER" "{\"sku\":\"$1\",\"name\":\"$2\",\"pricing\":\"FIXED\",\"price\":$3}" >/dev/null; }
markup() { post "$FIELD/price-book" "$OWNER" "{\"sku\":\"$1\",\"name\":\"$2\",\"productId\":\"$3\",\"pricing\":\"MARKUP\",\"markupPercent\":$4}" >/dev/null; }
fixed AC-COND-3T "Condenser 3 t, R-454B, installed" 4637.41
fixed AC-COND-3T-R "Condenser 3 t, refurbished, installed" 4221.71
fixed WH-50G "Water heater 50 gal, installed" 1450.00
fixed TSTAT-PRO "Programmable thermostat, Wi-Fi" 189.00
fixed PTRAP-150 "P-trap 1-1/2 in. PVC" 24.00
fixed WAX-RING "Toilet wax ring with flange" 18.00
markup FLT-16x25 "Furnace filter 16x25x1" "$FILTER" 100
markup CAP-35-5 "Run capacitor 35/5 uF" "$CAP" 100
markup CONT-30A "Contactor 30 A, 2 pole" "$CONTACTOR" 120
markup HSI-120 "Hot surface igniter 120 V" "$IGNITER" 80
markup WH-ELEM-4500 "Water heater element 4500 W" "$ELEMENT" 90
for sku in FLT-16x25 CAP-35-5 CONT-30A HSI-120 WH-ELEM-4500; do
  await "the price of $sku from inventory's WAC" true bash -c "curl -s '$FIELD/price-book/$sku/price' -H 'Authorization: Bearer $OWNER' | jq -r '.unitPrice > 0'"
done
hours='[{"weekday":"MONDAY","from":"07:00","to":"19:00"},{"weekday":"TUESDAY","from":"07:00","to":"19:00"},{"weekday":"WEDNESDAY","from":"07:00","to":"19:00"},{"weekday":"THURSDAY","from":"07:00","to":"19:00"},{"weekday":"FRIDAY","from":"07:00","to":"19:00"},{"weekday":"SATURDAY","from":"07:00","to":"19:00"},{"weekday":"SUNDAY","from":"07:00","to":"19:00"}]'
technician() { # technician USER NAME SKILLS [VAN TRUCK_LOCATION]
  local truck=""; [ -z "${4:-}" ] || truck=",\"truck\":{\"vehicleId\":\"$4\",\"truckLocationId\":\"$5\"}"
  id "$FIELD/technicians" "$DISPATCHER" "{\"userId\":\"$1\",\"name\":\"$2\",\"skills\":$3,\"workingHours\":$hours$truck}"
}
MARIA=$(technician maria "Maria Lopez" '[{"trade":"HVAC","level":3},{"trade":"PLUMBING","level":1}]' "$VAN1" "$TRUCK1")
DEREK=$(technician derek "Derek Chen" '[{"trade":"HVAC","level":2},{"trade":"ELECTRICAL","level":2}]' "$VAN2" "$TRUCK2")
PRIYA=$(technician priya "Priya Shah" '[{"trade":"PLUMBING","level":3},{"trade":"HVAC","level":1}]' "$VAN3" "$TRUCK3")
LUIS=$(technician luis "Luis Romero" '[{"trade":"PLUMBING","level":2}]')
TECH_MARIA=$(token TECH_MARIA); TECH_DEREK=$(token TECH_DEREK); TECH_PRIYA=$(token TECH_PRIYA)

customer() { # customer NAME PHONE STREET
  id "$FIELD/customers" "$CSR" "{\"name\":\"$1\",\"phone\":\"$2\",\"email\":\"$(tr 'A-Z' 'a-z' <<<"$1" | sed 's/[^a-z]\+/./g; s/\.$//')@example.com\",\"serviceAddress\":{\"line1\":\"$3\",\"city\":\"Springfield\",\"postalCode\":\"62704\"}}"
}
location() { # location CUSTOMER LABEL STREET ACCESS_NOTES
  id "$FIELD/customers/$1/locations" "$CSR" "{\"label\":\"$2\",\"address\":{\"line1\":\"$3\",\"city\":\"Springfield\",\"postalCode\":\"62701\"},\"accessNotes\":\"$4\"}"
}
DANA=$(customer "Dana Reyes" 555-0400 "3 Oak Ave"); DANA_RENTAL=$(location "$DANA" "Rental unit" "14 Elm St" "Key in the lockbox, code 4512")
OMAR=$(customer "Omar Haddad" 555-0411 "220 Maple Dr")
GRACE=$(customer "Grace Whitfield" 555-0422 "8 Birch Ln")
KOWALSKI=$(customer "Kowalski Bakery" 555-0433 "45 Main St"); BAKERY_ROOF=$(location "$KOWALSKI" "Rooftop units" "45 Main St, roof" "Roof hatch from the storeroom")
TANAKA=$(customer "Hiro Tanaka" 555-0444 "17 Cedar Ct")
FOSTER=$(customer "Linda Foster" 555-0455 "901 Lakeview Rd")
ELM=$(customer "Elm Street Dental" 555-0466 "60 Elm St")
OKAFOR=$(customer "Chidi Okafor" 555-0477 "5 Willow Way"); OKAFOR_DUPLEX=$(location "$OKAFOR" "Duplex, unit B" "7 Willow Way" "Tenant works nights: call before noon")
BRENNAN=$(customer "Brennan & Sons Hardware" 555-0488 "300 Commerce Blvd")

# Every call and job first: a call placed after a job of the same place completed would be a callback.
say "  field: a week of jobs in every state"
job() { # job CUSTOMER LOCATION|- URGENCY PROBLEM TRADE LEVEL MINUTES: a call and its job, READY_TO_SCHEDULE
  local call where=""; [ "$2" = - ] || where="\"locationId\":\"$2\","
  call=$(id "$FIELD/service-calls" "$CSR" "{\"customerId\":\"$1\",$where\"problem\":\"$4\",\"urgency\":\"$3\"}")
  id "$FIELD/service-calls/$call/jobs" "$CSR" "{\"title\":\"$4\",\"trade\":\"$5\",\"skillLevel\":$6,\"expectedMinutes\":$7}"
}
AC_REPAIR=$(job "$DANA" "$DANA_RENTAL" HIGH "AC not cooling" HVAC 2 120)
SINK=$(job "$OMAR" - NORMAL "Kitchen sink leaking under the cabinet" PLUMBING 1 90)
THERMOSTAT=$(job "$GRACE" - NORMAL "Replace thermostat" HVAC 1 60)
INSPECTION=$(job "$TANAKA" - LOW "Furnace inspection before winter" HVAC 1 90)
WATER_HEATER=$(job "$FOSTER" - HIGH "No hot water" PLUMBING 2 120)
NO_HEAT=$(job "$OKAFOR" "$OKAFOR_DUPLEX" EMERGENCY "No heat, furnace igniter glows then dies" HVAC 2 90)
REPLACEMENT=$(job "$KOWALSKI" "$BAKERY_ROOF" NORMAL "Rooftop AC, compressor failing: quote a replacement" HVAC 3 120)
QUOTE=$(job "$BRENNAN" - NORMAL "Store AC short-cycling: quote a new condenser" HVAC 2 120)
TOILET=$(job "$ELM" - NORMAL "Staff toilet running constantly" PLUMBING 1 60)
SOFTENER=$(job "$DANA" - LOW "Install a water softener" PLUMBING 2 180)
MAINTENANCE=$(job "$GRACE" - LOW "Annual AC maintenance" HVAC 1 90)
SURGE=$(job "$BRENNAN" - NORMAL "Whole-building surge protector" ELECTRICAL 2 120)
DISPOSAL=$(job "$TANAKA" - NORMAL "Garbage disposal jammed" PLUMBING 1 60)
DUCTS=$(job "$ELM" - LOW "Duct cleaning, treatment rooms" HVAC 1 180)
GAS=$(job "$FOSTER" - HIGH "Smell of gas near the water heater" PLUMBING 2 60)

book() { post "$FIELD/board/appointments" "$DISPATCHER" "{\"jobId\":\"$1\",\"technicianId\":\"$2\",\"start\":\"$3\"}" >/dev/null; }
book "$AC_REPAIR" "$MARIA" "$(slot -2 09:00)"; book "$SINK" "$PRIYA" "$(slot -1 10:00)"; book "$THERMOSTAT" "$DEREK" "$(slot -1 14:00)"
book "$REPLACEMENT" "$MARIA" "$(slot -1 13:00)"; book "$QUOTE" "$DEREK" "$(slot -1 09:00)"
book "$INSPECTION" "$MARIA" "$(slot 0 08:00)"; book "$WATER_HEATER" "$PRIYA" "$(slot 0 09:00)"; book "$NO_HEAT" "$DEREK" "$(slot 0 08:00)"
book "$TOILET" "$PRIYA" "$(slot 0 15:00)"; book "$SOFTENER" "$LUIS" "$(slot 1 09:00)"
book "$MAINTENANCE" "$MARIA" "$(slot 2 10:00)"; book "$SURGE" "$DEREK" "$(slot 3 08:00)"
post "$FIELD/jobs/$GAS/cancel" "$DISPATCHER" '{"reason":"The gas utility found a loose fitting on their side; nothing for us to do"}' >/dev/null

started() { post "$FIELD/my/jobs/$1/start" "$2" >/dev/null; post "$FIELD/my/jobs/$1/diagnosis" "$2" "{\"findings\":\"$3\",\"cause\":\"$4\"}" >/dev/null; }
started "$AC_REPAIR" "$TECH_MARIA" "Capacitor bulged, contactor pitted, filter clogged" "Age and no maintenance"
started "$SINK" "$TECH_PRIYA" "P-trap cracked" "Old PVC"
started "$THERMOSTAT" "$TECH_DEREK" "Thermostat display dead, wiring fine" "Failed thermostat"
started "$REPLACEMENT" "$TECH_MARIA" "Compressor amp draw 40 % over rating, coil corroded" "Age (16 years)"
started "$QUOTE" "$TECH_DEREK" "Condenser fan motor and coil worn" "Age (14 years)"
started "$INSPECTION" "$TECH_MARIA" "Heat exchanger fine, flame sensor dirty" "Normal wear"
started "$WATER_HEATER" "$TECH_PRIYA" "Tank leaking at the bottom" "Corrosion (tank 13 years old)"
started "$NO_HEAT" "$TECH_DEREK" "Igniter cracked" "Igniter failed"

# Waiting on parts: no igniter on Derek's van; the parts manager holds the one on Priya's van for the job.
post "$FIELD/my/jobs/$NO_HEAT/waiting-on-parts" "$TECH_DEREK" '{"waitingFor":"1x hot surface igniter 120 V"}' >/dev/null
HOLD=$(id "$FIELD/jobs/$NO_HEAT/part-reservations" "$PARTS" "{\"productId\":\"$IGNITER\",\"quantity\":1,\"locationId\":\"$TRUCK3\"}")
await "the igniter held on Priya's van" CONFIRMED bash -c "curl -s '$FIELD/jobs/$NO_HEAT/part-reservations' -H 'Authorization: Bearer $PARTS' | jq -r '.items[] | select(.id==\"$HOLD\") | .status'"

# Estimates: one over the owner's $5,000 waiting for the owner, one approved, one with changes requested.
say "  field: estimates"
estimate() { id "$FIELD/jobs/$1/estimates" "$ESTIMATOR" "{\"lines\":$2}"; }
OVER=$(estimate "$REPLACEMENT" '[{"kind":"LABOR","hours":4,"rateClass":"STANDARD"},{"kind":"PART","sku":"AC-COND-3T","quantity":1}]')
post "$FIELD/estimates/$OVER/submit" "$ESTIMATOR" >/dev/null
APPROVED=$(estimate "$WATER_HEATER" '[{"kind":"LABOR","hours":3,"rateClass":"STANDARD"},{"kind":"PART","sku":"WH-50G","quantity":1}]')
post "$FIELD/estimates/$APPROVED/submit" "$ESTIMATOR" >/dev/null
CHANGES=$(estimate "$QUOTE" '[{"kind":"LABOR","hours":4,"rateClass":"STANDARD"},{"kind":"PART","sku":"AC-COND-3T","quantity":1}]')
post "$FIELD/estimates/$CHANGES/submit" "$ESTIMATOR" >/dev/null
post "$FIELD/estimates/$CHANGES/decision" "$OWNER" '{"decision":"REQUEST_CHANGES","comment":"Quote the refurbished condenser as well"}' >/dev/null

# Completed with labor and parts: billing drafts their invoices from job-completed.
say "  field: jobs completed; billing: their invoice drafts, one finalized"
completed() { # completed JOB TECH HOURS PART...: labor, parts from the van, completed
  local job=$1 tech=$2 part; post "$FIELD/my/jobs/$job/labor" "$tech" "{\"hours\":$3,\"rateClass\":\"STANDARD\"}" >/dev/null; shift 3
  for part in "$@"; do post "$FIELD/my/jobs/$job/parts" "$tech" "$part" >/dev/null; done
  post "$FIELD/my/jobs/$job/complete" "$tech" >/dev/null
}
on_van() { # on_van TRUCK PRODUCT: field has heard from inventory that the van holds some of it (fitting checks that)
  await "field's stock of $2 on van $1" true bash -c "curl -s '$FIELD/trucks/$1/stock' -H 'Authorization: Bearer $OWNER' \
    | jq -e '.items[] | select(.productId==\"$2\" and .available > 0)' >/dev/null && echo true"
}
for part in "$FILTER" "$CAP" "$CONTACTOR"; do on_van "$TRUCK1" "$part"; done
on_van "$TRUCK3" "$PTRAP"; on_van "$TRUCK2" "$TSTAT"
completed "$AC_REPAIR" "$TECH_MARIA" 2.5 "{\"sku\":\"FLT-16x25\",\"partId\":\"$FILTER\",\"quantity\":1}" \
  "{\"sku\":\"CAP-35-5\",\"partId\":\"$CAP\",\"quantity\":1}" "{\"sku\":\"CONT-30A\",\"partId\":\"$CONTACTOR\",\"quantity\":1}"
completed "$SINK" "$TECH_PRIYA" 1.5 "{\"sku\":\"PTRAP-150\",\"partId\":\"$PTRAP\",\"quantity\":1}"
completed "$THERMOSTAT" "$TECH_DEREK" 1 "{\"sku\":\"TSTAT-PRO\",\"partId\":\"$TSTAT\",\"quantity\":1}"
draft_of() { curl -s "$BILL/invoice-drafts?jobId=$1" -H "Authorization: Bearer $ALICE" | jq -r '.items[0].id // empty'; }
for j in "$AC_REPAIR" "$SINK" "$THERMOSTAT"; do
  await "billing's invoice draft of job $j" true bash -c "[ -n \"\$(curl -s '$BILL/invoice-drafts?jobId=$j' -H 'Authorization: Bearer $ALICE' | jq -r '.items[0].id // empty')\" ] && echo true"
done
FINALIZED=$(draft_of "$AC_REPAIR"); PREPARED=$(draft_of "$SINK")
post "$BILL/invoice-drafts/$FINALIZED/prepare" "$ALICE" >/dev/null
post "$BILL/invoice-drafts/$FINALIZED/finalize" "$BOB" >/dev/null
post "$BILL/invoice-drafts/$PREPARED/prepare" "$ALICE" >/dev/null
await "the finalized invoice back on the job" FINALIZED bash -c "curl -s '$FIELD/jobs/$AC_REPAIR/invoice' -H 'Authorization: Bearer $OWNER' | jq -r .status"

# A callback: Dana's tenant calls again about the AC Maria fixed; it becomes a job ready to schedule.
say "  field: a callback"
back=$(post "$FIELD/service-calls" "$CSR" "{\"customerId\":\"$DANA\",\"locationId\":\"$DANA_RENTAL\",\"problem\":\"AC not cooling again\",\"urgency\":\"HIGH\"}")
[ "$(jq -r .callbackOfJob.jobId <<<"$back")" = "$AC_REPAIR" ] || die "the call back to Dana's rental unit was not linked to the AC repair: $back"
CALLBACK=$(id "$FIELD/service-calls/$(jq -r .id <<<"$back")/jobs" "$CSR" '{"title":"AC not cooling again","trade":"HVAC","skillLevel":2,"expectedMinutes":90}')

# The end marker, last of all.
fixed DIAG-VISIT "Diagnostic visit" 89.00

cat <<EOF
demo: loaded Summit Comfort Heating & Plumbing into tenant '$TENANT':
  inventory  1 warehouse (WH-MAIN), 3 vans (TR-SCV-101..103), 8 products with opening stock at cost,
             transfer notes: 1 received (to SCV-101), 1 in transit (to SCV-102), 1 igniter held for a job
  fleet      3 service vans, 2 box trucks, 2 drivers, 2 trailers (documents valid), 2 transport units, 4 trip tickets
  billing    sales order $ORDER_NUMBER confirmed, 4 invoices issued; 3 invoice drafts of completed jobs
             (1 finalized by bob after alice prepared it, 1 prepared, 1 draft)
  dispatch   4 dispatches: CLOSED, COMPLETED (with proof), DISPATCHED, SCHEDULED, each with its invoice
  field      pricing (USD, 8.25 % tax), 12 price book items, 4 technicians (maria, derek, priya, luis),
             9 customers, 16 jobs: 3 completed, 4 in progress, 1 waiting on parts, 4 scheduled (today to +3 days),
             3 ready to schedule (one a callback), 1 cancelled; estimates: owner approval required, approved, changes requested
Look around: TOKEN=\$(./suite token owner $TENANT)   (roles: dispatcher, csr, finance, fleet-manager, inventory-manager, ...;
             a technician's own queue: ./suite token technician $TENANT maria)
EOF
