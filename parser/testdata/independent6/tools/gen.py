"""Deterministic generator: python3 tools/gen.py  -> cases/*.eml + cases/*.json"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(__file__))
from lib import write_case
import c_meeting
MODS = [c_meeting]
for name in ("c_topics", "c_goals", "c_commands", "c_question", "c_notmeeting", "c_class", "c_replytext"):
    try:
        MODS.append(__import__(name))
    except ImportError:
        pass
out = os.path.join(os.path.dirname(__file__), "..", "cases")
os.makedirs(out, exist_ok=True)
for f in glob.glob(os.path.join(out, "*")):
    os.remove(f)
seen = set()
for m in MODS:
    for c in m.cases():
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        write_case(out, c)
print(len(seen), "cases")
