#!/usr/bin/env python3
"""Checks every case: .eml parses cleanly (CRLF, Date in range), .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text, reply_text_not phrases
occur somewhere in the message. Exit 1 on any problem."""
import os, re, sys, json, glob, email, html, datetime
from email import policy
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
CLASSES = {"reply", "auto_reply", "bulk", "bounce"}
MODES = {"video", "phone", "in_person", "email", "chat", None}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
STATUS = {"new", "in_progress", "done", "dropped"}
CATALOGUE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "main", "topics", "catalogue.json"))
errs = []

def err(cid, msg): errs.append("%s: %s" % (cid, msg))

def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

def isdate(v):
    try: datetime.date.fromisoformat(v); return True
    except Exception: return False

QUOTE_LINE = re.compile(r"^(On .* wrote:|Le .* a écrit ?:|_{20,}|-----Original Message-----|From: .*|De : .*|>.*)$")

def bodies(msg):
    plain, htm = None, None
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type()
        if ct == "text/plain" and plain is None: plain = part.get_content()
        elif ct == "text/html" and htm is None: htm = part.get_content()
    return plain, htm

def html_text(h):
    h = re.sub(r"(?i)<br\s*/?>|</div>|</p>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def own_and_full(msg):
    plain, htm = bodies(msg)
    if plain is not None:
        full = plain
        own = []
        for line in plain.replace("\r\n", "\n").split("\n"):
            if QUOTE_LINE.match(line.strip()): break
            own.append(line)
        return "\n".join(own), full
    if htm is not None:
        full = html_text(htm)
        m = re.search(r'class="gmail_quote"|id="divRplyFwdMsg"|<hr', htm)
        return html_text(htm[:m.start()] if m else htm), full
    return "", ""

keys = None
try:
    keys = {t["key"] for t in json.load(open(CATALOGUE, encoding="utf-8"))}
except Exception:
    pass

jsons = sorted(glob.glob(os.path.join(CASES, "*.json")))
emls = sorted(glob.glob(os.path.join(CASES, "*.eml")))
if {os.path.splitext(p)[0] for p in jsons} != {os.path.splitext(p)[0] for p in emls}:
    errs.append("json/eml files do not pair up")
counts = {}
for jp in jsons:
    cid = os.path.basename(jp)[:-5]
    try:
        j = json.load(open(jp, encoding="utf-8"))
    except Exception as e:
        err(cid, "bad json %s" % e); continue
    if j.get("id") != cid or not cid.startswith("i4-"): err(cid, "id mismatch or prefix")
    if j.get("lang") not in ("en", "fr"): err(cid, "lang")
    if j.get("category") not in CATS: err(cid, "category")
    if j.get("prompt") not in PROMPTS: err(cid, "prompt")
    if not j.get("tz", "").startswith("America/"): err(cid, "tz")
    if not j.get("note"): err(cid, "note")
    counts.setdefault((j.get("lang"), j.get("category")), 0)
    counts[(j.get("lang"), j.get("category"))] += 1
    e = j.get("expect", {})
    raw = open(os.path.join(CASES, cid + ".eml"), "rb").read()
    if re.search(rb"(?<!\r)\n", raw): err(cid, "bare LF in eml")
    try:
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects: err(cid, "defects %s" % msg.defects)
        d = parsedate_to_datetime(msg["Date"])
        if not (datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc) <= d <= datetime.datetime(2026, 12, 3, tzinfo=datetime.timezone.utc)):
            err(cid, "Date out of range")
        for k in ("From", "To", "Subject", "Message-ID"):
            if msg[k] is None: err(cid, "missing " + k)
        own, full = own_and_full(msg)
        for part in msg.walk():
            if part.defects: err(cid, "part defects %s" % part.defects)
    except Exception as ex:
        err(cid, "eml parse %r" % ex); continue
    if e.get("class") not in CLASSES: err(cid, "class"); continue
    if e["class"] != "reply":
        if set(e) != {"class"}: err(cid, "non-reply must give only class")
        continue
    need = {"class", "meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
    if not need <= set(e): err(cid, "missing keys %s" % (need - set(e)))
    if set(e) - need - {"meetings_count"}: err(cid, "extra keys %s" % (set(e) - need))
    m = e.get("meeting")
    if m is not None:
        if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: err(cid, "meeting keys")
        if m["date"] is not None and not isdate(m["date"]): err(cid, "meeting date")
        if m["next_meeting"] is not None and not isdate(m["next_meeting"]): err(cid, "next date")
        if m["minutes"] is not None and not isinstance(m["minutes"], int): err(cid, "minutes")
        if m["mode"] not in MODES: err(cid, "mode")
        if keys:
            for t in m["topics_include"]:
                if t not in keys: err(cid, "unknown topic " + t)
        if m["date"] and m["date"] > d.astimezone(datetime.timezone.utc).date().isoformat() and m["date"] > (d.date().isoformat()):
            err(cid, "meeting date after message")
    if "meetings_count" in e and (m is None or e["meetings_count"] < 2): err(cid, "meetings_count")
    for g in e.get("goals", []):
        if g.get("status") not in STATUS or g.get("horizon") not in ("short", "long", "") or not isinstance(g.get("ref"), str): err(cid, "goal %s" % g)
        if g.get("ref") and ("title_has" in g or g.get("horizon")): err(cid, "numbered update must omit title_has/horizon")
        if "title_has" in g and g["title_has"] != g["title_has"].lower(): err(cid, "title_has lower case")
    for c in e.get("commands", []):
        if c.get("name") not in CMDS or set(c) != {"name", "until", "value"}: err(cid, "command %s" % c)
        if c["until"] is not None and not isdate(c["until"]): err(cid, "until")
        if c["name"] == "rating" and c["value"] not in (1, 2, 3, 4, 5): err(cid, "rating value")
    if not isinstance(e.get("question"), bool) or not isinstance(e.get("warn"), bool): err(cid, "bools")
    for p in e.get("reply_text_has", []):
        if norm(p) not in norm(own): err(cid, "has phrase not in own text: %r" % p)
        if "\u2019" in p: err(cid, "curly quote")
    for p in e.get("reply_text_not", []):
        if norm(p) not in norm(full): err(cid, "not phrase absent from message: %r" % p)
if errs:
    print("\n".join(errs)); print(len(errs), "problems"); sys.exit(1)
print("OK", len(jsons), "cases")
for k in sorted(counts, key=str): print(" ", k[0], k[1], counts[k])
