# Deterministic helpers for the i4 case generator (standard library only).
import datetime, json, os, base64, quopri, html
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
PROG = "mentormail@mentorat-biblio.ca"
PROGNAME = "Mentorat bibliothèques / Library Mentoring"

Q = {
 ("en","checkin"): ("Check-in 3: have you met Priya again?", """Hi {name},

Time for check-in 3! You and Priya have logged 2 meetings so far, the last on Oct 21.

Have you met again since? Reply to this email and tell us, for
example:

Date: yesterday
Length: 45 min
How: video
Topics: 4, 9
Notes: went over my cover letter for the Halifax posting

Plain sentences work too ("We had a 45-minute video call yesterday
about interviews"). Either of you can log it. Notes are optional and
stay between the two of you.

Looking for something to talk about next? A few topics you haven't
covered yet:

  4. Job applications: CV, cover letter, postings
  9. Work/life balance
  12. Management tips and strategies

Sending your questions a few days ahead gives your partner time to
think them over.

Remember that the agenda is yours: bring what matters most to you
right now, whether it's a challenge at work or a step in your career.

Thank you!"""),
 ("fr","checkin"): ("Suivi 3 : une autre rencontre avec Mathieu?", """Bonjour {name},

Voici le suivi 3 de la session. Mathieu et vous avez consigné
2 rencontres jusqu'ici, la dernière le 21 oct.

Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :

Date : hier
Durée : 45 min
Mode : vidéo
Sujets : 4, 9
Notes : revu ma lettre de présentation pour le poste à Halifax

Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes
hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les
notes sont facultatives et restent entre vous deux.

Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous
n'avez pas encore abordés :

  4. Candidatures : CV, lettre de présentation, offres
  9. Conciliation travail-vie personnelle
  12. Gestion : conseils et stratégies

Envoyer vos questions quelques jours à l'avance laisse à l'autre le
temps d'y réfléchir.

Merci!"""),
 ("en","goals_prompt"): ("What would you like from this session?", """Hi {name},

Knowing what you want from this session helps Priya help
you. What would you like to achieve soon, and where are you heading
over the next few years?

Just reply with a short-term and a long-term goal, one per line,
like this:

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Add as many lines as you like. Share them with Priya too: it
makes a good first conversation.

Thank you!"""),
 ("fr","goals_prompt"): ("Qu'aimeriez-vous retirer de cette session?", """Bonjour {name},

Savoir ce que vous attendez de cette session aidera Mathieu
à bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers
quoi souhaitez-vous aller dans les prochaines années?

Répondez simplement avec un objectif à court terme et un autre à long
terme, un par ligne, comme ceci :

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec
Mathieu : c'est un excellent point de départ.

Merci!"""),
 ("en","wrapup"): ("Thank you, and a short survey", """Hi {name},

The session has come to an end. Thank you for the time and care you
gave it with Priya: 6 meetings logged and 2 goals reached.

We'd love to hear how it went. Reply to this email, give a rating
from 1 (not great) to 5 (excellent), and write your answers under
each question; skip any you like.

Rating: 
What worked well?
What could be better?
Would you take part again, perhaps one day as a mentor?
Anything else for the committee?

Your answers go to the committee only. Feel free to keep in touch
with Priya: many pairs do."""),
 ("fr","wrapup"): ("Merci, et un court sondage", """Bonjour {name},

La session est terminée. Merci pour le temps et l'attention que vous
y avez consacrés avec Mathieu : 5 rencontres consignées et
1 objectif atteint.

Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,
donnez une note de 1 (décevant) à 5 (excellent) et écrivez vos
réponses sous chaque question; sautez celles que vous voulez.

Évaluation : 
Qu'est-ce qui a bien fonctionné?
Qu'est-ce qui pourrait être amélioré?
Aimeriez-vous participer de nouveau, un jour comme personne mentore?
Autre chose à dire au comité?

Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder
le contact avec Mathieu : bien des duos le font."""),
 ("en","midsession"): ("Halfway through: how is it going?", """Hi {name},

You're halfway through the session with Priya. Thank you
for the time you're putting in!

So far: 3 meetings logged (about 4 by now if you meet
twice a month), 2 goals set, 0 done.

A few questions worth a moment of thought:

- Are your conversations covering what you hoped?
- Do your goals still fit, or would you like to adjust them?
- Is there anything the two of you could do differently in the
  second half?

If something isn't working, reply with "question:" followed by what's
on your mind. The committee reads every message."""),
 ("fr","midsession"): ("Mi-session : comment ça se passe?", """Bonjour {name},

Vous êtes à mi-chemin de la session avec Mathieu. Merci du temps
que vous y consacrez!

Jusqu'ici : 3 rencontres consignées, 2 objectifs fixés, 0 atteint.

Quelques questions qui méritent un moment de réflexion :

- Vos conversations couvrent-elles ce que vous espériez?
- Vos objectifs vous conviennent-ils toujours?
- Pourriez-vous faire les choses autrement pendant la deuxième moitié?

Si quelque chose ne va pas, répondez avec « question : » suivi de ce
qui vous préoccupe. Le comité lit chaque message."""),
 ("en","nudge"): ("Checking in: catching up with Priya?", """Hi {name},

It's been 24 days since you and Priya last logged a meeting (Oct 21). Life gets busy, and that's fine.
A short call or a few emails count too.

If you have met, just reply with the date, for example:

Date: last Tuesday
Length: 30 min
How: phone

If things are hectic right now, let Priya know, and reply
with a line like this so we hold off on reminders:

pause until Dec 15

We're here if anything is getting in the way."""),
 ("fr","nudge"): ("Des nouvelles de vos échanges avec Mathieu?", """Bonjour {name},

Votre dernière rencontre consignée avec Mathieu remonte à
24 jours (le 21 oct.). Le quotidien est parfois chargé, et
c'est bien normal. Un court appel ou quelques courriels comptent aussi.

Si vous vous êtes parlé, répondez simplement avec la date, par
exemple :

Date : mardi dernier
Durée : 30 min
Mode : téléphone

Si la période est chargée, prévenez Mathieu et répondez-nous
avec une ligne comme celle-ci pour suspendre les rappels :

pause jusqu'au 15 déc.

Nous sommes là si quelque chose vous freine."""),
 ("en","introduction"): ("Meet your mentoring partner: Priya Raman", """Hi {name},

Welcome to the fall session! Your mentoring partner is Priya Raman,
Reference Librarian at Halifax Public Libraries.

Reply to this email any time to log a meeting, set a goal or ask the
committee a question. Please reach out to Priya this week to set up a
first conversation."""),
 ("fr","introduction"): ("Voici votre duo de mentorat : Mathieu Gagnon", """Bonjour {name},

Bienvenue à la session d'automne! Votre duo est Mathieu Gagnon,
bibliothécaire de référence à BAnQ.

Répondez à ce courriel en tout temps pour consigner une rencontre,
fixer un objectif ou poser une question au comité. Communiquez avec
Mathieu cette semaine pour planifier une première conversation."""),
 ("en","digest"): ("Your mentoring digest for November", """Hi {name},

Here is what happened in your pair this month:

- 1 meeting logged (Nov 4, video, 45 min)
- Goal 1 "Update my CV": in progress

Reply "digest off" if you'd rather not get this summary."""),
 ("fr","digest"): ("Votre résumé de mentorat de novembre", """Bonjour {name},

Voici ce qui s'est passé dans votre duo ce mois-ci :

- 1 rencontre consignée (4 nov., vidéo, 45 min)
- Objectif 1 « Mettre à jour mon CV » : en cours

Répondez « résumé non » si vous ne voulez plus recevoir ce résumé."""),
 ("en","confidentiality"): ("A reminder about confidentiality", """Hi {name},

A short reminder: what you and Priya share stays between the two of
you. The committee never reads your notes. Reply to this email if you
have any concern."""),
 ("fr","confidentiality"): ("Rappel sur la confidentialité", """Bonjour {name},

Un petit rappel : ce que vous partagez avec Mathieu reste entre vous
deux. Le comité ne lit jamais vos notes. Répondez à ce courriel si
vous avez une préoccupation."""),
}

# one phrase per quoted program email that must be gone from reply_text
QPHRASE = {"checkin": {"en": "Plain sentences work too", "fr": "Une simple phrase fonctionne aussi"},
 "goals_prompt": {"en": "Add as many lines as you like", "fr": "Ajoutez autant de lignes que vous le voulez"},
 "wrapup": {"en": "Feel free to keep in touch", "fr": "bien des duos le font"},
 "midsession": {"en": "The committee reads every message", "fr": "Le comité lit chaque message"},
 "nudge": {"en": "Life gets busy, and that's fine", "fr": "Le quotidien est parfois chargé"},
 "introduction": {"en": "Welcome to the fall session", "fr": "Bienvenue à la session d'automne"},
 "digest": {"en": "Here is what happened in your pair", "fr": "Voici ce qui s'est passé dans votre duo"},
 "confidentiality": {"en": "The committee never reads your notes", "fr": "Le comité ne lit jamais vos notes"}}

EN_DAYS = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
EN_MON = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
FR_DAYS = ["lun.","mar.","mer.","jeu.","ven.","sam.","dim."]
FR_MON = ["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."]

def local(when, tz):
    return datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))

def rel(when, days):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").date() + datetime.timedelta(days=days)
    return d.isoformat()

def lastwd(when, wd):
    """most recent past weekday wd (0=Mon) strictly before the send day"""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").date()
    for i in range(1, 8):
        x = d - datetime.timedelta(days=i)
        if x.weekday() == wd:
            return x.isoformat()

def quote_block(style, lang, prompt, name, sent_dt):
    subj, body = Q[(lang, prompt)]
    body = body.format(name=name)
    ps = sent_dt - datetime.timedelta(days=2, hours=3)
    last = ps - datetime.timedelta(days=12)
    body = body.replace("Oct 21", "%s %d" % (EN_MON[last.month-1], last.day)).replace("21 oct.", "%d %s" % (last.day, FR_MON[last.month-1]))
    body = body.replace("24 days", "12 days").replace("24 jours", "12 jours")
    if name == "Priya":
        body = body.replace("Priya", "Aisha"); subj = subj.replace("Priya", "Aisha")
    if name == "Mathieu":
        body = body.replace("Mathieu", "Geneviève"); subj = subj.replace("Mathieu", "Geneviève")
    if style in ("gmail", "html_gmail"):
        if lang == "en":
            hdr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (EN_DAYS[ps.weekday()], EN_MON[ps.month-1], ps.day, ps.year, (ps.hour % 12) or 12, ps.minute, "AM" if ps.hour < 12 else "PM", PROGNAME, PROG)
        else:
            hdr = "Le %s %d %s %d, à %d h %02d, %s <%s> a écrit :" % (FR_DAYS[ps.weekday()], ps.day, FR_MON[ps.month-1], ps.year, ps.hour, ps.minute, PROGNAME, PROG)
        return subj, hdr, "\n".join(("> " + l) if l else ">" for l in body.split("\n")), body
    if style == "apple":
        hdr = ("On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (EN_MON[ps.month-1], ps.day, ps.year, ps.hour, ps.minute, PROGNAME, PROG)) if lang == "en" else ("Le %d %s %d à %d:%02d, %s <%s> a écrit :" % (ps.day, FR_MON[ps.month-1], ps.year, ps.hour, ps.minute, PROGNAME, PROG))
        return subj, hdr, "\n".join(("> " + l) if l else ">" for l in body.split("\n")), body
    if style in ("outlook", "html_outlook"):
        if lang == "en":
            hdr = "From: %s <%s>\nSent: %s, %s %d, %d %d:%02d AM\nTo: %s\nSubject: %s" % (PROGNAME, PROG, ps.strftime("%A"), ps.strftime("%B"), ps.day, ps.year, (ps.hour % 12) or 12, ps.minute, name, subj)
        else:
            hdr = "De : %s <%s>\nEnvoyé : %d %s %d %d:%02d\nÀ : %s\nObjet : %s" % (PROGNAME, PROG, ps.day, FR_MON[ps.month-1], ps.year, ps.hour, ps.minute, name, subj)
        return subj, "________________________________\n" + hdr, body, body
    if style == "original":
        hdr = "-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s" % (PROGNAME, PROG, ps.strftime("%d %B %Y %H:%M"), name, subj)
        return subj, hdr, body, body
    raise ValueError(style)

def M(date, minutes=None, mode=None, topics=(), next_meeting=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": next_meeting, "topics_include": list(topics)}
def G(status, title_has=None, ref="", horizon=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title_has: g["title_has"] = title_has
    return g
def C(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}

CASES = []

def add(id, lang, cat, prompt, tz, when, frm, text, note, meeting=None, goals=(), commands=(), question=False, warn=False,
        has=(), not_=(), style="gmail", sig="", enc="8bit", mcount=None, subject=None, raw_class=None, headers=(), body_raw=None, charset="utf-8", to_name=None, utc=False):
    CASES.append(dict(id="i4-" + id, lang=lang, cat=cat, prompt=prompt, tz=tz, when=when, frm=frm, text=text, note=note,
        meeting=meeting, goals=list(goals), commands=list(commands), question=question, warn=warn, has=list(has), not_=list(not_),
        style=style, sig=sig, enc=enc, mcount=mcount, subject=subject, raw_class=raw_class, headers=list(headers), body_raw=body_raw, charset=charset, utc=utc))

def _qp(s, charset):
    return quopri.encodestring(s.encode(charset)).decode("ascii")

def _b64(s, charset):
    b = base64.b64encode(s.encode(charset)).decode("ascii")
    return "\n".join(b[i:i+76] for i in range(0, len(b), 76))

def _flow(s):
    out = []
    for line in s.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line); continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > 66:
                out.append(cur + " "); cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)

def build(c):
    dt = local(c["when"], c["tz"])
    name_addr = c["frm"]
    disp = name_addr.split("<")[0].strip().strip('"')
    first = disp.split()[0] if disp else "there"
    hdrs = []
    hdrs.append(("From", name_addr))
    hdrs.append(("To", PROGNAME.encode("ascii", "ignore").decode() and "Library Mentoring <%s>" % PROG))
    if c["body_raw"] is not None:
        subject = c["subject"]
    else:
        subject = c["subject"]
    hdrs.append(("Date", format_datetime(dt.astimezone(datetime.timezone.utc)) if c["utc"] else format_datetime(dt)))
    mid = "<%s.%s@mail.example>" % (c["id"], dt.strftime("%Y%m%d%H%M"))
    hdrs.append(("Message-ID", mid))
    for h in c["headers"]:
        hdrs.append(h)
    ctype_extra = ""
    if c["body_raw"] is not None:
        body = c["body_raw"]
        ctype = "text/plain; charset=utf-8"
        cte = "8bit"
        qphr = None
    else:
        own = c["text"].strip("\n")
        sig = c["sig"].strip("\n")
        full_own = own + ("\n\n" + sig if sig else "")
        qphr = None
        if c["prompt"] and c["style"] != "none":
            qsubj, qhdr, qbody, raw_q = quote_block(c["style"], c["lang"], c["prompt"], first, dt)
            if subject is None:
                subject = ("RE: " if c["style"] in ("outlook", "html_outlook", "original") else "Re: ") + qsubj
            qphr = QPHRASE[c["prompt"]][c["lang"]]
        else:
            qsubj = qhdr = qbody = raw_q = None
            if subject is None and c["prompt"]:
                subject = "Re: " + Q[(c["lang"], c["prompt"])][0]
        if subject is None:
            subject = "mentorat" if c["lang"] == "fr" else "mentoring"
        if c["style"] in ("html_gmail", "html_outlook"):
            def h(s): return "<br>\n".join(html.escape(x, quote=False) for x in s.split("\n"))
            own_html = "<div dir=\"ltr\">" + "".join("<div>%s</div>\n" % (html.escape(p, quote=False).replace("\n", "<br>") or "<br>") for p in own.split("\n\n"))
            if sig:
                own_html += "<div><br></div><div class=\"signature\">%s</div>\n" % h(sig)
            own_html += "</div>\n"
            if c["style"] == "html_gmail":
                qh = "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>\n" % (html.escape(qhdr.replace("\n", " "), quote=False), h(raw_q))
            else:
                hl = qhdr.split("\n")[1:]
                qh = "<hr style=\"display:inline-block;width:98%%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">%s</font><div>&nbsp;</div></div><div>%s</div>\n" % ("<br>\n".join("<b>%s</b>%s" % (html.escape(l.split(":", 1)[0] + ":"), html.escape(l.split(":", 1)[1])) for l in hl), h(raw_q))
            body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + own_html + qh + "</body></html>\n"
            ctype = "text/html; charset=\"%s\"" % c["charset"]
        else:
            if qhdr:
                if c["style"] in ("outlook", "original"):
                    body = full_own + "\n\n" + qhdr + "\n\n" + qbody + "\n"
                else:
                    body = full_own + "\n\n" + qhdr + "\n" + qbody + "\n"
            else:
                body = full_own + "\n"
            ctype = "text/plain; charset=\"%s\"" % c["charset"]
            if c["enc"] == "flowed":
                body = _flow(body)
                ctype += "; format=flowed"
        cte = {"8bit": "8bit", "flowed": "8bit", "qp": "quoted-printable", "b64": "base64"}[c["enc"]]
        if c["charset"] != "utf-8" and cte == "8bit":
            cte = "quoted-printable"
        if cte == "quoted-printable":
            body = _qp(body, c["charset"])
        elif cte == "base64":
            body = _b64(body, c["charset"])
        elif c["charset"] == "utf-8" and all(ord(ch) < 128 for ch in body):
            cte = "7bit"
    if c["cat"] != "classification" or c["body_raw"] is None:
        c["_qphr"] = qphr
    from email.header import Header
    def enc_h(v):
        try:
            v.encode("ascii"); return v
        except UnicodeEncodeError:
            return Header(v, "utf-8").encode()
    hdrs.insert(2, ("Subject", enc_h(subject)))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("Content-Type", ctype))
    hdrs.append(("Content-Transfer-Encoding", cte))
    lines = []
    for k, v in hdrs:
        if k == "From" and any(ord(ch) > 127 for ch in v):
            if "<" in v:
                n, a = v.split("<", 1)
                v = enc_h(n.strip().strip('"')) + " <" + a
        lines.append(("%s: %s" % (k, v)).replace("\r\n", "\n").replace("\n", "\r\n"))
    raw = "\r\n".join(lines) + "\r\n\r\n" + body.replace("\r\n", "\n").replace("\n", "\r\n")
    if not raw.endswith("\r\n"): raw += "\r\n"
    return raw.encode("utf-8") if cte in ("8bit",) else raw.encode("ascii")

def write_all():
    os.makedirs(OUT, exist_ok=True)
    ids = set()
    for c in CASES:
        assert c["id"] not in ids, c["id"]; ids.add(c["id"])
        raw = build(c)
        with open(os.path.join(OUT, c["id"] + ".eml"), "wb") as f: f.write(raw)
        cls = c["raw_class"] or "reply"
        if cls != "reply":
            exp = {"class": cls}
        else:
            not_ = list(c["not_"])
            if c.get("_qphr") and c["_qphr"] not in not_: not_.append(c["_qphr"])
            exp = {"class": "reply", "meeting": c["meeting"]}
            if c["mcount"]: exp["meetings_count"] = c["mcount"]
            exp.update({"goals": c["goals"], "commands": c["commands"], "question": c["question"], "warn": c["warn"],
                        "reply_text_has": c["has"], "reply_text_not": not_})
        j = {"id": c["id"], "lang": c["lang"], "category": c["cat"], "prompt": c["prompt"], "tz": c["tz"], "note": c["note"], "expect": exp}
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2); f.write("\n")
    return len(CASES)
