#!/usr/bin/env bash
# The ops console's end-to-end browser tests (ops-console/src/test/java/dev/opsuite/console/e2e/), one per seed
# scenario, in Debian's headless chromium against the running suite and its console (./suite up). Each scenario
# takes a fresh tenant. Screenshots: ops-console/target/screenshots/. Extra arguments go to Maven, e.g.
#   e2e/console.sh -o -Dtest='dev.opsuite.console.e2e.BoardE2ETest'
# `test`, not `verify`: the running console's jar (target/quarkus-app) must not be rebuilt under it.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -ntp -pl ops-console -am test -Dtest='dev.opsuite.console.e2e.**' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dopsuite.e2e=true -Dopsuite.browser.required=true -Dopsuite.root="$PWD" "$@"
