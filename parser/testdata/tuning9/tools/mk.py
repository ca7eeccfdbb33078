"""Deterministic builder for the tuning9 cases (standard library only).

Usage: python3 tools/gen.py   (gen.py holds the cases and calls build())
"""
import base64, datetime, html, json, os, quopri, re
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
PROG_EN = ("Mentorship Program", "programme@mentorat-biblio.ca")
PROG_FR = ("Programme de mentorat", "programme@mentorat-biblio.ca")
LABELS = {
 "en": ["Your path into librarianship", "Your current job or studies", "Career goals in 5 and 10 years",
        "Diversity, identity and the workplace", "Areas of interest in librarianship", "Professional development and courses",
        "Interviews: tips and techniques", "Job applications: CV, cover letter, postings", "An article or hot topic in libraries",
        "A typical day at work", "Work culture and challenges", "Management tips and strategies",
        "New media, trends and technologies", "Going to conferences", "Work/life balance",
        "Committees, associations and professional bodies", "Job precarity, unions and the job market",
        "LIS resources and networking", "Time management", "Change management"],
 "fr": ["Votre parcours en bibliothéconomie", "Votre emploi ou vos études actuels", "Objectifs de carrière à 5 et 10 ans",
        "Diversité, identité et milieu de travail", "Champs d'intérêt en bibliothéconomie", "Perfectionnement professionnel et formations",
        "Entrevues : conseils et techniques", "Candidatures : CV, lettre de présentation, offres", "Un article ou un sujet d'actualité en bibliothèque",
        "Une journée type au travail", "Culture de travail et défis", "Gestion : conseils et stratégies",
        "Nouveaux médias, tendances et technologies", "Participer à des congrès", "Conciliation travail-vie personnelle",
        "Comités, associations et organismes professionnels", "Précarité, syndicats et marché de l'emploi",
        "Ressources en sciences de l'information et réseautage", "Gestion du temps", "Gestion du changement"],
}
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MON_FR_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAY_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

# distinctive phrase of each quoted program email (goes to reply_text_not)
QPHRASE = {
 ("en", "checkin"): "Plain sentences work too", ("fr", "checkin"): "Une simple phrase fonctionne aussi",
 ("en", "goals_prompt"): "Just reply with a short-term and a long-term goal",
 ("fr", "goals_prompt"): "Répondez simplement avec un objectif",
 ("en", "nudge"): "Life gets busy, and that's fine", ("fr", "nudge"): "Le quotidien est parfois chargé",
 ("en", "midsession"): "You're halfway through the session", ("fr", "midsession"): "Vous voilà à mi-chemin de la session",
 ("en", "wrapup"): "The session has come to an end",
 ("en", "digest"): "Now is a good time to pass it along", ("fr", "wrapup"): "La session est terminée",
}


def prompt_text(lang, prompt, name, partner, sent, topics, mentee=True):
    d = lambda x: (f"{MON_EN[x.month-1]} {x.day}" if lang == "en" else f"{x.day} {MON_FR[x.month-1]}")
    last = sent - datetime.timedelta(days=15)
    tl = "\n".join(f"  {n}. {LABELS[lang][n-1]}" for n in topics)
    nums = ", ".join(str(n) for n in topics)
    if lang == "en":
        if prompt == "checkin":
            return (f"Check-in 3: have you met {partner} again?",
f"""Hi {name},

Time for check-in 3! You and {partner} have logged 2
meetings so far, the last on {d(last)}.

Have you met again since? Reply to this email and tell us, for
example:

Date: yesterday
Length: 45 min
How: video
Topics: {nums}
Notes: went over my cover letter for the Halifax posting

Plain sentences work too ("We had a 45-minute video call yesterday
about interviews"). Either of you can log it. Notes are optional and
stay between the two of you.

Looking for something to talk about next? A few topics you haven't
covered yet:
{tl}

Sending your questions a few days ahead gives your partner time to
think them over.

""" + ("Remember that the agenda is yours: bring what matters most to you\nright now, whether it's a challenge at work or a step in your career." if mentee else
       "A reminder for mentors: listen first, ask questions, and pass along\nanything useful: an article, a webinar, a posting, a contact.") + "\n\nThank you!")
        if prompt == "goals_prompt":
            return ("What would you like from this session?",
f"""Hi {name},

Knowing what you want from this session helps {partner} help
you. What would you like to achieve soon, and where are you heading
over the next few years?

Just reply with a short-term and a long-term goal, one per line,
like this:

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Add as many lines as you like. Share them with {partner} too: it
makes a good first conversation.

Thank you!""")
        if prompt == "nudge":
            return (f"Checking in: catching up with {partner}?",
f"""Hi {name},

It's been 18 days since you and {partner} last
logged a meeting ({d(last)}). Life gets busy, and that's fine.
A short call or a few emails count too.

If you have met, just reply with the date, for example:

Date: last Tuesday
Length: 30 min
How: phone

If things are hectic right now, let {partner} know, and reply
with a line like this so we hold off on reminders:

pause until {d(sent + datetime.timedelta(days=21))}

We're here if anything is getting in the way.""")
        if prompt == "midsession":
            return ("Halfway through: how is it going?",
f"""Hi {name},

You're halfway through the session with {partner}. Thank you
for the time you're putting in!

So far: 2 meetings logged (about 2 by now if you meet
twice a month), 3 goals set, 0 done.

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
        if prompt == "digest":
            return (f"Your mentoring digest: you and {partner}",
f"""Hi {name},

Here is where you and {partner} stand; the session ends on
December 18.

MEETINGS

Date: {MON_EN[last.month-1]} {last.day}, {last.year}
Length: 45 minutes
How: video
Topics: Interviews: tips and techniques

Last meeting: {d(last)}, 12 days ago.

GOALS
{partner}'s goals:
1. Update CV and send two applications (short term): in progress
2. Lead a public services team (long term): not started

IDEAS FOR NEXT TIME

  7. Interviews: tips and techniques
  16. Committees, associations and professional bodies

Found an article, a webinar or a posting that {partner} might
like? Now is a good time to pass it along.""")
        if prompt == "wrapup":
            return ("Thank you, and a short survey",
f"""Hi {name},

The session has come to an end. Thank you for the time and care you
gave it with {partner}: 4 meetings logged and 2 goals reached.

We'd love to hear how it went. Reply to this email, give a rating
from 1 (not great) to 5 (excellent), and write your answers under
each question; skip any you like.

Rating:
What worked well?
What could be better?
Would you take part again, perhaps one day as a mentor?
Anything else for the committee?

Your answers go to the committee only. Feel free to keep in touch
with {partner}: many pairs do.""")
    else:
        if prompt == "checkin":
            return (f"Suivi 3 : une autre rencontre avec {partner}?",
f"""Bonjour {name},

Voici le suivi 3 de la session. {partner} et vous avez consigné
2 rencontres jusqu'ici, la dernière le {d(last)}.

Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :

Date : hier
Durée : 45 min
Mode : vidéo
Sujets : {nums}
Notes : révision de ma lettre de présentation pour le poste à Sherbrooke

Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes
hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les
notes sont facultatives et restent entre vous deux.

Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous
n'avez pas encore abordés :
{tl}

Envoyer vos questions quelques jours à l'avance laisse à l'autre le
temps d'y réfléchir.

""" + ("N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui\ncompte le plus pour vous en ce moment, un défi au travail comme une\nétape de votre carrière." if mentee else
       "Un rappel aux personnes mentores : écoutez d'abord, posez des questions et\npartagez ce qui pourrait être utile : un article, un webinaire, une\noffre d'emploi, un contact.") + "\n\nMerci!")
        if prompt == "goals_prompt":
            return ("Qu'aimeriez-vous retirer de cette session?",
f"""Bonjour {name},

Savoir ce que vous attendez de cette session aidera {partner}
à bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers
quoi souhaitez-vous aller dans les prochaines années?

Répondez simplement avec un objectif à court terme et un autre à long
terme, un par ligne, comme ceci :

Court terme : mettre mon CV à jour et envoyer deux candidatures
Long terme : diriger une équipe des services au public d'ici cinq ans

Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec
{partner} : c'est un excellent point de départ.

Merci!""")
        if prompt == "nudge":
            return (f"Des nouvelles de vos échanges avec {partner}?",
f"""Bonjour {name},

Votre dernière rencontre consignée avec {partner} remonte à
18 jours (le {d(last)}). Le quotidien est parfois chargé, et
c'est bien normal. Un court appel ou quelques courriels comptent aussi.

Si vous vous êtes parlé, répondez simplement avec la date, par
exemple :

Date : mardi dernier
Durée : 30 min
Mode : téléphone

Si la période est chargée, prévenez {partner} et répondez-nous
avec une ligne comme celle-ci pour suspendre les rappels :

pause jusqu'au {d(sent + datetime.timedelta(days=21))}

Nous sommes là si quelque chose vous freine.""")
        if prompt == "midsession":
            return ("À mi-parcours : comment ça se passe?",
f"""Bonjour {name},

Vous voilà à mi-chemin de la session avec {partner}. Merci pour
le temps que vous y consacrez!

Jusqu'ici : 2 rencontres consignées (environ 2 à ce stade
si vous vous voyez deux fois par mois), 3 objectifs fixés, 0 atteint.

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
            return ("Merci, et un court sondage",
f"""Bonjour {name},

La session est terminée. Merci pour le temps et le soin que vous y
avez consacrés avec {partner} : 4 rencontres consignées et 2 objectifs atteints.

Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,
donnez une note de 1 (pas terrible) à 5 (excellent) et écrivez vos
réponses sous chaque question; sautez celles que vous voulez.

Note :
Qu'est-ce qui a bien fonctionné?
Qu'est-ce qui pourrait être amélioré?
Participeriez-vous de nouveau, un jour peut-être comme mentore ou mentor?
Autre chose pour le comité?

Vos réponses sont transmises au comité seulement. N'hésitez pas à
garder contact avec {partner} : beaucoup de paires le font.""")
    raise ValueError(prompt)


def attribution(style, lang, prog, sent, to, subj):
    pa = f"{prog[0]} <{prog[1]}>"
    if style == "gmail":
        if lang == "en":
            h = sent.strftime("%I:%M %p").lstrip("0")
            return f"On {sent.strftime('%a')}, {sent.strftime('%b')} {sent.day}, {sent.year} at {h} {pa} wrote:", True
        return (f"Le {['lun.','mar.','mer.','jeu.','ven.','sam.','dim.'][sent.weekday()]} {sent.day} "
                f"{MON_FR_AB[sent.month-1]} {sent.year}, à {sent.hour:02d} h {sent.minute:02d}, {pa} a écrit :"), True
    if style in ("apple", "iphone"):
        if lang == "en":
            return f"On {sent.strftime('%b')} {sent.day}, {sent.year}, at {sent.hour:02d}:{sent.minute:02d}, {pa} wrote:", True
        return f"Le {sent.day} {MON_FR_AB[sent.month-1]} {sent.year} à {sent.hour:02d}:{sent.minute:02d}, {pa} a écrit :", True
    if style in ("outlook", "orig"):
        if lang == "en" or style == "orig":
            h = sent.strftime("%I:%M %p").lstrip("0")
            block = (f"From: {pa}\nSent: {DAY_EN[sent.weekday()]}, {MON_EN[sent.month-1]} {sent.day}, {sent.year} {h}\n"
                     f"To: {to}\nSubject: {subj}")
            if style == "orig":
                block = "-----Original Message-----\n" + block
            return block, False
        return (f"De : {pa}\nEnvoyé : {DAY_FR[sent.weekday()]} {sent.day} {MON_FR[sent.month-1]} {sent.year} {sent.hour:02d}:{sent.minute:02d}\n"
                f"À : {to}\nObjet : {subj}"), False
    raise ValueError(style)


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def build_case(c, idx):
    lang = c["lang"]
    tz = ZoneInfo(c["tz"])
    local = datetime.datetime.strptime(c["when"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    prog = PROG_EN if lang == "en" else PROG_FR
    name, addr = c["sender"]
    first = name.split()[0]
    partner = c.get("partner", "Alex" if lang == "en" else "Sophie")
    prompt = c["prompt"]
    sent = (local - datetime.timedelta(days=c.get("qdays", 3))).astimezone(ZoneInfo("America/Toronto")).replace(hour=9, minute=0)
    psubj, ptext = prompt_text(lang, prompt, first, partner, sent, c.get("topics", [7, 8, 15]), c.get("mentee", True))
    style = c.get("q", "gmail")
    to_disp = f"{name} <{addr}>"
    attr, prefixed = attribution(style, lang, prog, sent, to_disp, psubj)
    body = c["body"].strip("\n")
    sig = c.get("sig", "").strip("\n")
    fmt = c.get("fmt", "plain")
    re_ = "RE: " if style in ("outlook", "orig") and lang == "en" else ("RE : " if style == "outlook" else "Re: ")
    subject = c.get("subject", re_ + psubj)
    mobile = ""
    if style == "iphone":
        mobile = "Sent from my iPhone" if lang == "en" else "Envoyé de mon iPhone"
    nots = list(c.get("not", []))
    qp_ = QPHRASE[(lang, prompt)]
    nots.append(qp_)
    if mobile:
        nots.append(mobile)

    if fmt == "html":
        def para(t):
            return "".join(f"<div>{html.escape(l, quote=False) if l else '<br>'}</div>\n" for l in t.split("\n"))
        qhtml = "".join(f"{html.escape(l, quote=False)}<br>\n" for l in ptext.split("\n"))
        own = f'<div dir="ltr">\n{para(body)}'
        if sig:
            own += '<div><br></div>\n<div class="signature">' + para(sig) + "</div>\n"
        own += "</div>\n"
        if c.get("hstyle", "gmail") == "gmail":
            a = attribution("gmail", lang, prog, sent, to_disp, psubj)[0]
            q = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(a, quote=False)}<br></div>'
                 f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n{qhtml}</blockquote></div>\n')
        else:
            a = attribution("outlook", lang, prog, sent, to_disp, psubj)[0]
            ah = "<br>\n".join(f"<b>{html.escape(l.split(' :')[0].split(':')[0], quote=False)}{' :' if ' :' in l else ':'}</b>{html.escape(l.split(':', 1)[1], quote=False)}" for l in a.split("\n"))
            q = (f'<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{ah}</font>'
                 f'<div>&nbsp;</div></div>\n<div>{qhtml}</div>\n')
        doc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n{own}<br>\n{q}</body></html>'
        payload = quopri.encodestring(doc.encode("utf-8")).decode("ascii")
        ctype, cte = 'text/html; charset="UTF-8"', "quoted-printable"
    else:
        parts = [body]
        if sig:
            parts.append(sig)
        if mobile:
            parts.append(mobile)
        text = "\n\n".join(parts) + "\n\n" + attr + "\n"
        if prefixed:
            text += "\n" + "\n".join(("> " + l) if l else ">" for l in ptext.split("\n"))
        else:
            text += "\n" + ptext
        text += "\n"
        if fmt == "flowed":
            out = []
            for line in text.split("\n"):
                if len(line) <= 72 or line.startswith(">"):
                    out.append(line)
                    continue
                words, cur = line.split(" "), ""
                for w in words:
                    if cur and len(cur) + len(w) + 1 > 70:
                        out.append(cur + " ")
                        cur = w
                    else:
                        cur = (cur + " " + w) if cur else w
                out.append(cur)
            payload = "\n".join(out)
            ctype, cte = 'text/plain; charset="UTF-8"; format=flowed', "8bit"
        elif fmt == "latin1":
            payload = quopri.encodestring(text.replace("\n", "\r\n").encode("iso-8859-1")).decode("ascii")
            ctype, cte = 'text/plain; charset="iso-8859-1"', "quoted-printable"
        elif fmt == "qp":
            payload = quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
            ctype, cte = 'text/plain; charset="UTF-8"', "quoted-printable"
        elif fmt == "b64":
            b = base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
            payload = b
            ctype, cte = 'text/plain; charset="UTF-8"', "base64"
        else:
            payload = text
            ctype, cte = 'text/plain; charset="UTF-8"', "8bit"
    mid = f"<t9.{idx:03d}.{local.strftime('%Y%m%d%H%M')}@{addr.split('@')[1]}>"
    hdrs = [
        ("From", formataddr((name, addr), charset="utf-8")),
        ("To", formataddr(prog, charset="utf-8")),
        ("Subject", enc_header(subject)),
        ("Date", format_datetime(local)),
        ("Message-ID", mid),
        ("In-Reply-To", f"<prompt.{prompt}.{idx:03d}@mentorat-biblio.ca>"),
        ("References", f"<prompt.{prompt}.{idx:03d}@mentorat-biblio.ca>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", ctype),
        ("Content-Transfer-Encoding", cte),
    ]
    raw = "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + payload
    raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    raw_b = raw.encode("utf-8") if cte == "8bit" else raw.encode("ascii")

    e = c["expect"]
    expect = {"class": "reply", "meeting": e.get("meeting"), "goals": e.get("goals", []), "commands": e.get("commands", []),
              "question": e.get("question", False), "warn": e.get("warn", False),
              "reply_text_has": c["has"], "reply_text_not": nots}
    if e.get("meetings_count"):
        expect["meetings_count"] = e["meetings_count"]
    meta = {"id": c["id"], "lang": lang, "category": c["cat"], "prompt": prompt, "tz": c["tz"], "note": c["note"], "expect": expect}
    with open(os.path.join(OUT, c["id"] + ".eml"), "wb") as f:
        f.write(raw_b)
    with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")


def M(date, minutes=None, mode=None, topics=(), nxt=None):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": nxt, "topics_include": list(topics)}


def G(ref, status, horizon="", title=None):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title:
        g["title_has"] = title
    return g


def build(cases):
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    ids = set()
    for i, c in enumerate(cases, 1):
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        build_case(c, i)
    return len(cases)
