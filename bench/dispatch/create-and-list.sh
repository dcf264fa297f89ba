#!/usr/bin/env bash
# dispatch-service, seed 000's measures: create-dispatch throughput and p99 at C concurrent clients, and GET /dispatch
# with every filter of the seed's list over D dispatches (p95). Runs CreateAndListBench, an on-demand @QuarkusTest, on
# the test stack (real PostgreSQL, Kafka, Debezium and the service: no ./suite up needed, nothing else to install); the
# clients run in the same JVM as the service, so their CPU is in the numbers. Raw results: docs/bench/dispatch-<date>.txt.
#   bench/dispatch/create-and-list.sh [N] [C] [D]   N dispatches created (default 2000, after 100 warm-ups), C clients
#                                                   (default 4), D dispatches listed (default 200000)
# Environment: REQUESTS [100] measured GET requests per filter (after 3 warm-ups, page size 20).
# 1. Create: a fresh tenant with N+100 ready units and an open trip ticket each, written straight into the projections;
#    C threads POST /dispatch (one unit and ticket each: the exclusion constraint and the number counter still run).
# 2. List: D dispatches over 200 units (12 h apart per unit, 400 days back to ~100 days ahead; past ones mostly CLOSED,
#    future ones PENDING/DRAFT/SCHEDULED), 1-2 invoice links each over 500 customers, 20 creators, loaded with SQL and
#    VACUUM (ANALYZE)d; then per filter REQUESTS requests with values drawn from the data: none (and each orderBy),
#    from/to (a month), unit, customerId, createdBy, status (one, several), unit+month+status, customer+quarter, all.
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-2000}"
C="${2:-4}"
D="${3:-200000}"
./mvnw -o -q -B -pl dispatch-service -am verify -Dtest='dev.opsuite.dispatch.bench.**' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench=true -Dbench.creates="$N" -Dbench.clients="$C" -Dbench.dispatches="$D" -Dbench.requests="${REQUESTS:-100}"
cat "docs/bench/dispatch-$(date -u +%Y-%m-%d).txt"
