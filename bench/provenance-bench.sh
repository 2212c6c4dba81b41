#!/usr/bin/env bash
# Benchmark of provenance (issue 6): synthetic histories built with JGit (SyntheticHistory in
# assay-core's test classes), then
#   1. `assay provenance base..head` and `assay check` (which reads provenance of the change) on a
#      1,000-commit range touching 5,000 files (target: under 10 s);
#   2. `assay provenance --defects base..head` on 20,000 commits against `git log --numstat` on the
#      same range (target: under 2 minutes and within 10x of git);
#   3. once on a real history: a clone of this repository.
# usage: bench/provenance-bench.sh [RUNS]   (default 3 timed runs per command)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
jar="$here/assay-cli/target/assay.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -B -q -o -pl assay-cli -am package -DskipTests)
(cd "$here" && ./mvnw -B -q -o -pl assay-core -am test-compile)
m2=${HOME}/.m2/repository
cp="$here/assay-core/target/classes:$here/assay-core/target/test-classes:$here/assay-api/target/classes"
cp="$cp:$(ls "$m2"/org/eclipse/jgit/org.eclipse.jgit/*/org.eclipse.jgit-*.jar | grep -v sources | tail -1)"
cp="$cp:$(ls "$m2"/org/slf4j/slf4j-api/*/slf4j-api-*.jar | tail -1)"
cp="$cp:$(ls "$m2"/commons-codec/commons-codec/*/commons-codec-*.jar 2>/dev/null | tail -1)"
root=${BENCH_DIR:-/tmp/assay-prov-bench}

gen() { # DIR COMMITS FILES K
  if [ ! -d "$1/.git" ]; then
    local t0=$(date +%s.%N)
    java -cp "$cp" dev.assay.provenance.SyntheticHistory "$@"
    git -C "$1" repack -a -d -q
    echo "generated $1: $2 commits, $3 files, $4 per commit in $(echo "$(date +%s.%N) - $t0" | bc) s ($(du -sh "$1/.git" | cut -f1))"
  fi
}

timeit() { # LABEL CMD...
  local label=$1; shift
  local times=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o /tmp/prov-bench-time "$@" >/tmp/prov-bench-out 2>&1 || true
    read -r secs kb < <(tail -n 1 /tmp/prov-bench-time)
    times+=("$secs")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v kb="$kb" '{a[NR]=$1} END {printf "%-46s median %6.2fs  min %6.2fs  max %6.2fs  (%d runs, max RSS %d MB)\n", l, a[int((NR+1)/2)], a[1], a[NR], NR, kb/1024}'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg)"
gen "$root/r1k" 1000 5000 5
timeit "provenance base..head (1k commits, 5k files)" java -jar "$jar" provenance base..head --repo "$root/r1k"
timeit "check --base base --head head (1k, 5k files)" java -jar "$jar" check --base base --head head --repo "$root/r1k" --format json --output-dir /tmp/prov-bench-reports
timeit "git log --numstat base..head (1k)" git -C "$root/r1k" log --numstat base..head
head -3 /tmp/prov-bench-out >/dev/null
java -jar "$jar" provenance base..head --repo "$root/r1k" | sed -n '1,8p'

gen "$root/r20k" 20000 2000 2
timeit "provenance --defects base..head (20k commits)" java -jar "$jar" provenance --defects base..head --repo "$root/r20k"
timeit "git log --numstat base..head (20k)" git -C "$root/r20k" log --numstat base..head
java -jar "$jar" provenance --defects base..head --repo "$root/r20k" | head -8

real=${REAL_REPO:-$here}
rm -rf /tmp/prov-bench-self && git clone -q "$real" /tmp/prov-bench-self
echo "real history: $real ($(git -C /tmp/prov-bench-self rev-list --count HEAD) commits)"
timeit "provenance HEAD (this repository)" java -jar "$jar" provenance --repo /tmp/prov-bench-self
timeit "provenance --defects HEAD (this repository)" java -jar "$jar" provenance --defects --repo /tmp/prov-bench-self
timeit "git log --numstat HEAD (this repository)" git -C /tmp/prov-bench-self log --numstat HEAD
