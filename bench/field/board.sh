#!/usr/bin/env bash
# field-service, issue 12's measures: GET /board of a day with T technicians and A appointments (p95), and conflict
# detection with 8 concurrent dispatchers racing for each of S slots of one technician (exactly one winner per slot).
# Runs BoardBench, an on-demand @QuarkusTest, on the test stack (real PostgreSQL, Kafka, Debezium and the service: no
# ./suite up needed); the clients run in the service's JVM, so their CPU is in the numbers. The day is loaded through
# the API (technicians, jobs, assignments). Raw results: docs/bench/field-board-<date>.txt.
#   bench/field/board.sh [T] [A] [S]   T technicians (default 50), A appointments (default 400), S raced slots (25)
# Environment: REQUESTS [200] measured GET /board requests (after 20 warm-ups).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -o -q -B -pl field-service -am verify -Dtest='dev.opsuite.field.bench.**' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench=true -Dbench.technicians="${1:-50}" -Dbench.appointments="${2:-400}" -Dbench.slots="${3:-25}" \
  -Dbench.requests="${REQUESTS:-200}"
cat "docs/bench/field-board-$(date -u +%Y-%m-%d).txt"
