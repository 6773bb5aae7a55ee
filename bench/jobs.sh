#!/usr/bin/env bash
# agent-jobs benchmark: throughput against pgbench on the same machine, and lateness of
# 10,000 jobs due over 5 minutes. Needs pgbench (Debian: postgresql-client). Takes ~7 min.
# Results belong in docs/performance.md with the date and this command.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -B -ntp install -DskipTests
./mvnw -q -B -ntp -pl adapters/persistence dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cp="adapters/persistence/target/test-classes:adapters/persistence/target/classes:$(cat adapters/persistence/target/bench.classpath)"
java -cp "$cp" "$@" se.postboxen.kollegan.adapter.persistence.jobs.JobQueueBenchmark
