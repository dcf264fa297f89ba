#!/usr/bin/env bash
# Startup time and resident memory of each service of the running suite (./suite up).
# Startup: Quarkus' own "started in" line of the last start; RSS: /proc/<pid>/status, after start
# and idle (run bench/event-lag.sh first to see it under load).
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%-28s %10s %10s\n' service started rss
for s in dispatch-service inventory-transfer-service fleet-service field-service billing-service; do
  pid=$(cat ".suite/pids/$s.pid" 2>/dev/null || true)
  started=$(grep -o 'started in [0-9.]*s' ".suite/logs/$s.log" 2>/dev/null | tail -1 | awk '{print $3}')
  rss=$( [ -n "$pid" ] && awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' "/proc/$pid/status" 2>/dev/null || echo '-')
  printf '%-28s %10s %10s\n' "$s" "${started:--}" "${rss:--}"
done
