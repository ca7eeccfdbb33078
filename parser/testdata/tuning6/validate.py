#!/usr/bin/env python3
"""Validate the t6 set: every .eml parses cleanly, every .json follows FORMAT.md,
reply_text_has phrases occur in the person's own (unquoted) text, reply_text_not
phrases occur somewhere in the message."""
import os, sys, json, re, email, html
from email import policy
from email.utils import parsedate_to_datetime
import datetime as dt

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
CATS = {"meeting","topics","goals","commands","question","not_meeting","classification","reply_text"}
PROMPTS = {"checkin","goals_prompt","wrapup","midsession","nudge","introduction","digest","confidentiality",""}
MODES = {"video","phone","in_person","email","chat",None}
CMDS = {"help","pause","resume","undo","stop","rating","fewer_reminders","digest_off"}
CAT = json.load(open("/work/main/topics/catalogue.json"))
KEYS = {t["key"] for t in CAT}
MARKERS = [r"^On .{5,120} wrote:\s*$", r"^Le .{5,120} a écrit\s?:\s*$", r"^_{10,}\s*$", r"^From: ", r"^De : ", r"^-----Original Message-----", r"^>", r"^Sent from my iPhone", r"^Envoyé de mon iPhone"]

def norm(s): return re.sub(r"\s+", " ", s).strip().lower()

def text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text": continue
        t = part.get_content()
        if part.get_content_subtype() == "html":
            own_end = len(t)
            for m in ('<div class="gmail_quote', '<div id="appendonsend"', '<div id="divRplyFwdMsg"', '<blockquote type="cite"', '<br id="lineBreakAtBeginningOfSignature"'):
                k = t.find(m)
                if k >= 0: own_end = min(own_end, k)
            def strip(x):
                x = re.sub(r"<(style|head)[^>]*>.*?</\1>", " ", x, flags=re.S)
                x = re.sub(r"<br\s*/?>|</div>", "\n", x)
                return html.unescape(re.sub(r"<[^>]+>", " ", x))
            out.append((strip(t[:own_end]), strip(t)))
        else:
            lines = t.replace("\r\n", "\n").split("\n"); own = []
            for ln in lines:
                if any(re.match(m, ln) for m in MARKERS): break
                own.append(ln)
            out.append(("\n".join(own), t))
    return out

def main():
    errs = []; n = 0
    files = sorted(f for f in os.listdir(D) if f.endswith(".json"))
    for f in files:
        n += 1; cid = f[:-5]
        try:
            j = json.load(open(os.path.join(D, f), encoding="utf-8"))
        except Exception as e:
            errs.append("%s: bad json %s" % (cid, e)); continue
        def E(m): errs.append("%s: %s" % (cid, m))
        if j.get("id") != cid or not cid.startswith("t6-"): E("id")
        if j.get("lang") not in ("en","fr"): E("lang")
        if j.get("category") not in CATS: E("category")
        if j.get("prompt") not in PROMPTS: E("prompt")
        if not j.get("note") or "\n" in j["note"]: E("note")
        try:
            from zoneinfo import ZoneInfo; ZoneInfo(j["tz"])
        except Exception: E("tz")
        raw = open(os.path.join(D, cid + ".eml"), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""): E("bare LF in eml")
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg.defects: E("defects %s" % msg.defects)
        for part in msg.walk():
            if part.defects: E("part defects %s" % part.defects)
        d = parsedate_to_datetime(msg["Date"])
        if not (dt.datetime(2026,10,1,tzinfo=dt.timezone.utc) <= d <= dt.datetime(2026,12,3,6,tzinfo=dt.timezone.utc)): E("date out of range")
        x = j["expect"]; cls = x.get("class")
        if cls not in ("reply","auto_reply","bulk","bounce"): E("class"); continue
        if cls != "reply":
            if set(x) != {"class"}: E("non-reply has extra fields")
            if j["category"] != "classification": E("non-reply must be classification")
            continue
        need = {"class","meeting","goals","commands","question","warn","reply_text_has","reply_text_not"}
        if not need <= set(x) or not set(x) <= need | {"meetings_count"}: E("fields %s" % sorted(x))
        m = x["meeting"]
        if m is not None:
            if set(m) != {"date","minutes","mode","next_meeting","topics_include"}: E("meeting fields")
            for k in ("date","next_meeting"):
                if m[k] is not None and not re.fullmatch(r"2026-\d\d-\d\d", m[k]): E("meeting %s" % k)
            if m["date"] and m["date"] > d.astimezone(ZoneInfo(j["tz"])).date().isoformat(): E("meeting after message")
            if m["minutes"] is not None and not isinstance(m["minutes"], int): E("minutes")
            if m["mode"] not in MODES: E("mode")
            if not set(m["topics_include"]) <= KEYS: E("topic keys %s" % m["topics_include"])
            if m["date"] is None and not x["warn"]: E("undated meeting without warn")
        if "meetings_count" in x and (m is None or x["meetings_count"] < 2): E("meetings_count")
        for g in x["goals"]:
            if g.get("status") not in ("new","in_progress","done","dropped") or g.get("horizon") not in ("short","long","") or "ref" not in g: E("goal %s" % g)
            if g["ref"] and "title_has" in g: E("numbered update with title_has")
            if not g["ref"] and not g.get("title_has"): E("goal without ref or title")
            if g.get("title_has") and g["title_has"] != g["title_has"].lower(): E("title_has not lower")
        for c in x["commands"]:
            if c.get("name") not in CMDS or set(c) != {"name","until","value"}: E("command %s" % c)
            if c["name"] == "rating" and not isinstance(c["value"], int): E("rating value")
        if not isinstance(x["question"], bool) or not isinstance(x["warn"], bool): E("bool")
        texts = text_of(msg)
        own = norm(" ".join(t[0] for t in texts)); allt = norm(" ".join(t[1] for t in texts))
        if not x["reply_text_has"]: E("no reply_text_has")
        for p in x["reply_text_has"] + x["reply_text_not"]:
            if "\u2019" in p or "\u201c" in p: E("curly quote in phrase")
        for p in x["reply_text_has"]:
            if norm(p) not in own: E("has-phrase not in own text: %r" % p)
        for p in x["reply_text_not"]:
            if norm(p) not in allt: E("not-phrase not in message: %r" % p)
            if norm(p) in own and not re.search(r"(?i)caution|attention", p + own[:40]): pass
    for e in errs: print(e)
    print("%d cases, %d errors" % (n, len(errs)))
    return 1 if errs else 0

if __name__ == "__main__":
    from zoneinfo import ZoneInfo
    sys.exit(main())
