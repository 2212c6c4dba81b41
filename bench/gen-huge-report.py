#!/usr/bin/env python3
"""Writes a JaCoCo XML report of about SIZE_MB megabytes (JaCoCo 0.8 structure) whose packages
match no file of the change, to check that a huge report is streamed with bounded memory.

usage: gen-huge-report.py OUT_XML [SIZE_MB=1024]
"""
import os, sys

out_path = sys.argv[1]
target = float(sys.argv[2] if len(sys.argv) > 2 else 1024) * 1024 * 1024
os.makedirs(os.path.dirname(out_path), exist_ok=True)
lines = "".join(f'<line nr="{n}" mi="0" ci="3" mb="0" cb="0"/>' for n in range(10, 110))
with open(out_path, "w") as out:
    out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">'
              '<report name="huge"><sessioninfo id="h" start="0" dump="0"/>')
    p = 0
    while out.tell() < target:
        out.write(f'<package name="com/huge/p{p}"><class name="com/huge/p{p}/H" sourcefilename="H.java">'
                  '<counter type="LINE" missed="0" covered="100"/></class>'
                  f'<sourcefile name="H.java">{lines}<counter type="LINE" missed="0" covered="100"/>'
                  '</sourcefile></package>')
        p += 1
    out.write('</report>')
print(f"{out_path}: {os.path.getsize(out_path) / 1048576:.0f} MB, {p} packages")
