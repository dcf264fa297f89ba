#!/usr/bin/env bash
# The fault suite: a mixed load across the five services while PostgreSQL, the Kafka broker and each service in turn
# are killed with SIGKILL and brought back by ./suite up; after each fault the invariants are checked against the
# databases and Kafka (nothing lost, nothing applied twice, no dead letters, stock and WAC equal to the ledger, lag
# back under 1 s), then a consumer group is replayed from offset 0. Prints a markdown table and writes it to
# docs/bench/faults-<date>-<mode>.md. What it checks and how: docs/reliability.md.
#
#   bench/faults.sh --quick      one fault of each component, 4 s outages (CI; about 7 minutes with the suite start)
#   bench/faults.sh              full: two rounds per component (5 s and 20 s outages), longer load
#   bench/faults.sh --help       every option
#
# Needs: a JDK 17+ (java and javac) and the built jars (./mvnw -q -B package -DskipTests). Starts the suite when it
# is not running (and stops it at the end); a running suite is left running. Exit status 0: every invariant held;
# 1: an invariant failed; 2: usage or prerequisites; 3: the suite could not be brought back.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need() { printf 'faults.sh: %s\n' "$*" >&2; exit 2; }
for tool in java javac; do
  command -v "$tool" >/dev/null || need "$tool not found: a JDK 17 or newer is needed (apt-get install openjdk-17-jdk-headless)"
done
version=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
[ "${version%%.*}" -ge 17 ] 2>/dev/null || need "Java 17 or newer is needed (found ${version:-?})"

# The jars ./suite up runs, and the classes this tool borrows: the launcher (tokens, PostgreSQL JDBC driver) and the
# broker's kafka-clients. ./suite up would build missing jars with `mvn install`; build them here with package.
launcher=$(ls suite-launcher/target/suite-launcher-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -1 || true)
missing=()
[ -n "$launcher" ] && [ -d suite-launcher/target/lib ] || missing+=(suite-launcher)
compgen -G 'kafka-broker/target/lib/kafka-clients-*.jar' >/dev/null || missing+=(kafka-broker)
for s in dispatch-service inventory-transfer-service fleet-service field-service billing-service; do
  [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || missing+=("$s")
done
[ ${#missing[@]} -eq 0 ] || need "not built: ${missing[*]}. Build with: ./mvnw -q -B package -DskipTests"

# The working folders of earlier runs (.suite/faults/<run>/): the five newest stay.
{ ls -dt .suite/faults/[0-9]*/ 2>/dev/null || true; } | tail -n +6 | xargs -r rm -rf   # none yet on a fresh checkout

CP="$launcher:suite-launcher/target/lib/*:kafka-broker/target/lib/*"
CLASSES=.suite/faults/classes
mkdir -p "$CLASSES"
stamp="$CLASSES/.built"
if [ ! -f "$stamp" ] || [ -n "$(find bench/faults -name '*.java' -newer "$stamp" -print -quit)" ] || [ "$launcher" -nt "$stamp" ]; then
  rm -rf "$CLASSES" && mkdir -p "$CLASSES"
  javac -nowarn -encoding UTF-8 -d "$CLASSES" -cp "$CP" bench/faults/*.java || need "compiling bench/faults/*.java failed"
  touch "$stamp"
fi

# exec: Ctrl-C reaches the JVM directly; its shutdown hook stops the load and restores (or stops) the suite.
exec java -Xmx512m -Dopsuite.root="$ROOT" -Dorg.slf4j.simpleLogger.defaultLogLevel=error \
  -cp "$CLASSES:$CP" FaultSuite "$@"
