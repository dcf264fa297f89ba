#!/usr/bin/env python3
"""Where a service's CPU goes, from a JFR recording (bench/ratios/profile.sh), two ways:
- own: each CPU sample goes to the part of the path its innermost non-JDK frame belongs to (the shares add up to 100 %);
  this is the cost of the part itself;
- inclusive: the share of samples whose stack passes through the part at all. In reactive code a continuation runs
  inside the callback that completed it (Hibernate's work inside the PostgreSQL client's response handler, the
  response inside Hibernate's), so inclusive shares overlap and overstate the outer parts;
and by thread.
   jfr print --json --stack-depth 128 --events jdk.ExecutionSample REC.jfr > REC.json; jfr-buckets.py REC.json"""
import collections
import json
import sys

BUCKETS = [
    ("JWT verification (smallrye-jwt, jose4j, RSA)", ("io.smallrye.jwt", "org.jose4j")),
    ("JSON (Jackson)", ("com.fasterxml.jackson",)),
    ("Bean Validation", ("org.hibernate.validator",)),
    ("request body limit and strict JSON (suite-support)", ("dev.opsuite.support.rest", "dev.opsuite.support.json")),
    ("Hibernate Reactive session, queries, flush", ("org.hibernate.reactive", "org.hibernate.engine", "org.hibernate.event",
                                                    "org.hibernate.query", "org.hibernate.sql", "org.hibernate.persister",
                                                    "org.hibernate.internal", "org.hibernate.loader")),
    ("reactive PostgreSQL client (protocol, codecs)", ("io.vertx.pgclient", "io.vertx.sqlclient")),
    ("document numbering", ("dev.opsuite.support.numbering", "dev.opsuite.support.application.DocumentNumbering")),
    ("outbox row (suite-support)", ("dev.opsuite.support.outbox",)),
    ("Debezium engine", ("io.debezium",)),
    ("Kafka clients", ("org.apache.kafka",)),
    ("logging", ("org.jboss.logmanager", "org.jboss.logging", "org.slf4j")),
    ("Quarkus REST (routing, writers)", ("org.jboss.resteasy.reactive", "io.quarkus.resteasy.reactive")),
    ("metrics (Micrometer)", ("io.micrometer",)),
    ("Mutiny", ("io.smallrye.mutiny",)),
    ("HTTP server (Vert.x, Netty)", ("io.vertx.core.http", "io.vertx.ext.web", "io.netty.handler.codec.http")),
    ("GC and JIT (no Java frames)", ()),
]


def main(path):
    events = json.load(open(path))["recording"]["events"]
    inclusive = collections.Counter()
    own = collections.Counter()
    threads = collections.Counter()
    for event in events:
        values = event["values"]
        frames = (values.get("stackTrace") or {}).get("frames") or []
        # JFR writes class names with slashes (java/util/Objects), hidden classes (lambdas) with dots
        names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
        thread = values.get("sampledThread") or {}
        name = thread.get("javaName") or thread.get("osName") or "?"
        threads[name.rstrip("0123456789-").strip() or name] += 1
        if not names:
            inclusive["GC and JIT (no Java frames)"] += 1
            own["GC and JIT (no Java frames)"] += 1
        else:
            own[next((bucket for n in names for bucket, prefixes in BUCKETS if prefixes and n.startswith(prefixes)),
                     "other (JDK only, CDI, context propagation, ...)")] += 1
        for bucket, prefixes in BUCKETS:
            if prefixes and any(n.startswith(prefixes) for n in names):
                inclusive[bucket] += 1
    total = len(events)
    print(f"{total} CPU samples")
    print("| part of the path | own | inclusive |")
    print("|---|---:|---:|")
    for bucket in [b for b, _ in BUCKETS] + ["other (JDK only, CDI, context propagation, ...)"]:
        print(f"| {bucket} | {100 * own[bucket] / total:.1f} % | {100 * inclusive[bucket] / total:.1f} % |")
    print()
    print("| thread | share |")
    print("|---|---:|")
    for name, count in threads.most_common(8):
        print(f"| {name} | {100 * count / total:.1f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
