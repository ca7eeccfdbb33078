#!/usr/bin/env python3
"""Checks every case in cases/: the .eml parses cleanly, the .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text, reply_text_not phrases
occur somewhere in the message."""
import os, re, sys, json, html, email, datetime
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
MODES = {"video", "phone", "in_person", "email", "chat", None}
TOPICS = {t["key"] for t in json.load(open("/work/main/topics/catalogue.json"))} if os.path.exists("/work/main/topics/catalogue.json") else None
errs = []
def err(cid, m): errs.append("%s: %s" % (cid, m))
def isdate(v): 
    try: datetime.date.fromisoformat(v); return True
    except Exception: return False
def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

QUOTE_START = [r"^On .* wrote:$", r"^Le .* a écrit :$", r"^From: ", r"^De : ", r"^-----Original Message-----", r"^_{10,}", r"^>"]
def own_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    t = part.get_content()
    if part.get_content_type() == "text/html":
        t = re.split(r'<div class="gmail_quote"|<div id="divRplyFwdMsg"', t)[0]
        t = re.sub(r"<br\s*/?>", "\n", t); t = re.sub(r"<[^>]+>", "", t); t = html.unescape(t)
    out = []
    for line in t.splitlines():
        if any(re.match(p, line.strip()) for p in QUOTE_START) and not (line.startswith(">") and out == []):
            if line.startswith(">"):
                continue  # inline-quoted survey lines: skip the line only
            break
        out.append(line)
    return "\n".join(out), t

def full_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    t = part.get_content()
    if part.get_content_type() == "text/html":
        t = re.sub(r"<br\s*/?>", "\n", t); t = re.sub(r"<[^>]+>", "", t); t = html.unescape(t)
    return t

ids = set()
counts = {}
for fn in sorted(os.listdir(CASES)):
    if not fn.endswith(".json"): continue
    cid = fn[:-5]
    j = json.load(open(os.path.join(CASES, fn), encoding="utf-8"))
    emlp = os.path.join(CASES, cid + ".eml")
    if not os.path.exists(emlp): err(cid, "no .eml"); continue
    raw = open(emlp, "rb").read()
    if re.search(rb"(?<!\r)\n", raw): err(cid, "bare LF in .eml")
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg.defects: err(cid, "defects %r" % msg.defects)
    for h in ("From", "Date", "Subject", "Message-ID"):
        if msg[h] is None: err(cid, "missing " + h)
    try:
        d = msg["Date"].datetime
        if not (datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc) <= d <= datetime.datetime(2026, 12, 3, 12, tzinfo=datetime.timezone.utc)): err(cid, "date out of range")
    except Exception as e: err(cid, "bad Date %s" % e)
    try:
        body_own, _ = own_text(msg); body_all = full_text(msg)
    except Exception as e:
        err(cid, "body decode %s" % e); continue
    if j.get("id") != cid: err(cid, "id mismatch")
    if not cid.startswith("t5-"): err(cid, "id prefix")
    if j.get("lang") not in ("en", "fr"): err(cid, "lang")
    if j.get("category") not in CATS: err(cid, "category")
    if j.get("prompt") not in PROMPTS: err(cid, "prompt")
    if not j.get("tz") or not j.get("note"): err(cid, "tz/note")
    e = j.get("expect", {})
    counts[(j["lang"], j["category"])] = counts.get((j["lang"], j["category"]), 0) + 1
    cls = e.get("class")
    if cls not in ("reply", "auto_reply", "bulk", "bounce"): err(cid, "class")
    if cls != "reply":
        if set(e) != {"class"}: err(cid, "non-reply must give only class")
        continue
    need = {"meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
    if not need <= set(e): err(cid, "missing keys %s" % (need - set(e)))
    if set(e) - need - {"class", "meetings_count"}: err(cid, "extra keys")
    m = e.get("meeting")
    if m is not None:
        if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: err(cid, "meeting keys")
        if m["date"] is not None and not isdate(m["date"]): err(cid, "meeting date")
        if m["next_meeting"] is not None and not isdate(m["next_meeting"]): err(cid, "next date")
        if m["minutes"] is not None and not isinstance(m["minutes"], int): err(cid, "minutes")
        if m["mode"] not in MODES: err(cid, "mode")
        if TOPICS and not set(m["topics_include"]) <= TOPICS: err(cid, "topic key")
    if "meetings_count" in e and (m is None or e["meetings_count"] < 2): err(cid, "meetings_count")
    for g in e["goals"]:
        if g.get("status") not in ("new", "in_progress", "done", "dropped"): err(cid, "goal status")
        if g.get("horizon") not in ("short", "long", ""): err(cid, "horizon")
        if g.get("ref") and "title_has" in g: err(cid, "title_has on numbered")
        if not g.get("ref") and not g.get("title_has"): err(cid, "unnumbered goal without title_has")
        if g.get("ref") and g.get("horizon"): err(cid, "horizon on numbered update")
        if "title_has" in g and g["title_has"] != g["title_has"].lower(): err(cid, "title_has case")
    for c in e["commands"]:
        if c.get("name") not in CMDS: err(cid, "cmd name")
        if set(c) != {"name", "until", "value"}: err(cid, "cmd keys")
        if c["until"] is not None and not isdate(c["until"]): err(cid, "until")
        if c["name"] == "rating" and not isinstance(c["value"], int): err(cid, "rating value")
    if not isinstance(e["question"], bool) or not isinstance(e["warn"], bool): err(cid, "bools")
    for p in e["reply_text_has"]:
        if re.search("[\u2018\u2019\u201c\u201d]", p): err(cid, "curly quote in phrase")
        if norm(p) not in norm(body_own): err(cid, "has-phrase not in own text: %r" % p)
    for p in e["reply_text_not"]:
        if norm(p) not in norm(body_all): err(cid, "not-phrase absent from message: %r" % p)
        if norm(p) in norm(body_own) and not norm(p) in norm("\n".join(l for l in body_own.splitlines())) : pass
    if not e["reply_text_has"]: err(cid, "no has-phrase")
for x in errs: print(x)
print("cases:", sum(counts.values()))
for k in sorted(counts): print("  %s %-15s %d" % (k[0], k[1], counts[k]))
print("lang:", {l: sum(v for k, v in counts.items() if k[0] == l) for l in ("en", "fr")})
sys.exit(1 if errs else 0)
