#!/usr/bin/env bash
# Benchmark harness for computing the change: a 5,000-file diff in a 10,000-file repository,
# through the CLI with every gate off (so only the change is computed), minus JVM start measured
# as `assay --version`. The issue's target: at most 1 s beyond JVM start.
#
# usage: bench/diff-bench.sh [RUNS]      (default 10; corpus in $BENCH_DIFF_DIR, made if absent)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
"$here/assay" --version >/dev/null
corpus=${BENCH_DIFF_DIR:-/tmp/assay-bench-diff-repo}
[ -d "$corpus" ] || python3 "$here/bench/gen-repo.py" "$corpus" --changed 5000 --report-mb 1
git -C "$corpus" gc -q   # clones and CI checkouts hold packed objects
criteria=$(mktemp --suffix=.yml)
printf 'gates:\n  tests: false\n  coverage: false\n' >"$criteria"
export ASSAY_JAVA_OPTS="-Xmx512m ${ASSAY_JAVA_OPTS:-}"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -o /tmp/assay-diff-time "$@" >/dev/null 2>&1 || true
    tail -n 1 /tmp/assay-diff-time
  done | median
}
"$here/assay" check --repo "$corpus" --base base --head head --criteria "$criteria" --format console | head -n 1
start=$(measure "$here/assay" --version)
diff=$(measure "$here/assay" check --repo "$corpus" --base base --head head --criteria "$criteria" --format console)
rm -f "$criteria"
echo "JVM start (assay --version): median ${start}s; 5,000-file change: median ${diff}s;" \
  "beyond JVM start: $(echo "$diff - $start" | bc)s over $runs runs"
