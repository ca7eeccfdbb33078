#!/usr/bin/env python3
"""Deterministic generator for the independent3 test set (stdlib only)."""
import base64, json, os, quopri, sys, datetime as dt
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "cases")
sys.path.insert(0, HERE)

PROG = "mentormail <program@mentormail.ca>"

QUOTES = {
 "checkin": ("en", "Check-in 2: have you met {p} again?",
   "Hi {n},\n\nTime for check-in 2! You and {p} have logged 1 meeting so far, the last on\nOctober 14.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\nDate: yesterday\nLength: 45 min\nHow: video\nTopics: 3, 7\nNotes: went over my cover letter for the Halifax posting\n\nPlain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it.\n\nThank you!"),
 "goals_prompt": ("en", "What would you like from this session?",
   "Hi {n},\n\nKnowing what you want from this session helps {p} help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?\n\nJust reply with a short-term and a long-term goal, one per line,\nlike this:\n\nShort term: update my CV and send two applications\nLong term: lead a public services team within five years\n\nThank you!"),
 "wrapup": ("en", "Thank you, and a short survey",
   "Hi {n},\n\nThe session has come to an end. Thank you for the time and care you\ngave it with {p}.\n\nWe'd love to hear how it went. Reply to this email, give a rating\nfrom 1 (not great) to 5 (excellent), and write your answers under\neach question; skip any you like.\n\nRating:\nWhat worked well?\nWhat could be better?\nWould you take part again?\nAnything else for the committee?"),
 "midsession": ("en", "Halfway there: how is it going?",
   "Hi {n},\n\nWe're halfway through the session. How are things going with {p}?\nReply with a rating from 1 to 5 and a few words."),
 "nudge": ("en", "Checking in: catching up with {p}?",
   "Hi {n},\n\nIt's been 24 days since you and {p} last logged a meeting. Life gets busy,\nand that's fine. A short call or a few emails count too.\n\nIf things are hectic right now, reply with a line like this so we\nhold off on reminders:\n\npause until December 1"),
 "digest": ("en", "Your mentormail digest",
   "Hi {n},\n\nHere is what happened in your pair this month.\nMeetings logged: 2\nGoals: 1 in progress\n\nReply \"digest off\" to stop these digests."),
 "introduction": ("en", "Meet your partner: {p}",
   "Hi {n},\n\nWe're happy to introduce you to {p}, your partner for this session.\nSay hello and set up a first conversation."),
 "confidentiality": ("en", "A reminder about confidentiality",
   "Hi {n},\n\nWhat you share with {p} stays between the two of you."),
}
QUOTES_FR = {
 "checkin": ("Suivi 2 : une autre rencontre avec {p}?",
   "Bonjour {n},\n\nVoici le suivi 2 de la session. {p} et vous avez consigné\n1 rencontre jusqu'ici, la dernière le 14 octobre.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\nDate : hier\nDurée : 45 min\nMode : vidéo\nSujets : 3, 7\n\nUne simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »).\n\nMerci!"),
 "goals_prompt": ("Qu'aimeriez-vous retirer de cette session?",
   "Bonjour {n},\n\nSavoir ce que vous souhaitez aide {p} à vous aider. Que voulez-vous\naccomplir bientôt, et où allez-vous d'ici quelques années?\n\nRépondez avec un objectif à court terme et un à long terme, un par ligne :\n\nCourt terme : mettre à jour mon CV et envoyer deux candidatures\nLong terme : diriger une équipe des services au public d'ici cinq ans\n\nMerci!"),
 "wrapup": ("Merci, et un court sondage",
   "Bonjour {n},\n\nLa session est terminée. Merci pour le temps et l'attention que vous\ny avez consacrés avec {p}.\n\nNous aimerions savoir comment ça s'est passé. Répondez à ce courriel,\ndonnez une note de 1 (décevant) à 5 (excellent) et écrivez vos\nréponses sous chaque question; sautez celles que vous voulez.\n\nÉvaluation :\nQu'est-ce qui a bien fonctionné?\nQu'est-ce qui pourrait être amélioré?\nAutre chose à dire au comité?"),
 "midsession": ("À mi-parcours : comment ça se passe?",
   "Bonjour {n},\n\nNous voici à mi-session. Comment ça se passe avec {p}?\nRépondez avec une note de 1 à 5 et quelques mots."),
 "nudge": ("Petit rappel : des nouvelles de {p}?",
   "Bonjour {n},\n\nÇa fait 24 jours que {p} et vous n'avez pas consigné de rencontre.\nUn court appel ou quelques courriels comptent aussi.\n\nSi c'est la course en ce moment, répondez par exemple :\n\npause jusqu'au 1er décembre"),
 "digest": ("Votre résumé mentormail",
   "Bonjour {n},\n\nVoici ce qui s'est passé dans votre duo ce mois-ci.\n\nRépondez « résumé non » pour ne plus recevoir ces résumés."),
 "introduction": ("Voici votre partenaire : {p}",
   "Bonjour {n},\n\nNous sommes heureux de vous présenter {p}, votre partenaire pour cette session."),
 "confidentiality": ("Un rappel sur la confidentialité",
   "Bonjour {n},\n\nCe que vous partagez avec {p} reste entre vous deux."),
}

FMT_EN = "%a, %b %d, %Y at %I:%M %p"
MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

def quote_block(style, lang, qdate, subject, qtext):
    q = "\n".join(("> " + l) if l else ">" for l in qtext.split("\n"))
    if style == "gmail":
        if lang == "fr":
            hdr = "Le %d %s 2026 à %02d h %02d, mentormail <program@mentormail.ca> a écrit :" % (qdate.day, MONTHS_FR[qdate.month-1], qdate.hour, qdate.minute)
        else:
            hdr = "On %s, mentormail <program@mentormail.ca> wrote:" % qdate.strftime(FMT_EN)
        return "\n\n" + hdr + "\n\n" + q + "\n"
    if style == "apple":
        if lang == "fr":
            hdr = "> Le %d %s 2026 à %02d:%02d, mentormail <program@mentormail.ca> a écrit :" % (qdate.day, MONTHS_FR[qdate.month-1], qdate.hour, qdate.minute)
        else:
            hdr = "> On %s, mentormail <program@mentormail.ca> wrote:" % qdate.strftime("%b %d, %Y, at %I:%M %p")
        return "\n\n" + hdr + "\n>\n" + q + "\n"
    if style == "outlook":
        if lang == "fr":
            h = ("________________________________\nDe : mentormail <program@mentormail.ca>\nEnvoyé : %d %s 2026 %02d:%02d\nÀ : vous\nObjet : %s\n\n" % (qdate.day, MONTHS_FR[qdate.month-1], qdate.hour, qdate.minute, subject))
        else:
            h = ("________________________________\nFrom: mentormail <program@mentormail.ca>\nSent: %s\nTo: you\nSubject: %s\n\n" % (qdate.strftime("%A, %B %d, %Y %I:%M %p"), subject))
        return "\n\n" + h + qtext + "\n"
    if style == "orig":
        return ("\n\n-----Original Message-----\nFrom: mentormail <program@mentormail.ca>\nSent: %s\nSubject: %s\n\n" % (qdate.strftime("%A, %B %d, %Y %I:%M %p"), subject)) + qtext + "\n"
    return ""


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build(c):
    tz = ZoneInfo(c["tz"])
    y, mo, d, hh, mm = c["date"]
    local = dt.datetime(y, mo, d, hh, mm, tzinfo=tz)
    lang = c["lang"]
    prompt = c.get("prompt", "checkin")
    name, addr = c["sender"]
    partner = c.get("partner", "Morgan")
    if lang == "fr":
        qsubj, qtext = QUOTES_FR.get(prompt or "checkin", QUOTES_FR["checkin"])
    else:
        _, qsubj, qtext = QUOTES.get(prompt or "checkin", QUOTES["checkin"])
    first = name.split()[0]
    qsubj = qsubj.format(p=partner, n=first)
    qtext = qtext.format(p=partner, n=first)
    qdate = local - dt.timedelta(days=2, hours=3)
    last = qdate - dt.timedelta(days=12)
    MFR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
    qtext = qtext.replace("October 14", last.strftime("%B ") + str(last.day)).replace("14 octobre", "%d %s" % (last.day, MFR[last.month-1]))
    style = c.get("style", "gmail")
    body = c["body"].strip("\n")
    sig = c.get("sig", "")
    text = body + ("\n\n" + sig.strip("\n") if sig else "")
    if style == "iphone":
        text += "\n\n" + ("Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone")
        style2 = "apple"
    else:
        style2 = style
    if style2 in ("gmail", "apple", "outlook", "orig"):
        text += quote_block(style2, lang, qdate, qsubj, qtext)
    enc = c.get("enc", "8bit")
    subj = ("RE: " if style in ("outlook", "orig") else "Re: ") + qsubj
    hdrs = [
        ("From", "%s <%s>" % (name, addr)),
        ("To", PROG),
        ("Subject", subj),
        ("Date", format_datetime(local)),
        ("Message-ID", "<%s.%d@%s>" % (c["id"], y * 10000 + mo * 100 + d, addr.split("@")[1])),
        ("In-Reply-To", "<prog-%s@mentormail.ca>" % c["id"]),
        ("MIME-Version", "1.0"),
    ]
    hdrs += c.get("extra_headers", [])
    if style == "html" or style == "html_outlook":
        paras = "".join("<div>%s</div>" % (html_escape(l) if l else "<br>") for l in text.split("\n"))
        qhtml = html_escape(qtext).replace("\n", "<br>\n")
        if style == "html":
            hq = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                  % (("Le %d %s 2026, mentormail &lt;program@mentormail.ca&gt; a écrit :" % (qdate.day, MONTHS_FR[qdate.month-1])) if lang == "fr" else
                     ("On %s mentormail &lt;program@mentormail.ca&gt; wrote:" % qdate.strftime(FMT_EN)), qhtml))
        else:
            hq = ('<hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>%s</b> mentormail &lt;program@mentormail.ca&gt;<br><b>%s</b> %s<br><b>%s</b> %s</font><div>&nbsp;</div></div><div>%s</div>'
                  % tuple(list(("De :", "Envoyé :", qdate.strftime("%d/%m/%Y %H:%M"), "Objet :", html_escape(qsubj)) if lang == "fr" else
                     ("From:", "Sent:", qdate.strftime("%A, %B %d, %Y %I:%M %p"), "Subject:", html_escape(qsubj))) + [qhtml]))
        html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">%s</div><br>%s</body></html>' % (paras, hq)
        payload = quopri.encodestring(html.encode("utf-8")).decode("ascii")
        hdrs += [("Content-Type", "text/html; charset=\"UTF-8\""), ("Content-Transfer-Encoding", "quoted-printable")]
    else:
        charset = "utf-8"
        ct = "text/plain; charset=\"%s\"" % charset
        if enc == "latin1":
            charset = "iso-8859-1"
            raw = text.encode("iso-8859-1")
            payload = quopri.encodestring(raw).decode("ascii")
            hdrs += [("Content-Type", "text/plain; charset=\"iso-8859-1\""), ("Content-Transfer-Encoding", "quoted-printable")]
        elif enc == "b64":
            b = base64.encodebytes(text.encode("utf-8")).decode("ascii")
            payload = b
            hdrs += [("Content-Type", ct), ("Content-Transfer-Encoding", "base64")]
        elif enc == "qp":
            payload = quopri.encodestring(text.encode("utf-8")).decode("ascii")
            hdrs += [("Content-Type", ct), ("Content-Transfer-Encoding", "quoted-printable")]
        elif enc == "flowed":
            out = []
            for line in text.split("\n"):
                words = line.split(" ")
                cur = ""
                segs = []
                for w in words:
                    if cur and len(cur) + len(w) + 1 > 60:
                        segs.append(cur + " ")
                        cur = w
                    else:
                        cur = (cur + " " + w) if cur else w
                segs.append(cur)
                if line.startswith(">"):
                    out.append(line)
                else:
                    out.extend(segs)
            payload = "\n".join(out)
            hdrs += [("Content-Type", "text/plain; charset=\"utf-8\"; format=flowed"), ("Content-Transfer-Encoding", "8bit")]
        else:
            payload = text
            hdrs += [("Content-Type", ct), ("Content-Transfer-Encoding", "8bit")]
    return hdrs, payload, body


def write_eml(cid, hdrs, payload):
    from email.header import Header
    from email.utils import parseaddr, formataddr
    lines = []
    for k, v in hdrs:
        if not v.isascii():
            if k in ("From", "To") and "@" in v:
                v = formataddr(parseaddr(v), charset="utf-8")
            else:
                v = Header(v, "utf-8").encode(linesep="\r\n")
        lines.append("%s: %s" % (k, v))
    raw = "\r\n".join(lines) + "\r\n\r\n" + payload.replace("\r\n", "\n").replace("\n", "\r\n")
    if not raw.endswith("\r\n"):
        raw += "\r\n"
    enc = "utf-8"
    with open(os.path.join(OUT, cid + ".eml"), "wb") as f:
        f.write(raw.encode(enc))


def main():
    import cases_en, cases_fr, cases_cls
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    own = {}
    allc = cases_en.CASES + cases_fr.CASES
    for c in allc:
        hdrs, payload, body = build(c)
        write_eml(c["id"], hdrs, payload)
        own[c["id"]] = body
        j = {"id": c["id"], "lang": c["lang"], "category": c["cat"], "prompt": c.get("prompt", "checkin"),
             "tz": c["tz"], "note": c["note"], "expect": c["expect"]}
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
    for c in cases_cls.CASES:
        write_eml(c["id"], c["headers"], c["payload"])
        j = {"id": c["id"], "lang": c["lang"], "category": "classification", "prompt": c.get("prompt", ""),
             "tz": c["tz"], "note": c["note"], "expect": c["expect"]}
        if "body" in c:
            own[c["id"]] = c["body"]
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "own_text.json"), "w", encoding="utf-8") as f:
        json.dump(own, f, ensure_ascii=False, indent=1)
    print("wrote", len(allc) + len(cases_cls.CASES), "cases")


if __name__ == "__main__":
    main()
