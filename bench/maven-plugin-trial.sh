#!/usr/bin/env bash
# The Maven plugin on a real project we did not write: Apache commons-lang3 3.17.0, rebuilt from
# the `sources` and `test-sources` jars Maven Central publishes with bench/mutation-bench-pom.xml
# (the released pom's test dependencies and argLine, without commons-parent's release tooling),
# plus JaCoCo and the one assay-maven-plugin block, committed to a git repository. A branch edits
# one method (CharUtils.isAsciiAlphaUpper); `mvn verify` then runs all tests with coverage and
# ends with the plugin's verdict: tests, changed-line coverage, and mutation testing of the
# changed lines with PIT given the classpath by Maven (no classpath file).
#
# Usage: bench/maven-plugin-trial.sh [WORKDIR]   (default /tmp/assay-maven-plugin-trial)
# Needs: the plugin built (./mvnw -pl assay-maven-plugin -am verify, which fills
# assay-maven-plugin/target/it-repo), JDK 17+, git, unzip, python3; network on the first run for
# commons-lang3's test dependencies (Maven Central). Nothing is installed into ~/.m2: the build
# uses WORKDIR/repo, a copy of it-repo, with ~/.m2 as a read-only tail.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${1:-/tmp/assay-maven-plugin-trial}" && cd "${1:-/tmp/assay-maven-plugin-trial}" && pwd)
V=3.17.0
m2=${MAVEN_REPO:-$HOME/.m2/repository}
art=$m2/org/apache/commons/commons-lang3/$V
lang=$work/commons-lang3
mvn=${MVN:-$(ls -d "$HOME"/.m2/wrapper/dists/apache-maven-3.9.9/*/bin/mvn | head -1)}
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/assay-maven-plugin/pom.xml" | head -1)
[ -d "$here/assay-maven-plugin/target/it-repo/dev/assay/assay-maven-plugin" ] ||
  { echo "build the plugin first: ./mvnw -pl assay-maven-plugin -am verify" >&2; exit 2; }

for c in sources test-sources; do
  [ -f "$art/commons-lang3-$V-$c.jar" ] ||
    "$mvn" -B -q dependency:get -Dtransitive=false -Dartifact="org.apache.commons:commons-lang3:$V:jar:$c"
done

rm -rf "$lang" "$work/repo"
cp -r "$here/assay-maven-plugin/target/it-repo" "$work/repo"
mkdir -p "$lang/src/main/java" "$lang/src/test/java" "$lang/src/test/resources"
unzip -q "$art/commons-lang3-$V-sources.jar" -d "$lang/src/main/java"
unzip -q "$art/commons-lang3-$V-test-sources.jar" -d "$lang/src/test/java"
rm -rf "$lang/src/main/java/META-INF" "$lang/src/test/java/META-INF" \
  "$lang/src/test/java/org/apache/commons/lang3/jmh_generated"
(cd "$lang/src/test/java" && find . -type f ! -name '*.java' -print0 |
  xargs -0 -I{} sh -c 'mkdir -p "../resources/$(dirname "{}")" && mv "{}" "../resources/{}"')
(cd "$lang/src/main/java" && find . -type f ! -name '*.java' -delete)
python3 - "$here/bench/mutation-bench-pom.xml" "$lang/pom.xml" "$version" <<'PY'
import sys
src, dst, version = sys.argv[1:]
s = open(src, encoding="utf-8").read()
block = f"""      <plugin>
        <groupId>org.jacoco</groupId>
        <artifactId>jacoco-maven-plugin</artifactId>
        <version>0.8.12</version>
        <executions>
          <execution>
            <goals>
              <goal>prepare-agent</goal>
              <goal>report</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
      <plugin>
        <groupId>dev.assay</groupId>
        <artifactId>assay-maven-plugin</artifactId>
        <version>{version}</version>
        <executions>
          <execution>
            <goals>
              <goal>check</goal>
            </goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>"""
assert s.count("    </plugins>\n  </build>") == 1
s = s.replace("    </plugins>\n  </build>", block)
# The pom's argLine property stays: JaCoCo's prepare-agent puts its agent in front of it.
open(dst, "w", encoding="utf-8").write(s)
PY
cat > "$lang/.assay.yml" <<'YML'
version: 1
gates:
  tests: {}
  coverage:
    changed-lines: 80%
  mutation:
    enabled: true
    run: true
    skip-failing-tests: true
    threads: 2
    jvm-args: ["-Xmx512m", "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.util=ALL-UNNAMED"]
YML
printf 'target/\n' > "$lang/.gitignore"
git -C "$lang" init -q -b main
git -C "$lang" add -A
git -C "$lang" -c user.name=trial -c user.email=trial@assay.dev commit -q -m "commons-lang3 $V from Maven Central sources and test-sources jars"

git -C "$lang" checkout -q -b one-method
python3 - "$lang/src/main/java/org/apache/commons/lang3/CharUtils.java" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
old = """    public static boolean isAsciiAlphaUpper(final char ch) {
        return ch >= 'A' && ch <= 'Z';
    }"""
new = """    public static boolean isAsciiAlphaUpper(final char ch) {
        if (ch < 'A') {
            return false;
        }
        return ch <= 'Z';
    }"""
assert old in s, "method not found"
open(p, "w", encoding="utf-8").write(s.replace(old, new))
PY
git -C "$lang" -c user.name=trial -c user.email=trial@assay.dev commit -q -am "isAsciiAlphaUpper: early return"

run() { # $1 label, then Maven arguments
  label=$1; shift
  t0=$(date +%s.%N); rc=0
  (cd "$lang" && "$mvn" -B -ntp -Dmaven.repo.local="$work/repo" -Dmaven.repo.local.tail="$m2" "$@" \
    >"$work/$label.log" 2>&1) || rc=$?
  echo "$label: mvn $* -> exit $rc in $(python3 -c "import time; print(f'{time.time() - $t0:.0f}')") s"
  grep -E "Tests run:.*Fail|assay:.*check|^\[(INFO|ERROR)\] (PASS|BLOCKED|ERROR) |^\[(INFO|ERROR)\]   (PASS|FAIL|ERROR|WARN|SKIP) |Failing criteria|^\[ERROR\]     actual|Assay:" "$work/$label.log" | grep -v "Tests run:.*, Time elapsed" || true
}
run verify verify
cp -r "$lang/target/assay-reports" "$work/assay-reports-verify" 2>/dev/null || true
run skip verify -Dassay.skip -DskipTests
