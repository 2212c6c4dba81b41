#!/usr/bin/env bash
# `assay demo` end to end (issue 4: under 90 s on this machine after the first build): the example
# repository made with javac, JUnit and JaCoCo in process, then `assay check` with the tests,
# coverage and performance gates (the performance gate builds base and head of the key-value store
# with javac and runs its benchmark in interleaved rounds, plus the strace-counted runs).
#
# usage: bench/demo-bench.sh [RUNS]      (default 3; the jar is built first if missing)
# Prints the wall time of each run, the load average at its start, and the median.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
jar="$here/assay-cli/target/assay.jar"
if [ ! -f "$jar" ]; then
  (cd "$here" && ./mvnw -B -q -o -DskipTests -Djacoco.skip=true -pl assay-cli -am package)
fi
# The launcher's JVM flags (see ./assay), without its class data archive.
jvm="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=error:stderr"
times=()
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d -t assay-demo-bench-XXXXXX)
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $jvm -jar "$jar" demo --dir "$dir/shop" > "$dir.log" 2>&1 || { cat "$dir.log"; exit 1; }
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  times+=("$t")
  printf 'run %d: %.1f s (load %s at start; %s)\n' "$i" "$t" "$load" \
    "$(grep -m1 '^BLOCKED\|^PASS\|^ERROR' "$dir.log")"
  rm -rf "$dir" "$dir.log"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.1f s over %d runs\n", a[int((NR+1)/2)], NR}'
