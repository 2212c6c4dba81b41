#!/usr/bin/env bash
# Benchmark harness for the built-in analysis gates (issue 3):
#  1. `assay scan` (every listed gate over the whole tree) on the Java corpus of
#     bench/fetch-java-corpus.sh: ~13,000 files, 2.5 million lines, 87 MB;
#  2. `assay check` with the same gates on a 20-file change in that corpus;
#  3. PMD 7.7.0 with its quickstart ruleset on the same corpus, in the same run, for the ratio.
# Times are wall clock through the ./assay launcher (JVM start included); memory is max RSS.
#
# usage: bench/scan-bench.sh [RUNS]     (default 5 runs after 1 warm-up; PMD runs once)
# env:   CORPUS_DIR (default /tmp/java-corpus), GATES (default: every analysis gate),
#        SKIP_PMD=1 to leave PMD out.
# Needs: mvn (to fetch the corpus and PMD from Maven Central once), unzip, git, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
corpus=${CORPUS_DIR:-/tmp/java-corpus}
repo=${SCAN_REPO:-/tmp/assay-scan-corpus}
gates=${GATES:-secrets maintainability integrity security observability}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$here/assay" --version >/dev/null   # builds the jar and its class data archive if needed
[ -d "$corpus" ] || bash "$here/bench/fetch-java-corpus.sh" "$corpus"
if [ ! -d "$repo/.git" ]; then
  mkdir -p "$repo"
  cp -r "$corpus"/. "$repo"/
  git -C "$repo" init -q
  git -C "$repo" add -A
  git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid commit -qm corpus
  # The 20-file change: one new method in each of 20 files spread over the corpus.
  git -C "$repo" ls-files '*.java' | awk 'NR % 600 == 1' | head -n 20 | while read -r f; do
    python3 - "$repo/$f" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8", errors="surrogateescape").read()
cut = s.rstrip().rfind("}")
add = """
  static int benchAdded(int a, int b) {
    int sum = 0;
    for (int i = a; i < b; i++) {
      if (i % 3 == 0) {
        sum += i;
      }
    }
    return sum;
  }
"""
open(p, "w", encoding="utf-8", errors="surrogateescape").write(s[:cut] + add + s[cut:])
PY
  done
  git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid commit -qam "20-file change"
fi
criteria="$out/criteria.yml"
{
  echo "gates:"
  echo "  tests: false"
  echo "  coverage: false"
  for g in $gates; do echo "  $g: {}"; done
} >"$criteria"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $repo ($(git -C "$repo" ls-files '*.java' | wc -l) Java files," \
  "$(git -C "$repo" ls-files -z '*.java' | (cd "$repo" && xargs -0 cat) | wc -l) lines)"
echo "gates: $gates"

measure() {   # label, command...
  local label=$1
  shift
  "$@" >"$out/first.txt" 2>&1 || true
  local times=() rss=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>&1 || true
    read -r secs kb < <(tail -n 1 "$out/time")
    times+=("$secs")
    rss+=("$((kb / 1024))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v m="$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)" \
    '{a[NR]=$1} END {printf "%s: median %.2f s, min %.2f s, max %.2f s over %d runs; max RSS %d MB\n", l, a[int((NR+1)/2)], a[1], a[NR], NR, m}'
  head -n 1 "$out/first.txt" | sed 's/^/  first line: /'
}

measure "assay scan, whole tree" "$here/assay" scan --repo "$repo" --criteria "$criteria" \
  --format json --output-dir "$out/scan"
python3 - "$out/scan/assay.json" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1]))
c = collections.Counter((f["gate"], f["rule"].split("/")[-1]) for f in d["findings"])
for (g, r), n in sorted(c.items()):
    print(f"  findings {g}/{r}: {n}")
PY
measure "assay check, 20-file change" "$here/assay" check --repo "$repo" --base HEAD~1 \
  --criteria "$criteria" --format json --output-dir "$out/check"

if [ "${SKIP_PMD:-}" != 1 ]; then
  pmd="$out/pmd"
  mkdir -p "$pmd"
  cat >"$pmd/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>pmd</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-cli</artifactId><version>7.7.0</version></dependency>
    <dependency><groupId>net.sourceforge.pmd</groupId><artifactId>pmd-java</artifactId><version>7.7.0</version></dependency>
  </dependencies>
</project>
POM
  (cd "$pmd" && mvn -B -q dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null)
  /usr/bin/time -f "%e %M" -o "$out/pmdtime" java -cp "$(cat "$pmd/cp.txt")" \
    net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress -d "$repo" \
    -R rulesets/java/quickstart.xml -f text -r "$pmd/report.txt" >/dev/null 2>&1 || true
  read -r secs kb < <(tail -n 1 "$out/pmdtime")
  echo "PMD 7.7.0 quickstart, whole tree: ${secs} s, max RSS $((kb / 1024)) MB," \
    "$(wc -l <"$pmd/report.txt") violations"
fi
