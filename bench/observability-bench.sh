#!/usr/bin/env bash
# Whole-tree benchmark of the observability gate (issue 3): `assay scan` over the Java corpus
# (../shared/bench/fetch-java-corpus.sh: ~13,000 files, 87 MB) with no gate, with the
# observability gate alone, and with every built-in analysis gate on; JVM start included. Prints
# wall, CPU (user+sys) and peak RSS per run, then medians, and the findings per rule.
#
# usage: bench/observability-bench.sh [RUNS] [CORPUS_DIR]   (default 5 runs, /tmp/java-corpus-obs)
# Needs a built jar (./mvnw -q -pl assay-cli -am package -DskipTests), git, GNU time, python3.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
corpus=${2:-/tmp/java-corpus-obs}
jar="$here/assay-cli/target/assay.jar"
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q -pl assay-cli -am package -DskipTests" >&2; exit 2; }
if [ ! -d "$corpus/.git" ]; then
  bash "$here/../shared/bench/fetch-java-corpus.sh" "$corpus" >/dev/null
  git -C "$corpus" init -q
  git -C "$corpus" add -A
  git -C "$corpus" -c user.name=bench -c user.email=bench@localhost commit -qm corpus
  git -C "$corpus" gc -q
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cat >"$out/none.yml" <<'YML'
version: 1
gates: { tests: off, coverage: off }
YML
cat >"$out/observability.yml" <<'YML'
version: 1
gates: { tests: off, coverage: off, observability: on }
YML
cat >"$out/all.yml" <<'YML'
version: 1
gates: { tests: off, coverage: off, secrets: on, maintainability: on, observability: on, integrity: on }
YML
# The launcher's JVM flags (see ./assay), without its build step.
jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=error:stderr)
echo "corpus: $corpus ($(git -C "$corpus" ls-files | wc -l) files), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for config in none observability all; do
  rows=()
  for i in $(seq "$runs"); do
    set +e
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" java "${jvm[@]}" -jar "$jar" scan --repo "$corpus" \
      --criteria "$out/$config.yml" --output-dir "$out/report-$config" --format json >/dev/null 2>&1
    set -e
    read -r wall user sys kb < <(tail -n 1 "$out/time")
    cpu=$(echo "$user + $sys" | bc)
    rows+=("$wall $cpu $((kb / 1024))")
    echo "$config run $i: ${wall}s wall, ${cpu}s CPU, $((kb / 1024)) MB peak RSS"
  done
  printf '%s\n' "${rows[@]}" | sort -n | awk -v c="$config" '{w[NR]=$1; u[NR]=$2; m[NR]=$3}
    END {m2=int((NR+1)/2); printf "%s: median %.2fs wall (min %.2f, max %.2f), %.2fs CPU, %d MB\n", c, w[m2], w[1], w[NR], u[m2], m[m2]}'
done
python3 - "$out/report-observability/assay.json" <<'PY'
import collections, json, sys
d = json.load(open(sys.argv[1]))
c = collections.Counter(f["rule"] for f in (x.get("finding", x) for x in d["findings"]) if f["rule"].startswith("observability/"))
for rule, n in sorted(c.items()):
    print(f"{rule}: {n}")
PY
