#!/usr/bin/env python3
"""Puts a marked section into a markdown file: replaces what lies between its
`<!-- NAME:begin -->` and `<!-- NAME:end -->` lines, or appends it when the file has none.

usage: python3 scripts/put-section.py NAME OUT SECTION_FILE
"""
import os, sys

name, out, sec = sys.argv[1], sys.argv[2], open(sys.argv[3]).read()
begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->\n"
s = open(out).read() if os.path.exists(out) else ""
if begin in s and end in s:
    a, b = s.index(begin), s.index(end) + len(end)
    s = s[:a] + sec + s[b:]
else:
    s += "\n" + sec
open(out, "w").write(s)
