#!/usr/bin/env python3
"""Validate the set: python3 validate.py  (exit 0 when everything passes). Stdlib only."""
import datetime as dt, email, email.policy, email.utils, glob, html, json, os, re, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
TOPICS = {'career_path', 'current_role', 'career_goals', 'diversity', 'specialties', 'professional_development', 'interviews',
          'job_applications', 'current_topics', 'typical_day', 'work_scenarios', 'management', 'technology', 'conferences',
          'work_life_balance', 'committees', 'job_precarity', 'lis_resources', 'time_management', 'change_management'}
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
MODES = {"video", "phone", "in_person", "email", "chat", None}
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def html_to_text(h, own_only):
    if own_only:
        for marker in ('<div class="gmail_quote"', '<div id="divRplyFwdMsg"', '<hr '):
            i = h.find(marker)
            if i >= 0:
                h = h[:i]
        h = re.sub(r"<blockquote.*?</blockquote>", " ", h, flags=re.S)
    h = re.sub(r"<(br|/div|/p|/li)[^>]*>", "\n", h, flags=re.I)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

CUT = re.compile(r"^(_{20,}|-----Original Message-----|-----Message d'origine-----)\s*$")
ATTR = re.compile(r"^(On .* wrote:|Le .* a écrit :)\s*$")

def own_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content()
    if part.get_content_type() == "text/html":
        body = html_to_text(body, True)
    lines = []
    for l in body.splitlines():
        if CUT.match(l):
            break
        if l.startswith(">") or ATTR.match(l):
            continue
        lines.append(l)
    return "\n".join(lines)

def all_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content()
    if part.get_content_type() == "text/html":
        body = html_to_text(body, False)
    return body

def check_date(cid, v, field):
    if v is None:
        return
    try:
        dt.date.fromisoformat(v)
    except Exception:
        err(cid, f"{field} not YYYY-MM-DD: {v!r}")

def check_json(cid, j, path):
    if j.get("id") != cid:
        err(cid, "id does not match file name")
    for k in ("id", "lang", "category", "prompt", "tz", "note", "expect"):
        if k not in j:
            err(cid, f"missing {k}")
    if j.get("lang") not in ("en", "fr") or not cid.startswith(j.get("lang", "??") + "-"):
        err(cid, "bad lang")
    if j.get("category") not in CATS: err(cid, "bad category")
    if j.get("prompt") not in PROMPTS: err(cid, "bad prompt")
    try:
        ZoneInfo(j.get("tz", ""))
    except Exception:
        err(cid, "bad tz")
    if not j.get("note") or "\n" in j["note"]: err(cid, "note must be one line")
    e = j.get("expect", {})
    cls = e.get("class")
    if cls not in ("reply", "auto_reply", "bulk", "bounce"):
        err(cid, "bad class"); return
    if cls != "reply":
        if set(e) != {"class"}: err(cid, "non-reply gives only class")
        return
    need = {"meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
    extra = set(e) - need - {"class", "meetings_count"}
    if need - set(e): err(cid, f"missing expect keys {need - set(e)}")
    if extra: err(cid, f"unknown expect keys {extra}")
    m = e.get("meeting")
    if m is not None:
        if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}:
            err(cid, f"meeting keys {set(m)}")
        check_date(cid, m.get("date"), "date"); check_date(cid, m.get("next_meeting"), "next_meeting")
        if m.get("minutes") is not None and not (isinstance(m["minutes"], int) and 0 < m["minutes"] <= 600): err(cid, "minutes")
        if m.get("mode") not in MODES: err(cid, "mode")
        for t in m.get("topics_include", []):
            if t not in TOPICS: err(cid, f"unknown topic {t}")
        if m.get("date") is None and not e.get("warn"): err(cid, "undated meeting without warn")
    if "meetings_count" in e and (m is None or not isinstance(e["meetings_count"], int) or e["meetings_count"] < 2):
        err(cid, "meetings_count only when more than one meeting")
    for g in e.get("goals", []):
        if g.get("status") not in ("new", "in_progress", "done", "dropped"): err(cid, "goal status")
        if g.get("horizon") not in ("short", "long", ""): err(cid, "goal horizon")
        if not isinstance(g.get("ref"), str): err(cid, "goal ref must be a string")
        if g.get("ref") and "title_has" in g: err(cid, "numbered update must omit title_has")
        if not g.get("ref") and (not g.get("title_has") or g["title_has"] != g["title_has"].lower()): err(cid, "title_has lower case required")
        if g.get("status") != "new" and g.get("horizon"): err(cid, "horizon must be '' for updates")
        if set(g) - {"ref", "status", "horizon", "title_has"}: err(cid, "goal keys")
    for c in e.get("commands", []):
        if set(c) != {"name", "until", "value"}: err(cid, "command keys")
        if c.get("name") not in CMDS: err(cid, "command name")
        check_date(cid, c.get("until"), "until")
        if c.get("name") == "pause" and not c.get("until"): err(cid, "pause without until")
        if c.get("name") == "rating" and c.get("value") not in (1, 2, 3, 4, 5): err(cid, "rating value")
    if not isinstance(e.get("question"), bool) or not isinstance(e.get("warn"), bool): err(cid, "question/warn bool")
    for k in ("reply_text_has", "reply_text_not"):
        for ph in e.get(k, []):
            if any(q in ph for q in "\u2018\u2019\u201c\u201d"): err(cid, f"curly quote in {k}: {ph!r}")
    if not e.get("reply_text_has"): err(cid, "at least one reply_text_has phrase")

def main():
    files = sorted(glob.glob(os.path.join(CASES, "*.eml")))
    jsons = sorted(glob.glob(os.path.join(CASES, "*.json")))
    if {os.path.splitext(f)[0] for f in files} != {os.path.splitext(f)[0] for f in jsons}:
        errors.append("eml/json files do not pair up")
    lo = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=4)
    hi = dt.datetime(2026, 12, 3, 8, tzinfo=dt.timezone.utc)
    for f in files:
        cid = os.path.basename(f)[:-4]
        raw = open(f, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(cid, "line endings are not all CRLF")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(cid, "raw message is not 7-bit")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects: err(cid, f"defects {msg.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "Content-Type"):
            if not msg[h]: err(cid, f"missing header {h}")
        try:
            d = email.utils.parsedate_to_datetime(msg["Date"])
            if not (lo <= d <= hi): err(cid, f"Date out of range {d}")
        except Exception as x:
            err(cid, f"bad Date {x}")
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            err(cid, "no text body"); continue
        for p in msg.walk():
            if p.defects: err(cid, f"part defects {p.defects}")
        try:
            own, full = norm(own_text(msg)), norm(all_text(msg))
        except Exception as x:
            err(cid, f"body does not decode: {x}"); continue
        jp = f[:-4] + ".json"
        if not os.path.exists(jp):
            continue
        j = json.load(open(jp, encoding="utf-8"))
        check_json(cid, j, jp)
        e = j.get("expect", {})
        for ph in e.get("reply_text_has", []):
            if norm(ph) not in own: err(cid, f"reply_text_has not in own text: {ph!r}")
        for ph in e.get("reply_text_not", []):
            if norm(ph) not in full: err(cid, f"reply_text_not not in message: {ph!r}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(files)} messages checked, {len(errors)} problems")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
