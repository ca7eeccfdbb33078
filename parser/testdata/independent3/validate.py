#!/usr/bin/env python3
import email, email.policy, json, os, re, sys, html
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
OWN = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tools", "own_text.json"), encoding="utf-8"))
CATS = {"meeting","topics","goals","commands","question","not_meeting","classification","reply_text"}
norm = lambda s: re.sub(r"\s+", " ", s).lower()
errs = []
ids = sorted(f[:-5] for f in os.listdir(D) if f.endswith(".json"))
for i in ids:
    j = json.load(open(os.path.join(D, i + ".json"), encoding="utf-8"))
    raw = open(os.path.join(D, i + ".eml"), "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append(i + ": bare LF")
    m = email.message_from_bytes(raw, policy=email.policy.default)
    if m.defects: errs.append(i + ": defects %r" % m.defects)
    text = ""
    for part in m.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            text += html.unescape(re.sub(r"<[^>]+>", " ", t)) if part.get_content_subtype() == "html" else t
    if j["id"] != i or j["category"] not in CATS or j["lang"] not in ("en","fr"): errs.append(i + ": header fields")
    e = j["expect"]
    if e["class"] == "reply":
        for k in ("meeting","goals","commands","question","warn","reply_text_has","reply_text_not"):
            if k not in e: errs.append(i + ": missing " + k)
        own = norm(OWN.get(i, ""))
        for p in e["reply_text_has"]:
            if norm(p) not in own or norm(p) not in norm(text): errs.append(i + ": has-phrase not in own text: " + p)
        for p in e["reply_text_not"]:
            if norm(p) not in norm(text): errs.append(i + ": not-phrase absent: " + p)
        if e["meeting"]:
            for k in ("date","minutes","mode","next_meeting","topics_include"):
                if k not in e["meeting"]: errs.append(i + ": meeting." + k)
    elif set(e) != {"class"}: errs.append(i + ": non-reply gives extra keys")
print("\n".join(errs) or "OK: %d cases" % len(ids))
sys.exit(1 if errs else 0)
