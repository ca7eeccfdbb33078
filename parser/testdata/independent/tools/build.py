from lib import *
from datetime import datetime, timedelta

MOBILE = {"iphone_en": "Sent from my iPhone", "iphone_fr": "Envoyé de mon iPhone"}

def M(date, minutes=None, mode=None, topics=(), next=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": next, "topics_include": list(topics)}
def G(status, ref="", horizon="", title=None):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title: g["title_has"] = title
    return g
def P(until): return {"name": "pause", "until": until, "value": None}
def C(name): return {"name": name, "until": None, "value": None}
def RATE(v): return {"name": "rating", "until": None, "value": v}
def R(meeting=None, goals=(), commands=(), question=False, warn=False, has=(), not_=(), count=None):
    e = {"class": "reply", "meeting": meeting, "goals": list(goals), "commands": list(commands),
         "question": question, "warn": warn}
    if count: e["meetings_count"] = count
    e["reply_text_has"] = list(has); e["reply_text_not"] = list(not_)
    return e

ALL = []

def reply(id, lang, cat, prompt, tz, note, frm, date, body, expect, pe=None, sig="", footer="",
          client="gmail", fmt="plain", cte="auto", html_cte=None, quote=None, qdays=1, qtime="09:02",
          subj=None, extra=(), eol="\r\n", date_hdr=None, to_tag=None, inline_answers=None, top="", xmailer=None):
    """pe = (subject, body) of the program email answered; inline = full text already containing quotes"""
    local = datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    qd = (local - timedelta(days=qdays)).date()
    qdt = datetime.strptime(f"{qd} {qtime}", "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    tok = to_tag or token(10)
    kind = {"checkin": "checkin", "goals_prompt": "goals", "wrapup": "wrapup", "midsession": "midsession",
            "nudge": "nudge", "introduction": "intro", "digest": "digest", "confidentiality": "confidentiality"}.get(prompt, "receipt")
    pname = PROG_EN if lang == "en" else PROG_FR
    name, addr = frm
    outlookish = client.startswith("outlook")
    if subj is None:
        if pe:
            pre = ("RE : " if lang == "fr" else "RE: ") if outlookish else "Re: "
            subj = pre + pe[0]
        else:
            subj = ""
    qstyle = quote or {"gmail": "gmail", "outlook": "outlook", "outlook_orig": "outlook_orig", "apple": "apple",
                       "iphone": "iphone", "tbird": "tbird", "android": "gmail", "generic": "generic"}[client]
    inline = None
    if inline_answers is not None:
        out = []
        for l in pe[1].split("\n"):
            out.append(("> " + l) if l else ">")
            for k, v in inline_answers.items():
                if l.strip() and l.strip().startswith(k):
                    out.append(""); out.append(v); out.append("")
        inline = (top.strip("\n") + "\n\n" if top else "") + attribution("gmail", lang, qdt, pname) + "\n" + "\n".join(out)
    if pe is None or inline is not None:
        qstyle = "none"
    # ---- plain text
    parts = [inline if inline is not None else body.strip("\n")]
    if sig: parts.append(sig.strip("\n"))
    if footer: parts.append(footer)
    qtext = ""
    if qstyle != "none":
        psub, pbody = pe
        if qstyle in ("gmail", "gmail_wrapped", "tbird", "generic"):
            qtext = attribution(qstyle, lang, qdt, pname) + "\n" + quote_lines(pbody)
        elif qstyle == "apple":
            qtext = attribution("apple", lang, qdt, pname) + "\n\n" + quote_lines(pbody)
        elif qstyle == "iphone":
            qtext = "> " + attribution("iphone", lang, qdt, pname) + "\n>\n" + quote_lines(pbody)
        elif qstyle in ("outlook", "outlook_orig"):
            head, lines = outlook_header(lang, qdt, pname, name, addr, psub, orig=(qstyle == "outlook_orig"))
            qtext = head + "\n" + "\n".join(lines) + "\n\n" + pbody
        parts.append(qtext)
    plain = "\n\n".join(parts) + "\n"
    # ---- html
    def build_html():
        ptxt = inline if inline is not None else body.strip("\n")
        if client in ("gmail", "android", "generic", "tbird"):
            h = '<div dir="ltr">' + gmail_divs(ptxt)
            if sig:
                h += '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' + "<br>".join(esc(l) for l in sig.strip("\n").split("\n") if l != "-- ") + "</div></div>"
            if footer: h += f"<div><br></div><div>{esc(footer)}</div>"
            h += "</div>"
            if qstyle != "none":
                h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(attribution("gmail", lang, qdt, pname)) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + text_to_html_paras(pe[1]) + "</blockquote></div>"
            return h + "\n"
        if outlookish:
            h = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            for l in ptxt.split("\n"):
                h += '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + (esc(l) if l.strip() else "<br>") + "</div>\n"
            if sig:
                h += '<div id="Signature"><p>' + "<br>\n".join(esc(l) for l in sig.strip("\n").split("\n")) + "</p></div>\n"
            if footer: h += f'<div id="ms-outlook-mobile-signature"><div>{esc(footer)}</div></div>\n'
            if qstyle != "none":
                head, lines = outlook_header(lang, qdt, pname, name, addr, pe[0])
                h += '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                h += "<br>\n".join("<b>" + esc(l.split(":", 1)[0]) + ":</b>" + esc(l.split(":", 1)[1]) for l in lines)
                h += "</font>\n<div>&nbsp;</div>\n</div>\n<div>\n" + text_to_html_paras(pe[1]) + "\n</div>\n"
            return h + "</body>\n</html>\n"
        # apple / iphone
        h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        h += '<div dir="ltr">' + "<br>".join(esc(l) for l in ptxt.split("\n")) + "</div>"
        if sig: h += '<div dir="ltr"><br></div><div dir="ltr">' + "<br>".join(esc(l) for l in sig.strip("\n").split("\n")) + "</div>"
        if footer: h += f'<div dir="ltr"><br><div dir="ltr">{esc(footer)}</div></div>'
        if qstyle != "none":
            h += '<div dir="ltr"><br><blockquote type="cite">' + esc(attribution("apple", lang, qdt, pname)) + '<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">' + text_to_html_paras(pe[1]) + "</div></blockquote>"
        return h + "</body></html>\n"
    # ---- headers
    hdrs = []
    msgid = {"gmail": lambda: f"<CA+{alnum(20)}{hexid(8)}-{alnum(6)}@mail.gmail.com>",
             "android": lambda: f"<CA+{alnum(22)}@mail.gmail.com>",
             "outlook": lambda: f"<YT3PR01MB{RNG.randint(1000,9999)}{alnum(12)}@YT3PR01MB{RNG.randint(1000,9999)}.CANPRD01.PROD.OUTLOOK.COM>",
             "outlook_orig": lambda: f"<00{hexid(6)}01d9{hexid(4)}$000{hexid(8)}$@{addr.split('@')[1]}>",
             "apple": lambda: f"<{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}@{addr.split('@')[1]}>",
             "iphone": lambda: f"<{hexid(8).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(4).upper()}-{hexid(12).upper()}@{addr.split('@')[1]}>",
             "tbird": lambda: f"<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@{addr.split('@')[1]}>",
             "generic": lambda: f"<{hexid(16)}@{addr.split('@')[1]}>"}[client]()
    date_s = date_hdr or format_datetime(local)
    to_name = pname
    to_addr = ('mentorship+' + tok + '@example.org') if pe else PROG
    if client.startswith("outlook"):
        hdrs += [f"From: {enc_addr(name, addr)}", f"To: {enc_addr(to_name, to_addr)}",
                 f"Subject: {enc_subject(subj, 'b')}"]
        if pe: hdrs += [f"Thread-Topic: {enc_subject(pe[0], 'b')}", f"Thread-Index: AQH{alnum(18)}=="]
        hdrs += [f"Date: {date_s}", f"Message-ID: {msgid}"]
        if pe: hdrs += [f"References: <{tok}.{kind}@example.org>", f"In-Reply-To: <{tok}.{kind}@example.org>"]
        hdrs += [f"Accept-Language: {'fr-CA, en-US' if lang=='fr' else 'en-CA, en-US'}", f"Content-Language: {'fr-CA' if lang=='fr' else 'en-CA'}",
                 "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    else:
        hdrs += [f"Date: {date_s}", f"From: {enc_addr(name, addr)}", f"To: {enc_addr(to_name, to_addr)}"]
        if pe: hdrs += [f"In-Reply-To: <{tok}.{kind}@example.org>", f"References: <{tok}.{kind}@example.org>"]
        hdrs += [f"Subject: {enc_subject(subj)}", f"Message-ID: {msgid}"]
        if client in ("apple", "iphone"): hdrs.append(f"X-Mailer: {xmailer or ('iPhone Mail (22B91)' if client=='iphone' else 'Apple Mail (2.3826.200.121)')}")
        if client == "tbird": hdrs.append("User-Agent: Mozilla Thunderbird")
        if client == "generic" and xmailer: hdrs.append(f"User-Agent: {xmailer}")
    hdrs += list(extra)
    hdrs.append("MIME-Version: 1.0" if client not in ("apple", "iphone") else "Mime-Version: 1.0 (1.0)")
    # ---- body
    if fmt == "plain":
        h, b = leaf("text/plain", plain, cte)
        hdrs += h; raw = assemble(hdrs, b, eol)
    elif fmt == "flowed":
        h, b = leaf("text/plain", flow(plain), cte, flowed=True)
        hdrs += h; raw = assemble(hdrs, b, eol)
    elif fmt == "html":
        h, b = leaf("text/html", build_html(), html_cte or cte)
        hdrs += h; raw = assemble(hdrs, b, eol)
    elif fmt == "alt":
        bnd = ("000000000000" + hexid(16)) if client in ("gmail", "android") else (f"_000_{alnum(40)}_" if outlookish else f"Apple-Mail-{hexid(8).upper()}-{hexid(4).upper()}")
        p1 = leaf("text/plain", plain, cte)
        p2 = leaf("text/html", build_html(), html_cte or ("qp" if cte == "auto" else cte))
        ct, b = multipart("alternative", bnd, [p1, p2])
        hdrs.append(f"Content-Type: {ct}"); raw = assemble(hdrs, b, eol)
    else:
        raise ValueError(fmt)
    meta = {"id": id, "lang": lang, "category": cat, "prompt": prompt, "tz": tz, "note": note, "expect": expect}
    write_case(id, raw, meta)
    ALL.append(id)

def rawcase(id, lang, cat, prompt, tz, note, raw_text, expect, eol="\r\n"):
    """classification cases: raw message text written by hand (headers + body), LF in source"""
    txt = raw_text.lstrip("\n")
    if not txt.endswith("\n"): txt += "\n"
    if eol == "\r\n": txt = txt.replace("\r\n", "\n").replace("\n", "\r\n")
    meta = {"id": id, "lang": lang, "category": cat, "prompt": prompt, "tz": tz, "note": note, "expect": expect}
    write_case(id, txt.encode("utf-8"), meta)
    ALL.append(id)
