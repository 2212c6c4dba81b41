#!/usr/bin/env bash
# Benchmark of the security gate on the whole tree of the Java corpus (issue 3): `assay scan` with
# only the security gate on, then with every analysis gate on (secrets, security, maintainability,
# integrity), JVM start included, wall time and peak RSS from /usr/bin/time; then the in-process
# harness (three rounds, files read and scanned on all cores) for the gate's own cost.
#
# usage: bench/security-scan-bench.sh [CORPUS_DIR] [RUNS]   (default /tmp/java-corpus-sec, 3 runs)
# Needs mvn (for the corpus), git, /usr/bin/time and the built jar (./assay --version builds it).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-/tmp/java-corpus-sec}
runs=${2:-3}
if [ ! -d "$corpus/.git" ]; then
  bash "$here/../shared/bench/fetch-java-corpus.sh" "$corpus" 2>/dev/null \
    || bash /work/shared/bench/fetch-java-corpus.sh "$corpus"
  git -C "$corpus" init -q
  git -C "$corpus" add -A
  git -C "$corpus" -c user.name=bench -c user.email=bench@localhost commit -qm corpus
fi
"$here/assay" --version >/dev/null
echo "corpus: $corpus ($(git -C "$corpus" ls-files '*.java' | wc -l) Java files)"
only=$(mktemp) all=$(mktemp)
printf 'version: 1\ngates:\n  tests: off\n  coverage: off\n  security: on\n' >"$only"
printf 'version: 1\ngates:\n  tests: off\n  coverage: off\n  secrets: on\n  security: on\n  maintainability: on\n  integrity: on\n' >"$all"
for label in security-only all-analysis-gates; do
  crit=$only
  [ "$label" = all-analysis-gates ] && crit=$all
  for i in $(seq "$runs"); do
    /usr/bin/time -f "$label run $i: %e s wall, %U s user, %S s sys, %M KB max RSS" \
      "$here/assay" scan --repo "$corpus" --criteria "$crit" --format json \
      --output-dir /tmp/assay-sec-bench-out >/dev/null 2>/tmp/assay-sec-bench-err.txt || true
    tail -n 1 /tmp/assay-sec-bench-err.txt
  done
done
python3 - <<'PY'
import json
r = json.load(open('/tmp/assay-sec-bench-out/assay.json'))
for g in r.get('gates', []):
    if g.get('gate') == 'security':
        print('security gate metrics:', g.get('metrics'))
PY
cd "$here"
./mvnw -B -o -q -pl assay-core -am test-compile
./mvnw -B -o -q -pl assay-core dependency:build-classpath -Dmdep.outputFile=/tmp/assay-sec-cp.txt >/dev/null
/usr/bin/time -f "in-process harness: %e s wall, %U s user, %M KB max RSS" \
  java -cp "assay-api/target/classes:assay-core/target/classes:assay-core/target/test-classes:$(cat /tmp/assay-sec-cp.txt)" \
  dev.assay.gate.security.SecurityScanBench "$corpus" /tmp/assay-sec-findings.txt 3
