#!/bin/sh
# Runs StartupBench (short runs of the tool, each a cold `java -jar`, interleaved, beside a JVM
# that only prints its version) in a JVM of its own, not under Maven, as process-bench.sh does.
#
#   sh src/bench/startup-bench.sh --runs 15 --cds [--tuned "JVM OPTIONS"]
exec sh "$(dirname "$0")/process-bench.sh" --main StartupBench "$@"
