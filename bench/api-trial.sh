#!/usr/bin/env bash
# The api gate on real library releases from Maven Central: for each pair, a throwaway git
# repository whose .assay.yml names the two released jars (base-jar, head-jar), checked by the
# runnable jar; prints the gate's summary and the wall time and peak memory of the whole check.
#   bash bench/api-trial.sh [WORKDIR]        (needs ./mvnw to fetch the jars, and /usr/bin/time)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/assay-api-trial}
jar="$here/assay-cli/target/assay.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package -pl assay-cli -am)
mkdir -p "$work/jars"

fetch() { # groupId artifactId version -> path of the jar
  local g=$1 a=$2 v=$3 f="$work/jars/$2-$3.jar"
  [ -f "$f" ] || (cd "$here" && ./mvnw -q -B dependency:copy -Dartifact="$g:$a:$v" \
    -DoutputDirectory="$work/jars" -Dmdep.overWriteIfNewer=true >/dev/null)
  echo "$f"
}

trial() { # name g a base head [extra yaml lines]
  local name=$1 g=$2 a=$3 b=$4 h=$5 extra=${6:-}
  local dir="$work/$name" bj hj
  bj=$(fetch "$g" "$a" "$b"); hj=$(fetch "$g" "$a" "$h")
  rm -rf "$dir" && mkdir -p "$dir" && cd "$dir"
  git init -q -b main
  printf 'version: 1\ngates:\n  tests: off\n  coverage: off\n  api:\n    enabled: true\n    base-jar: %s\n    head-jar: %s\n%b' \
    "$bj" "$hj" "$extra" > .assay.yml
  echo base > README && git add -A && git -c user.name=t -c user.email=t@t commit -qm base
  echo head >> README && git -c user.name=t -c user.email=t@t commit -qam head
  set +e
  /usr/bin/time -f "%e s wall, %M KB max RSS" -o time.txt java -jar "$jar" check --base HEAD~1 \
    --output-dir reports > out.txt 2>&1
  echo "== $name (exit $?): $(grep -m1 '  api ' out.txt | sed 's/^ *//') [$(cat time.txt)]"
  set -e
}

trial lang3-3.12-3.17 org.apache.commons commons-lang3 3.12.0 3.17.0
trial guava-32-33 com.google.guava guava 32.1.3-jre 33.0.0-jre
trial guava-33.0-33.4 com.google.guava guava 33.0.0-jre 33.4.8-jre
trial guava-33.0-33.4-beta com.google.guava guava 33.0.0-jre 33.4.8-jre \
  '    internal-annotations: [Internal, VisibleForTesting, Beta]\n'
