#!/usr/bin/env python3
"""Deterministic generator for the tuning10 set. Standard library only.

Usage: python3 tools/gen.py   (writes cases/*.eml, cases/*.json, tools/own_text.json)
"""
import datetime, email.utils, hashlib, html, json, os, sys, textwrap
from email.message import EmailMessage
from email import policy
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")
PROGRAM = "mentorat@mentorship-bibliotheques.ca"
PROGRAM_NAME = {"en": "Mentorship Program", "fr": "Programme de mentorat"}

CASES = []

# ---------- expectation helpers ----------

def M(date, minutes=None, mode=None, next=None, topics=()):
    return {"date": date, "minutes": minutes, "mode": mode, "next_meeting": next,
            "topics_include": list(topics)}

def G(status, title="", ref="", horizon=""):
    g = {"ref": ref, "status": status, "horizon": horizon}
    if title:
        g["title_has"] = title
    return g

def K(name, until=None, value=None):
    return {"name": name, "until": until, "value": value}

# ---------- program emails (rendered templates, plausible values) ----------

TOPIC_LABELS = {
    "en": ["Interviews: tips and techniques", "Work/life balance", "Time management",
           "Committees, associations and professional bodies", "Change management"],
    "fr": ["Entrevues : conseils et techniques", "Conciliation travail-vie personnelle",
           "Gestion du temps", "Comités, associations et organismes professionnels",
           "Gestion du changement"],
}

def program_mail(prompt, lang, name, partner, role="mentee", cycle=3):
    t = TOPIC_LABELS[lang]
    if lang == "en":
        if prompt == "checkin":
            return (f"Check-in {cycle}: have you met {partner} again?",
f"""Hi {name},

Time for check-in {cycle}! You and {partner} have logged 2
meetings so far, the last on October 21.

Have you met again since? Reply to this email and tell us, for
example:

Date: yesterday
Length: 45 min
How: video
Topics: 4, 7
Notes: went over my cover letter for the Halifax posting

Plain sentences work too ("We had a 45-minute video call yesterday
about interviews"). Either of you can log it. Notes are optional and
stay between the two of you.

Looking for something to talk about next? A few topics you haven't
covered yet:

  4. {t[0]}
  7. {t[1]}
  9. {t[2]}

Sending your questions a few days ahead gives your partner time to
think them over.

""" + ("Remember that the agenda is yours: bring what matters most to you\nright now, whether it's a challenge at work or a step in your career."
       if role == "mentee" else
       "A reminder for mentors: listen first, ask questions, and pass along\nanything useful: an article, a webinar, a posting, a contact.") + "\n\nThank you!")
        if prompt == "goals_prompt":
            return ("What would you like from this session?",
f"""Hi {name},

""" + ("Knowing what you want from this session helps " + partner + " help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?" if role == "mentee" else "Mentors grow through this program too. What would you like to get out\nof this session with " + partner + ", and what are you working\ntoward yourself over the next few years?") + f"""

Just reply with a short-term and a long-term goal, one per line,
like this:

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Add as many lines as you like. Share them with {partner} too: it
makes a good first conversation.

If you can, reply by Friday, October 16, 2026.

Thank you!""")
        if prompt == "midsession":
            return ("Halfway through: how is it going?",
f"""Hi {name},

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
            return ("Thank you, and a short survey",
f"""Hi {name},

The session has come to an end. Thank you for the time and care you
gave it with {partner}: 4 meetings logged and 1 goal reached.

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
        if prompt == "nudge":
            return (f"Checking in: catching up with {partner}?",
f"""Hi {name},

It's been 17 days since you and {partner} last
logged a meeting (October 20). Life gets busy, and that's fine.
A short call or a few emails count too.

If you have met, just reply with the date, for example:

Date: last Tuesday
Length: 30 min
How: phone

If things are hectic right now, let {partner} know, and reply
with a line like this so we hold off on reminders:

pause until November 20

We're here if anything is getting in the way.""")
        if prompt == "digest":
            return (f"Your mentoring digest: you and {partner}",
f"""Hi {name},

Here is where you and {partner} stand; the session ends on
December 18.

MEETINGS

Date: Wednesday, October 21, 2026
Length: 45 min
How: video
Topics: {t[0]}

Last meeting: October 21, 15 days ago.

GOALS
{partner}'s goals:
1. Update my CV (short term): in progress
2. Move into a management role (long term): not started

IDEAS FOR NEXT TIME

  7. {t[1]}
  9. {t[2]}

Found an article, a webinar or a posting that {partner} might
like? Now is a good time to pass it along.""")
        if prompt == "confidentiality":
            return ("Confidentiality: a halfway reminder",
f"""Hi {name},

You and {partner} are halfway through the session, and by now
you have probably talked about things that matter. A gentle reminder:
what you share with each other stays between the two of you.

Please don't repeat your partner's stories or details without their
OK. If something comes up that you'd like advice on, you can always
write to the committee in confidence: reply to this email and start
with "Question:". Only the committee reads it, never {partner}.

Thank you for building a safe space together.""")
    else:
        if prompt == "checkin":
            return (f"Suivi {cycle} : une autre rencontre avec {partner}?",
f"""Bonjour {name},

Voici le suivi {cycle} de la session. {partner} et vous avez consigné
2 rencontres jusqu'ici, la dernière le 21 octobre.

Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :

Date : hier
Durée : 45 min
Mode : vidéo
Sujets : 4, 7
Notes : révision de ma lettre de présentation pour le poste à Sherbrooke

Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes
hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les
notes sont facultatives et restent entre vous deux.

Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous
n'avez pas encore abordés :

  4. {t[0]}
  7. {t[1]}
  9. {t[2]}

Envoyer vos questions quelques jours à l'avance laisse à l'autre le
temps d'y réfléchir.

""" + ("N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui\ncompte le plus pour vous en ce moment, un défi au travail comme une\nétape de votre carrière."
       if role == "mentee" else
       "Un rappel aux personnes mentores : écoutez d'abord, posez des questions et\npartagez ce qui pourrait être utile : un article, un webinaire, une\noffre d'emploi, un contact.") + "\n\nMerci!")
        if prompt == "goals_prompt":
            return ("Qu'aimeriez-vous retirer de cette session?",
f"""Bonjour {name},

""" + ("Savoir ce que vous attendez de cette session aidera " + partner + "\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?" if role == "mentee" else "Le mentorat fait aussi grandir les personnes mentores.\nQu'aimeriez-vous retirer de cette session avec " + partner + ", et vers\nquoi souhaitez-vous aller vous-même dans les prochaines années?") + f"""

Répondez simplement avec un objectif à court terme et un autre à long
terme, un par ligne, comme ceci :

Court terme : mettre mon CV à jour et envoyer deux candidatures
Long terme : diriger une équipe des services au public d'ici cinq ans

Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec
{partner} : c'est un excellent point de départ.

Si possible, répondez-nous d'ici le vendredi 16 octobre 2026.

Merci!""")
        if prompt == "midsession":
            return ("À mi-parcours : comment ça se passe?",
f"""Bonjour {name},

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
            return ("Merci, et un court sondage",
f"""Bonjour {name},

La session est terminée. Merci pour le temps et l'attention que vous
y avez consacrés avec {partner} : 4 rencontres consignées et
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
le contact avec {partner} : bien des duos le font.""")
        if prompt == "nudge":
            return (f"Des nouvelles de vos échanges avec {partner}?",
f"""Bonjour {name},

Votre dernière rencontre consignée avec {partner} remonte à
17 jours (le 20 octobre). Le quotidien est parfois chargé, et
c'est bien normal. Un court appel ou quelques courriels comptent aussi.

Si vous vous êtes parlé, répondez simplement avec la date, par
exemple :

Date : mardi dernier
Durée : 30 min
Mode : téléphone

Si la période est chargée, prévenez {partner} et répondez-nous
avec une ligne comme celle-ci pour suspendre les rappels :

pause jusqu'au 20 novembre

Nous sommes là si quelque chose vous freine.""")
        if prompt == "digest":
            return (f"Votre résumé de mentorat : {partner} et vous",
f"""Bonjour {name},

Voici où en sont {partner} et vous; la session se termine le
18 décembre.

RENCONTRES

Date : mercredi 21 octobre 2026
Durée : 45 min
Mode : vidéo
Sujets : {t[0]}

Dernière rencontre : 21 octobre, il y a 15 jours.

OBJECTIFS
Objectifs de {partner} :
1. Mettre mon CV à jour (court terme) : en cours
2. Obtenir un poste de gestion (long terme) : pas commencé

IDÉES POUR LA PROCHAINE FOIS

  7. {t[1]}
  9. {t[2]}

Vous avez trouvé un article, un webinaire ou une offre d'emploi qui
pourrait intéresser {partner}? C'est le bon moment de le partager.""")
        if prompt == "confidentiality":
            return ("Confidentialité : un rappel à mi-parcours",
f"""Bonjour {name},

{partner} et vous êtes à mi-chemin de la session, et vous avez
sans doute abordé des choses importantes. Petit rappel : ce que
vous vous confiez reste entre vous deux.

Ne répétez pas les histoires ou les détails de l'autre sans son
accord. Si vous souhaitez un conseil, vous pouvez écrire au comité
en toute confidentialité : répondez à ce courriel en commençant par
« Question : ». Seul le comité le lit, jamais {partner}.

Merci de bâtir ensemble un espace sûr.""")
    raise ValueError((prompt, lang))

# a phrase from each program mail that must never stay in reply_text
QUOTE_MARK = {
    ("en", "checkin"): "Plain sentences work too", ("fr", "checkin"): "Une simple phrase fonctionne aussi",
    ("en", "goals_prompt"): "Add as many lines as you like", ("fr", "goals_prompt"): "Ajoutez autant de lignes",
    ("en", "midsession"): "A few questions worth a moment of thought", ("fr", "midsession"): "Quelques questions à vous poser",
    ("en", "wrapup"): "Your answers go to the committee only", ("fr", "wrapup"): "Vos réponses ne sont lues que par le comité",
    ("en", "nudge"): "Life gets busy, and that's fine", ("fr", "nudge"): "Le quotidien est parfois chargé",
    ("en", "digest"): "Now is a good time to pass it along", ("fr", "digest"): "C'est le bon moment de le partager",
    ("en", "confidentiality"): "Thank you for building a safe space together", ("fr", "confidentiality"): "Merci de bâtir ensemble un espace sûr",
}

# ---------- quoting styles ----------

EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_FULLDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_FULLDAY = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_FULLMON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
FR_FULLMON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]

def q_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def attribution(style, lang, pdt, addr):
    pn = PROGRAM_NAME[lang]
    h = pdt.hour % 12 or 12
    ampm = "AM" if pdt.hour < 12 else "PM"
    if style in ("gmail", "html_gmail"):
        if lang == "en":
            return f"On {EN_DAYS[pdt.weekday()]}, {EN_MON[pdt.month-1]} {pdt.day}, {pdt.year} at {h}:{pdt.minute:02d} {ampm} {pn} <{addr}> wrote:"
        return f"Le {FR_DAYS[pdt.weekday()]} {pdt.day} {FR_MON[pdt.month-1]} {pdt.year}, à {pdt.hour:02d} h {pdt.minute:02d}, {pn} <{addr}> a écrit :"
    if style in ("apple", "iphone"):
        if lang == "en":
            return f"On {EN_MON[pdt.month-1]} {pdt.day}, {pdt.year}, at {h}:{pdt.minute:02d} {ampm}, {pn} <{addr}> wrote:"
        return f"Le {pdt.day} {FR_MON[pdt.month-1]} {pdt.year} à {pdt.hour:02d}:{pdt.minute:02d}, {pn} <{addr}> a écrit :"
    raise ValueError(style)

def outlook_header(lang, pdt, addr, to, subject, old=False):
    pn = PROGRAM_NAME[lang]
    if lang == "en":
        sent = f"{EN_FULLDAY[pdt.weekday()]}, {EN_FULLMON[pdt.month-1]} {pdt.day}, {pdt.year} {pdt.hour % 12 or 12}:{pdt.minute:02d} {'AM' if pdt.hour < 12 else 'PM'}"
        top = "-----Original Message-----" if old else "________________________________"
        return [top, f"From: {pn} <{addr}>", f"Sent: {sent}", f"To: {to}", f"Subject: {subject}"]
    sent = f"{FR_FULLDAY[pdt.weekday()]} {pdt.day} {FR_FULLMON[pdt.month-1]} {pdt.year} {pdt.hour:02d}:{pdt.minute:02d}"
    top = "-----Message d'origine-----" if old else "________________________________"
    return [top, f"De : {pn} <{addr}>", f"Envoyé : {sent}", f"À : {to}", f"Objet : {subject}"]

def text_to_html(t):
    paras = t.split("\n\n")
    return "".join("<div>" + html.escape(p).replace("\n", "<br>") + "</div><div><br></div>" for p in paras)

# ---------- the case constructor ----------

def C(id, lang, cat, prompt, tz, when, who, body, note, *, meeting=None, goals=(), commands=(),
      question=False, warn=False, has=(), not_=(), style="gmail", sig="", enc="qp",
      subject=None, partner=None, role="mentee", meetings_count=None, quote=True, cls="reply",
      extra_headers=(), utc_header=False, alt=False):
    CASES.append(dict(locals()))

def _fold_flowed(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.startswith(">"):
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        for i, w in enumerate(wrapped):
            out.append(w + (" " if i < len(wrapped) - 1 else ""))
    return "\n".join(out)

def build(c):
    lang = c["lang"]
    name, addr = c["who"]
    first = name.split()[0]
    partner = c["partner"] or ("Priya" if lang == "en" else "Mélanie")
    tz = ZoneInfo(c["tz"])
    local = datetime.datetime.strptime(c["when"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    h = hashlib.sha1(c["id"].encode()).hexdigest()
    token = h[:12]
    reply_to = f"mentorat+{token}@mentorship-bibliotheques.ca"
    pdt = (local - datetime.timedelta(days=2)).replace(hour=9, minute=0)
    psubj, pbody = ("", "")
    if c["prompt"]:
        psubj, pbody = program_mail(c["prompt"], lang, first, partner, c["role"])
    subject = c["subject"] if c["subject"] is not None else (("RE: " if c["style"].startswith("outlook") or c["style"] == "html_outlook" else "Re: ") + psubj if psubj else "")
    own = c["body"].strip("\n")
    sig = c["sig"].strip("\n")
    style = c["style"]
    is_html = style.startswith("html")
    tail = ""
    if c["quote"] and pbody:
        if style in ("gmail",):
            tail = attribution("gmail", lang, pdt, reply_to) + "\n\n" + q_lines(pbody)
        elif style == "apple":
            tail = q_lines(attribution("apple", lang, pdt, reply_to) + "\n\n" + pbody)
        elif style == "iphone":
            tail = attribution("apple", lang, pdt, reply_to) + "\n\n" + q_lines(pbody)
        elif style in ("outlook", "oldoutlook"):
            tail = "\n".join(outlook_header(lang, pdt, reply_to, name, psubj, old=(style == "oldoutlook"))) + "\n\n" + pbody
    parts = [own]
    if sig:
        parts.append(sig)
    if style == "iphone":
        parts.append("Sent from my iPhone" if lang == "en" else "Envoyé de mon iPhone")
    text = "\n\n".join(parts)
    if tail:
        text += "\n\n" + tail
    msg = EmailMessage()
    msg["From"] = email.utils.formataddr((name, addr))
    msg["To"] = f"{PROGRAM_NAME[lang]} <{reply_to}>"
    msg["Subject"] = subject
    dt = local.astimezone(datetime.timezone.utc) if c["utc_header"] else local
    msg["Date"] = email.utils.format_datetime(dt)
    msg["Message-ID"] = f"<{h[12:32]}@{addr.split('@')[1]}>"
    if pbody:
        ref = f"<{token}.{c['prompt']}@mentorship-bibliotheques.ca>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in c["extra_headers"]:
        msg[k] = v
    if is_html:
        own_html = text_to_html(own)
        sig_html = ("<div>" + html.escape(sig).replace("\n", "<br>") + "</div>") if sig else ""
        if style == "html_gmail":
            q = ""
            if c["quote"] and pbody:
                q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attribution("gmail", lang, pdt, reply_to)) +
                     '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
                     html.escape(pbody).replace("\n", "<br>") + "</blockquote></div>")
            doc = f'<div dir="ltr">{own_html}{("<div><br></div>-- <br>" + sig_html) if sig else ""}</div>{q}'
        else:
            q = ""
            if c["quote"] and pbody:
                hdr = outlook_header(lang, pdt, reply_to, name, psubj)[1:]
                q = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                     '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
                     "<br>".join("<b>" + html.escape(l.split(":", 1)[0]) + ":</b>" + html.escape(l.split(":", 1)[1]) for l in hdr) +
                     "</font><div>&nbsp;</div></div><div>" + html.escape(pbody).replace("\n", "<br>") + "</div>")
            doc = f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{own_html}</div>{("<div>" + sig_html + "</div>") if sig else ""}{q}'
        doc = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + doc + "</body></html>"
        cte = "base64" if c["enc"] == "b64" else "quoted-printable"
        msg.set_content(doc, subtype="html", charset="utf-8", cte=cte)
    else:
        enc = c["enc"]
        if enc == "flowed":
            msg.set_content(_fold_flowed(text), charset="utf-8", cte="quoted-printable")
            msg.set_param("format", "flowed")
        elif enc == "latin1":
            msg.set_content(text, charset="iso-8859-1", cte="quoted-printable")
        elif enc == "b64":
            msg.set_content(text, charset="utf-8", cte="base64")
        elif enc == "8bit":
            msg.set_content(text, charset="utf-8", cte="8bit")
        else:
            msg.set_content(text, charset="utf-8", cte="quoted-printable")
        if c["alt"]:
            msg.add_alternative("<html><body>" + text_to_html(text) + "</body></html>", subtype="html", charset="utf-8", cte="quoted-printable")
    raw = msg.as_bytes(policy=policy.SMTP)
    exp = {"class": c["cls"]}
    if c["cls"] == "reply":
        exp["meeting"] = c["meeting"]
        if c["meetings_count"]:
            exp["meetings_count"] = c["meetings_count"]
        exp["goals"] = list(c["goals"])
        exp["commands"] = list(c["commands"])
        exp["question"] = c["question"]
        exp["warn"] = c["warn"]
        exp["reply_text_has"] = list(c["has"])
        nots = list(c["not_"])
        qm = QUOTE_MARK.get((lang, c["prompt"]))
        if c["quote"] and pbody and qm and qm not in nots:
            nots.append(qm)
        if style == "iphone":
            nots.append("Sent from my iPhone" if lang == "en" else "Envoyé de mon iPhone")
        exp["reply_text_not"] = nots
    j = {"id": c["id"], "lang": lang, "category": c["cat"], "prompt": c["prompt"], "tz": c["tz"],
         "note": c["note"], "expect": exp}
    return raw, j, own

def main():
    sys.path.insert(0, HERE)
    import gen as _g
    import cases_a, cases_b, cases_c  # noqa: F401  (they call C())
    CASES_ = _g.CASES
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    owns = {}
    ids = set()
    for c in CASES_:
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        raw, j, own = build(c)
        with open(os.path.join(OUT, c["id"] + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
            f.write("\n")
        owns[c["id"]] = own
    with open(os.path.join(HERE, "own_text.json"), "w", encoding="utf-8") as f:
        json.dump(owns, f, ensure_ascii=False, indent=1)
    print(len(CASES_), "cases")

if __name__ == "__main__":
    main()
