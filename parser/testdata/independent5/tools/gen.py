#!/usr/bin/env python3
"""Deterministic generator for the i5 case set. Run: python3 tools/gen.py"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, cases_a, cases_b, cases_c, cases_d
for f in glob.glob(os.path.join(common.OUT, 'i5-*')):
    os.remove(f)
ids = set()
for c in cases_a.CASES:
    assert c['id'] not in ids, c['id']; ids.add(c['id'])
    common.write_case(c)
print(len(ids), 'cases')
