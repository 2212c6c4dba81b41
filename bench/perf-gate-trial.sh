#!/usr/bin/env bash
# The performance gate on code we did not write: commons-lang3 3.17.0's sources (Maven Central
# sources jar) with a JMH benchmark of StringUtils.join and StringUtils.isBlank added on top, in a
# throwaway git repository. Two heads are checked against main:
#   slow-join  an AI-co-authored "simplification" of StringUtils.join (string += in a loop:
#              quadratic), expected BLOCKED by performance/regression and performance/scaling;
#   docs-only  a commit that changes no code (an A/A check), expected not to FAIL.
#   bash bench/perf-gate-trial.sh [WORKDIR]   (needs ./mvnw to fetch jars, javac, about 15 min)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/assay-perf-trial}
jar="$here/assay-cli/target/assay.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests -Djacoco.skip=true package -pl assay-cli -am)
mkdir -p "$work/jars"
for a in org.apache.commons:commons-lang3:3.17.0:jar:sources org.openjdk.jmh:jmh-core:1.37 \
    org.openjdk.jmh:jmh-generator-annprocess:1.37 net.sf.jopt-simple:jopt-simple:5.0.4 \
    org.apache.commons:commons-math3:3.6.1; do
  (cd "$here" && ./mvnw -q -B dependency:copy -Dartifact="$a" -DoutputDirectory="$work/jars" \
    -Dmdep.overWriteIfNewer=true >/dev/null)
done
repo="$work/lang3"
rm -rf "$repo" && mkdir -p "$repo/src/main/java" "$repo/bench/src/bench" "$repo/lib" && cd "$repo"
(cd src/main/java && unzip -q "$work/jars/commons-lang3-3.17.0-sources.jar" && rm -rf META-INF)
cp "$work"/jars/jmh-*.jar "$work"/jars/jopt-simple-*.jar "$work"/jars/commons-math3-*.jar lib/
cat > bench/src/bench/StringUtilsBench.java <<'JAVA'
package bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.StringUtils;
import org.openjdk.jmh.annotations.*;

@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StringUtilsBench {
  @Param({"1000"})
  public int size;

  private String[] words;
  private String padded;

  @Setup
  public void setUp() {
    words = new String[size];
    for (int i = 0; i < size; i++) {
      words[i] = "w" + i;
    }
    padded = "        " + "x";
  }

  @Benchmark
  public String join() {
    return StringUtils.join(words, ",", 0, words.length);
  }

  @Benchmark
  public boolean isBlank() {
    return StringUtils.isBlank(padded);
  }
}
JAVA
cat > build.sh <<'SH'
#!/bin/sh
set -e
CP=lib/jmh-core-1.37.jar:lib/jopt-simple-5.0.4.jar:lib/commons-math3-3.6.1.jar
rm -rf target && mkdir -p target/classes target/bench
javac -nowarn -encoding UTF-8 -d target/classes $(find src/main/java -name '*.java') 2>&1 | grep -v '^Note:' || true
test -f target/classes/org/apache/commons/lang3/StringUtils.class
javac -cp target/classes:$CP -processorpath $CP:lib/jmh-generator-annprocess-1.37.jar -d target/bench bench/src/bench/StringUtilsBench.java
SH
chmod +x build.sh
cat > .assay.yml <<'YML'
version: 1
gates:
  tests: off
  coverage: off
  performance:
    build: ./build.sh
    benchmarks:
      strings:
        jmh: java -cp target/bench:target/classes:lib/jmh-core-1.37.jar:lib/jopt-simple-5.0.4.jar:lib/commons-math3-3.6.1.jar org.openjdk.jmh.Main StringUtilsBench -wi 2 -i 5 -w 100ms -r 100ms
        size: 1000
    scaling:
      StringUtilsBench.join: { size: 1000, expect: O(n) }
    budgets:
      StringUtilsBench.isBlank: p50 <= 1 us
    time-budget: 8m
YML
git init -q -b main && git add -A
git -c user.name=Trial -c user.email=t@example.com commit -qm "commons-lang3 3.17.0 with a JMH benchmark"
git checkout -q -b slow-join
python3 - <<'PY'
p = 'src/main/java/org/apache/commons/lang3/StringUtils.java'
s = open(p).read()
old = '''        return array != null ? Streams.of(array).skip(startIndex).limit(Math.max(0, endIndex - startIndex))
            .collect(LangCollectors.joining(delimiter, EMPTY, EMPTY, StringUtils::toStringOrEmpty)) : null;
    }'''
new = '''        if (array == null) {
            return null;
        }
        // simpler than the stream: append each element in turn
        String result = EMPTY;
        for (int i = startIndex; i < endIndex; i++) {
            if (i > startIndex) {
                result += delimiter == null ? EMPTY : delimiter;
            }
            result += toStringOrEmpty(array[i]);
        }
        return result;
    }'''
assert old in s
open(p, 'w').write(s.replace(old, new, 1))
PY
git -c user.name=Dev -c user.email=dev@example.com commit -qam "Simplify StringUtils.join

Co-authored-by: Claude <noreply@anthropic.com>"
git checkout -q main && git checkout -q -b docs-only
echo trial > README.trial && git add -A && git -c user.name=Dev -c user.email=dev@example.com commit -qm docs
for head in slow-join docs-only; do
  echo "== $head"
  set +e
  /usr/bin/time -f "wall %e s, peak %M KB" java -jar "$jar" check --repo "$repo" --base main \
    --head "$head" --output-dir "$work/reports-$head" --format console,markdown,json,html
  echo "exit code $?"
  set -e
done
