#!/usr/bin/env bash
# Benchmark harness for `assay check` (issue: 50 changed files in a 10,000-file repository with a
# ~50 MB JaCoCo report, tests and coverage gates, JVM start included, heap capped at 512 MB).
#
# usage: bench/check-bench.sh [RUNS]        (default 10 runs after 2 warm-up runs)
# Needs the built jar (./assay --version builds it) and python3, git.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
jar="$here/assay-cli/target/assay.jar"
"$here/assay" --version >/dev/null   # builds the jar and its class data archive if needed
corpus=${BENCH_DIR:-/tmp/assay-bench-repo}
if [ ! -d "$corpus" ]; then
  python3 "$here/bench/gen-repo.py" "$corpus"
fi
# Through the launcher, as users run it (its JVM flags and class data archive included), with the
# heap capped at the issue's 512 MB.
export ASSAY_JAVA_OPTS="-Xmx512m ${ASSAY_JAVA_OPTS:-}"
cmd=("$here/assay" check --repo "$corpus" --base base --head head --output-dir /tmp/assay-bench-out)

echo "corpus: $corpus ($(git -C "$corpus" ls-files | wc -l) files," \
  "$(find "$corpus" -name jacoco.xml -print0 | du -ch --files0-from=- | tail -1 | cut -f1) JaCoCo)"
echo "command: ${cmd[*]}"
set +e
"${cmd[@]}" >/tmp/assay-bench-first.txt 2>&1
echo "exit code: $? (1 = BLOCKED is expected: the generated change leaves lines uncovered)"
head -n 1 /tmp/assay-bench-first.txt
for i in 1 2; do "${cmd[@]}" >/dev/null 2>&1; done
times=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o /tmp/assay-bench-time "${cmd[@]}" >/dev/null 2>&1
  read -r secs kb < <(tail -n 1 /tmp/assay-bench-time)
  times+=("$secs")
  echo "run $i: ${secs}s wall, max RSS $((kb / 1024)) MB"
done
set -e
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %.2fs, min %.2fs, max %.2fs over %d runs\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
