#!/usr/bin/env bash
# Benchmark of FindSecBugs limited to the changed classes (issue 5): commons-lang3 3.17.0, its
# binary jar (the compiled classes) and sources jar from Maven Central laid out as a project, then
# FindSecBugs on the classes of 1, 10, 100 and all 231 changed source files, in one JVM (after a first run
# that loads SpotBugs), median of ROUNDS rounds.
#
# usage: bench/findsecbugs-bench.sh [WORK_DIR] [ROUNDS]   (default /tmp/fsb-bench, 3 rounds)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/fsb-bench}
rounds=${2:-3}
cd "$here"
if [ ! -d "$work/target/classes/org" ]; then
  mkdir -p "$work/dl" "$work/target/classes" "$work/src/main/java"
  for c in "" ":jar:sources"; do
    ./mvnw -B -q dependency:copy -Dartifact="org.apache.commons:commons-lang3:3.17.0$c" \
      -DoutputDirectory="$work/dl" >/dev/null
  done
  (cd "$work/target/classes" && unzip -q -o "$work/dl/commons-lang3-3.17.0.jar")
  (cd "$work/src/main/java" && unzip -q -o "$work/dl/commons-lang3-3.17.0-sources.jar" -x 'META-INF/*')
fi
./mvnw -B -o -q -pl assay-java -am test-compile -Djacoco.skip=true
./mvnw -B -o -q -pl assay-java dependency:build-classpath -Dmdep.outputFile=/tmp/fsb-bench-cp.txt >/dev/null
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
java -cp "assay-java/target/classes:assay-java/target/test-classes:assay-core/target/classes:assay-api/target/classes:$(cat /tmp/fsb-bench-cp.txt)" \
  dev.assay.java.findsecbugs.FindSecBugsBench "$work" "$rounds" 1 10 100 231
