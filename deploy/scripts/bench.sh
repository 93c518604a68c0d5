#!/usr/bin/env bash
# The benchmark harness of issue 12 (BENCHMARKS.md, "The harness"): builds the launcher jar and the harness, then
# generates a district from a seed straight into a fresh data directory, starts the jar on it in its own JVM and
# prints one block of figures. Every option goes to io.jixiao.deploy.bench.BenchHarness, e.g.
#   deploy/scripts/bench.sh --scale=district --heap=1g --seed=12
#   deploy/scripts/bench.sh --scale=province --heap=default
# Options: --scale=tiny|district|province --seed=N --heap=1g|default --dir=PATH --forms-per-year=N --years=N
#          --users=50,200 --load-seconds=N --burst-seconds=N --skip=verify,rebuilds,queries,http,imports
# BENCH_HARNESS_HEAP (default 3g) is the harness's own heap (the generator holds a year of events at a time).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q -DskipTests package
  mvn -B -q -pl deploy -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
fi
classpath="deploy/target/test-classes:deploy/target/classes:query-side/target/classes:command-side/target/classes"
classpath="$classpath:platform/target/classes:shared-kernel/target/classes:$(cat deploy/target/test.classpath)"
exec java -Xmx"${BENCH_HARNESS_HEAP:-3g}" -cp "$classpath" io.jixiao.deploy.bench.BenchHarness \
  --jar=deploy/target/jixiao.jar "$@"
