#!/usr/bin/env python3
"""Validate the independent test set: every .eml parses cleanly with the email
module, every .json follows the expected format, and the reply_text phrases are
consistent with the message. Run: python3 validate.py [cases_dir]"""
import email, json, os, re, sys, html
from email import policy
from email.utils import parsedate_to_datetime
from datetime import date, datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases")
CATALOGUE = os.path.join(HERE, "..", "main", "topics", "catalogue.json")
TOPIC_KEYS = {"career_path", "current_role", "career_goals", "diversity", "specialties", "professional_development",
              "interviews", "job_applications", "current_topics", "typical_day", "work_scenarios", "management",
              "technology", "conferences", "work_life_balance", "committees", "job_precarity", "lis_resources",
              "time_management", "change_management"}
if os.path.exists(CATALOGUE):
    TOPIC_KEYS = {t["key"] for t in json.load(open(CATALOGUE, encoding="utf-8"))}

LANGS = {"en", "fr"}
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
CLASSES = {"reply", "auto_reply", "bulk", "bounce"}
MODES = {"video", "phone", "in_person", "email", "chat", None}
STATUSES = {"new", "in_progress", "done", "dropped"}
HORIZONS = {"short", "long", ""}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
REPLY_KEYS = {"class", "meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}

errors = []
def err(cid, msg): errors.append(f"{cid}: {msg}")

def isodate(s):
    try: return datetime.strptime(s, "%Y-%m-%d").date()
    except Exception: return None

def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

def html_to_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|blockquote|h\d|li|tr)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def check_eml(cid, path, meta):
    raw = open(path, "rb").read()
    crlf = raw.count(b"\r\n"); lf = raw.count(b"\n")
    if crlf and crlf != lf: err(cid, "mixed CRLF/LF line endings")
    if b"\n\n" not in raw.replace(b"\r\n", b"\n"): err(cid, "no blank line between headers and body")
    msg = email.message_from_bytes(raw, policy=policy.default)
    if msg.defects: err(cid, f"message defects {msg.defects}")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None: err(cid, f"missing {h}")
    if msg.get("MIME-Version") is None and msg.get("Mime-Version") is None:
        err(cid, "missing MIME-Version")
    try:
        dt = parsedate_to_datetime(str(msg["Date"]))
        if not (datetime(2026, 10, 1, tzinfo=ZoneInfo("UTC")) <= dt <= datetime(2026, 12, 21, tzinfo=ZoneInfo("UTC"))):
            err(cid, f"Date out of range {dt}")
    except Exception as e:
        err(cid, f"bad Date: {e}"); dt = None
    for h in ("Subject", "From"):
        try: str(msg[h])
        except Exception as e: err(cid, f"undecodable {h}: {e}")
    if msg.is_multipart():
        b = msg.get_boundary()
        rawn = raw.replace(b"\r\n", b"\n")
        if not b or ("--" + b + "--").encode() not in rawn: err(cid, "multipart without closing boundary")
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart(): continue
        if part.defects: err(cid, f"part defects {part.defects}")
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"): continue
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset() or "us-ascii"
        try: t = payload.decode(cs).replace("\r\n", "\n")
        except Exception as e: err(cid, f"cannot decode {ctype} as {cs}: {e}"); continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if cte == "7bit":
            try: payload.decode("ascii")
            except UnicodeDecodeError: err(cid, "7bit part contains 8-bit data")
        if ctype == "text/plain":
            if part.get_param("format", "").lower() == "flowed":
                out, buf = [], ""
                for line in t.split("\n"):
                    if line.startswith(" "): line = line[1:]
                    if line.endswith(" ") and line != "-- ": buf += line
                    else: out.append(buf + line); buf = ""
                t = "\n".join(out + ([buf] if buf else []))
            plain.append(t)
        else:
            htm.append(html_to_text(t))
    return msg, dt, plain, htm

def check_json(cid, meta, dt, plain, htm):
    for k in ("id", "lang", "category", "prompt", "tz", "note", "expect"):
        if k not in meta: err(cid, f"json missing {k}")
    if meta.get("id") != cid: err(cid, "id does not match file name")
    if meta.get("lang") not in LANGS: err(cid, "bad lang")
    if meta.get("category") not in CATS: err(cid, "bad category")
    if meta.get("prompt") not in PROMPTS: err(cid, "bad prompt")
    try: tz = ZoneInfo(meta.get("tz"))
    except Exception: err(cid, "bad tz"); tz = ZoneInfo("America/Toronto")
    if not meta.get("note") or "\n" in meta.get("note", ""): err(cid, "note must be one line")
    e = meta.get("expect", {})
    if e.get("class") not in CLASSES: err(cid, "bad class")
    if e.get("class") != "reply":
        extra = set(e) & {"meeting", "goals", "commands", "question"}
        if extra: err(cid, f"non-reply must omit {extra}")
        return
    miss = REPLY_KEYS - set(e)
    if miss: err(cid, f"reply missing {miss}")
    local = dt.astimezone(tz).date() if dt else None
    m = e.get("meeting")
    if m is not None:
        if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: err(cid, f"meeting keys {set(m)}")
        if m["date"] is not None:
            d = isodate(m["date"])
            if not d: err(cid, "meeting date not YYYY-MM-DD")
            elif local and d > local: err(cid, f"meeting date {d} after message local date {local}")
            elif d < date(2026, 9, 1): err(cid, "meeting date too early")
        if m["minutes"] is not None and (not isinstance(m["minutes"], int) or not 1 <= m["minutes"] <= 600): err(cid, "bad minutes")
        if m["mode"] not in MODES: err(cid, "bad mode")
        if m["next_meeting"] is not None:
            nd = isodate(m["next_meeting"])
            if not nd or (local and nd < local): err(cid, "bad next_meeting")
        for t in m["topics_include"]:
            if t not in TOPIC_KEYS: err(cid, f"unknown topic {t}")
        if m["date"] is None and not e.get("warn"): err(cid, "undated meeting should warn")
    if "meetings_count" in e and (m is None or not isinstance(e["meetings_count"], int) or e["meetings_count"] < 2):
        err(cid, "meetings_count only for >1 meetings")
    for g in e.get("goals", []):
        if not set(g) <= {"ref", "status", "horizon", "title_has"} or not {"ref", "status", "horizon"} <= set(g): err(cid, f"goal keys {g}")
        if g.get("status") not in STATUSES: err(cid, "bad goal status")
        if g.get("horizon") not in HORIZONS: err(cid, "bad horizon")
        if g.get("ref") and not g["ref"].isdigit(): err(cid, "bad ref")
        if not g.get("ref") and not g.get("title_has"): err(cid, "unnumbered goal needs title_has")
        if g.get("title_has") and g["title_has"] != g["title_has"].lower(): err(cid, "title_has must be lower-case")
        if g.get("status") == "new" and g.get("ref"): err(cid, "new goal with a ref")
    for c in e.get("commands", []):
        if set(c) != {"name", "until", "value"}: err(cid, f"command keys {c}")
        if c.get("name") not in CMDS: err(cid, "bad command")
        if c["name"] == "pause":
            u = isodate(c["until"] or "")
            if not u or (local and u <= local): err(cid, "pause needs a future until date")
        elif c["until"] is not None: err(cid, "until only for pause")
        if c["name"] == "rating":
            if not isinstance(c["value"], int) or not 1 <= c["value"] <= 5: err(cid, "rating needs value 1-5")
        elif c["value"] is not None: err(cid, "value only for rating")
    if not isinstance(e.get("question"), bool) or not isinstance(e.get("warn"), bool): err(cid, "question/warn must be booleans")
    has, nots = e.get("reply_text_has", []), e.get("reply_text_not", [])
    if not 1 <= len(has) <= 3 or len(nots) > 3: err(cid, "reply_text_has 1-3 / reply_text_not 0-3")
    bodies = plain + htm
    alltext = norm("\n".join(bodies))
    for p in has:
        found = False
        for b in bodies:
            # must appear outside '>' quoted lines
            unq = norm("\n".join(l for l in b.split("\n") if not l.lstrip().startswith(">")))
            if norm(p) in unq: found = True
        if not found: err(cid, f"reply_text_has phrase not found in unquoted text: {p!r}")
    for p in nots:
        if norm(p) not in alltext: err(cid, f"reply_text_not phrase not in message (useless check): {p!r}")

def main():
    ids = sorted({f[:-5] for f in os.listdir(CASES) if f.endswith(".json")} | {f[:-4] for f in os.listdir(CASES) if f.endswith(".eml")})
    counts = {}
    for cid in ids:
        jp, ep = os.path.join(CASES, cid + ".json"), os.path.join(CASES, cid + ".eml")
        if not os.path.exists(jp) or not os.path.exists(ep): err(cid, "missing .json or .eml"); continue
        try: meta = json.load(open(jp, encoding="utf-8"))
        except Exception as ex: err(cid, f"json: {ex}"); continue
        try: msg, dt, plain, htm = check_eml(cid, ep, meta)
        except Exception as ex: err(cid, f"eml: {ex}"); continue
        check_json(cid, meta, dt, plain, htm)
        key = (meta.get("lang"), meta.get("category"))
        counts[key] = counts.get(key, 0) + 1
    for k in sorted(counts): print(f"{k[0]:3} {k[1]:15} {counts[k]}")
    print(f"{len(ids)} cases, {len(errors)} problems")
    for x in errors: print("  " + x)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
