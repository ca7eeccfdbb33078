#!/usr/bin/env python3
"""Checks the tuning10 set: every .eml parses cleanly with CRLF line endings, every .json
follows FORMAT.md, each reply_text_has phrase is in the person's own text (tools/own_text.json,
which must itself occur in the decoded message), each reply_text_not phrase is in the message."""
import email, email.policy, html, json, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(os.path.dirname(HERE), "cases")
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
MODES = {"video", "phone", "in_person", "email", "chat", None}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
TOPICS = set()
try:
    TOPICS = {t["key"] for t in json.load(open("/work/main/topics/catalogue.json"))}
except OSError:
    pass

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        t = part.get_content()
        if part.get_content_subtype() == "html":
            t = re.sub(r"<br\s*/?>|</div>|</p>|<hr[^>]*>", "\n", t, flags=re.I)
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        if part.get_param("format") == "flowed":
            t = re.sub(r" \r?\n", " ", t)
        out.append(t)
    return "\n".join(out)

def isdate(v):
    if v is None:
        return True
    try:
        datetime.date.fromisoformat(v)
        return True
    except (TypeError, ValueError):
        return False

def main():
    own = json.load(open(os.path.join(HERE, "own_text.json"), encoding="utf-8"))
    errs = []
    files = sorted(os.listdir(CASES))
    ids = sorted({f.rsplit(".", 1)[0] for f in files})
    for cid in ids:
        def E(m):
            errs.append(f"{cid}: {m}")
        ep, jp = os.path.join(CASES, cid + ".eml"), os.path.join(CASES, cid + ".json")
        if not (os.path.exists(ep) and os.path.exists(jp)):
            E("missing .eml or .json"); continue
        raw = open(ep, "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            E("bare LF in .eml")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            E(f"defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                E(f"part defects {part.defects}")
        for h in ("From", "Date", "Message-ID"):
            if not msg[h]:
                E(f"no {h}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if not (datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc) <= d <= datetime.datetime(2026, 12, 3, tzinfo=datetime.timezone.utc)):
            E("Date out of range")
        try:
            body = text_of(msg)
        except Exception as e:  # noqa
            E(f"cannot decode: {e}"); continue
        nb = norm(body)
        j = json.load(open(jp, encoding="utf-8"))
        if j.get("id") != cid: E("id mismatch")
        if j.get("lang") not in ("en", "fr"): E("lang")
        if j.get("category") not in CATS: E("category")
        if j.get("prompt") not in PROMPTS: E("prompt")
        if not j.get("tz", "").startswith("America/"): E("tz")
        if not j.get("note"): E("note")
        x = j.get("expect", {})
        if x.get("class") not in ("reply", "auto_reply", "bulk", "bounce"): E("class")
        if x.get("class") != "reply":
            if set(x) != {"class"}: E("non-reply gives only class")
            continue
        need = {"class", "meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
        if not need <= set(x) or set(x) - need - {"meetings_count"}: E(f"expect keys {sorted(x)}")
        m = x.get("meeting")
        if m is not None:
            if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: E("meeting keys")
            if not isdate(m["date"]) or not isdate(m["next_meeting"]): E("meeting date")
            if m["minutes"] is not None and not isinstance(m["minutes"], int): E("minutes")
            if m["mode"] not in MODES: E("mode")
            if TOPICS and not set(m["topics_include"]) <= TOPICS: E("topic key")
            if m["date"] is None and not x["warn"]: E("undated meeting without warn")
        if "meetings_count" in x and (m is None or x["meetings_count"] < 2): E("meetings_count")
        for g in x["goals"]:
            if g.get("status") not in ("new", "in_progress", "done", "dropped"): E("goal status")
            if g.get("horizon") not in ("short", "long", ""): E("goal horizon")
            if not isinstance(g.get("ref"), str): E("goal ref")
            if g.get("ref") and "title_has" in g: E("title_has on numbered update")
            if "title_has" in g and g["title_has"] != g["title_has"].lower(): E("title_has case")
            if "title_has" in g and g["title_has"] not in norm(own[cid]).replace("-", " ") and g["title_has"] not in norm(own[cid]): E(f"title_has not in text: {g['title_has']}")
        for c in x["commands"]:
            if c.get("name") not in CMDS: E("command name")
            if not isdate(c.get("until")): E("until")
            if c["name"] == "rating" and c.get("value") not in (1, 2, 3, 4, 5): E("rating value")
        if not isinstance(x["question"], bool) or not isinstance(x["warn"], bool): E("bool fields")
        if not x["reply_text_has"]: E("no reply_text_has")
        # own text may interleave quoted lines (answers under a quoted survey question):
        # the person's text is the unquoted blocks, each of which must be in the message.
        blocks, cur = [], []
        for line in own[cid].split("\n"):
            if line.startswith(">"):
                if cur: blocks.append("\n".join(cur)); cur = []
            else:
                cur.append(line)
        if cur: blocks.append("\n".join(cur))
        blocks = [b for b in blocks if b.strip()]
        for b in blocks:
            if norm(b) not in nb: E("own text not found in decoded message")
        o = " | ".join(norm(b) for b in blocks)
        for p in x["reply_text_has"]:
            if "\u2019" in p or norm(p) not in o: E(f"has-phrase not in own text: {p}")
        for p in x["reply_text_not"]:
            if norm(p) not in nb: E(f"not-phrase not in message: {p}")
            if norm(p) in o: E(f"not-phrase is in own text: {p}")
    for e in errs:
        print(e)
    print(f"{len(ids)} cases, {len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
