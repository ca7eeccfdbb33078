#!/usr/bin/env python3
"""Deterministic generator: python3 tools/generate.py  (writes cases/)."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import base, mk
out = mk.OUT
if os.path.isdir(out):
    shutil.rmtree(out)
import c_goals, c_meet, c_cmd, c_rest  # noqa: registers cases
ids = set()
for c in base.CASES:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    mk.write(c)
print(len(base.CASES), "cases written to", out)
