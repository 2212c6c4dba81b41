#!/usr/bin/env bash
# The generate loop's own overhead per attempt on the demo repository (issue 7): a scripted model
# on a local server answers instantly (first with tests that fail the coverage gate, then with the
# fix), so what is timed is the loop: clone, context, parse/apply/commit, the demo's real build
# (javac + JUnit + JaCoCo, in process) and the real `assay check`.
#
# usage: bench/generate-bench.sh [RUNS]      (default 10 runs of 2 attempts, after 2 warm-up runs)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
cd "$here"
cp_file=$(mktemp)
./mvnw -B -q -o -pl assay-llm -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="assay-llm/target/classes:assay-llm/target/test-classes:$(cat "$cp_file")"
rm -f "$cp_file"
java -cp "$cp" dev.assay.llm.generate.GenerateBench "$runs"
