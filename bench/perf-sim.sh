#!/usr/bin/env bash
# The performance gate's statistics, simulated: prints the operating characteristics table
# (false FAIL rate with no change; FAIL / PASS / INCONCLUSIVE and rounds needed per true effect)
# of the default decision procedure over synthetic noise shapes. Deterministic for a seed.
#   bash bench/perf-sim.sh [RUNS_PER_ROW, default 2000] [SEED, default 20261202]
# Results are recorded in docs/benchmarks.md ("Performance gate: the statistics, simulated").
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
(cd "$here" && ./mvnw -q -B -o -DskipTests -Djacoco.skip=true -pl assay-perf -am compile \
  dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >/dev/null)
java -cp "$here/assay-perf/target/classes:$(cat "$cp_file")" \
  dev.assay.perf.stats.OperatingCharacteristics "${1:-2000}" "${2:-20261202}"
