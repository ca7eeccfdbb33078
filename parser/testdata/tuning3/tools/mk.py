"""Infrastructure: build raw RFC 5322 replies with realistic quoting. Stdlib only, deterministic."""
import base64, datetime as dt, email.utils, hashlib, html, json, os, quopri
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
PROG_EN = ("Mentorship Program", "program@mentormail.ca")
PROG_FR = ("Programme de mentorat", "programme@mentormail.ca")
WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

def D(s):  # "2026-11-04"
    return dt.date.fromisoformat(s)

def ago(day, n):
    return (D(day) - dt.timedelta(days=n)).isoformat()

def lastwd(day, wd):
    """most recent past weekday strictly before day"""
    d0 = D(day)
    for i in range(1, 8):
        x = d0 - dt.timedelta(days=i)
        if x.weekday() == WD.index(wd):
            return x.isoformat()

def nextwd(day, wd):
    d0 = D(day)
    for i in range(1, 8):
        x = d0 + dt.timedelta(days=i)
        if x.weekday() == WD.index(wd):
            return x.isoformat()

def M(date=None, minutes=None, mode=None, nxt=None, topics=()):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": nxt, "topics_include": list(topics)}

def G(status, ref="", horizon="", title=None):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title is not None:
        g["title_has"] = title
    return g

def C(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

# ---------------------------------------------------------------- program emails (quoted below replies)
def prog_text(lang, prompt, name, partner, role, when):
    """Filled program email body for the prompt; `when` is the date the program email went out."""
    d = D(when)
    if lang == "en":
        day = lambda x: x.strftime("%B ") + str(x.day)
        last = day(max(d - dt.timedelta(days=12), dt.date(2026, 10, 2)))
        if prompt == "checkin":
            return ("Check-in 2: have you met %s again?" % partner, f"""Hi {name},

Time for check-in 2! You and {partner} have logged 1 meeting so far, the last on {last}.

Have you met again since? Reply to this email and tell us, for
example:

Date: yesterday
Length: 45 min
How: video
Topics: 3, 7
Notes: went over my cover letter for the Halifax posting

Plain sentences work too ("We had a 45-minute video call yesterday
about interviews"). Either of you can log it. Notes are optional and
stay between the two of you.

Looking for something to talk about next? A few topics you haven't
covered yet:

  3. Career goals in 5 and 10 years
  7. Interviews: tips and techniques
  15. Work/life balance

Sending your questions a few days ahead gives your partner time to
think them over.

{"Remember that the agenda is yours: bring what matters most to you" if role == "mentee" else "A reminder for mentors: listen first, ask questions, and pass along"}
{"right now, whether it's a challenge at work or a step in your career." if role == "mentee" else "anything useful: an article, a webinar, a posting, a contact."}

Thank you!""")
        if prompt == "goals_prompt":
            return ("What would you like from this session?", f"""Hi {name},

Knowing what you want from this session helps {partner} help
you. What would you like to achieve soon, and where are you heading
over the next few years?

Just reply with a short-term and a long-term goal, one per line,
like this:

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Add as many lines as you like. Share them with {partner} too: it
makes a good first conversation.

If you can, reply by {(d + dt.timedelta(days=7)).strftime('%A, %B ')}{(d + dt.timedelta(days=7)).day}.

Thank you!""")
        if prompt == "midsession":
            return ("Halfway through: how is it going?", f"""Hi {name},

You're halfway through the session with {partner}. Thank you
for the time you're putting in!

So far: 2 meetings logged (about 2 by now if you meet
twice a month), 2 goals set, 0 done.

A few questions worth a moment of thought:

- Are your conversations covering what you hoped?
- Do your goals still fit, or would you like to adjust them?
- Is there anything the two of you could do differently in the
  second half?

Some reminders:

- Try to keep meeting twice a month, even briefly, until December 18.
- Send your questions ahead of time.
- Steer the conversation toward what you need most.
- Log meetings and goal progress by replying to our emails
  ("goal 1: done" works).

If something isn't working, reply with "question:" followed by what's
on your mind. The committee reads every message.""")
        if prompt == "wrapup":
            return ("Thank you, and a short survey", f"""Hi {name},

The session has come to an end. Thank you for the time and care you
gave it with {partner}: 4 meetings logged and 1 goal reached.

We'd love to hear how it went. Reply to this email, give a rating
from 1 (not great) to 5 (excellent), and write your answers under
each question; skip any you like.

Rating: 
What worked well?
What could be better?
Would you take part again, {"perhaps one day as a mentor" if role == "mentee" else "as a mentor or as a mentee"}?
Anything else for the committee?

Answers by Friday, December 11 help us plan the next session.

Your answers go to the committee only. Feel free to keep in touch
with {partner}: many pairs do.""")
        if prompt == "nudge":
            return ("Checking in: catching up with %s?" % partner, f"""Hi {name},

It's been 19 days since you and {partner} last
logged a meeting ({last}). Life gets busy, and that's fine.
A short call or a few emails count too.

If you have met, just reply with the date, for example:

Date: last Tuesday
Length: 30 min
How: phone

If things are hectic right now, let {partner} know, and reply
with a line like this so we hold off on reminders:

pause until {day(d + dt.timedelta(days=14))}

We're here if anything is getting in the way.""")
        if prompt == "digest":
            return ("Your mentoring digest: you and %s" % partner, f"""Hi {name},

Here is where you and {partner} stand; the session ends on
December 18.

MEETINGS

Date: {max(d - dt.timedelta(days=12), dt.date(2026, 10, 2)).strftime('%A, %B ')}{max(d - dt.timedelta(days=12), dt.date(2026, 10, 2)).day}
Length: 1 hour
How: video
Topics: Interviews: tips and techniques

Last meeting: {last}, 12 days ago.

GOALS
Your own goals:
1. Update my CV (short term): in progress
2. Move into a management role (long term): not started

You get this digest every two weeks. Reply "digest off" to stop it.""")
        if prompt == "confidentiality":
            return ("A reminder about confidentiality", f"""Hi {name},

A short reminder: what you and {partner} share in your
conversations stays between the two of you. Notes you add when you
log a meeting are seen only by the two of you; the committee sees
dates, lengths and topics.

Thank you for keeping this a safe space.""")
        if prompt == "introduction":
            return ("Meet your mentoring partner: %s" % partner, f"""Hi {name},

Welcome to the session! Your mentoring partner is {partner}.
Take a moment to introduce yourself by email, and try to set up a
first call or video chat in the next two weeks.

When you meet, reply to any of our emails to log it, for example:

Date: yesterday
Length: 45 min
How: video

Thank you for taking part!""")
    else:
        day = lambda x: f"{x.day} {FR_MON[x.month-1]}"
        last = day(max(d - dt.timedelta(days=12), dt.date(2026, 10, 2)))
        if prompt == "checkin":
            return ("Suivi 2 : une autre rencontre avec %s?" % partner, f"""Bonjour {name},

Voici le suivi 2 de la session. {partner} et vous avez consigné
1 rencontre jusqu'ici, la dernière le {last}.

Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :

Date : hier
Durée : 45 min
Mode : vidéo
Sujets : 3, 7
Notes : révision de ma lettre de présentation pour le poste à Halifax

Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes
hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les
notes sont facultatives et restent entre vous deux.

Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous
n'avez pas encore abordés :

  3. Objectifs de carrière à 5 et 10 ans
  7. Entrevues : conseils et techniques
  15. Conciliation travail-vie personnelle

Envoyer vos questions quelques jours à l'avance laisse à l'autre le
temps d'y réfléchir.

N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui
compte le plus pour vous en ce moment, un défi au travail comme une
étape de votre carrière.

Merci!""")
        if prompt == "goals_prompt":
            return ("Qu'aimeriez-vous retirer de cette session?", f"""Bonjour {name},

Savoir ce que vous attendez de cette session aidera {partner}
à bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers
quoi souhaitez-vous aller dans les prochaines années?

Répondez simplement avec un objectif à court terme et un autre à long
terme, un par ligne, comme ceci :

Court terme : mettre à jour mon CV et envoyer deux candidatures
Long terme : diriger une équipe de services au public d'ici cinq ans

Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec
{partner} : c'est un excellent point de départ.

Si possible, répondez-nous d'ici le {day(d + dt.timedelta(days=7))}.

Merci!""")
        if prompt == "midsession":
            return ("À mi-parcours : comment ça se passe?", f"""Bonjour {name},

Vous voilà à mi-chemin de la session avec {partner}. Merci pour
le temps que vous y consacrez!

Jusqu'ici : 2 rencontres consignées (environ 2 à ce stade
si vous vous voyez deux fois par mois), 2 objectifs fixés, 0 atteint.

Quelques questions à vous poser :

- Vos échanges portent-ils sur ce que vous espériez?
- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?
- Que pourriez-vous faire autrement pendant la deuxième moitié?

Quelques rappels :

- Continuez à vous parler deux fois par mois, même brièvement,
  jusqu'au 18 décembre.
- Envoyez vos questions à l'avance.
- Orientez les échanges vers ce dont vous avez le plus besoin.
- Consignez vos rencontres et vos progrès en répondant à nos courriels
  (« objectif 1 : terminé » fonctionne).

Si quelque chose ne va pas, répondez en commençant par « question : »
suivi de ce qui vous préoccupe. Le comité lit tous les messages.""")
        if prompt == "wrapup":
            return ("Merci, et un court sondage", f"""Bonjour {name},

La session est terminée. Merci pour le temps et l'attention que vous
y avez consacrés avec {partner} : 4 rencontres consignées et
1 objectif atteint.

Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,
donnez une note de 1 (décevant) à 5 (excellent) et écrivez vos
réponses sous chaque question; sautez celles que vous voulez.

Évaluation : 
Qu'est-ce qui a bien fonctionné?
Qu'est-ce qui pourrait être amélioré?
Aimeriez-vous participer de nouveau, {"peut-être un jour comme mentor" if role == "mentee" else "comme mentor ou comme personne mentorée"}?
Autre chose à dire au comité?

Vos réponses d'ici le 11 décembre nous aideront à préparer la
prochaine session.

Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder
le contact avec {partner} : bien des duos le font.""")
        if prompt == "nudge":
            return ("Des nouvelles de vos échanges avec %s?" % partner, f"""Bonjour {name},

Votre dernière rencontre consignée avec {partner} remonte à
19 jours (le {last}). Le quotidien est parfois chargé, et
c'est bien normal. Un court appel ou quelques courriels comptent aussi.

Si vous vous êtes parlé, répondez simplement avec la date, par
exemple :

Date : mardi dernier
Durée : 30 min
Mode : téléphone

Si la période est chargée, prévenez {partner} et répondez-nous
avec une ligne comme celle-ci pour suspendre les rappels :

pause jusqu'au {day(d + dt.timedelta(days=14))}

Nous sommes là si quelque chose vous freine.""")
        if prompt == "digest":
            return ("Votre bilan de mentorat : vous et %s" % partner, f"""Bonjour {name},

Voici où vous en êtes, {partner} et vous; la session se termine le
18 décembre.

RENCONTRES

Date : {last}
Durée : 1 heure
Mode : vidéo
Sujets : Entrevues : conseils et techniques

Dernière rencontre : le {last}, il y a 12 jours.

OBJECTIFS
Vos objectifs :
1. Mettre à jour mon CV (court terme) : en cours
2. Occuper un poste de gestion (long terme) : pas commencé

Vous recevez ce bilan toutes les deux semaines. Répondez « bilan non » pour ne plus le recevoir.""")
        if prompt == "confidentiality":
            return ("Un rappel sur la confidentialité", f"""Bonjour {name},

Un petit rappel : ce que {partner} et vous partagez lors de vos
échanges reste entre vous deux. Les notes ajoutées à une rencontre ne
sont vues que par vous deux; le comité voit les dates, les durées et
les sujets.

Merci de faire de ce programme un espace sûr.""")
        if prompt == "introduction":
            return ("Voici votre partenaire de mentorat : %s" % partner, f"""Bonjour {name},

Bienvenue dans la session! Votre partenaire de mentorat est {partner}.
Présentez-vous par courriel et essayez de prévoir un premier appel
ou une vidéoconférence dans les deux prochaines semaines.

Quand vous vous serez parlé, répondez à l'un de nos courriels pour le
consigner, par exemple :

Date : hier
Durée : 45 min
Mode : vidéo

Merci de votre participation!""")
    raise ValueError(prompt)

# ---------------------------------------------------------------- quoting styles
def attribution(style, lang, prog, sent):
    n, a = prog
    if style in ("gmail", "html_gmail"):
        if lang == "en":
            return f"On {sent.strftime('%a, %b')} {sent.day}, {sent.year} at {sent.strftime('%I:%M %p').lstrip('0')} {n} <{a}> wrote:"
        return f"Le {FR_DAYS_AB[sent.weekday()]} {sent.day} {FR_MON_AB[sent.month-1]} {sent.year}, à {sent.strftime('%H h %M')}, {n} <{a}> a écrit :"
    if style in ("apple", "iphone"):
        if lang == "en":
            return f"On {sent.strftime('%b')} {sent.day}, {sent.year}, at {sent.strftime('%I:%M %p').lstrip('0')}, {n} <{a}> wrote:"
        return f"Le {sent.day} {FR_MON_AB[sent.month-1]} {sent.year} à {sent.strftime('%H:%M')}, {n} <{a}> a écrit :"
    raise ValueError(style)

def outlook_header(lang, prog, sent, to, subject):
    n, a = prog
    if lang == "en":
        return [f"From: {n} <{a}>", f"Sent: {sent.strftime('%A, %B')} {sent.day}, {sent.year} {sent.strftime('%I:%M %p').lstrip('0')}",
                f"To: {to}", f"Subject: {subject}"]
    return [f"De : {n} <{a}>", f"Envoyé : {FR_DAYS[sent.weekday()]} {sent.day} {FR_MON[sent.month-1]} {sent.year} {sent.strftime('%H:%M')}",
            f"À : {to}", f"Objet : {subject}"]

def flow(text):
    """format=flowed encode: soft-wrap long lines at ~72 with trailing space."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= 76:
            out.append(line.rstrip(" ") if line.strip() != "-- " and line != "-- " else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "".join("<div>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div><div><br></div>" for p in paras)

def build(case):
    lang = case["lang"]
    tz = ZoneInfo(case["tz"])
    local = dt.datetime.fromisoformat(case["sent"]).replace(tzinfo=tz)
    hdr_dt = local.astimezone(dt.timezone.utc) if case.get("utc_header") else local
    prog = PROG_EN if lang == "en" else PROG_FR
    prompt = case["prompt"] or "checkin"
    psent = (local - dt.timedelta(days=case.get("prompt_age", 2))).replace(hour=8, minute=5)
    subj, ptext = prog_text(lang, prompt, case["first"], case["partner"], case.get("role", "mentee"), psent.date().isoformat())
    style = case.get("style", "gmail")
    sender = f'{case["name"]} <{case["addr"]}>'
    body = case["body"].strip("\n")
    sig = case.get("sig", "").strip("\n")
    quoted = "" if case.get("noquote") else ptext
    subject = case.get("subject", "Re: " + subj if lang == "en" or style not in ("outlook", "origmsg", "html_outlook") else "RE: " + subj)
    if style in ("outlook", "origmsg", "html_outlook") and "subject" not in case:
        subject = ("RE: " if lang == "en" else "RE : ") + subj
    own = body + ("\n\n" + sig if sig else "")
    is_html = style.startswith("html")
    if not is_html:
        if not quoted:
            text = own
        elif style == "gmail":
            text = own + "\n\n" + attribution(style, lang, prog, psent) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in quoted.split("\n"))
        elif style in ("outlook", "origmsg"):
            sep = "________________________________" if style == "outlook" else "-----Original Message-----"
            text = own + "\n\n" + sep + "\n" + "\n".join(outlook_header(lang, prog, psent, sender, subj)) + "\n\n" + quoted
        elif style == "apple":
            text = own + "\n\n" + attribution(style, lang, prog, psent) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in quoted.split("\n"))
        elif style == "iphone":
            foot = "Sent from my iPhone" if lang == "en" else "Envoyé de mon iPhone"
            text = own + "\n\n" + foot + "\n\n> " + attribution(style, lang, prog, psent) + "\n>\n" + "\n".join(("> " + l) if l else ">" for l in quoted.split("\n"))
        elif style == "bottom":  # quote first, answers inline below the quoted prompt lines
            text = own
        else:
            raise ValueError(style)
        ctype = "text/plain"
    else:
        own_html = case.get("body_html") or to_html(own)
        if style == "html_gmail":
            q = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(attribution(style, lang, prog, psent), quote=False)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{to_html(quoted)}</blockquote></div>')
            text = f'<div dir="ltr">{own_html}</div><br>{q}' if quoted else f'<div dir="ltr">{own_html}</div>'
        else:
            hl = outlook_header(lang, prog, psent, sender, subj)
            hh = "<br>".join("<b>" + html.escape(h.split(":", 1)[0] if lang == "en" else h.split(" :", 1)[0], quote=False) + (":</b>" if lang == "en" else " :</b>") + html.escape(h.split(":", 1)[1] if lang == "en" else h.split(" :", 1)[1], quote=False) for h in hl)
            text = (f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">{own_html}</div>'
                    f'<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hh}</font><div>&nbsp;</div></div>'
                    f'<div>{to_html(quoted)}</div>')
        text = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>{text}</body></html>'
        ctype = "text/html"
    enc = case.get("enc") or ("quoted-printable" if (lang == "fr" or is_html) else "7bit")
    charset = case.get("charset", "utf-8")
    if enc == "7bit" and not text.isascii():
        enc = "quoted-printable"
    params = f'; charset="{charset}"'
    if case.get("flowed") and not is_html:
        text = flow(text)
        params += "; format=flowed"
    raw_text = text.replace("\n", "\r\n")
    data = raw_text.encode(charset)
    if enc == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n").replace("\n", "\r\n")
        # quopri keeps CRLF as '=0D' + newline on some inputs; normalise
        payload = quopri.encodestring(text.encode(charset)).decode("ascii").replace("\n", "\r\n")
    elif enc == "base64":
        b = base64.b64encode(data).decode("ascii")
        payload = "\r\n".join(b[i:i+76] for i in range(0, len(b), 76))
    else:
        payload = raw_text
    mid = hashlib.sha1(case["id"].encode()).hexdigest()[:16]
    dom = case["addr"].split("@")[1]
    headers = [
        ("Return-Path", f'<{case["addr"]}>'),
        ("From", email.utils.formataddr((case["name"], case["addr"])) if case["name"].isascii() else sender_encoded(case["name"], case["addr"])),
        ("To", email.utils.formataddr(prog)),
        ("Subject", subject if subject.isascii() else enc_words(subject)),
        ("Date", email.utils.format_datetime(hdr_dt)),
        ("Message-ID", f"<{mid}@{dom}>"),
        ("In-Reply-To", f"<prog-{mid[:8]}@mentormail.ca>"),
        ("References", f"<prog-{mid[:8]}@mentormail.ca>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype + params),
        ("Content-Transfer-Encoding", enc),
    ]
    if style in ("outlook", "origmsg", "html_outlook"):
        headers.insert(8, ("X-MS-Has-Attach", ""))
        headers.insert(9, ("Thread-Topic", subj if subj.isascii() else enc_words(subj)))
    if style == "iphone":
        headers.insert(8, ("X-Mailer", "iPhone Mail (22B91)"))
    if style == "apple":
        headers.insert(8, ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    raw = "".join(f"{k}: {v}\r\n" if v else f"{k}:\r\n" for k, v in headers) + "\r\n" + payload
    if not raw.endswith("\r\n"):
        raw += "\r\n"
    return raw.encode("ascii")

def enc_words(s):
    return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="

def sender_encoded(name, addr):
    return f"{enc_words(name)} <{addr}>"

def expect(**kw):
    e = {"class": "reply", "meeting": None, "goals": [], "commands": [], "question": False, "warn": False,
         "reply_text_has": [], "reply_text_not": []}
    for k, v in kw.items():
        if k == "has": e["reply_text_has"] = v
        elif k == "not_": e["reply_text_not"] = v
        elif k == "count": e["meetings_count"] = v
        else: e[k] = v
    if e["meeting"] is None:
        pass
    keys = ["class", "meeting", "meetings_count", "goals", "commands", "question", "warn", "reply_text_has", "reply_text_not"]
    return {k: e[k] for k in keys if k in e}

def write(case):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, case["id"] + ".eml"), "wb") as f:
        f.write(build(case))
    j = {"id": case["id"], "lang": case["lang"], "category": case["category"], "prompt": case["prompt"],
         "tz": case["tz"], "note": case["note"], "expect": case["expect"]}
    with open(os.path.join(OUT, case["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=2)
        f.write("\n")
