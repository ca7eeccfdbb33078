#!/usr/bin/env python3
"""Deterministic generator for tuning4. Run: python3 tools/gen.py"""
import os, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for f in glob.glob(os.path.join(lib.OUT, '*')): os.remove(f)
os.makedirs(lib.OUT, exist_ok=True)
import cases_goals, cases_goals2, cases_meet, cases_cmd, cases_misc, cases_cls
for m in (cases_goals, cases_goals2, cases_meet, cases_cmd, cases_misc, cases_cls): m.run()
print(len(glob.glob(os.path.join(lib.OUT, '*.json'))), 'cases')
