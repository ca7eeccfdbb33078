#!/usr/bin/env python3
"""Deterministic generator for the i4 case set. Run: python3 tools/gen.py"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
for f in glob.glob(os.path.join(lib.OUT, "*")):
    os.remove(f)
import c_meeting, c_topics, c_goals, c_commands, c_question, c_notmeet, c_replytext, c_class
n = lib.write_all()
print("wrote", n, "cases")
