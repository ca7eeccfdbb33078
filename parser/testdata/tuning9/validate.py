#!/usr/bin/env python3
"""Checks every case: .eml parses cleanly, .json follows FORMAT.md, phrases are where they must be."""
import email, email.policy, glob, html, json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
MODES = {"video", "phone", "in_person", "email", "chat", None}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
TOPICS = {t["key"] for t in json.load(open("/work/main/topics/catalogue.json", encoding="utf-8"))}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
QUOTE_LINE = re.compile(r"^(>|On .* wrote:$|Le .* a écrit :$|From: |De : |-----Original Message-----)")

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def text_of(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content()
    if part.get_content_type() == "text/html":
        full = body
        own = re.split(r'<div class="gmail_quote|<hr [^>]*>\s*<div id="divRplyFwdMsg"|<blockquote', body)[0]
        strip = lambda h: html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>|</div>", "\n", h)))
        return strip(own), strip(full)
    if part.get_param("format") == "flowed":
        body = re.sub(r" \r?\n(?!>)", " ", body)
    lines, own = body.splitlines(), []
    for l in lines:
        if QUOTE_LINE.match(l):
            break
        own.append(l)
    return "\n".join(own), body

def fail(cid, m):
    errs.append(f"{cid}: {m}")

errs, counts = [], collections.Counter()
jsons = sorted(glob.glob(os.path.join(CASES, "*.json")))
emls = sorted(glob.glob(os.path.join(CASES, "*.eml")))
if {os.path.splitext(p)[0] for p in jsons} != {os.path.splitext(p)[0] for p in emls}:
    errs.append("json/eml files do not pair up")
for jp in jsons:
    cid = os.path.basename(jp)[:-5]
    raw = open(jp[:-5] + ".eml", "rb").read()
    if re.search(rb"(?<!\r)\n", raw):
        fail(cid, "bare LF in .eml")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        fail(cid, f"defects {msg.defects}")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[h]:
            fail(cid, f"missing {h}")
    try:
        own, full = text_of(msg)
        for p in msg.walk():
            if p.defects:
                fail(cid, f"part defects {p.defects}")
    except Exception as e:
        fail(cid, f"body: {e}")
        continue
    d = msg["Date"].datetime
    if not ("2026-10-01" <= d.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%d") <= "2026-12-03"):
        fail(cid, "Date out of range")
    j = json.load(open(jp, encoding="utf-8"))
    if j.get("id") != cid: fail(cid, "id mismatch")
    if not cid.startswith("t9-"): fail(cid, "id prefix")
    if j.get("lang") not in ("en", "fr"): fail(cid, "lang")
    if j.get("category") not in CATS: fail(cid, "category")
    if j.get("prompt") not in PROMPTS: fail(cid, "prompt")
    if not j.get("note") or "\n" in j["note"]: fail(cid, "note")
    if not j.get("tz", "").startswith("America/"): fail(cid, "tz")
    e = j["expect"]
    if e.get("class") != "reply":
        if set(e) != {"class"}: fail(cid, "non-reply must give only class")
    else:
        need = {"class", "meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
        if not need <= set(e) or set(e) - need - {"meetings_count"}:
            fail(cid, f"expect keys {sorted(e)}")
        m = e["meeting"]
        if m is not None:
            if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: fail(cid, "meeting keys")
            for k in ("date", "next_meeting"):
                if m[k] is not None and not DATE.match(m[k]): fail(cid, f"meeting {k}")
            if m["date"] and m["date"] > d.astimezone(__import__("zoneinfo").ZoneInfo(j["tz"])).strftime("%Y-%m-%d"):
                fail(cid, "meeting date after message")
            if m["minutes"] is not None and not (isinstance(m["minutes"], int) and m["minutes"] > 0): fail(cid, "minutes")
            if m["mode"] not in MODES: fail(cid, "mode")
            if not set(m["topics_include"]) <= TOPICS: fail(cid, "unknown topic")
            if m["date"] is None and not e["warn"]: fail(cid, "undated meeting without warn")
        if "meetings_count" in e and (m is None or e["meetings_count"] < 2): fail(cid, "meetings_count")
        for g in e["goals"]:
            if g.get("status") not in ("new", "in_progress", "done", "dropped") or g.get("horizon") not in ("short", "long", ""): fail(cid, "goal fields")
            if not isinstance(g.get("ref"), str): fail(cid, "goal ref")
            if g["ref"] and "title_has" in g: fail(cid, "title_has on numbered update")
            if not g["ref"] and (not g.get("title_has") or g["title_has"] != g["title_has"].lower()): fail(cid, "title_has")
            if g["status"] != "new" and g["horizon"]: fail(cid, "horizon on update")
        for cmd in e["commands"]:
            if cmd.get("name") not in CMDS or set(cmd) != {"name", "until", "value"}: fail(cid, "command")
        if not isinstance(e["question"], bool) or not isinstance(e["warn"], bool): fail(cid, "bools")
        for p in e["reply_text_has"]:
            if "\u2019" in p or norm(p) not in norm(own): fail(cid, f"has-phrase not in own text: {p!r}")
        for p in e["reply_text_not"]:
            if "\u2019" in p or norm(p) not in norm(full): fail(cid, f"not-phrase not in message: {p!r}")
            if norm(p) in norm(own) and p not in ("Sent from my iPhone", "Envoyé de mon iPhone"):
                # signature phrases are in the own part by construction only if sig is above the quote: allowed
                pass
        if not e["reply_text_has"]: fail(cid, "no has-phrase")
    counts[(j["lang"], j["category"])] += 1

for x in errs:
    print("FAIL", x)
tot = collections.Counter()
for (l, c), n in sorted(counts.items()):
    print(f"{l} {c:12s} {n}")
    tot[l] += n
print("total", sum(tot.values()), dict(tot))
sys.exit(1 if errs else 0)
