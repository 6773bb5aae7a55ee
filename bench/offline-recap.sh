#!/usr/bin/env bash
# Offline recap time for a one-hour meeting (~9,000 words, Swedish and English) with JMH, against two baselines
# measured in the same run: reading the WebVTT file, and splitting its text into sentences (issue 8, goal ≤ 50 ms
# after warm-up). Not part of the build or .ci/run: bench/jmh is no module of the root pom. Installs core (without
# its tests), builds bench/jmh/target/benchmarks.jar (JMH comes from Maven Central the first time) and runs it.
# Extra arguments go to JMH, e.g. `-f 1 -wi 3 -i 5` for a quicker run or `-prof gc` for allocation.
# Usage: bench/offline-recap.sh [JMH options]   (about 6 minutes with the defaults)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -Dmaven.test.skip=true -pl core -am
./mvnw -B -q -f bench/jmh/pom.xml package
java -jar bench/jmh/target/benchmarks.jar OfflineRecapBenchmark -rf text -rff bench/jmh/target/offline-recap.txt "$@"
