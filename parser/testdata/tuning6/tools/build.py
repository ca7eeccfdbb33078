import sys, os, json, html, base64, quopri, datetime as dt
from zoneinfo import ZoneInfo
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(__file__))
from base import *

OUT = os.path.join(os.path.dirname(__file__), "..", "cases")
NAMES_EN = [("Priya Raman","priya.raman@umanitoba.ca"),("Kwame Mensah","kmensah@torontopubliclibrary.ca"),("Grace Liu","grace.liu@ubc.ca"),("Daniel Okafor","d.okafor@gmail.com"),("Farah Siddiqui","farah.s@outlook.com"),("Jun Park","junpark@dal.ca"),("Amara Nwosu","amara.nwosu@epl.ca"),("Ravi Chandran","rchandran@mun.ca"),("Mei Tanaka","mei.tanaka@icloud.com"),("Hassan Yusuf","hyusuf@wpl.winnipeg.ca")]
NAMES_FR = [("Nadia Benali","nadia.benali@umontreal.ca"),("Jean-Philippe Tremblay","jptremblay@banq.qc.ca"),("Fatou Diop","fatou.diop@videotron.ca"),("Minh Nguyen","minh.nguyen@ulaval.ca"),("Karine Joseph","kjoseph@uqam.ca"),("Yasmine Haddad","yasmine.haddad@hotmail.com"),("Olivier Pierre-Louis","opierrelouis@gmail.com"),("Sofia Marín","smarin@cegepsherbrooke.qc.ca"),("Amadou Bâ","amadou.ba@usherbrooke.ca"),("Lina Chaoui","lina.chaoui@bibliomontreal.ca")]
PARTNERS_EN = ["Sam","Aisha","Marcus","Lena","Tomás"]
PARTNERS_FR = ["Mathieu","Aminata","Chloé","Rachid","Élodie"]
CASES = []

def M(date, minutes=None, mode=None, topics=(), nxt=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": nxt, "topics_include": list(topics)}
def G(status, title="", horizon="", ref=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title: g["title_has"] = title
    return g
def K(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}

def R(cid, lang, cat, prompt, tz, when, text, has, note, style="gmail", enc="qp", sig="", nots=(), meeting=None, goals=(), commands=(), question=False, warn=False, count=None, utc=False, subject=None, extra=()):
    CASES.append(dict(kind="reply", id="t6-"+cid, lang=lang, cat=cat, prompt=prompt, tz=tz, when=when, text=text, has=list(has), note=note, style=style, enc=enc, sig=sig, nots=list(nots), meeting=meeting, goals=list(goals), commands=list(commands), question=question, warn=warn, count=count, utc=utc, subject=subject, extra=list(extra)))

def RAW(cid, lang, tz, when, cls, note, frm, subject, body, headers=(), ctype="text/plain"):
    CASES.append(dict(kind="raw", id="t6-"+cid, lang=lang, cat="classification", prompt="", tz=tz, when=when, cls=cls, note=note, frm=frm, subject=subject, body=body, headers=list(headers), ctype=ctype))

def resolve_meeting(m, local):
    if m is None: return None
    m = dict(m); m["date"] = resolve(m["date"], local); m["next_meeting"] = resolve(m["next_meeting"], local)
    return m

def enc_part(text, subtype, enc, charset="utf-8"):
    if enc == "b64":
        data = base64.encodebytes(text.encode(charset)).decode().replace("\n", "\r\n")
        return "Content-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s" % (subtype, charset, data)
    if enc == "flowed":
        lines = []
        for ln in text.split("\n"):
            if len(ln) > 72 and not ln.startswith(">"):
                words = ln.split(" "); cur = ""
                for w in words:
                    if cur and len(cur) + len(w) + 1 > 70:
                        lines.append(cur + " "); cur = w
                    else:
                        cur = (cur + " " + w) if cur else w
                lines.append(cur)
            else:
                lines.append(ln.rstrip(" "))
        body = "\r\n".join(lines)
        return "Content-Type: text/%s; charset=\"%s\"; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s" % (subtype, charset, body)
    if enc in ("qp", "latin1"):
        cs = "iso-8859-1" if enc == "latin1" else charset
        data = quopri.encodestring(text.replace("\n", "\r\n").encode(cs)).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
        return "Content-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s" % (subtype, cs, data)
    return "Content-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s" % (subtype, charset, text.replace("\n", "\r\n"))

def h(s): return html.escape(s, quote=False).replace("\n", "<br>\n")

def build_reply(c, i):
    lang = c["lang"]; names = NAMES_EN if lang == "en" else NAMES_FR
    name, addr = names[i % len(names)]
    tail = c["text"][-60:]
    for nm, ad in names:
        if nm in c["sig"] or nm in c["text"] or ("\n" + nm.split()[0]) in tail:
            name, addr = nm, ad; break
    partner = (PARTNERS_EN if lang == "en" else PARTNERS_FR)[i % 5]
    for pn in (PARTNERS_EN if lang == "en" else PARTNERS_FR):
        if pn in c["text"]:
            partner = pn; break
    z = ZoneInfo(c["tz"]); local = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M").replace(tzinfo=z)
    qdate = local - dt.timedelta(days=2, hours=3, minutes=17)
    prog = PROG if lang == "en" else PROG_FR
    progname = prog.split(" <")[0]; progaddr = prog.split("<")[1][:-1]
    style = c["style"]
    subj, hdr, qbody = quote_block(style, lang, c["prompt"], qdate, name.split()[0], partner, "%s <%s>" % (progname, progaddr))
    last = qdate - dt.timedelta(days=12)
    qbody = qbody.replace("October 14", "%s %d" % (EN_MON[last.month-1], last.day)).replace("14 octobre", "%d %s" % (last.day, FR_MON[last.month-1]))
    qphrase = QUOTE[(lang, c["prompt"] or "checkin")][2]
    nots = list(c["nots"])
    text = c["text"].strip("\n"); sig = c["sig"].strip("\n")
    own = text + ("\n\n" + sig if sig else "")
    qlines = "\n".join(("> " + l) if l else ">" for l in qbody.split("\n"))
    ctype_html = False
    if style in ("gmail", "apple"):
        body = own + "\n\n" + hdr + "\n\n" + qlines + "\n"
    elif style == "iphone":
        foot = "Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone"
        body = own + "\n\n" + foot + "\n\n" + hdr + "\n\n" + qlines + "\n"; nots.append(foot)
    elif style in ("outlook", "orig"):
        oh = outlook_header(lang, qdate, "%s <%s>" % (progname, progaddr), "%s <%s>" % (name, addr), subj, orig=(style == "orig"))
        sep = "\n\n________________________________\n" if style == "outlook" else "\n\n"
        body = own + sep + oh + "\n\n" + qbody + "\n"
    elif style == "none":
        body = own + "\n"
    elif style == "html_gmail":
        ctype_html = True
        body = ('<div dir="ltr">' + "".join("<div>%s</div>" % (h(p) if p else "<br>") for p in own.split("\n")) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + h(hdr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + h(qbody) + "</blockquote></div>\n")
    elif style == "html_outlook":
        ctype_html = True
        oh = outlook_header(lang, qdate, "%s &lt;%s&gt;" % (progname, progaddr), "%s &lt;%s&gt;" % (name, addr), subj)
        ohh = oh.replace("\n", "<br>\n")
        for k in ("From:", "Sent:", "To:", "Subject:", "De :", "Envoyé :", "À :", "Objet :"):
            ohh = ohh.replace(k, "<b>%s</b>" % k, 1)
        body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + "".join("<div>%s</div>" % (h(p) if p else "<br>") for p in own.split("\n")) + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + ohh + '</font><div>&nbsp;</div></div><div>' + h(qbody) + "</div></body></html>\n")
    elif style == "html_apple":
        ctype_html = True
        body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + h(own) + '<br id="lineBreakAtBeginningOfSignature"><div dir="ltr">' + ("Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone") + '</div><div dir="ltr"><br><blockquote type="cite">' + h(hdr or "") + '<br><br>' + h(qbody) + "</blockquote></div></body></html>\n")
        nots.append("Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone")
        if not hdr:
            pass
    if style != "none" and qphrase not in nots:
        nots.append(qphrase)
    dateval = local.astimezone(dt.timezone.utc) if c["utc"] else local
    subject = c["subject"] if c["subject"] is not None else (("RE: " if style in ("outlook","orig","html_outlook") else "Re: ") + subj)
    hdrs = ["From: %s <%s>" % (name, addr), "To: %s" % prog, "Subject: %s" % subject,
            "Date: %s" % format_datetime(dateval), "Message-ID: <%s.%d@%s>" % (c["id"], i, addr.split("@")[1]),
            "In-Reply-To: <%s-prompt@mentormail.ca>" % c["id"], "References: <%s-prompt@mentormail.ca>" % c["id"], "MIME-Version: 1.0"]
    hdrs += c["extra"]
    from email.header import Header
    hdrs[2] = "Subject: " + Header(subject, "utf-8").encode(linesep="\r\n") if any(ord(ch) > 127 for ch in subject) else hdrs[2]
    hdrs[0] = "From: " + (Header(name, "utf-8").encode(linesep="\r\n") if any(ord(ch) > 127 for ch in name) else name) + " <%s>" % addr
    enc = c["enc"]
    if ctype_html:
        part = enc_part(body, "html", "b64" if enc == "b64" else "qp")
    else:
        part = enc_part(body, "plain", enc)
    msg = "\r\n".join(hdrs) + "\r\n" + part
    if not msg.endswith("\r\n"): msg += "\r\n"
    charset = "iso-8859-1" if enc == "latin1" else "utf-8"
    exp = {"class": "reply", "meeting": resolve_meeting(c["meeting"], local), "goals": c["goals"],
           "commands": [dict(k, until=resolve(k["until"], local)) for k in c["commands"]],
           "question": c["question"], "warn": c["warn"], "reply_text_has": c["has"], "reply_text_not": nots}
    if c["count"]: exp["meetings_count"] = c["count"]
    return msg.encode(charset if enc == "latin1" else "utf-8"), exp

def build_raw(c, i):
    z = ZoneInfo(c["tz"]); local = dt.datetime.strptime(c["when"], "%Y-%m-%d %H:%M").replace(tzinfo=z)
    hdrs = ["From: %s" % c["frm"], "To: Mentormail <program@mentormail.ca>", "Subject: %s" % c["subject"],
            "Date: %s" % format_datetime(local), "Message-ID: <%s.%d@mail.example>" % (c["id"], i), "MIME-Version: 1.0"] + c["headers"]
    from email.header import Header
    if any(ord(ch) > 127 for ch in c["subject"]): hdrs[2] = "Subject: " + Header(c["subject"], "utf-8").encode(linesep="\r\n")
    if c["ctype"].startswith("multipart/report"):
        msg = "\r\n".join(hdrs) + "\r\nContent-Type: " + c["ctype"] + "\r\n\r\n" + c["body"].replace("\n", "\r\n")
    else:
        msg = "\r\n".join(hdrs) + "\r\n" + enc_part(c["body"], "html" if c["ctype"] == "text/html" else "plain", "qp")
    return msg.encode("utf-8"), {"class": c["cls"]}

def main():
    import cases_en, cases_fr, cases_cls
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    ids = set()
    for i, c in enumerate(CASES):
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        raw, exp = (build_reply if c["kind"] == "reply" else build_raw)(c, i)
        with open(os.path.join(OUT, c["id"] + ".eml"), "wb") as f: f.write(raw)
        j = {"id": c["id"], "lang": c["lang"], "category": c["cat"], "prompt": c["prompt"], "tz": c["tz"], "note": c["note"], "expect": exp}
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f: json.dump(j, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(CASES), "cases")

if __name__ == "__main__":
    main()
