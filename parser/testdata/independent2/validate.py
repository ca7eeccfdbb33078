#!/usr/bin/env python3
"""Checks the set: every .eml parses cleanly, every .json follows FORMAT.md,
reply_text_has phrases are in the sender's own (unquoted) text, reply_text_not
phrases occur somewhere in the message. Exit status 1 on any problem."""
import collections, datetime as dt, email, email.policy, email.utils, html.parser, json, os, re, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
MODES = {"video", "phone", "in_person", "email", "chat", None}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
TOPICS = {t["key"] for t in json.load(open("/work/main/topics/catalogue.json"))} if os.path.exists("/work/main/topics/catalogue.json") else None
PREFIX = {"meet": "meeting", "top": "topics", "goal": "goals", "cmd": "commands", "q": "question", "not": "not_meeting", "txt": "reply_text"}

errors = []
def err(cid, msg): errors.append(f"{cid}: {msg}")

class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_starttag(self, tag, attrs):
        if tag in ("br", "div", "p", "tr", "hr", "li"): self.out.append("\n")
    def handle_data(self, d): self.out.append(d)

def html_text(s):
    p = Text(); p.feed(s); return "".join(p.out)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()

def bodies(msg):
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart(): continue
        ct = part.get_content_type()
        if ct == "text/plain": plain.append(part.get_content())
        elif ct == "text/html": htm.append(part.get_content())
        elif ct.startswith("message/") or ct == "text/rfc822-headers":
            pl = part.get_payload()
            plain.append(pl if isinstance(pl, str) else str(pl))
    return plain, htm

ATTR = re.compile(r"(wrote:|a écrit\s?:)\s*$")
CUT = re.compile(r"^(-----Original Message-----|-----Message d'origine-----|_{10,}|Sent from my |Envoyé de mon |(From|De) ?:\s.*<.*@.*>$)")

def own_text(msg):
    """Naive, independent extraction of the sender's own words."""
    plain, htm = bodies(msg)
    if plain:
        out = []
        for line in plain[0].replace("\r\n", "\n").split("\n"):
            if CUT.match(line): break
            if line.startswith(">") or ATTR.search(line): continue
            out.append(line)
        return "\n".join(out)
    h = htm[0]
    cut = min([i for i in (h.find('class="gmail_quote'), h.find('id="divRplyFwdMsg"'), h.find("<blockquote"), h.find("<hr")) if i >= 0] or [len(h)])
    return html_text(h[:cut])

def all_text(msg):
    plain, htm = bodies(msg)
    return "\n".join(plain + [html_text(h) for h in htm])

def check_date(cid, v, what):
    if v is None: return None
    try: return dt.date.fromisoformat(v)
    except Exception: err(cid, f"{what} not YYYY-MM-DD: {v!r}")

def main():
    files = sorted(os.listdir(CASES))
    ids = sorted({f.rsplit(".", 1)[0] for f in files})
    count = collections.Counter(); classes = collections.Counter()
    for cid in ids:
        ep, jp = os.path.join(CASES, cid + ".eml"), os.path.join(CASES, cid + ".json")
        if not os.path.exists(ep) or not os.path.exists(jp):
            err(cid, "missing .eml or .json"); continue
        raw = open(ep, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw): err(cid, "line endings are not all CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
        if defects: err(cid, f"parse defects {defects}")
        for h in ("From", "Date", "Subject", "Message-ID"):
            if msg[h] is None: err(cid, f"missing {h}")
        try:
            when = email.utils.parsedate_to_datetime(msg["Date"])
        except Exception as e:
            err(cid, f"bad Date {e}"); continue
        if not (dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc) <= when <= dt.datetime(2026, 12, 3, tzinfo=dt.timezone.utc)):
            err(cid, f"Date out of range {when}")
        try: text = all_text(msg)
        except Exception as e: err(cid, f"cannot decode body: {e}"); continue
        j = json.load(open(jp, encoding="utf-8"))
        if j.get("id") != cid: err(cid, "id differs from file name")
        if set(j) != {"id", "lang", "category", "prompt", "tz", "note", "expect"}: err(cid, f"keys {sorted(j)}")
        if j["lang"] not in ("en", "fr"): err(cid, "lang")
        if j["category"] not in CATS: err(cid, "category")
        if j["prompt"] not in PROMPTS: err(cid, "prompt")
        try: tz = ZoneInfo(j["tz"])
        except Exception: err(cid, "tz"); continue
        if not j["note"] or "\n" in j["note"]: err(cid, "note must be one line")
        parts = cid.split("-")
        if parts[0] == "cls":
            if j["category"] != "classification": err(cid, "cls- id must be classification")
        else:
            if parts[0] != j["lang"]: err(cid, "id language prefix")
            if PREFIX.get(parts[1]) != j["category"]: err(cid, "id category part")
        e = j["expect"]
        cls = e.get("class")
        if cls not in ("reply", "auto_reply", "bulk", "bounce"): err(cid, "class")
        classes[cls] += 1
        count[(j["lang"] if parts[0] != "cls" else "raw", j["category"])] += 1
        if cls != "reply":
            if set(e) != {"class"}: err(cid, "non-reply expectations give only class")
            continue
        need = {"class", "meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
        if not need <= set(e) or set(e) - need - {"meetings_count"}: err(cid, f"expect keys {sorted(e)}")
        local = when.astimezone(tz).date()
        m = e["meeting"]
        if m is not None:
            if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: err(cid, f"meeting keys {sorted(m)}")
            d = check_date(cid, m["date"], "meeting.date")
            if d and d > local: err(cid, "meeting date after the message")
            check_date(cid, m["next_meeting"], "next_meeting")
            if m["minutes"] is not None and not (isinstance(m["minutes"], int) and 0 < m["minutes"] < 600): err(cid, "minutes")
            if m["mode"] not in MODES: err(cid, "mode")
            if TOPICS and not set(m["topics_include"]) <= TOPICS: err(cid, f"unknown topic {m['topics_include']}")
            if m["date"] is None and not e["warn"]: err(cid, "undated meeting should warn")
        if "meetings_count" in e and (m is None or not isinstance(e["meetings_count"], int) or e["meetings_count"] < 2): err(cid, "meetings_count")
        for g in e["goals"]:
            if g.get("status") not in ("new", "in_progress", "done", "dropped"): err(cid, "goal status")
            if g.get("horizon") not in ("short", "long", ""): err(cid, "goal horizon")
            if not isinstance(g.get("ref"), str): err(cid, "goal ref")
            if g.get("ref") == "" and not g.get("title_has"): err(cid, "goal without ref needs title_has")
            if g.get("ref") and "title_has" in g: err(cid, "numbered update should omit title_has")
            if g.get("title_has") and g["title_has"] != g["title_has"].lower(): err(cid, "title_has must be lower case")
            if g.get("status") == "new" and not g.get("horizon"): err(cid, "new goal needs a horizon")
        for c in e["commands"]:
            if set(c) != {"name", "until", "value"} or c["name"] not in CMDS: err(cid, f"command {c}")
            d = check_date(cid, c["until"], "until")
            if c["name"] == "pause" and d is None: err(cid, "pause without until")
            if c["name"] == "rating" and c["value"] not in (1, 2, 3, 4, 5): err(cid, "rating value")
        if not isinstance(e["question"], bool) or not isinstance(e["warn"], bool): err(cid, "question/warn must be bool")
        own = norm(own_text(msg)); everything = norm(text)
        if not e["reply_text_has"]: err(cid, "reply_text_has is empty")
        for p in e["reply_text_has"] + e["reply_text_not"]:
            if re.search("[\u2018\u2019\u201c\u201d]", p): err(cid, f"curly quote in phrase {p!r}")
        for p in e["reply_text_has"]:
            if norm(p) not in own: err(cid, f"reply_text_has not in own text: {p!r}")
        for p in e["reply_text_not"]:
            if norm(p) not in everything: err(cid, f"reply_text_not absent from message: {p!r}")
            for q in e["reply_text_has"]:
                if norm(p) in norm(q) or norm(q) in norm(p): err(cid, f"has/not phrases overlap: {p!r}")
    for x in errors: print("ERROR", x)
    print(f"{len(ids)} cases; classes {dict(classes)}")
    for k in sorted(count): print(f"  {k[0]:>3} {k[1]:<15} {count[k]}")
    if errors: print(f"{len(errors)} problem(s)"); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
