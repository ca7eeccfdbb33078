#!/usr/bin/env python3
"""Deterministic generator: writes ../cases/<id>.eml and ../cases/<id>.json."""
import datetime as dt, email.utils, hashlib, json, os, sys, unicodedata
from email.header import Header
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(__file__))
import lib

OUT = os.path.join(os.path.dirname(__file__), "..", "cases")
WD = ["mon","tue","wed","thu","fri","sat","sun"]

SIGS = {
 "title": ("{name}\nReference Librarian | Surrey Libraries\nPronouns: she/her", ["Reference Librarian | Surrey Libraries"]),
 "land_bc": ("{name}\nMLIS Candidate, UBC iSchool\nI live, work and learn on the unceded traditional territories of the Musqueam, Squamish and Tsleil-Waututh Nations.", ["unceded traditional territories"]),
 "disc_en": ("{name} | Librarian II, Collections\nWinnipeg Public Library\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.", ["CONFIDENTIALITY NOTICE", "destroy all copies of the original message"]),
 "dash": ("-- \n{name}\nBranch Head, Halifax Public Libraries\n902-555-0143", ["Branch Head, Halifax Public Libraries"]),
 "land_on": ("{name} (they/them)\nLibrary Technician, Toronto Public Library\nToronto Public Library acknowledges that we are on the traditional territory of many nations including the Mississaugas of the Credit, the Anishnabeg, the Chippewa, the Haudenosaunee and the Wendat peoples.", ["traditional territory of many nations"]),
 "uni": ("{name}, MLIS\nSubject Librarian, Faculty of Education\nMemorial University of Newfoundland\nT: 709-555-0198", ["Subject Librarian, Faculty of Education"]),
 "env": ("{name}\nAssistant Manager, Millennium Library\nPlease consider the environment before printing this email.", ["consider the environment before printing"]),
 "first": ("{first}", []),
 "titre": ("{name}\nBibliothécaire de référence\nBibliothèques de Montréal", ["Bibliothécaire de référence"]),
 "avis_fr": ("{name}\nConseillère en documentation | Cégep de Sainte-Foy\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont confidentiels et destinés uniquement au destinataire. Si vous avez reçu ce message par erreur, veuillez en aviser l'expéditeur par courriel et le détruire immédiatement.", ["AVIS DE CONFIDENTIALITÉ", "le détruire immédiatement"]),
 "terr_fr": ("{name}\nTechnicienne en documentation, Université d'Ottawa\nL'Université d'Ottawa est située sur le territoire traditionnel non cédé du peuple algonquin anishinabé.", ["territoire traditionnel non cédé"]),
 "dash_fr": ("-- \n{name}\nChef de section, Bibliothèque Gabrielle-Roy\n418 555-0172, poste 3", ["Chef de section, Bibliothèque Gabrielle-Roy"]),
 "bil": ("{name}\nBibliothécaire / Librarian\nUniversité de Moncton\n\nCe message est confidentiel et peut être protégé par le secret professionnel. / This message is confidential and may be privileged. If you received it in error, please notify the sender and delete it.", ["Ce message est confidentiel", "This message is confidential and may be privileged"]),
 "prenom": ("{first}", []),
}

NAMES_EN = ["Priya Raman","Daniel Okafor","Mei Lin Chen","Farah Haddad","Jaspreet Sandhu","Kwame Mensah","Ana Lucia Torres",
            "Hiroshi Tanaka","Nadia Rahman","Tomas Reyes","Grace Kim","Olumide Adeyemi","Shirin Farahani","Vikram Patel",
            "Leila Mansour","Joseph Nguyen","Amara Diallo","Rohan Mehta","Camille Santos","Yusuf Abdi"]
NAMES_FR = ["Nadia Benali","Jean-Philippe Nguyen","Marie-Ève Tremblay","Karim Haddad","Fatou Diop","Samuel Joseph",
            "Linh Tran","Yasmina Cherif","Olivier Kaboré","Sophie Lavoie-Ng","Rachid El Amrani","Geneviève Pierre-Louis",
            "Mamadou Sow","Chloé Dubé","Amira Saleh","Étienne Rousseau","Thi Hoa Pham","Issa Traoré","Mélanie Côté","Aïcha Ndiaye"]
DOMAINS = ["gmail.com","outlook.com","hotmail.com","yahoo.ca","icloud.com","videotron.ca","sympatico.ca","shaw.ca"]
PARTNERS_EN = ["Alicia", "Marcus", "Sunita", "Ben", "Rosa", "Imran", "Helen", "Tariq"]
PARTNERS_FR = ["Isabelle", "Moussa", "Catherine", "Hamid", "Julie", "Bao", "Nathalie", "Youssef"]

def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower().replace(" ", ".").replace("'", "")

def resolve(spec, today):
    if spec is None: return None
    if spec.startswith("D-"): return (today - dt.timedelta(days=int(spec[2:]))).isoformat()
    if spec.startswith("D+"): return (today + dt.timedelta(days=int(spec[2:]))).isoformat()
    if spec.startswith("W-"):
        w = WD.index(spec[2:]); n = (today.weekday() - w) % 7 or 7
        return (today - dt.timedelta(days=n)).isoformat()
    if spec.startswith("N-"):  # next occurrence of weekday, strictly after today
        w = WD.index(spec[2:]); n = (w - today.weekday()) % 7 or 7
        return (today + dt.timedelta(days=n)).isoformat()
    dt.date.fromisoformat(spec); return spec

def hdr(s):
    try: s.encode("ascii"); return s
    except UnicodeEncodeError: return Header(s, "utf-8").encode()

def addr(name, mail):
    return f"{hdr(name)} <{mail}>" if name else mail

CASES = []
def case(**kw): CASES.append(kw)

def M(date, minutes=None, mode=None, topics=(), next=None):
    return {"date": date, "minutes": minutes, "mode": mode, "topics": list(topics), "next": next}
def G(status, title=None, ref="", horizon=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title: g["title_has"] = title
    return g
def CMD(name, until=None, value=None): return {"name": name, "until": until, "value": value}

def build(c, idx):
    lang = c.get("lang") or c["id"][:2]
    tz = ZoneInfo(c["tz"])
    local = dt.datetime.fromisoformat(c["when"]).replace(tzinfo=tz)
    today = local.date()
    names = NAMES_EN if lang == "en" else NAMES_FR
    name = c.get("name")
    if not name:
        last = c["body"].strip().split("\n")[-1].strip()
        name = next((n for n in names if n.split()[0] == last), None) or names[idx % len(names)]
    first = name.split()[0]
    mail = c.get("email") or f"{ascii_slug(name)}@{DOMAINS[idx % len(DOMAINS)]}"
    pool = PARTNERS_EN if lang == "en" else PARTNERS_FR
    partner = c.get("partner") or next((p for p in pool if p in c["body"]), None) or pool[idx % 8]
    prog = lib.PROG_EN if lang == "en" else lib.PROG_FR
    prompt = c.get("prompt", "checkin")
    style = c.get("style", "gmail")
    sd = local.date() - dt.timedelta(days=c.get("lag", 1))
    sent = dt.datetime(sd.year, sd.month, sd.day, 9, 0, 4, tzinfo=ZoneInfo("America/Toronto")).astimezone(tz)
    nots = list(c.get("nots", []))
    body = c["body"].strip("\n")
    sig_t, sig_not = SIGS[c["sig"]] if c.get("sig") else ("", [])
    sig = sig_t.format(name=name, first=first)
    nots += sig_not
    own = body + ("\n\n" + sig if sig else "")
    if prompt:
        psubj, pbody = lib.prompt_mail(lang, prompt, first, partner, sent)
        if style not in ("none", "inline"):
            nots.append(lib.QUOTE_NOT[(lang, prompt)])
    else:
        psubj, pbody = c.get("subject", "Mentorship"), ""
    re_ = "RE: " if style in ("outlook", "origmsg", "html_outlook") else "Re: "
    if lang == "fr" and style in ("outlook", "origmsg", "html_outlook"): re_ = "RE : "
    subject = c.get("subject") or (re_ + psubj)
    quoted = "\n".join(("> " + l) if l else ">" for l in pbody.split("\n"))
    headers = [("From", addr(name, mail)), ("To", addr(prog[0], prog[1])), ("Subject", hdr(subject))]
    if c.get("utc"):
        headers.append(("Date", email.utils.format_datetime(local.astimezone(dt.timezone.utc))))
    else:
        headers.append(("Date", email.utils.format_datetime(local)))
    mid = hashlib.sha1(c["id"].encode()).hexdigest()[:16]
    pid = hashlib.sha1(("p" + c["id"]).encode()).hexdigest()[:12]
    headers += [("Message-ID", f"<{mid}@{mail.split('@')[1]}>")]
    if prompt:
        headers += [("In-Reply-To", f"<{pid}.{prompt}@mentormail.ca>"), ("References", f"<{pid}.{prompt}@mentormail.ca>")]
    headers += [("MIME-Version", "1.0")]
    for k, v in c.get("headers", []): headers.append((k, v))
    enc = c.get("enc", "8bit"); charset = "utf-8"
    if enc == "latin1": enc, charset = "qp", "iso-8859-1"
    b = lib.boundary(c["id"])
    if style == "none":
        text = own
        ctype = lib.encode_part("text/plain", text, enc, charset)
    elif style in ("outlook", "origmsg"):
        text = own + "\n\n" + lib.outlook_header(lang, sent, prog, addr(name, mail) if False else name, psubj, style == "origmsg") + "\n\n" + pbody
        ctype = lib.encode_part("text/plain", text, enc, charset)
    elif style in ("apple", "iphone", "flowed"):
        mob = ""
        if style == "iphone":
            mob = "\n\nSent from my iPhone" if lang == "en" else "\n\nEnvoyé de mon iPhone"
            nots.append(mob.strip())
        att = lib.attribution("apple", lang, sent, prog)
        text = own + mob + "\n\n" + att + "\n\n" + quoted
        if style == "flowed":
            text = lib.flow(own) + "\n\n" + att + "\n" + quoted
            ctype = lib.encode_part("text/plain", text, enc, charset, "; format=flowed; delsp=no")
        else:
            ctype = lib.encode_part("text/plain", text, enc, charset)
        if style == "iphone": headers.append(("X-Mailer", "iPhone Mail (22B91)"))
        if style == "apple": headers.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif style == "inline":
        att = lib.attribution("gmail", lang, sent, prog)
        text = own.replace("{ATTR}", att)
        ctype = lib.encode_part("text/plain", text, enc, charset)
    elif style == "gmail":
        att = lib.attribution("gmail", lang, sent, prog)
        text = own + "\n\n" + att + "\n\n" + quoted
        html = (f'<div dir="ltr">{lib.to_html(own)}</div><br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{lib.esc(att)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'{lib.to_html(pbody)}</blockquote></div>')
        ctype = (f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n'
                 + lib.encode_part("text/plain", text, enc, charset) + f"\n--{b}\n"
                 + lib.encode_part("text/html", html, enc, charset) + f"\n--{b}--")
    elif style == "html_gmail":
        att = lib.attribution("gmail", lang, sent, prog)
        html = (f'<html><body><div dir="ltr">{lib.to_html(own)}</div><br><div class="gmail_quote">'
                f'<div dir="ltr" class="gmail_attr">{lib.esc(att)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f'{lib.to_html(pbody)}</blockquote></div></body></html>')
        ctype = lib.encode_part("text/html", html, enc, charset)
    elif style == "html_outlook":
        hd = lib.outlook_header(lang, sent, prog, name, psubj).split("\n")[1:]
        hd_html = "<br>".join("<b>" + lib.esc(l.split(":", 1)[0]) + ":</b>" + lib.esc(l.split(":", 1)[1]) for l in hd)
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
                f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">{lib.to_html(own)}</div>'
                '<hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{hd_html}</font><div>&nbsp;</div></div>'
                f'<div>{lib.to_html(pbody)}</div></body></html>')
        ctype = lib.encode_part("text/html", html, enc, charset)
    else:
        raise ValueError(style)
    raw = "\n".join(f"{k}: {v}" for k, v in headers) + "\n" + ctype + "\n"
    exp = {"class": c.get("cls", "reply")}
    if exp["class"] == "reply":
        m = c.get("meeting")
        if m:
            exp["meeting"] = {"date": resolve(m["date"], today), "minutes": m["minutes"], "mode": m["mode"],
                              "next_meeting": resolve(m["next"], today), "topics_include": m["topics"]}
        else:
            exp["meeting"] = None
        if c.get("count"): exp["meetings_count"] = c["count"]
        exp["goals"] = list(c.get("goals", []))
        exp["commands"] = [dict(x, until=resolve(x["until"], today)) for x in c.get("commands", [])]
        exp["question"] = c.get("q", False)
        exp["warn"] = c.get("warn", False)
        has = c.get("has")
        if not has:
            for line in body.split("\n"):
                ws = line.split()
                if len(ws) >= 5 and not line.startswith(">"):
                    has = [" ".join(ws[:5]).rstrip(",.:;!?")]; break
        exp["reply_text_has"] = has or []
        exp["reply_text_not"] = nots
    cat = c.get("cat") or {"meet":"meeting","top":"topics","goal":"goals","cmd":"commands","q":"question",
                           "not":"not_meeting","txt":"reply_text"}[c["id"].split("-")[1]]
    js = {"id": c["id"], "lang": lang, "category": cat, "prompt": prompt if c.get("cls", "reply") == "reply" or prompt else "",
          "tz": c["tz"], "note": c["note"], "expect": exp}
    if c["id"].startswith("cls-"): js["lang"] = c.get("lang", "en")
    return lib.crlf(raw), js

def main():
    import cases_en, cases_fr, cases_cls
    for mod in (cases_en, cases_fr, cases_cls): mod.add(case, M, G, CMD)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    seen = set()
    for i, c in enumerate(CASES):
        assert c["id"] not in seen, c["id"]; seen.add(c["id"])
        if "raw" in c:
            raw, js = c["raw"](c), None
            js = {"id": c["id"], "lang": c.get("lang", "en"), "category": "classification", "prompt": c.get("prompt", ""),
                  "tz": c["tz"], "note": c["note"], "expect": {"class": c["cls"]}}
            raw = lib.crlf(raw)
        else:
            raw, js = build(c, i)
        with open(os.path.join(OUT, c["id"] + ".eml"), "w", newline="", encoding="utf-8") as f: f.write(raw)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(js, f, ensure_ascii=False, indent=2); f.write("\n")
    print(len(CASES), "cases")

if __name__ == "__main__":
    main()
