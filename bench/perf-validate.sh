#!/usr/bin/env bash
# Real validation of the performance gate (issue 4): base-vs-base (A/A) comparisons and injected
# slowdowns of 10%, 25% and 2x, each one a real `assay check` of a real JVM benchmark on this
# machine. The benchmark is the demo's key-value store harness (KvBench, PkLookup at 1,000 records,
# a fresh JVM per observation); the slowdown is injected into KvStore.get itself: after each lookup
# it does ITERATIONS steps of extra arithmetic (a chain of multiply-adds the JIT cannot drop), a
# constant of the head commit: FACTOR times the base's lookup time, converted to steps with the
# measured cost of one step; both calibrated on this machine before the commits are made (0 on the
# base and on the A/A head, whose only change is a comment). Extra work rather than a clock-based
# busy-wait: on this virtual machine System.nanoTime costs 100-250 ns under load and a spin on it
# came out several times longer than asked.
#
# usage: bench/perf-validate.sh [AA_RUNS [SLOW_RUNS [MILLIS]]]
#   AA_RUNS    A/A comparisons (default 100)
#   SLOW_RUNS  comparisons per injected slowdown (default 20)
#   MILLIS     measured time per benchmark process, after a warm-up of half as long (default 100)
# Environment:
#   ASSAY_JAR        the assay jar to use (default: assay-cli/target/assay.jar, built if missing)
#   CASES            which cases to run (default "aa 2x 25 10")
#   PERF_EXTRA_YAML  extra lines for the gates.performance section (indented 4 spaces), e.g.
#                    "    max-rounds: 30" (default: none, the gate's defaults)
#   OUT              results folder (default: a new temporary folder); results.tsv is appended to
#   KEEP_REPO=1      keep the benchmark repository (its path is printed) instead of deleting it
#   LOOKUP_NS        the base's lookup time to calibrate the slowdowns on, instead of measuring it
#
# Prints one line per comparison and a summary per case; keeps every comparison's assay.json.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
aa_runs=${1:-100}
slow_runs=${2:-20}
millis=${3:-100}
cases=${CASES-"aa 2x 25 10"}
out=${OUT:-$(mktemp -d -t perf-validate-XXXXXX)}
mkdir -p "$out"
example="$here/assay-demo/src/main/resources/dev/assay/demo/example"

jar=${ASSAY_JAR:-$here/assay-cli/target/assay.jar}
if [ ! -f "$jar" ]; then
  echo "building $jar ..." >&2
  (cd "$here" && ./mvnw -B -q -o -DskipTests -Djacoco.skip=true -pl assay-cli -am package)
fi
# A copy, so that a rebuild during the (long) runs cannot swap the jar under them.
cp "$jar" "$out/assay.jar"
jar="$out/assay.jar"

repo=$(mktemp -d -t perf-validate-repo-XXXXXX)
[ "${KEEP_REPO:-}" = 1 ] || trap 'rm -rf "$repo"' EXIT

# --- the benchmark repository: base on main, one branch per case ---------------------------------
kv="$repo/src/main/java/com/example/kv"
mkdir -p "$kv" "$repo/src/bench/java/com/example/kv/bench"
cp "$example/base/kv/KvBench.java" "$repo/src/bench/java/com/example/kv/bench/KvBench.java"
# KvStore.get becomes a wrapper that calls the real lookup (now `seek`), then Slowdown.spin; the
# same code on every side, only ITERATIONS differs.
python3 - "$example/base/kv/KvStore.java" "$kv/KvStore.java" <<'EOF'
import sys
src = open(sys.argv[1]).read()
old = "  public Optional<byte[]> get(int key) throws IOException {\n"
new = ("  public Optional<byte[]> get(int key) throws IOException {\n"
       "    Optional<byte[]> value = seek(key);\n"
       "    Slowdown.spin();\n"
       "    return value;\n"
       "  }\n\n"
       "  private Optional<byte[]> seek(int key) throws IOException {\n")
if src.count(old) != 1:
    sys.exit("perf-validate: KvStore.get not found once in " + sys.argv[1])
open(sys.argv[2], "w").write(src.replace(old, new))
EOF
slowdown() { # steps of extra work after each lookup
  cat > "$kv/Slowdown.java" <<EOF
package com.example.kv;

/** The injected slowdown: each lookup does ITERATIONS more steps of dependent arithmetic. */
final class Slowdown {
  static final int ITERATIONS = $1;
  private static long sink;

  private Slowdown() {}

  static void spin() {
    if (ITERATIONS <= 0) {
      return;
    }
    sink = steps(sink, ITERATIONS);
  }

  private static long steps(long x, int n) {
    for (int i = 0; i < n; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }

  /** Prints the cost of one step in ns: the fastest of 30 timed chunks of a million steps. */
  public static void main(String[] args) {
    double best = Double.MAX_VALUE;
    long x = 1;
    for (int k = 0; k < 30; k++) {
      long start = System.nanoTime();
      x = steps(x, 1_000_000);
      best = Math.min(best, (System.nanoTime() - start) / 1e6);
    }
    System.out.println(x == 42 ? best + 1e-9 : best);
  }
}
EOF
}
slowdown 0
cat > "$repo/.assay.yml" <<EOF
version: 1
gates:
  tests: off
  coverage: off
  performance:
    build: javac -d target/bench src/main/java/com/example/kv/KvStore.java src/main/java/com/example/kv/Slowdown.java src/bench/java/com/example/kv/bench/KvBench.java
    benchmarks:
      kv:
        command: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/bench com.example.kv.bench.KvBench {size} $millis PkLookup
        size: 1000
    counters: []
${PERF_EXTRA_YAML:-}
EOF
printf 'target/\nassay-reports/\n' > "$repo/.gitignore"
echo "# KvStore (perf-validate)" > "$repo/README.md"
git_() { git -C "$repo" -c user.name=bench -c user.email=bench@example.com -c commit.gpgsign=false "$@"; }
git_ init -q -b main
git_ add -A
git_ commit -q -m "base"
# Calibration: the base's lookup time (ns), the fastest of nine runs run as the gate will run
# them (on a loaded machine the slower runs measure the load: a median of five measured 4x the
# quiet value at load 20), or $LOOKUP_NS when given; and the cost of one step of extra work.
(cd "$repo" && javac -d target/bench src/main/java/com/example/kv/KvStore.java \
  src/main/java/com/example/kv/Slowdown.java src/bench/java/com/example/kv/bench/KvBench.java)
step_ns=$(java -XX:TieredStopAtLevel=1 -cp "$repo/target/bench" com.example.kv.Slowdown)
lookup_ns=${LOOKUP_NS:-$(for i in 1 2 3 4 5 6 7 8 9; do
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$repo/target/bench" com.example.kv.bench.KvBench \
    1000 "$millis" PkLookup | python3 -c 'import json,sys; print(json.load(sys.stdin)["benchmarks"][0]["value"] * 1e6)'
done | sort -n | head -n 1)}
rm -rf "$repo/target"
spin() { python3 -c "print(round($lookup_ns * $1 / $step_ns))"; }
echo "calibration: base lookup ${lookup_ns} ns ($([ -n "${LOOKUP_NS:-}" ] && echo "given as LOOKUP_NS" || echo "fastest of 9 runs")); one step ${step_ns} ns; steps 10%=$(spin 0.10) 25%=$(spin 0.25) 2x=$(spin 1.0)" \
  | tee -a "$out/calibration.txt" >&2
for c in aa 2x 25 10; do
  git_ checkout -q -b "$c" main
  case $c in
    aa) echo "A comment-only change: same code as the base." >> "$repo/README.md" ;;
    2x) slowdown "$(spin 1.0)" ;;
    25) slowdown "$(spin 0.25)" ;;
    10) slowdown "$(spin 0.10)" ;;
  esac
  git_ commit -q -am "head $c"
done
git_ checkout -q main

# --- the runs -------------------------------------------------------------------------------------
results="$out/results.tsv"
[ -f "$results" ] || printf 'case\trun\tverdict\trounds\tratio\tseconds\texit\tload1\n' > "$results"
echo "results: $results (benchmark repository $repo; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg))" >&2

one() { # case run
  local c=$1 i=$2 dir="$out/$1-$2" start end code load
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  set +e
  java -jar "$jar" check --repo "$repo" --base main --head "$c" --format json --output-dir "$dir" \
    > "$dir.log" 2>&1
  code=$?
  set -e
  end=$(date +%s.%N)
  python3 - "$dir/assay.json" "$c" "$i" "$(echo "$end - $start" | bc)" "$code" "$load" >> "$results" <<'EOF'
import json, re, sys
path, case, run, seconds, code, load = sys.argv[1:]
verdict, rounds, ratio = "ERROR", "", ""
try:
    report = json.load(open(path))
except Exception:
    report = {}
gate = next((g for g in report.get("gates", []) if g.get("id") == "performance"), None)
if gate is not None:
    # The table row of PkLookup: its verdict and ratio.
    for table in gate.get("tables", []) or []:
        columns = [c.lower() for c in table.get("columns", [])]
        for row in table.get("rows", []):
            if row and row[0] == "PkLookup" and "verdict" in columns:
                verdict = row[columns.index("verdict")]
                ratio = next((row[k] for k, c in enumerate(columns) if c.startswith("head/base")), "")
    rounds = str((gate.get("metrics") or {}).get("rounds", ""))
print("\t".join([case, run, verdict, rounds, ratio, "%.1f" % float(seconds), code, load]))
EOF
  tail -n 1 "$results" >&2
}

for c in $cases; do
  n=$slow_runs
  [ "$c" = aa ] && n=$aa_runs
  for i in $(seq 1 "$n"); do
    one "$c" "$i"
  done
done

# --- summary --------------------------------------------------------------------------------------
python3 - "$results" <<'EOF'
import collections, statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
by = collections.defaultdict(list)
for r in rows:
    by[r[0]].append(r)
names = {"aa": "A/A (base vs base)", "2x": "2x slower", "25": "25% slower", "10": "10% slower"}
for c in ["aa", "2x", "25", "10"]:
    rs = by.get(c)
    if not rs:
        continue
    verdicts = collections.Counter(r[2] for r in rs)
    rounds = [int(r[3]) for r in rs if r[3].isdigit()]
    secs = [float(r[5]) for r in rs]
    loads = [float(r[7]) for r in rs]
    print("%-20s n=%3d  %s  rounds median %s max %s  seconds median %.1f max %.1f  load1 %.1f-%.1f" % (
        names[c], len(rs), " ".join("%s=%d" % kv for kv in sorted(verdicts.items())),
        statistics.median(rounds) if rounds else "-", max(rounds) if rounds else "-",
        statistics.median(secs), max(secs), min(loads), max(loads)))
EOF
