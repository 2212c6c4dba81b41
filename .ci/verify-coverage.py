#!/usr/bin/env python3
"""Independent check of Assay's changed-line coverage on this real multi-module Maven build.

Recomputes, without Assay's code, the coverage of the changed lines from the reactor's own JaCoCo
aggregate report: for every changed production .java file the report lists, executable changed
lines are the changed lines the report has a <line> for, covered ones those with ci > 0. Then
checks Assay's evidence record (assay.json) against it, file by file and in total:
  - a file the count finds partly uncovered has an uncovered-lines finding with the same covered
    and total numbers and the same uncovered lines; a fully covered file has no finding;
  - Assay's total covered/executable equal the independent totals plus the files no report lists
    (which Assay counts as 0% from its own code-line heuristic, reported in their findings).
The changed lines are Assay's (checked against `git diff -U0`: never more per file than git's;
positions of ambiguous blocks may differ between diff implementations).

usage: verify-coverage.py ASSAY_JSON JACOCO_XML BASE [EXCLUDED_PREFIX ...]
"""
import json, re, subprocess, sys
import xml.etree.ElementTree as ET

def ranges_to_set(text):
    out = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out

def git_added(base):
    """Lines added on the new side per file, from git itself."""
    diff = subprocess.run(["git", "diff", "-U0", "-M", "--histogram", "--ignore-space-at-eol", "--no-color", base, "HEAD"],
                          check=True, capture_output=True).stdout.decode("utf-8", "replace")
    added, path = {}, None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = None if line == "+++ /dev/null" else line[6:]
        m = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
        if m and path:
            start, count = int(m.group(1)), int(m.group(2) or 1)
            added.setdefault(path, set()).update(range(start, start + count))
    return added

def jacoco_lines(xml_path):
    """(module, package/File.java) -> {line: covered?} from an aggregate report with groups."""
    out = {}
    root = ET.parse(xml_path).getroot()
    for group in root.iter("group"):
        for pkg in group.iter("package"):
            for sf in pkg.iter("sourcefile"):
                key = (group.get("name"), pkg.get("name") + "/" + sf.get("name"))
                out[key] = {int(l.get("nr")): int(l.get("ci")) > 0 for l in sf.iter("line")}
    return out

def main():
    assay_json, jacoco_xml, base, *excluded = sys.argv[1:]
    run = json.load(open(assay_json))
    report = jacoco_lines(jacoco_xml)
    git = git_added(base)
    findings = {f["path"]: f for f in run["findings"] if f["gate"] == "coverage"}
    problems, total_c, total_t = [], 0, 0
    for f in run["change"]["files"]:
        path = f["path"]
        lines = set()
        for r in f["addedLines"]:
            lines.update(range(r["start"], r["end"] + 1))
        # Diff algorithms may slide an ambiguous block (git's heuristics differ from JGit's), so
        # compare sizes: Assay never has more new lines than git (it drops moved blocks).
        if len(lines) > len(git.get(path, set())):
            problems.append(f"{path}: Assay has {len(lines)} added lines, git diff only {len(git.get(path, set()))}")
        if not path.endswith(".java") or "/src/main/java/" not in path or "/src/test/" in path or any(path.startswith(p) for p in excluded):
            continue
        module, rel = path.split("/", 1)[0], path.split("/src/main/java/", 1)[1]
        hits = report.get((module, rel))
        if hits is None:
            continue  # not in the report: Assay's heuristic; added to the totals below
        executable = lines & hits.keys()
        covered = {n for n in executable if hits[n]}
        total_c, total_t = total_c + len(covered), total_t + len(executable)
        finding = findings.get(path)
        if covered == executable:
            if finding and finding["rule"] == "coverage/uncovered-lines":
                problems.append(f"{path}: fully covered ({len(covered)}/{len(executable)}) yet has a finding")
            continue
        if not finding or finding["rule"] != "coverage/uncovered-lines":
            problems.append(f"{path}: {len(covered)}/{len(executable)} covered but no uncovered-lines finding")
            continue
        p = finding["properties"]
        if (int(p["covered"]), int(p["total"])) != (len(covered), len(executable)) \
                or ranges_to_set(p["uncovered"]) != executable - covered:
            problems.append(f"{path}: independent {len(covered)}/{len(executable)} uncovered "
                            f"{sorted(executable - covered)}; Assay {p['covered']}/{p['total']} {p['uncovered']}")
    for f in findings.values():
        if f["rule"] == "coverage/missing-from-report":
            total_t += int(f["properties"]["total"])
    gate = next((g for g in run["gates"] if g["id"] == "coverage"), None)
    if gate and "covered" in gate["metrics"]:
        assay = (int(gate["metrics"]["covered"]), int(gate["metrics"]["executable"]))
        if assay != (total_c, total_t):
            problems.append(f"totals: independent {total_c}/{total_t}, Assay {assay[0]}/{assay[1]}")
    print(f"independent changed-line coverage: {total_c} of {total_t} executable changed lines covered")
    for p in problems:
        print("MISMATCH " + p)
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
