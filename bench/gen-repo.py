#!/usr/bin/env python3
"""Generates the benchmark corpus for `assay check`: a git repository with N Java files spread over
modules, a base commit, a head commit that changes C of them, and a JaCoCo XML report of about
S megabytes in the structure JaCoCo 0.8 writes (package > class > method counters, sourcefile >
line elements with mi/ci/mb/cb, counters). The report is synthetic (no real 50 MB JaCoCo report is
at hand) but has the element mix and size of a real one; line data matches the generated sources.

usage: gen-repo.py DIR [--files 10000] [--changed 50] [--report-mb 50] [--modules 20]
"""
import argparse, os, random, subprocess, sys

def run(*cmd, cwd):
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)

def source(pkg, cls, methods, extra=""):
    out = [f"package {pkg.replace('/', '.')};", "", f"public class {cls} {{"]
    for m in range(methods):
        out += [f"  public int m{m}(int x) {{",
                "    int y = x * 2;",
                "    if (y > 10) {",
                "      y -= 3;",
                "    }",
                "    return y + " + str(m) + ";",
                "  }", ""]
    out += [extra, "}", ""]
    return "\n".join(out)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--changed", type=int, default=50)
    ap.add_argument("--report-mb", type=float, default=50)
    ap.add_argument("--modules", type=int, default=20)
    a = ap.parse_args()
    rnd = random.Random(42)
    root = os.path.abspath(a.dir)
    os.makedirs(root, exist_ok=False)
    run("git", "init", "-q", "-b", "main", cwd=root)
    run("git", "config", "user.email", "bench@example.com", cwd=root)
    run("git", "config", "user.name", "Bench", cwd=root)
    with open(os.path.join(root, ".gitignore"), "w") as f:
        f.write("target/\nassay-reports/\n")
    # methods per file chosen so the report reaches the requested size (about 330 bytes of report per generated method)
    methods = max(1, int(a.report_mb * 1024 * 1024 / a.files / 310))
    files = []
    for i in range(a.files):
        mod = f"module{i % a.modules}"
        pkg = f"com/bench/m{i % a.modules}/p{i // 100}"
        cls = f"C{i}"
        path = os.path.join(root, mod, "src/main/java", pkg, cls + ".java")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(source(pkg, cls, methods))
        files.append((mod, pkg, cls, path))
    run("git", "add", "-A", cwd=root)
    run("git", "commit", "-q", "-m", "base", cwd=root)
    run("git", "tag", "base", cwd=root)
    changed = rnd.sample(range(a.files), a.changed)
    extra_start = {}
    for i in changed:
        mod, pkg, cls, path = files[i]
        text = source(pkg, cls, methods, extra="  public int added(int z) {\n    int w = z + 1;\n    return w * 3;\n  }")
        with open(path, "w") as f:
            f.write(text)
        extra_start[i] = 3 + methods * 8 + 1
    run("git", "commit", "-q", "-am", "head: 50 files gain a method", cwd=root)
    run("git", "tag", "head", cwd=root)
    # one JaCoCo report per module, as a multi-module Maven build writes them
    by_mod = {}
    for i, f in enumerate(files):
        by_mod.setdefault(f[0], []).append(i)
    total = 0
    for mod, idx in by_mod.items():
        rep = os.path.join(root, mod, "target/site/jacoco/jacoco.xml")
        os.makedirs(os.path.dirname(rep), exist_ok=True)
        with open(rep, "w") as out:
            out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                      '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">'
                      f'<report name="{mod}"><sessioninfo id="bench" start="0" dump="0"/>')
            pkgs = {}
            for i in idx:
                pkgs.setdefault(files[i][1], []).append(i)
            for pkg, members in pkgs.items():
                out.write(f'<package name="{pkg}">')
                for i in members:
                    cls = files[i][2]
                    out.write(f'<class name="{pkg}/{cls}" sourcefilename="{cls}.java">')
                    for m in range(methods):
                        out.write(f'<method name="m{m}" desc="(I)I" line="{4 + m * 8}">'
                                  '<counter type="INSTRUCTION" missed="0" covered="9"/>'
                                  '<counter type="LINE" missed="0" covered="4"/></method>')
                    out.write('</class>')
                for i in members:
                    cls = files[i][2]
                    out.write(f'<sourcefile name="{cls}.java">')
                    covered_file = rnd.random() < 0.7
                    for m in range(methods):
                        base = 4 + m * 8
                        for ln in (base + 1, base + 2, base + 3, base + 5):
                            ci = 3 if covered_file else 0
                            out.write(f'<line nr="{ln}" mi="{0 if ci else 3}" ci="{ci}" mb="0" cb="0"/>')
                    if i in extra_start:
                        s = extra_start[i]
                        out.write(f'<line nr="{s + 1}" mi="0" ci="4" mb="0" cb="0"/>')
                        out.write(f'<line nr="{s + 2}" mi="4" ci="0" mb="0" cb="0"/>')
                    out.write('<counter type="LINE" missed="0" covered="1"/></sourcefile>')
                out.write('<counter type="LINE" missed="0" covered="1"/></package>')
            out.write('<counter type="LINE" missed="0" covered="1"/></report>')
        total += os.path.getsize(rep)
    # and the test results of the head build
    rep = os.path.join(root, "module0/target/surefire-reports/TEST-com.bench.AllTest.xml")
    os.makedirs(os.path.dirname(rep), exist_ok=True)
    with open(rep, "w") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?><testsuite name="com.bench.AllTest" tests="200" '
                  'failures="0" errors="0" skipped="0" time="1.0">')
        for t in range(200):
            out.write(f'<testcase name="t{t}" classname="com.bench.AllTest" time="0.001"/>')
        out.write('</testsuite>')
    print(f"{root}: {a.files} files, {a.changed} changed, JaCoCo {total / 1048576:.1f} MB in {len(by_mod)} reports")

if __name__ == "__main__":
    main()
