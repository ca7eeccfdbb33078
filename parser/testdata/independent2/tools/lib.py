"""Message builder for the independent2 test set (stdlib only, deterministic)."""
import base64, datetime as dt, email.utils, quopri, re, hashlib
from zoneinfo import ZoneInfo

PROG_EN = ("Mentorship Program", "program@mentormail.ca")
PROG_FR = ("Programme de mentorat", "programme@mentormail.ca")

CAT = ["career_path","current_role","career_goals","diversity","specialties","professional_development",
       "interviews","job_applications","current_topics","typical_day","work_scenarios","management",
       "technology","conferences","work_life_balance","committees","job_precarity","lis_resources",
       "time_management","change_management"]
LABEL_EN = {"interviews":"Interviews: tips and techniques","job_applications":"Job applications: CV, cover letter, postings",
 "time_management":"Time management","conferences":"Going to conferences","management":"Management tips and strategies",
 "work_life_balance":"Work/life balance","technology":"New media, trends and technologies","committees":"Committees, associations and professional bodies"}
LABEL_FR = {"interviews":"Entrevues : conseils et techniques","job_applications":"Candidatures : CV, lettre de présentation, offres",
 "time_management":"Gestion du temps","conferences":"Participer à des congrès","management":"Gestion : conseils et stratégies",
 "work_life_balance":"Conciliation travail-vie personnelle","technology":"Nouveaux médias, tendances et technologies","committees":"Comités, associations et organismes professionnels"}
SUGG = ["interviews","job_applications","time_management"]

MON_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MON_FR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
DAY_EN = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
DAY_FR = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]

def day_en(d): return f"{DAY_EN[d.weekday()]}, {MON_EN[d.month-1]} {d.day}"
def day_fr(d): return f"{DAY_FR[d.weekday()]} {d.day} {MON_FR[d.month-1]}"

def topic_list(lang):
    lab = LABEL_EN if lang == "en" else LABEL_FR
    return "\n".join(f"  {CAT.index(k)+1}. {lab[k]}" for k in SUGG)

def prompt_mail(lang, prompt, name, partner, sent):
    """Return (subject, body) of the program email, filled in."""
    last = sent.date() - dt.timedelta(days=16)
    end = dt.date(2026, 12, 18); start = dt.date(2026, 9, 28)
    if lang == "en":
        P = {
        "checkin": (f"Check-in 3: have you met {partner} again?",
f"""Hi {name},

Time for check-in 3! You and {partner} have logged 2
meetings so far, the last on {day_en(last)}.

Have you met again since? Reply to this email and tell us, for
example:

Date: yesterday
Length: 45 min
How: video
Topics: 7, 8
Notes: went over my cover letter for the Halifax posting

Plain sentences work too ("We had a 45-minute video call yesterday
about interviews"). Either of you can log it. Notes are optional and
stay between the two of you.

Looking for something to talk about next? A few topics you haven't
covered yet:
{topic_list('en')}

Sending your questions a few days ahead gives your partner time to
think them over.

Remember that the agenda is yours: bring what matters most to you
right now, whether it's a challenge at work or a step in your career.

Thank you!"""),
        "goals_prompt": ("What would you like from this session?",
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

If you can, reply by {MON_EN[(sent+dt.timedelta(days=7)).month-1]} {(sent+dt.timedelta(days=7)).day}, 2026.

Thank you!"""),
        "wrapup": ("Thank you, and a short survey",
f"""Hi {name},

The session has come to an end. Thank you for the time and care you
gave it with {partner}: 5 meetings logged and 2 goals reached.

We'd love to hear how it went. Reply to this email, give a rating
from 1 (not great) to 5 (excellent), and write your answers under
each question; skip any you like.

Rating:
What worked well?
What could be better?
Would you take part again, perhaps one day as a mentor?
Anything else for the committee?

Your answers go to the committee only. Feel free to keep in touch
with {partner}: many pairs do."""),
        "midsession": ("Halfway through: how is it going?",
f"""Hi {name},

You're halfway through the session with {partner}. Thank you
for the time you're putting in!

So far: 2 meetings logged (about 3 by now if you meet
twice a month), 2 goals set, 0 done.

A few questions worth a moment of thought:

- Are your conversations covering what you hoped?
- Do your goals still fit, or would you like to adjust them?
- Is there anything the two of you could do differently in the
  second half?

Some reminders:

- Try to keep meeting twice a month, even briefly, until {day_en(end)}.
- Send your questions ahead of time.
- Steer the conversation toward what you need most.
- Log meetings and goal progress by replying to our emails
  ("goal 1: done" works).

If something isn't working, reply with "question:" followed by what's
on your mind. The committee reads every message."""),
        "nudge": (f"Checking in: catching up with {partner}?",
f"""Hi {name},

It's been 24 days since you and {partner} last
logged a meeting ({day_en(sent.date()-dt.timedelta(days=24))}). Life gets busy, and that's fine.
A short call or a few emails count too.

If you have met, just reply with the date, for example:

Date: last Tuesday
Length: 30 min
How: phone

If things are hectic right now, let {partner} know, and reply
with a line like this so we hold off on reminders:

pause until {day_en(sent.date()+dt.timedelta(days=14))}

We're here if anything is getting in the way."""),
        "digest": (f"Your mentoring digest: you and {partner}",
f"""Hi {name},

Here is where you and {partner} stand; the session ends on
{day_en(end)}.

MEETINGS

Date: {MON_EN[last.month-1]} {last.day}, 2026
Length: 1 hour
How: video
Topics: Interviews: tips and techniques

Last meeting: {day_en(last)}, 16 days ago.

GOALS
{partner}'s goals:
1. Update my CV (short term): in progress
2. Find a permanent position in an academic library (long term): not started

IDEAS FOR NEXT TIME
{topic_list('en')}

Found an article, a webinar or a posting that {partner} might
like? Now is a good time to pass it along."""),
        "confidentiality": ("Confidentiality: a halfway reminder",
f"""Hi {name},

You and {partner} are halfway through the session, and by now
you have probably talked about things that matter. A gentle reminder:
what you share with each other stays between the two of you.

Please don't repeat your partner's stories or details without their
OK. If something comes up that you'd like advice on, you can always
write to the committee in confidence: reply to this email and start
with "Question:". Only the committee reads it, never {partner}.

On our side: the notes you send us when logging a meeting are
stored encrypted and shown only to you and {partner}. The
committee sees dates, lengths and topics, never your notes.

Thank you for building a safe space together."""),
        }
    else:
        P = {
        "checkin": (f"Suivi 3 : une autre rencontre avec {partner}?",
f"""Bonjour {name},

Voici le suivi 3 de la session. {partner} et vous avez consigné
2 rencontres jusqu'ici, la dernière le {day_fr(last)}.

Vous êtes-vous parlé depuis? Répondez à ce courriel pour nous le
dire, par exemple :

Date : hier
Durée : 45 min
Mode : vidéo
Sujets : 7, 8
Notes : révision de ma lettre de présentation pour le poste à Sherbrooke

Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes
hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les
notes sont facultatives et restent entre vous deux.

Besoin d'idées pour la prochaine fois? Voici quelques sujets que vous
n'avez pas encore abordés :
{topic_list('fr')}

Envoyer vos questions quelques jours à l'avance laisse à l'autre le
temps d'y réfléchir.

N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui
compte le plus pour vous en ce moment, un défi au travail comme une
étape de votre carrière.

Merci!"""),
        "goals_prompt": ("Qu'aimeriez-vous retirer de cette session?",
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

Merci!"""),
        "wrapup": ("Merci, et un court sondage",
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
Aimeriez-vous participer de nouveau, peut-être un jour comme mentor?
Autre chose à dire au comité?

Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder
le contact avec {partner} : bien des duos le font."""),
        "midsession": ("À mi-parcours : comment ça se passe?",
f"""Bonjour {name},

Vous voilà à mi-chemin de la session avec {partner}. Merci pour
le temps que vous y consacrez!

Jusqu'ici : 2 rencontres consignées (environ 3 à ce stade
si vous vous voyez deux fois par mois), 2 objectifs fixés, 0 atteint.

Quelques questions à vous poser :

- Vos échanges portent-ils sur ce que vous espériez?
- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?
- Que pourriez-vous faire autrement pendant la deuxième moitié?

Quelques rappels :

- Continuez à vous parler deux fois par mois, même brièvement,
  jusqu'au {day_fr(end)}.
- Envoyez vos questions à l'avance.
- Orientez les échanges vers ce dont vous avez le plus besoin.
- Consignez vos rencontres et vos progrès en répondant à nos courriels
  (« objectif 1 : terminé » fonctionne).

Si quelque chose ne va pas, répondez en commençant par « question : »
suivi de ce qui vous préoccupe. Le comité lit tous les messages."""),
        "nudge": (f"Des nouvelles de vos échanges avec {partner}?",
f"""Bonjour {name},

Votre dernière rencontre consignée avec {partner} remonte à
24 jours (le {day_fr(sent.date()-dt.timedelta(days=24))}). Le quotidien est parfois chargé, et
c'est bien normal. Un court appel ou quelques courriels comptent aussi.

Si vous vous êtes parlé, répondez simplement avec la date, par
exemple :

Date : mardi dernier
Durée : 30 min
Mode : téléphone

Si la période est chargée, prévenez {partner} et répondez-nous
avec une ligne comme celle-ci pour suspendre les rappels :

pause jusqu'au {day_fr(sent.date()+dt.timedelta(days=14))}

Nous sommes là si quelque chose vous freine."""),
        "digest": (f"Votre bilan de mentorat : {partner} et vous",
f"""Bonjour {name},

Voici où en sont vos échanges avec {partner}; la session se termine le
{day_fr(end)}.

RENCONTRES

Date : {last.day} {MON_FR[last.month-1]} 2026
Durée : 1 h
Mode : vidéo
Sujets : Entrevues : conseils et techniques

Dernière rencontre : le {day_fr(last)}, il y a 16 jours.

OBJECTIFS
Objectifs de {partner} :
1. Mettre mon CV à jour (court terme) : en cours
2. Obtenir un poste permanent en bibliothèque universitaire (long terme) : pas commencé

IDÉES POUR LA PROCHAINE FOIS
{topic_list('fr')}

Vous avez repéré un article, un webinaire ou une offre qui pourrait
intéresser {partner}? C'est le bon moment pour le transmettre."""),
        "confidentiality": ("Confidentialité : un rappel à mi-parcours",
f"""Bonjour {name},

{partner} et vous en êtes à la moitié de la session, et vous
avez sans doute abordé des sujets importants. Un petit rappel : ce que
vous vous confiez reste entre vous deux.

Merci de ne pas répéter les histoires ou les renseignements de l'autre
sans son accord. Si une situation vous préoccupe, vous pouvez toujours
écrire au comité en toute confidentialité : répondez à ce courriel
en commençant par « Question : ». Seul le comité le lira, jamais
{partner}.

De notre côté, les notes que vous nous envoyez en consignant une
rencontre sont chiffrées et ne sont montrées qu'à {partner} et
à vous. Le comité voit les dates, les durées et les sujets, jamais vos
notes.

Merci de bâtir ensemble un espace de confiance."""),
        }
    return P[prompt]

# a phrase of each program email that must not survive in reply_text
QUOTE_NOT = {
 ("en","checkin"): "Plain sentences work too", ("en","goals_prompt"): "Add as many lines as you like",
 ("en","wrapup"): "Your answers go to the committee only", ("en","midsession"): "The committee reads every message",
 ("en","nudge"): "Life gets busy, and that's fine", ("en","digest"): "Now is a good time to pass it along",
 ("en","confidentiality"): "Thank you for building a safe space together",
 ("fr","checkin"): "Une simple phrase fonctionne aussi", ("fr","goals_prompt"): "Ajoutez autant de lignes que vous le voulez",
 ("fr","wrapup"): "Vos réponses ne sont lues que par le comité", ("fr","midsession"): "Le comité lit tous les messages",
 ("fr","nudge"): "Nous sommes là si quelque chose vous freine", ("fr","digest"): "C'est le bon moment pour le transmettre",
 ("fr","confidentiality"): "Merci de bâtir ensemble un espace de confiance",
}

def attribution(kind, lang, sent, prog):
    d = sent
    h12 = d.strftime("%I:%M %p").lstrip("0")
    if lang == "en":
        if kind == "gmail":
            return f"On {DAY_EN[d.weekday()][:3]}, {MON_EN[d.month-1][:3]} {d.day}, {d.year} at {h12} {prog[0]} <{prog[1]}> wrote:"
        return f"On {MON_EN[d.month-1][:3]} {d.day}, {d.year}, at {h12}, {prog[0]} <{prog[1]}> wrote:"
    mon = ["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."][d.month-1]
    if kind == "gmail":
        return f"Le {DAY_FR[d.weekday()][:3]}. {d.day} {mon} {d.year}, à {d.hour:02d} h {d.minute:02d}, {prog[0]} <{prog[1]}> a écrit :"
    return f"Le {d.day} {mon} {d.year} à {d.hour:02d}:{d.minute:02d}, {prog[0]} <{prog[1]}> a écrit :"

def outlook_header(lang, sent, prog, to, subject, orig=False):
    if lang == "en":
        s = f"{DAY_EN[sent.weekday()]}, {MON_EN[sent.month-1]} {sent.day}, {sent.year} {sent.strftime('%I:%M %p').lstrip('0')}"
        top = "-----Original Message-----" if orig else "________________________________"
        return f"{top}\nFrom: {prog[0]} <{prog[1]}>\nSent: {s}\nTo: {to}\nSubject: {subject}"
    s = f"{DAY_FR[sent.weekday()]} {sent.day} {MON_FR[sent.month-1]} {sent.year} {sent.hour:02d}:{sent.minute:02d}"
    top = "-----Message d'origine-----" if orig else "________________________________"
    return f"{top}\nDe : {prog[0]} <{prog[1]}>\nEnvoyé : {s}\nÀ : {to}\nObjet : {subject}"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def to_html(text):
    paras = text.split("\n\n")
    return "".join("<div>" + "<br>".join(esc(l) for l in p.split("\n")) + "</div><div><br></div>" for p in paras)

def flow(text, width=66):
    out = []
    for line in text.split("\n"):
        quoted = line.startswith(">")
        if quoted or len(line) <= width or line == "-- ":
            out.append(line); continue
        words = line.split(" "); cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " "); cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)

def encode_part(ctype, text, cte, charset="utf-8", extra=""):
    if cte == "qp":
        body = quopri.encodestring(text.encode(charset)).decode("ascii")
        name = "quoted-printable"
    elif cte == "base64":
        raw = base64.b64encode(text.encode(charset)).decode("ascii")
        body = "\n".join(raw[i:i+76] for i in range(0, len(raw), 76)); name = "base64"
    else:
        body = text; name = "8bit"
        if charset != "utf-8":
            raise ValueError("8bit only for utf-8 here")
    return f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {name}\n\n{body}"

def boundary(seed):
    return "b1_" + hashlib.sha1(seed.encode()).hexdigest()[:24]

def crlf(s):
    s = s.replace("\r\n", "\n")
    return s.replace("\n", "\r\n")
