"""Builders for realistic raw reply messages (standard library only, deterministic)."""
import base64, quopri, json, os, html, hashlib, re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from email.utils import format_datetime, formataddr
from email.header import Header

CAT = json.load(open(os.path.join(os.path.dirname(__file__), "catalogue.json"), encoding="utf-8"))
NUM = {t["key"]: i + 1 for i, t in enumerate(CAT)}
LBL = {t["key"]: (t["en"], t["fr"]) for t in CAT}
PROG = "mentorat@bibliomentorat.ca"
PNAME = {"en": "Mentorship Program", "fr": "Programme de mentorat"}
MONTH_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MONTH_FR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MON_FR_AB = ["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."]
DAY_EN = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
DAY_FR = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]

def day(d, lang):
    return f"{MONTH_EN[d.month-1]} {d.day}" if lang == "en" else f"{d.day} {MONTH_FR[d.month-1]}"

def longdate(d, lang):
    if lang == "en":
        return f"{DAY_EN[d.weekday()]}, {MONTH_EN[d.month-1]} {d.day}, {d.year}"
    return f"{DAY_FR[d.weekday()]} {d.day} {MONTH_FR[d.month-1]} {d.year}"

def token(cid):
    return base64.b32encode(hashlib.sha256(cid.encode()).digest()[:10]).decode().lower()

def topic_list(keys, lang):
    li = 0 if lang == "en" else 1
    return "\n".join(f"  {NUM[k]}. {LBL[k][li]}" for k in keys)

# ---------------------------------------------------------------- program emails
def program_email(prompt, lang, p):
    """Return (subject, body) of the program email being answered. p: dict of values."""
    n, pn = p["name"], p["partner"]
    role = p.get("role", "mentee")
    sent = p["sent"]
    topics = p.get("topics", ["interviews", "conferences", "work_life_balance"])
    from datetime import date as _d
    cyc = (sent.date() - _d(2026, 10, 1)).days // 14 + 1
    if prompt == "checkin":
        logged = 0 if cyc == 1 else min(cyc - 1, 3)
        last = sent - timedelta(days=12)
        if lang == "en":
            if logged:
                subj = f"Check-in {cyc}: have you met {pn} again?"
                head = f"""Time for check-in {cyc}! You and {pn} have logged {logged}
{"meeting" if logged == 1 else "meetings"} so far, the last on {day(last, 'en')}.

Have you met again since? Reply to this email and tell us, for
example:"""
            else:
                subj = f"Check-in {cyc}: have you met {pn} yet?"
                head = f"""Time for check-in {cyc}! No meeting is logged yet for you and {pn}.

Have you had a first conversation yet? When you do, reply to this
email and tell us about it, for example:"""
            body = f"""Hi {n},

{head}

Date: yesterday
Length: 45 min
How: video
Topics: {', '.join(str(NUM[k]) for k in topics)}
Notes: went over my cover letter for the Halifax posting

Plain sentences work too ("We had a 45-minute video call yesterday
about interviews"). Either of you can log it. Notes are optional and
stay between the two of you.

Looking for something to talk about next? A few topics you haven't
covered yet:
{topic_list(topics, 'en')}

Sending your questions a few days ahead gives your partner time to
think them over.

""" + ("Remember that the agenda is yours: bring what matters most to you\nright now, whether it's a challenge at work or a step in your career." if role == "mentee" else "A reminder for mentors: listen first, ask questions, and pass along\nanything useful: an article, a webinar, a posting, a contact.") + "\n\nThank you!"
        else:
            if logged:
                subj = f"Suivi {cyc} : une autre rencontre avec {pn}?"
                head = f"""Voici le suivi {cyc} de la session. {pn} et vous avez consigné
{logged} {"rencontre" if logged == 1 else "rencontres"} jusqu'ici, la dernière le {day(last, 'fr')}.

Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :"""
            else:
                subj = f"Suivi {cyc} : avez-vous rencontré {pn}?"
                head = f"""Voici le suivi {cyc} de la session. Aucune rencontre n'est encore consignée pour {pn} et vous.

Avez-vous eu une première conversation? Quand ce sera fait,
répondez à ce courriel pour nous la raconter, par exemple :"""
            body = f"""Bonjour {n},

{head}

Date : hier
Durée : 45 min
Mode : vidéo
Sujets : {', '.join(str(NUM[k]) for k in topics)}
Notes : révision de ma lettre de présentation pour le poste à Sherbrooke

Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes
hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les
notes sont facultatives et restent entre vous deux.

Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous
n'avez pas encore abordés :
{topic_list(topics, 'fr')}

Envoyer vos questions quelques jours à l'avance laisse à l'autre le
temps d'y réfléchir.

""" + ("N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui\ncompte le plus pour vous en ce moment, un défi au travail comme une\nétape de votre carrière." if role == "mentee" else "Un rappel aux personnes mentores : écoutez d'abord, posez des questions et\npartagez ce qui pourrait être utile : un article, un webinaire, une\noffre d'emploi, un contact.") + "\n\nMerci!"
        return subj, body
    if prompt == "goals_prompt":
        if lang == "en":
            subj = "What would you like from this session?"
            intro = (f"Knowing what you want from this session helps {pn} help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?" if role == "mentee" else
                     f"Mentors grow through this program too. What would you like to get out\nof this session with {pn}, and what are you working\ntoward yourself over the next few years?")
            body = f"""Hi {n},

{intro}

Just reply with a short-term and a long-term goal, one per line,
like this:

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Add as many lines as you like. Share them with {pn} too: it
makes a good first conversation.

If you can, reply by {longdate(sent + timedelta(days=7), 'en')}.

Thank you!"""
        else:
            subj = "Qu'aimeriez-vous retirer de cette session?"
            intro = (f"Savoir ce que vous attendez de cette session aidera {pn}\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?" if role == "mentee" else
                     f"Le mentorat fait aussi grandir les personnes mentores.\nQu'aimeriez-vous retirer de cette session avec {pn}, et vers\nquoi souhaitez-vous aller vous-même dans les prochaines années?")
            body = f"""Bonjour {n},

{intro}

Répondez simplement avec un objectif à court terme et un autre à long
terme, un par ligne, comme ceci :

Court terme : mettre mon CV à jour et envoyer deux candidatures
Long terme : diriger une équipe des services au public d'ici cinq ans

Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec
{pn} : c'est un excellent point de départ.

Si possible, répondez-nous d'ici le {longdate(sent + timedelta(days=7), 'fr')}.

Merci!"""
        return subj, body
    if prompt == "wrapup":
        if lang == "en":
            subj = "Thank you, and a short survey"
            body = f"""Hi {n},

The session has come to an end. Thank you for the time and care you
gave it with {pn}: 4 meetings logged and 2 goals reached.

We'd love to hear how it went. Reply to this email, give a rating
from 1 (not great) to 5 (excellent), and write your answers under
each question; skip any you like.

Rating: 
What worked well?
What could be better?
Would you take part again, {"perhaps one day as a mentor" if role == "mentee" else "as a mentor or as a mentee"}?
Anything else for the committee?

Answers by {longdate(sent + timedelta(days=10), 'en')} help us plan the next session.

Your answers go to the committee only. Feel free to keep in touch
with {pn}: many pairs do."""
        else:
            subj = "Merci, et un court sondage"
            body = f"""Bonjour {n},

La session est terminée. Merci pour le temps et l'attention que vous
y avez consacrés avec {pn} : 4 rencontres consignées et
2 objectifs atteints.

Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel,
donnez une note de 1 (décevant) à 5 (excellent) et écrivez vos
réponses sous chaque question; sautez celles que vous voulez.

Évaluation : 
Qu'est-ce qui a bien fonctionné?
Qu'est-ce qui pourrait être amélioré?
Aimeriez-vous participer de nouveau, {"un jour comme personne mentore" if role == "mentee" else "dans l'un ou l'autre rôle"}?
Autre chose à dire au comité?

Vos réponses d'ici le {longdate(sent + timedelta(days=10), 'fr')} nous aideront à préparer la
prochaine session.

Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder
le contact avec {pn} : bien des duos le font."""
        return subj, body
    if prompt == "midsession":
        end = sent + timedelta(days=30)
        if lang == "en":
            subj = "Halfway through: how is it going?"
            body = f"""Hi {n},

You're halfway through the session with {pn}. Thank you
for the time you're putting in!

So far: 2 meetings logged (about 2 by now if you meet
twice a month), 2 goals set, 0 done.

A few questions worth a moment of thought:

- Are your conversations covering what you hoped?
- Do your goals still fit, or would you like to adjust them?
- Is there anything the two of you could do differently in the
  second half?

Some reminders:

- Try to keep meeting twice a month, even briefly, until {day(end, 'en')}.
- Send your questions ahead of time.
- Steer the conversation toward what you need most.
- Log meetings and goal progress by replying to our emails
  ("goal 1: done" works).

If something isn't working, reply with "question:" followed by what's
on your mind. The committee reads every message."""
        else:
            subj = "À mi-parcours : comment ça se passe?"
            body = f"""Bonjour {n},

Vous voilà à mi-chemin de la session avec {pn}. Merci pour
le temps que vous y consacrez!

Jusqu'ici : 2 rencontres consignées (environ 2 à ce stade
si vous vous voyez deux fois par mois), 2 objectifs fixés, 0 atteint.

Quelques questions à vous poser :

- Vos échanges portent-ils sur ce que vous espériez?
- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?
- Que pourriez-vous faire autrement pendant la deuxième moitié?

Quelques rappels :

- Continuez à vous parler deux fois par mois, même brièvement,
  jusqu'au {day(end, 'fr')}.
- Envoyez vos questions à l'avance.
- Orientez les échanges vers ce dont vous avez le plus besoin.
- Consignez vos rencontres et vos progrès en répondant à nos courriels
  (« objectif 1 : terminé » fonctionne).

Si quelque chose ne va pas, répondez en commençant par « question : »
suivi de ce qui vous préoccupe. Le comité lit tous les messages."""
        return subj, body
    if prompt == "nudge":
        last = sent - timedelta(days=17)
        pe = sent + timedelta(days=21)
        if lang == "en":
            subj = f"Checking in: catching up with {pn}?"
            body = f"""Hi {n},

It's been 17 days since you and {pn} last
logged a meeting ({day(last, 'en')}). Life gets busy, and that's fine.
A short call or a few emails count too.

If you have met, just reply with the date, for example:

Date: last Tuesday
Length: 30 min
How: phone

If things are hectic right now, let {pn} know, and reply
with a line like this so we hold off on reminders:

pause until {day(pe, 'en')}

We're here if anything is getting in the way."""
        else:
            subj = f"Des nouvelles de vos échanges avec {pn}?"
            body = f"""Bonjour {n},

Votre dernière rencontre consignée avec {pn} remonte à
17 jours (le {day(last, 'fr')}). Le quotidien est parfois chargé, et
c'est bien normal. Un court appel ou quelques courriels comptent aussi.

Si vous vous êtes parlé, répondez simplement avec la date, par
exemple :

Date : mardi dernier
Durée : 30 min
Mode : téléphone

Si la période est chargée, prévenez {pn} et répondez-nous
avec une ligne comme celle-ci pour suspendre les rappels :

pause jusqu'au {day(pe, 'fr')}

Nous sommes là si quelque chose vous freine."""
        return subj, body
    if prompt == "digest":
        last = sent - timedelta(days=9)
        if lang == "en":
            subj = f"Your mentoring digest: you and {pn}"
            body = f"""Hi {n},

Here is where you and {pn} stand; the session ends on
{day(sent + timedelta(days=25), 'en')}.

MEETINGS

Date: {longdate(last, 'en')}
Length: 45 minutes
How: video
Topics: Interviews: tips and techniques

Last meeting: {day(last, 'en')}, 9 days ago.

GOALS
{pn}'s goals:
1. Update my CV (short term): in progress
2. Work in an academic library (long term): not started

IDEAS FOR NEXT TIME

  8. Job applications: CV, cover letter, postings
  18. LIS resources and networking

Found an article, a webinar or a posting that {pn} might
like? Now is a good time to pass it along."""
        else:
            subj = f"Votre bilan de mentorat : {pn} et vous"
            body = f"""Bonjour {n},

Voici où en sont vos échanges avec {pn}; la session se termine le
{day(sent + timedelta(days=25), 'fr')}.

RENCONTRES

Date : {longdate(last, 'fr')}
Durée : 45 minutes
Mode : vidéo
Sujets : Entrevues : conseils et techniques

Dernière rencontre : le {day(last, 'fr')}, il y a 9 jours.

OBJECTIFS
Objectifs de {pn} :
1. Mettre mon CV à jour (court terme) : en cours
2. Travailler en bibliothèque universitaire (long terme) : pas commencé

IDÉES POUR LA PROCHAINE FOIS

  8. Candidatures : CV, lettre de présentation, offres
  18. Ressources en sciences de l'information et réseautage

Vous avez repéré un article, un webinaire ou une offre qui pourrait
intéresser {pn}? C'est le bon moment pour le transmettre."""
        return subj, body
    if prompt == "confidentiality":
        if lang == "en":
            subj = "Confidentiality: a halfway reminder"
            body = f"""Hi {n},

You and {pn} are halfway through the session, and by now
you have probably talked about things that matter. A gentle reminder:
what you share with each other stays between the two of you.

Please don't repeat your partner's stories or details without their
OK. If something comes up that you'd like advice on, you can always
write to the committee in confidence: reply to this email and start
with "Question:". Only the committee reads it, never {pn}.

On our side: the notes you send us when logging a meeting are
stored encrypted and shown only to you and {pn}. The
committee sees dates, lengths and topics, never your notes.

Thank you for building a safe space together."""
        else:
            subj = "Confidentialité : un rappel à mi-parcours"
            body = f"""Bonjour {n},

{pn} et vous en êtes à la moitié de la session, et vous
avez sans doute abordé des sujets importants. Un petit rappel : ce que
vous vous confiez reste entre vous deux.

Merci de ne pas répéter les histoires ou les renseignements de l'autre
sans son accord. Si une situation vous préoccupe, vous pouvez toujours
écrire au comité en toute confidentialité : répondez à ce courriel
en commençant par « Question : ». Seul le comité le lira, jamais
{pn}.

De notre côté, les notes que vous nous envoyez en consignant une
rencontre sont chiffrées et ne sont montrées qu'à {pn} et
à vous. Le comité voit les dates, les durées et les sujets, jamais vos
notes.

Merci de bâtir ensemble un espace de confiance."""
        return subj, body
    raise ValueError(prompt)

# ---------------------------------------------------------------- quoting
def attribution(style, lang, sent, to_name, to_addr, subj, tok):
    pa = f"{PNAME[lang]} <mentorat+{tok}@bibliomentorat.ca>"
    h = sent.strftime("%I").lstrip("0")
    mi = sent.strftime("%M")
    ampm = sent.strftime("%p")
    dab = DAY_EN[sent.weekday()][:3]
    mab = MONTH_EN[sent.month-1][:3]
    if style in ("gmail",):
        if lang == "en":
            return f"On {dab}, {mab} {sent.day}, {sent.year} at {h}:{mi} {ampm} {pa} wrote:"
        return f"Le {DAY_FR[sent.weekday()][:3]}. {sent.day} {MON_FR_AB[sent.month-1]} {sent.year}, à {sent.hour:02d} h {mi}, {pa} a écrit :"
    if style in ("apple", "iphone"):
        if lang == "en":
            return f"On {mab} {sent.day}, {sent.year}, at {h}:{mi} {ampm}, {pa} wrote:"
        return f"Le {sent.day} {MON_FR_AB[sent.month-1]} {sent.year} à {sent.hour:02d}:{mi}, {pa} a écrit :"
    if style == "tbird":
        if lang == "en":
            return f"On {sent:%Y-%m-%d} {h}:{mi} {'a.m.' if ampm == 'AM' else 'p.m.'}, {PNAME[lang]} wrote:"
        return f"Le {sent:%Y-%m-%d} à {sent.hour:02d}:{mi}, {PNAME[lang]} a écrit :"
    if style in ("outlook", "original"):
        if lang == "en":
            head = "-----Original Message-----\n" if style == "original" else "________________________________\n"
            return (head + f"From: {pa}\nSent: {longdate(sent, 'en')} {h}:{mi} {ampm}\n"
                    f"To: {to_name} <{to_addr}>\nSubject: {subj}")
        head = "-----Message d'origine-----\n" if style == "original" else "________________________________\n"
        return (head + f"De : {pa}\nEnvoyé : {longdate(sent, 'fr')} {sent.hour:02d}:{mi}\n"
                f"À : {to_name} <{to_addr}>\nObjet : {subj}")
    raise ValueError(style)

def prefix(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def to_html_par(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>\n".join(html.escape(l, quote=False) for l in para.split("\n")) + "</div>")
    return "\n<div><br></div>\n".join(out)

# ---------------------------------------------------------------- message assembly
def hdr(name, value):
    try:
        value.encode("ascii")
        return f"{name}: {value}"
    except UnicodeEncodeError:
        return f"{name}: " + Header(value, "utf-8").encode()

def addr(name, email):
    return formataddr((name, email))

def encode_body(text, enc, charset="utf-8"):
    """Return (cte, charset, encoded text)."""
    if enc == "b64":
        raw = text.replace("\n", "\r\n").encode(charset)
        b = base64.encodebytes(raw).decode("ascii")
        return "base64", b
    if enc in ("qp", "latin1"):
        raw = text.replace("\n", "\r\n").encode(charset)
        q = quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n")
        return "quoted-printable", q
    try:
        text.encode("ascii")
        return "7bit", text
    except UnicodeEncodeError:
        return "8bit", text

def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)

def write_case(outdir, case):
    cid = case["id"]
    with open(os.path.join(outdir, cid + ".eml"), "wb") as f:
        f.write(case["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii"))
    meta = {k: case[k] for k in ("id", "lang", "category", "prompt", "tz", "note", "expect")}
    with open(os.path.join(outdir, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
