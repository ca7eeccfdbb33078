"""Assemble one reply case into a raw message + expectation."""
import html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from email.utils import format_datetime
from lib import *

QUOTE_PHRASE = {
    ("checkin", "en"): "Plain sentences work too", ("checkin", "fr"): "Une simple phrase fonctionne aussi",
    ("goals_prompt", "en"): "Add as many lines as you like", ("goals_prompt", "fr"): "Ajoutez autant de lignes",
    ("wrapup", "en"): "Your answers go to the committee only", ("wrapup", "fr"): "Vos réponses ne sont lues que par le comité",
    ("midsession", "en"): "A few questions worth a moment of thought", ("midsession", "fr"): "Quelques questions à vous poser",
    ("nudge", "en"): "If things are hectic right now", ("nudge", "fr"): "Si la période est chargée",
    ("digest", "en"): "Found an article, a webinar", ("digest", "fr"): "Vous avez repéré un article",
    ("confidentiality", "en"): "Thank you for building a safe space", ("confidentiality", "fr"): "Merci de bâtir ensemble",
}

def M(date, minutes=None, mode=None, topics=(), nxt=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": nxt, "topics_include": list(topics)}

def G(status, title=None, ref="", horizon=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title is not None:
        g["title_has"] = title
    return g

def C(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}

def reply(cid, lang, cat, prompt, tz, at, frm, body, note, *, sig="", style="gmail", enc=None,
          meeting=None, count=None, goals=(), commands=(), question=False, warn=False,
          has=(), rnot=(), subj=None, extra=(), partner="Alex", role="mentee", topics=None,
          cycle=2, xmailer=None, quote_phrase=True, mid=None):
    z = ZoneInfo(tz)
    dt = datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=z)
    sent = (dt - timedelta(days=2)).replace(hour=7, minute=0)
    tok = token(cid)
    p = {"name": frm[0].split()[0], "partner": partner, "role": role, "sent": sent, "cycle": cycle}
    if topics:
        p["topics"] = topics
    psubj, pbody = program_email(prompt, lang, p) if prompt else ("", "")
    rnot = list(rnot)
    if prompt and style not in ("none",) and quote_phrase and (prompt, lang) in QUOTE_PHRASE:
        rnot.append(QUOTE_PHRASE[(prompt, lang)])
    is_html = style.startswith("html")
    re_ = "RE: " if style in ("outlook", "original", "html_outlook") else ("Re : " if lang == "fr" and style in ("apple", "iphone") else "Re: ")
    subject = subj if subj is not None else (re_ + psubj if psubj else "(no subject)")
    mobile = {"en": "Sent from my iPhone", "fr": "Envoyé de mon iPhone"}[lang]
    body = body.strip("\n")
    if not is_html:
        parts = [body]
        if style == "tbird" and sig:
            parts.append("-- \n" + sig)
        elif sig:
            parts.append(sig)
        if style == "iphone":
            parts.append(mobile)
        if prompt and style not in ("none", "inline"):
            att = attribution(style, lang, sent, frm[0], frm[1], psubj, tok)
            if style in ("outlook", "original"):
                parts.append(att + "\n\n" + pbody)
            else:
                parts.append(att + "\n\n" + prefix(pbody))
        text = "\n\n".join(parts) + "\n"
        ctype_main = "text/plain"
        fmt = ""
        if enc == "flowed":
            text = flow(text)
            fmt = "; format=flowed"
        payload = text
    else:
        bh = to_html_par(body)
        sh = to_html_par(sig) if sig else ""
        if style == "html_gmail":
            att = attribution("gmail", lang, sent, frm[0], frm[1], psubj, tok)
            payload = (f'<div dir="ltr">{bh}'
                       + (f'<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">{sh}</div></div>' if sig else "")
                       + '</div><br>\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                       + html.escape(att, quote=False) + '<br></div>\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + to_html_par(pbody) + "</blockquote></div>\n")
        else:
            a = attribution("outlook", lang, sent, frm[0], frm[1], psubj, tok).split("\n")[1:]
            lab = [l.split(":", 1) if lang == "en" else l.split(" :", 1) for l in a]
            colon = ":" if lang == "en" else " :"
            hd = "<br>\n".join(f"<b>{html.escape(k)}{colon}</b>{html.escape(v, quote=False)}" for k, v in lab)
            payload = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                       '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                       '<body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                       + bh + "</div>\n"
                       + (f'<div id="Signature"><div style="font-family: Calibri, sans-serif; font-size: 10pt;">{sh}</div></div>\n' if sig else "")
                       + '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                       + hd + '</font><div>&nbsp;</div></div>\n<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">'
                       + to_html_par(pbody) + "</div></span></font></div>\n</body></html>\n")
        ctype_main = "text/html"
        fmt = ""
    charset = "iso-8859-1" if enc == "latin1" else "utf-8"
    try:
        payload.encode("ascii"); ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if enc == "b64":
        cte, data = encode_body(payload, "b64", charset)
    elif enc in ("qp", "latin1") or not ascii_ok:
        cte, data = encode_body(payload, "qp", charset)
    else:
        cte, data = "7bit", payload
    if ascii_ok and enc not in ("latin1",):
        cs = "us-ascii" if cte == "7bit" and not is_html else charset
    else:
        cs = charset
    h = [hdr("From", addr(*frm)),
         f"To: {addr(PNAME[lang], 'mentorat+' + tok + '@bibliomentorat.ca')}",
         hdr("Subject", subject),
         f"Date: {format_datetime(dt)}",
         f"Message-ID: <{mid or token(cid + 'm')}@{frm[1].split('@')[1]}>"]
    if prompt:
        h += [f"In-Reply-To: <{tok}.{prompt}@bibliomentorat.ca>", f"References: <{tok}.{prompt}@bibliomentorat.ca>"]
    h += list(extra)
    if xmailer:
        h.append(f"X-Mailer: {xmailer}")
    h += ["MIME-Version: 1.0", f'Content-Type: {ctype_main}; charset="{cs}"{fmt}', f"Content-Transfer-Encoding: {cte}"]
    raw = "\n".join(h) + "\n\n" + data
    if not raw.endswith("\n"):
        raw += "\n"
    exp = {"class": "reply", "meeting": meeting}
    if count:
        exp["meetings_count"] = count
    exp.update({"goals": list(goals), "commands": list(commands), "question": question, "warn": warn,
                "reply_text_has": list(has), "reply_text_not": rnot})
    return {"id": cid, "lang": lang, "category": cat, "prompt": prompt, "tz": tz, "note": note,
            "expect": exp, "raw": raw}

def machine(cid, lang, tz, klass, note, raw, prompt=""):
    return {"id": cid, "lang": lang, "category": "classification", "prompt": prompt, "tz": tz,
            "note": note, "expect": {"class": klass}, "raw": raw.strip("\n") + "\n"}
