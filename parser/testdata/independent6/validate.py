"""Check every case: .eml parses cleanly, .json follows FORMAT.md, phrases occur where they must."""
import os, sys, json, glob, re, email, html
from email import policy
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
CATS = {"meeting", "topics", "goals", "commands", "question", "not_meeting", "classification", "reply_text"}
PROMPTS = {"checkin", "goals_prompt", "wrapup", "midsession", "nudge", "introduction", "digest", "confidentiality", ""}
MODES = {"video", "phone", "in_person", "email", "chat", None}
CMDS = {"help", "pause", "resume", "undo", "stop", "rating", "fewer_reminders", "digest_off"}
KEYS = {t["key"] for t in json.load(open(os.path.join(HERE, "tools", "catalogue.json"), encoding="utf-8"))}
errors = []

def err(cid, msg):
    errors.append(f"{cid}: {msg}")

def isdate(s):
    if s is None:
        return True
    try:
        date.fromisoformat(s); return re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) is not None
    except Exception:
        return False

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def html_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</div>|</p>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)

QUOTE_STOP = re.compile(r"^(From: |De : |De: |-----Original Message-----|-----Message d'origine-----|_{10,}|Sent from my |Envoyé de mon )")
QUOTE_SKIP = re.compile(r"(wrote:|a écrit :)\s*$")

def own_and_all(msg):
    """Return (own text, whole decoded text) of the message body."""
    texts, own = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if not ct.startswith("text/") and ct != "message/delivery-status":
            continue
        try:
            t = part.get_content()
        except Exception as e:
            t = part.get_payload(decode=True).decode("utf-8", "replace")
        if isinstance(t, bytes):
            t = t.decode("utf-8", "replace")
        if ct == "text/html":
            cut = len(t)
            for m in ('class="gmail_quote"', 'id="divRplyFwdMsg"', "<blockquote", 'id="appendonsend"'):
                i = t.find(m)
                if i >= 0:
                    cut = min(cut, i)
            own.append(html_text(t[:cut]))
            t = html_text(t)
        else:
            lines = []
            for l in t.split("\n"):
                if QUOTE_STOP.match(l):
                    break
                if l.startswith(">") or QUOTE_SKIP.search(l):
                    continue
                lines.append(l)
            own.append("\n".join(lines))
        texts.append(t)
    return "\n".join(own), "\n".join(texts)

def main():
    files = sorted(glob.glob(os.path.join(CASES, "*.json")))
    counts = {}
    for jf in files:
        cid = os.path.basename(jf)[:-5]
        ef = jf[:-5] + ".eml"
        try:
            c = json.load(open(jf, encoding="utf-8"))
        except Exception as e:
            err(cid, f"bad json {e}"); continue
        if not os.path.exists(ef):
            err(cid, "missing .eml"); continue
        raw = open(ef, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            err(cid, "bare LF line ending")
        if c.get("id") != cid or not cid.startswith("i6-"):
            err(cid, "id mismatch or prefix")
        for k in ("id", "lang", "category", "prompt", "tz", "note", "expect"):
            if k not in c:
                err(cid, f"missing {k}")
        if c.get("lang") not in ("en", "fr"): err(cid, "lang")
        if c.get("category") not in CATS: err(cid, "category")
        if c.get("prompt") not in PROMPTS: err(cid, "prompt")
        if not c.get("note") or "\n" in c["note"]: err(cid, "note")
        counts[(c.get("category"), c.get("lang"))] = counts.get((c.get("category"), c.get("lang")), 0) + 1
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects:
            err(cid, f"defects {msg.defects}")
        for p in msg.walk():
            if p.defects:
                err(cid, f"part defects {p.defects}")
        for h in ("From", "Date"):
            if msg[h] is None:
                err(cid, f"no {h}")
        try:
            d = msg["Date"].datetime
            if not (date(2026, 10, 1) <= d.date() <= date(2026, 12, 2)):
                err(cid, f"date out of range {d}")
        except Exception as e:
            err(cid, f"bad date {e}")
        own, whole = own_and_all(msg)
        e = c["expect"]
        cls = e.get("class")
        if cls not in ("reply", "auto_reply", "bulk", "bounce"):
            err(cid, "class"); continue
        if cls != "reply":
            if set(e) != {"class"}: err(cid, "non-reply must give only class")
            continue
        need = {"class", "meeting", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"}
        if not need <= set(e) or not set(e) <= need | {"meetings_count"}:
            err(cid, f"expect keys {sorted(e)}")
            continue
        m = e["meeting"]
        if m is not None:
            if set(m) != {"date", "minutes", "mode", "next_meeting", "topics_include"}: err(cid, "meeting keys")
            if not isdate(m["date"]) or not isdate(m["next_meeting"]): err(cid, "meeting date")
            if m["minutes"] is not None and not (isinstance(m["minutes"], int) and m["minutes"] > 0): err(cid, "minutes")
            if m["mode"] not in MODES: err(cid, "mode")
            for t in m["topics_include"]:
                if t not in KEYS: err(cid, f"topic {t}")
        if "meetings_count" in e and (m is None or not isinstance(e["meetings_count"], int) or e["meetings_count"] < 2):
            err(cid, "meetings_count")
        for g in e["goals"]:
            if g.get("status") not in ("new", "in_progress", "done", "dropped"): err(cid, "goal status")
            if g.get("horizon") not in ("short", "long", ""): err(cid, "goal horizon")
            if not isinstance(g.get("ref"), str): err(cid, "goal ref")
            if g.get("ref") == "" and not g.get("title_has"): err(cid, "unnumbered goal needs title_has")
            if g.get("ref") and "title_has" in g: err(cid, "numbered update has title_has")
            if g.get("title_has") and g["title_has"] != g["title_has"].lower(): err(cid, "title_has lower")
            if g.get("title_has") and norm(g["title_has"]) not in norm(own): err(cid, f"title_has not in text: {g['title_has']}")
            if g.get("ref") and g.get("horizon"): err(cid, "update horizon must be ''")
        for cm in e["commands"]:
            if cm.get("name") not in CMDS: err(cid, "command name")
            if not isdate(cm.get("until")): err(cid, "until")
            if cm.get("name") == "rating" and cm.get("value") not in (1, 2, 3, 4, 5): err(cid, "rating value")
            if cm.get("name") != "rating" and cm.get("value") is not None: err(cid, "value only for rating")
            if cm.get("name") != "pause" and cm.get("until") is not None: err(cid, "until only for pause")
        if not isinstance(e["question"], bool) or not isinstance(e["warn"], bool): err(cid, "bool")
        for ph in e["reply_text_has"]:
            if "\u2019" in ph: err(cid, "curly apostrophe")
            if norm(ph) not in norm(own): err(cid, f"has-phrase not in own text: {ph!r}")
        for ph in e["reply_text_not"]:
            if norm(ph) not in norm(whole): err(cid, f"not-phrase not in message: {ph!r}")
            if norm(ph) in norm(" ".join(e["reply_text_has"])): err(cid, f"not-phrase inside has-phrase: {ph!r}")
        if not e["reply_text_has"]: err(cid, "no reply_text_has")
    for x in errors:
        print("ERROR", x)
    tot = {}
    for (cat, lang), n in sorted(counts.items()):
        print(f"{cat:15s} {lang} {n}")
    print(f"{len(files)} cases, {len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
