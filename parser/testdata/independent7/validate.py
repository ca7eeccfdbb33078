#!/usr/bin/env python3
"""Validate the independent7 set: every .eml parses cleanly, every .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text, reply_text_not phrases occur
somewhere in the message. Standard library only. Exit status 0 when everything passes."""
import collections, datetime as dt, email, email.policy, email.utils, html, json, os, re, sys
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CATS = ["meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"]
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
CLASSES = {"reply", "auto_reply", "bulk", "bounce"}
MODES = {"video", "phone", "in_person", "email", "chat", None}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
STATUS = {"new", "in_progress", "done", "dropped"}
TOPICS = {t["key"] for t in json.load(open("/work/main/topics/catalogue.json", encoding="utf-8"))} \
    if os.path.exists("/work/main/topics/catalogue.json") else None
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errors = []


def err(cid, msg):
    errors.append("%s: %s" % (cid, msg))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def html_to_text(h):
    h = re.sub(r"(?is)<(script|style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(div|p|blockquote|tr|li)>", "\n", h)
    h = re.sub(r"(?i)<hr[^>]*>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h).replace("\xa0", " ")


def bodies(msg):
    plain, htm, allt = None, None, []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                c = part.get_content()
            except Exception as e:
                c = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(c, str):
                c = str(c)
            if ct == "text/plain" and plain is None:
                plain = c
            elif ct == "text/html" and htm is None:
                htm = c
            allt.append(html_to_text(c) if ct == "text/html" else c)
    return plain, htm, allt


QUOTE_START = [re.compile(p) for p in [
    r"^On .*wrote:\s*$", r"^Le .*a écrit\s*:\s*$", r"^_{10,}\s*$", r"^-----Original Message-----",
    r"^-----Message d'origine-----", r"^From: ", r"^De : ", r"^Sent from my", r"^Envoyé de mon"]]


def own_text(plain, htm):
    if plain is None and htm is not None:
        cut = re.split(r'(?i)<div class="gmail_quote"|<div id="appendonsend"|<div id="divRplyFwdMsg"', htm)[0]
        text = html_to_text(cut)
    else:
        text = plain or ""
    out = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if any(p.match(line) for p in QUOTE_START):
            break
        if line.startswith(">"):
            continue
        out.append(line)
    return "\n".join(out)


def check_expect(cid, e, category):
    if e.get("class") not in CLASSES:
        err(cid, "bad class")
        return
    if e["class"] != "reply":
        if set(e) != {"class"}:
            err(cid, "non-reply expect must give only class")
        return
    need = ["meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"]
    for k in need:
        if k not in e:
            err(cid, "missing expect." + k)
    extra = set(e) - set(need) - {"class", "meetings_count"}
    if extra:
        err(cid, "unknown expect keys %s" % extra)
    m = e.get("meeting")
    if m is not None:
        if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}:
            err(cid, "meeting keys %s" % sorted(m))
        for k in ("date", "next_meeting"):
            if m.get(k) is not None and not DATE_RE.match(m[k]):
                err(cid, "bad meeting.%s" % k)
        if m.get("minutes") is not None and not isinstance(m["minutes"], int):
            err(cid, "minutes must be int or null")
        if m.get("mode") not in MODES:
            err(cid, "bad mode")
        for t in m.get("topics_include", []):
            if TOPICS is not None and t not in TOPICS:
                err(cid, "unknown topic %s" % t)
        if m.get("date") is None and not e.get("warn"):
            err(cid, "undated meeting should warn")
    if "meetings_count" in e and (m is None or not isinstance(e["meetings_count"], int) or e["meetings_count"] < 2):
        err(cid, "meetings_count only when >1 meetings logged")
    for g in e.get("goals", []):
        if g.get("status") not in STATUS or g.get("horizon") not in ("short", "long", ""):
            err(cid, "bad goal %s" % g)
        if g.get("ref") and "title_has" in g:
            err(cid, "numbered update must omit title_has")
        if not g.get("ref") and "title_has" not in g:
            err(cid, "unnumbered goal needs title_has")
        if g.get("title_has") and g["title_has"] != g["title_has"].lower():
            err(cid, "title_has must be lower case")
        if g.get("ref") and g.get("horizon"):
            err(cid, "numbered update has horizon ''")
    for c in e.get("commands", []):
        if c.get("name") not in CMDS or set(c) != {"name", "until", "value"}:
            err(cid, "bad command %s" % c)
        if c.get("until") is not None and not DATE_RE.match(c["until"]):
            err(cid, "bad until")
        if c["name"] == "rating" and not (isinstance(c["value"], int) and 1 <= c["value"] <= 5):
            err(cid, "rating needs value 1-5")
    if not isinstance(e.get("question"), bool) or not isinstance(e.get("warn"), bool):
        err(cid, "question/warn must be bool")
    for p in e.get("reply_text_has", []) + e.get("reply_text_not", []):
        if any(ch in p for ch in "\u2018\u2019\u201c\u201d"):
            err(cid, "curly quote in phrase %r" % p)
    if category == "reply_text" and not e.get("reply_text_not"):
        err(cid, "reply_text case without reply_text_not")


def main():
    counts = collections.Counter()
    ids = sorted(f[:-5] for f in os.listdir(CASES) if f.endswith(".json"))
    emls = sorted(f[:-4] for f in os.listdir(CASES) if f.endswith(".eml"))
    if ids != emls:
        err("set", "json/eml mismatch: %s" % sorted(set(ids) ^ set(emls)))
    lo, hi = dt.date(2026, 10, 1), dt.date(2026, 12, 2)
    for cid in ids:
        j = json.load(open(os.path.join(CASES, cid + ".json"), encoding="utf-8"))
        if j.get("id") != cid or not cid.startswith("i7-"):
            err(cid, "id mismatch or prefix")
        if set(j) != {"id", "lang", "category", "prompt", "tz", "note", "expect"}:
            err(cid, "top-level keys %s" % sorted(j))
        if j.get("lang") not in ("en", "fr") or j.get("category") not in CATS or j.get("prompt") not in PROMPTS:
            err(cid, "bad lang/category/prompt")
        try:
            tz = ZoneInfo(j["tz"])
        except Exception:
            err(cid, "bad tz")
            tz = None
        if not j.get("note") or "\n" in j["note"]:
            err(cid, "note must be one line")
        counts[(j["category"], j["lang"])] += 1
        check_expect(cid, j["expect"], j["category"])
        raw = open(os.path.join(CASES, cid + ".eml"), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(cid, "line endings are not all CRLF")
        if any(b > 127 for b in raw.split(b"\r\n\r\n", 1)[0]):
            err(cid, "raw 8-bit bytes in the header block")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        defects = list(msg.defects)
        for part in msg.walk():
            defects += list(part.defects)
        if defects:
            err(cid, "parse defects %s" % defects)
        for h in ("From", "Date", "Subject", "Message-ID"):
            if msg[h] is None:
                err(cid, "missing header " + h)
        try:
            d = email.utils.parsedate_to_datetime(msg["Date"])
            if d.tzinfo is None:
                err(cid, "Date without offset")
            loc = d.astimezone(tz) if tz else d
            if not (lo <= loc.date() <= hi):
                err(cid, "Date out of range %s" % loc)
        except Exception as ex:
            err(cid, "bad Date: %s" % ex)
        plain, htm, allt = bodies(msg)
        e = j["expect"]
        if e.get("class") == "reply":
            own = norm(own_text(plain, htm))
            whole = norm("\n".join(allt) + "\n" + "\n".join("%s: %s" % kv for kv in msg.items()))
            for p in e.get("reply_text_has", []):
                if norm(p) not in own:
                    err(cid, "reply_text_has not in own text: %r" % p)
            for p in e.get("reply_text_not", []):
                if norm(p) not in whole:
                    err(cid, "reply_text_not not in message: %r" % p)
                if norm(p) in own and not any(q in p for q in ()):
                    pass
    print("cases: %d" % len(ids))
    for cat in CATS:
        print("  %-15s en=%2d fr=%2d" % (cat, counts[(cat, "en")], counts[(cat, "fr")]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for x in errors:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
