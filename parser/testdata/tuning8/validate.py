#!/usr/bin/env python3
import os, sys, json, re, email, html
from email import policy
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
CATS={"meeting","topics","goals","commands","question","not_meeting","classification","reply_text"}
PROMPTS={"checkin","goals_prompt","wrapup","midsession","nudge","introduction","digest","confidentiality",""}
CMDS={"help","pause","resume","undo","stop","rating","fewer_reminders","digest_off"}
MODES={"video","phone","in_person","email","chat",None}
KEYS=set(x["key"] for x in json.load(open("/work/main/topics/catalogue.json"))) if os.path.exists("/work/main/topics/catalogue.json") else None
def norm(s): return re.sub(r"\s+"," ",s).strip().lower()
def text_of(msg):
    parts=[]
    for p in msg.walk():
        if p.get_content_maintype()=="text":
            t=p.get_content()
            if p.get_content_subtype()=="html":
                t=re.sub(r"<br\s*/?>","\n",t); t=re.sub(r"<[^>]+>"," ",t); t=html.unescape(t)
            parts.append(t)
    return "\n".join(parts)
def own_text(full):
    cut=len(full)
    for pat in [r"^On .* wrote:", r"^Le .* a écrit ?:", r"^From: ", r"^De : ", r"^-----Original Message-----"]:
        m=re.search(pat, full, re.M)
        if m: cut=min(cut,m.start())
    # html quote: drop from the quoted check-in greeting on
    for g in ["Time for check-in", "C'est le moment du suivi"]:
        k=full.find(g)
        if k>=0: cut=min(cut,k)
    return full[:cut]
errs=0; n=0
for f in sorted(os.listdir(D)):
    if not f.endswith(".json"): continue
    n+=1; cid=f[:-5]
    def bad(m):
        global errs; errs+=1; print(cid+": "+m)
    j=json.load(open(os.path.join(D,f),encoding="utf-8"))
    if j.get("id")!=cid: bad("id mismatch")
    if not cid.startswith("t8-"): bad("id prefix")
    if j.get("lang") not in ("en","fr"): bad("lang")
    if j.get("category") not in CATS: bad("category")
    if j.get("prompt") not in PROMPTS: bad("prompt")
    if not j.get("tz","").startswith("America/"): bad("tz")
    if not j.get("note"): bad("note")
    raw=open(os.path.join(D,cid+".eml"),"rb").read()
    if b"\n" in raw.replace(b"\r\n",b""): bad("bare LF")
    msg=email.message_from_bytes(raw, policy=policy.default)
    if msg.defects: bad("defects %r"%msg.defects)
    for h in ("From","Date","Subject","Message-ID"):
        if not msg[h]: bad("missing "+h)
    d=msg["Date"].datetime
    if not ("2026-10-01"<=d.date().isoformat()<="2026-12-02"): bad("date range")
    e=j["expect"]
    if e.get("class") not in ("reply","auto_reply","bulk","bounce"): bad("class")
    if e["class"]!="reply":
        if set(e)!={"class"}: bad("non-reply has extra keys")
        continue
    for k in ("meeting","goals","commands","question","warn","reply_text_has","reply_text_not"):
        if k not in e: bad("missing "+k)
    mt=e["meeting"]
    if mt is not None:
        if set(mt)!={"date","minutes","mode","next_meeting","topics_include"}: bad("meeting keys")
        if mt["mode"] not in MODES: bad("mode")
        if KEYS and any(t not in KEYS for t in mt["topics_include"]): bad("topic key")
    for c in e["commands"]:
        if c["name"] not in CMDS: bad("command")
    for g in e["goals"]:
        if g["status"] not in ("new","in_progress","done","dropped") or g["horizon"] not in ("short","long",""): bad("goal")
    if not isinstance(e["question"],bool) or not isinstance(e["warn"],bool): bad("bool")
    full=text_of(msg); own=norm(own_text(full)); nf=norm(full)
    for p in e["reply_text_has"]:
        if norm(p) not in own: bad("has phrase not in own text: "+p)
    for p in e["reply_text_not"]:
        if norm(p) not in nf: bad("not phrase absent: "+p)
    for p in e["reply_text_has"]+e["reply_text_not"]:
        if "\u2019" in p or "\u201c" in p: bad("curly quote")
print(f"{n} cases, {errs} errors"); sys.exit(1 if errs else 0)
