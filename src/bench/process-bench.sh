#!/bin/sh
# Runs ProcessBench (whole processes, cold, both file shapes, beside DuckDB) in a JVM of its own,
# not under Maven: under `mvn exec:exec` the timed processes paid several times the system time on
# this project's 2-core VM (3 to 23 s against 1.8 to 2.1 s a run, same hour, same jar; see the
# README's Performance section). Maven builds the jar and the classpath, then steps aside.
#
#   sh src/bench/process-bench.sh --rows 10000000 --runs 3 [ProcessBench options]
set -e
cd "$(dirname "$0")/../.."
mvn -q -Pbench -B -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# --main CLASS (first) runs another harness of the package instead: startup-bench.sh uses it
main=ProcessBench
if [ "${1:-}" = "--main" ]; then
  main=$2
  shift 2
fi
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  "org.conflictstats.bench.$main" "$@"
