"""Builder for the independent test set: program-email renderers, quoting styles,
MIME assembly. Written without reference to the parser."""
import base64, json, os, quopri, random, re, html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from email.utils import format_datetime, formataddr
from email.header import Header

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "cases")
PROG = "mentorship@example.org"
PROG_EN = "Mentorship Program"
PROG_FR = "Programme de mentorat"

CAT = [
 ("career_path", "Your path into librarianship", "Votre parcours en bibliothéconomie"),
 ("current_role", "Your current job or studies", "Votre emploi ou vos études actuels"),
 ("career_goals", "Career goals in 5 and 10 years", "Objectifs de carrière à 5 et 10 ans"),
 ("diversity", "Diversity, identity and the workplace", "Diversité, identité et milieu de travail"),
 ("specialties", "Areas of interest in librarianship", "Champs d'intérêt en bibliothéconomie"),
 ("professional_development", "Professional development and courses", "Perfectionnement professionnel et formations"),
 ("interviews", "Interviews: tips and techniques", "Entrevues : conseils et techniques"),
 ("job_applications", "Job applications: CV, cover letter, postings", "Candidatures : CV, lettre de présentation, offres"),
 ("current_topics", "An article or hot topic in libraries", "Un article ou un sujet d'actualité en bibliothèque"),
 ("typical_day", "A typical day at work", "Une journée type au travail"),
 ("work_scenarios", "Work culture and challenges", "Culture de travail et défis"),
 ("management", "Management tips and strategies", "Gestion : conseils et stratégies"),
 ("technology", "New media, trends and technologies", "Nouveaux médias, tendances et technologies"),
 ("conferences", "Going to conferences", "Participer à des congrès"),
 ("work_life_balance", "Work/life balance", "Conciliation travail-vie personnelle"),
 ("committees", "Committees, associations and professional bodies", "Comités, associations et organismes professionnels"),
 ("job_precarity", "Job precarity, unions and the job market", "Précarité, syndicats et marché de l'emploi"),
 ("lis_resources", "LIS resources and networking", "Ressources en sciences de l'information et réseautage"),
 ("time_management", "Time management", "Gestion du temps"),
 ("change_management", "Change management", "Gestion du changement"),
]
KEYS = [c[0] for c in CAT]
def num(key): return KEYS.index(key) + 1
def label(key, lang): c = CAT[KEYS.index(key)]; return c[1] if lang == "en" else c[2]

EN_DAYS = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
EN_MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
FR_DAYS = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]
FR_MON = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
FR_MON_ABBR = ["janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."]
FR_DAY_ABBR = ["lun.","mar.","mer.","jeu.","ven.","sam.","dim."]

def d(s):  # "2026-11-12" -> date
    return datetime.strptime(s, "%Y-%m-%d").date()
def day_en(s): x = d(s); return f"{EN_DAYS[x.weekday()]}, {EN_MON[x.month-1]} {x.day}"
def day_fr(s): x = d(s); return f"{FR_DAYS[x.weekday()]} {x.day} {FR_MON[x.month-1]}"
def long_en(s): x = d(s); return f"{EN_DAYS[x.weekday()]}, {EN_MON[x.month-1]} {x.day}, {x.year}"
def long_fr(s): x = d(s); return f"{FR_DAYS[x.weekday()]} {x.day} {FR_MON[x.month-1]} {x.year}"

def wrap(text, width=70):
    out = []
    for para in text.split("\n"):
        words, line = para.split(" "), ""
        if not para:
            out.append(""); continue
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line); line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)

# ---------------------------------------------------------------- program emails
# Each returns (subject, body_text)

def checkin(lang, name, partner, cycle=2, logged=0, last=None, topics=(), role="mentee"):
    if lang == "en":
        subj = f"Check-in {cycle}: how was your last meeting with {partner}?"
        if logged:
            s = f"You and {partner} have logged {logged} {'meeting' if logged == 1 else 'meetings'} so far" + (f", the last on {day_en(last)}." if last else ".")
        else:
            s = f"No meeting is logged yet for you and {partner}."
        nums = ", ".join(str(num(k)) for k in topics)
        b = f"Hi {name},\n\n" + wrap(f"Time for check-in {cycle}! {s}") + "\n\n"
        b += "Did you meet since? Reply to this email and tell us, for example:\n\n"
        b += f"Date: yesterday\nLength: 45 min\nHow: video\nTopics: {nums}\nNotes: went over my cover letter for the Halifax posting\n\n"
        b += wrap('Plain sentences work too ("We had a 45-minute video call yesterday about interviews"). Either of you can log it. Notes are optional and stay between the two of you.') + "\n"
        if topics:
            b += "\nLooking for something to talk about next? A few topics you haven't\ncovered yet:\n"
            for k in topics: b += f"\n  {num(k)}. {label(k,'en')}"
            b += "\n\nSending your questions a few days ahead gives your partner time to\nthink them over.\n"
        if role == "mentee":
            b += "\n" + wrap("Remember that the agenda is yours: bring what matters most to you right now, whether it's a challenge at work or a step in your career.")
        else:
            b += "\n" + wrap("A reminder for mentors: listen first, ask questions, and pass along anything useful: an article, a webinar, a posting, a contact.")
        b += "\n\nThank you!"
    else:
        subj = f"Suivi {cycle} : comment s'est passée votre dernière rencontre avec {partner}?"
        if logged:
            s = f"{partner} et vous avez consigné {logged} {'rencontre' if logged == 1 else 'rencontres'} jusqu'ici" + (f", la dernière le {day_fr(last)}." if last else ".")
        else:
            s = f"Aucune rencontre n'est encore consignée pour {partner} et vous."
        nums = ", ".join(str(num(k)) for k in topics)
        b = f"Bonjour {name},\n\n" + wrap(f"Voici le suivi {cycle} de la session. {s}") + "\n\n"
        b += "Vous vous êtes parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\n"
        b += f"Date : hier\nDurée : 45 min\nMode : vidéo\nSujets : {nums}\nNotes : révision de ma lettre de présentation pour le poste à Sherbrooke\n\n"
        b += wrap("Une simple phrase fonctionne aussi (« Appel vidéo de 45 minutes hier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les notes sont facultatives et restent entre vous deux.") + "\n"
        if topics:
            b += "\nBesoin d'idées pour la prochaine fois? Voici quelques sujets que vous\nn'avez pas encore abordés :\n"
            for k in topics: b += f"\n  {num(k)}. {label(k,'fr')}"
            b += "\n\nEnvoyer vos questions quelques jours à l'avance laisse à l'autre le\ntemps d'y réfléchir.\n"
        if role == "mentee":
            b += "\n" + wrap("N'oubliez pas : l'ordre du jour vous appartient. Apportez ce qui compte le plus pour vous en ce moment, un défi au travail comme une étape de votre carrière.")
        else:
            b += "\n" + wrap("Un rappel aux mentors : écoutez d'abord, posez des questions et partagez ce qui pourrait être utile : un article, un webinaire, une offre d'emploi, un contact.")
        b += "\n\nMerci!"
    return subj, b

def goals_prompt(lang, name, partner, role="mentee", reply_by=None):
    if lang == "en":
        subj = "What would you like from this session?"
        if role == "mentee":
            p = f"Knowing what you want from these two months helps {partner} help you. What would you like to achieve soon, and where are you heading over the next few years?"
        else:
            p = f"Mentors grow through this program too. What would you like to get out of these two months with {partner}, and what are you working toward yourself over the next few years?"
        b = f"Hi {name},\n\n{wrap(p)}\n\nJust reply with a short-term and a long-term goal, one per line,\nlike this:\n\n"
        b += "Short term: update my CV and send two applications\nLong term: lead a public services team within five years\n\n"
        b += wrap(f"Add as many lines as you like. Share them with {partner} too: it makes a good first conversation.")
        if reply_by: b += f"\n\nIf you can, reply by {long_en(reply_by)}."
        b += "\n\nThank you!"
    else:
        subj = "Qu'aimeriez-vous retirer de cette session?"
        if role == "mentee":
            p = f"Savoir ce que vous attendez de ces deux mois aidera {partner} à bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers quoi souhaitez-vous aller dans les prochaines années?"
        else:
            p = f"Le mentorat fait aussi grandir les mentors. Qu'aimeriez-vous retirer de ces deux mois avec {partner}, et vers quoi souhaitez-vous aller vous-même dans les prochaines années?"
        b = f"Bonjour {name},\n\n{wrap(p)}\n\nRépondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne, comme ceci :\n\n"
        b += "Court terme : mettre mon CV à jour et envoyer deux candidatures\nLong terme : diriger une équipe des services au public d'ici cinq ans\n\n"
        b += wrap(f"Ajoutez autant de lignes que vous le voulez. Parlez-en aussi avec {partner} : c'est un excellent point de départ.")
        if reply_by: b += f"\n\nSi possible, répondez-nous d'ici le {long_fr(reply_by)}."
        b += "\n\nMerci!"
    return subj, b

def wrapup_parts(lang, name, partner, role="mentee", logged=4, done=1, survey_by=None):
    """returns (subject, intro, questions list, outro) so inline answers can be built"""
    if lang == "en":
        subj = "Thank you, and a short survey"
        s = f"The session has come to an end. Thank you for the time and care you gave it with {partner}"
        if logged:
            s += f": {logged} {'meeting' if logged==1 else 'meetings'} logged"
            if done: s += f" and {done} {'goal' if done==1 else 'goals'} reached"
        s += "."
        intro = f"Hi {name},\n\n{wrap(s)}\n\n" + wrap("We'd love to hear how it went. Reply to this email, give a rating from 1 (not great) to 5 (excellent), and write your answers under each question; skip any you like.")
        again = "perhaps one day as a mentor" if role == "mentee" else "as a mentor or as a mentee"
        qs = ["Rating: ", "What worked well?", "What could be better?", f"Would you take part again, {again}?", "Anything else for the committee?"]
        outro = ""
        if survey_by: outro += f"Answers by {long_en(survey_by)} help us plan the next session.\n\n"
        outro += wrap(f"Your answers go to the committee only. Feel free to keep in touch with {partner}: many pairs do.")
    else:
        subj = "Merci, et un court sondage"
        s = f"La session tire à sa fin. Merci pour le temps et l'attention que vous y avez consacrés avec {partner}"
        if logged:
            s += f" : {logged} {'rencontre consignée' if logged==1 else 'rencontres consignées'}"
            if done: s += f" et {done} {'objectif atteint' if done==1 else 'objectifs atteints'}"
        s += "."
        intro = f"Bonjour {name},\n\n{wrap(s)}\n\n" + wrap("Nous aimerions savoir comment ça s'est passé. Répondez à ce courriel, donnez une note de 1 (décevant) à 5 (excellent) et écrivez vos réponses sous chaque question; sautez celles que vous voulez.")
        again = "peut-être un jour comme mentor" if role == "mentee" else "comme mentor ou comme personne mentorée"
        qs = ["Évaluation : ", "Qu'est-ce qui a bien fonctionné?", "Qu'est-ce qui pourrait être amélioré?", f"Aimeriez-vous participer de nouveau, {again}?", "Autre chose à dire au comité?"]
        outro = ""
        if survey_by: outro += wrap(f"Vos réponses d'ici le {long_fr(survey_by)} nous aideront à préparer la prochaine session.") + "\n\n"
        outro += wrap(f"Vos réponses ne sont lues que par le comité. Et n'hésitez pas à garder le contact avec {partner} : bien des duos le font.")
    return subj, intro, qs, outro

def wrapup(lang, name, partner, **kw):
    subj, intro, qs, outro = wrapup_parts(lang, name, partner, **kw)
    return subj, intro + "\n\n" + "\n".join(qs) + "\n\n" + outro

def midsession(lang, name, partner, logged=2, target=2, goals=3, done=0, end=None, role="mentee"):
    if lang == "en":
        subj = "Halfway through: how is it going?"
        b = f"Hi {name},\n\n" + wrap(f"You're halfway through the session with {partner}. Thank you for the time you're putting in!") + "\n\n"
        s = f"So far: {logged} {'meeting' if logged==1 else 'meetings'} logged" + (f" (about {target} by now if you meet twice a month)" if target else "") + f", {goals} {'goal' if goals==1 else 'goals'} set, {done} done."
        b += wrap(s) + "\n\nA few questions to take a moment with:\n\n- Are your conversations covering what you hoped?\n- Do your goals still fit, or would you like to adjust them?\n- Is there anything the two of you could do differently in the\n  second half?\n\nSome reminders:\n\n"
        b += "- Try to keep meeting twice a month, even briefly" + (f", until {day_en(end)}" if end else "") + ".\n- Send your questions ahead of time.\n"
        b += "- " + ("Steer the conversation toward what you need most." if role == "mentee" else "Keep listening, and share resources when they come up.") + "\n"
        b += "- Log meetings and goal progress by replying to our emails\n  (\"goal 1: done\" works).\n\n"
        b += "If something isn't working, reply with \"question:\" followed by what's\non your mind. The committee reads every message."
    else:
        subj = "À mi-parcours : comment ça se passe?"
        b = f"Bonjour {name},\n\n" + wrap(f"Vous voilà à mi-chemin de la session avec {partner}. Merci pour le temps que vous y consacrez!") + "\n\n"
        s = f"Jusqu'ici : {logged} {'rencontre consignée' if logged==1 else 'rencontres consignées'}" + (f" (environ {target} à ce stade si vous vous voyez deux fois par mois)" if target else "") + f", {goals} {'objectif fixé' if goals==1 else 'objectifs fixés'}, {done} {'atteint' if done<=1 else 'atteints'}."
        b += wrap(s) + "\n\nQuelques questions à vous poser :\n\n- Vos échanges portent-ils sur ce que vous espériez?\n- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?\n- Que pourriez-vous faire autrement pendant la deuxième moitié?\n\nQuelques rappels :\n\n"
        b += "- Continuez à vous parler deux fois par mois, même brièvement" + (f",\n  jusqu'au {day_fr(end)}" if end else "") + ".\n- Envoyez vos questions à l'avance.\n"
        b += "- " + ("Orientez les échanges vers ce dont vous avez le plus besoin." if role == "mentee" else "Restez à l'écoute et partagez des ressources quand l'occasion se présente.") + "\n"
        b += "- Consignez vos rencontres et vos progrès en répondant à nos courriels\n  (« objectif 1 : terminé » fonctionne).\n\n"
        b += "Si quelque chose ne va pas, répondez en commençant par « question : »\nsuivi de ce qui vous préoccupe. Le comité lit tous les messages."
    return subj, b

def nudge(lang, name, partner, days=18, last=None, pause_example=None):
    if lang == "en":
        subj = f"Checking in: catching up with {partner}?"
        if last:
            s = f"It's been {days} days since the last meeting we have for you and {partner} ({day_en(last)})."
        else:
            s = f"We haven't seen a meeting logged for you and {partner} yet, and the session started {days} days ago."
        b = f"Hi {name},\n\n" + wrap(s + " Life gets busy, and that's fine. A short call or a few emails count too.") + "\n\n"
        b += "If you have met, just reply with the date, for example:\n\nDate: last Tuesday\nLength: 30 min\nHow: phone\n\n"
        b += wrap(f"If things are hectic right now, let {partner} know, and reply with a line like this so we hold off on reminders:") + "\n\n"
        b += "pause until " + (day_en(pause_example) if pause_example else "[a date]") + "\n\nWe're here if anything is getting in the way."
    else:
        subj = f"Des nouvelles de vos échanges avec {partner}?"
        if last:
            s = f"Votre dernière rencontre consignée avec {partner} remonte à {days} jours (le {day_fr(last)})."
        else:
            s = f"Nous n'avons encore aucune rencontre consignée pour {partner} et vous, et la session a commencé il y a {days} jours."
        b = f"Bonjour {name},\n\n" + wrap(s + " Le quotidien est parfois chargé, et c'est bien normal. Un court appel ou quelques courriels comptent aussi.") + "\n\n"
        b += "Si vous vous êtes parlé, répondez simplement avec la date, par\nexemple :\n\nDate : mardi dernier\nDurée : 30 min\nMode : téléphone\n\n"
        b += wrap(f"Si la période est chargée, prévenez {partner} et répondez-nous avec une ligne comme celle-ci pour suspendre les rappels :") + "\n\n"
        b += "pause jusqu'au " + (day_fr(pause_example) if pause_example else "[une date]") + "\n\nNous sommes là si quelque chose vous freine."
    return subj, b

def digest(lang, name, partner, meetings=(), goals=(), end=None, last=None, days=5, covered=(), nxt=()):
    """meetings: list of dicts date, minutes, mode, topics(keys); goals: (n, title, horizon, status)"""
    if lang == "en":
        modes = {"video":"video","phone":"phone","in_person":"in person","email":"email","chat":"chat"}
        subj = f"Your mentoring digest: you and {partner}"
        b = f"Hi {name},\n\nHere is where you and {partner} stand" + (f"; the session ends on\n{day_en(end)}" if end else "") + ".\n\nMEETINGS\n"
        if meetings:
            for m in meetings:
                b += f"\nDate: {long_en(m['date'])}"
                if m.get("minutes"): b += f"\nLength: {m['minutes']} min"
                if m.get("mode"): b += f"\nHow: {modes[m['mode']]}"
                if m.get("topics"): b += "\nTopics: " + "; ".join(label(k,'en') for k in m["topics"])
                b += "\n"
        else:
            b += "\nNo meetings logged yet.\n"
        b += (f"\nLast meeting: {day_en(last)}, {days} days ago.\n" if last else f"\n{days} days since the session began.\n")
        b += "\nGOALS\n"
        if goals:
            for n, t, h, s in goals:
                b += f"\n{n}. {t}" + (f" ({h})" if h else "") + f": {s}"
            b += "\n"
        else:
            b += f"\nNo goals recorded yet. {partner} can reply to the goals email\nat any time.\n"
        if covered:
            b += "\nTOPICS COVERED\n" + "".join(f"\n  {num(k)}. {label(k,'en')}" for k in covered) + "\n"
        if nxt:
            b += "\nIDEAS FOR NEXT TIME\n" + "".join(f"\n  {num(k)}. {label(k,'en')}" for k in nxt) + "\n"
        b += "\n" + wrap(f"Found an article, a webinar or a posting that {partner} might like? Now is a good time to pass it along.")
    else:
        modes = {"video":"vidéo","phone":"téléphone","in_person":"en personne","email":"courriel","chat":"clavardage"}
        subj = f"Votre bilan de mentorat : {partner} et vous"
        b = f"Bonjour {name},\n\nVoici où en sont vos échanges avec {partner}" + (f"; la session se termine le\n{day_fr(end)}" if end else "") + ".\n\nRENCONTRES\n"
        if meetings:
            for m in meetings:
                b += f"\nDate : {long_fr(m['date'])}"
                if m.get("minutes"): b += f"\nDurée : {m['minutes']} min"
                if m.get("mode"): b += f"\nMode : {modes[m['mode']]}"
                if m.get("topics"): b += "\nSujets : " + "; ".join(label(k,'fr') for k in m["topics"])
                b += "\n"
        else:
            b += "\nAucune rencontre consignée pour l'instant.\n"
        b += (f"\nDernière rencontre : le {day_fr(last)}, il y a {days} jours.\n" if last else f"\n{days} jours depuis le début de la session.\n")
        b += "\nOBJECTIFS\n"
        if goals:
            for n, t, h, s in goals:
                b += f"\n{n}. {t}" + (f" ({h})" if h else "") + f" : {s}"
            b += "\n"
        else:
            b += f"\nAucun objectif consigné pour l'instant. {partner} peut répondre\nau courriel sur les objectifs à tout moment.\n"
        if covered:
            b += "\nSUJETS ABORDÉS\n" + "".join(f"\n  {num(k)}. {label(k,'fr')}" for k in covered) + "\n"
        if nxt:
            b += "\nIDÉES POUR LA PROCHAINE FOIS\n" + "".join(f"\n  {num(k)}. {label(k,'fr')}" for k in nxt) + "\n"
        b += "\n" + wrap(f"Vous avez repéré un article, un webinaire ou une offre qui pourrait intéresser {partner}? C'est le bon moment pour le transmettre.")
    return subj, b

def confidentiality(lang, name, partner, mid=False):
    if lang == "en":
        subj = "Halfway there: a word on confidentiality" if mid else "Before you begin: a word on confidentiality"
        if mid:
            p = f"You and {partner} are halfway through the session, and by now you have probably talked about things that matter. A gentle reminder: what you share with each other stays between the two of you."
        else:
            p = f"Good mentoring rests on trust. We hope you and {partner} will feel free to be honest about your careers, including the harder parts, like being the only visible minority on a team or dealing with microaggressions. For that, what you share stays between the two of you."
        b = f"Hi {name},\n\n{wrap(p)}\n\n" + wrap("Please don't repeat your partner's stories or details without their OK. If something comes up that you'd like advice on, you can always write to the committee in confidence.") + "\n\n"
        b += wrap(f"On our side: the notes you send us when logging a meeting are stored encrypted and shown only to you and {partner}. The committee sees dates, lengths and topics, never your notes.") + "\n\nThank you for building a safe space together."
    else:
        subj = "À mi-parcours : un mot sur la confidentialité" if mid else "Avant de commencer : un mot sur la confidentialité"
        if mid:
            p = f"{partner} et vous en êtes à la moitié de la session, et vous avez sans doute abordé des sujets importants. Un petit rappel : ce que vous vous confiez reste entre vous deux."
        else:
            p = f"Un bon mentorat repose sur la confiance. Nous espérons que {partner} et vous pourrez parler franchement de vos carrières, y compris des aspects plus difficiles, comme être la seule personne de minorité visible d'une équipe ou faire face à des microagressions. C'est pourquoi ce que vous vous confiez reste entre vous deux."
        b = f"Bonjour {name},\n\n{wrap(p)}\n\n" + wrap("Merci de ne pas répéter les histoires ou les renseignements de l'autre sans son accord. Si une situation vous préoccupe, vous pouvez toujours écrire au comité en toute confidentialité.") + "\n\n"
        b += wrap(f"De notre côté, les notes que vous nous envoyez en consignant une rencontre sont chiffrées et ne sont montrées qu'à {partner} et à vous. Le comité voit les dates, les durées et les sujets, jamais vos notes.") + "\n\nMerci de bâtir ensemble un espace de confiance."
    return subj, b

def receipt_meeting(lang, name, partner, date, minutes=None, mode=None, logged=3):
    if lang == "en":
        modes = {"video":"video","phone":"phone","in_person":"in person","email":"email","chat":"chat"}
        subj = f"Logged: your meeting of {day_en(date)}"
        b = f"Hi {name},\n\nThanks! We've logged this meeting with {partner}:\n\nDate: {long_en(date)}"
        if minutes: b += f"\nLength: {minutes} min"
        if mode: b += f"\nHow: {modes[mode]}"
        b += f"\n\nThat makes {logged} meetings this session.\n\nSomething wrong? Reply \"undo\" to remove it, then send it again."
    else:
        modes = {"video":"vidéo","phone":"téléphone","in_person":"en personne","email":"courriel","chat":"clavardage"}
        subj = f"Consignée : votre rencontre du {day_fr(date)}"
        b = f"Bonjour {name},\n\nMerci! Nous avons consigné cette rencontre avec {partner} :\n\nDate : {long_fr(date)}"
        if minutes: b += f"\nDurée : {minutes} min"
        if mode: b += f"\nMode : {modes[mode]}"
        b += f"\n\nCela fait {logged} rencontres pour cette session.\n\nUne erreur? Répondez « annuler » pour la retirer, puis renvoyez-la."
    return subj, b

def receipt_goals(lang, name, goals):
    n0 = goals[0][0]
    if lang == "en":
        subj = "Your goals are recorded"
        b = f"Hi {name},\n\nThanks! Here is what we recorded:\n" + "".join(f"\n{n}. {t}" + (f" ({h})" if h else "") + f": {s}" for n, t, h, s in goals)
        b += f"\n\nTo update a goal later, reply with its number, for example\n\"goal {n0}: done\" or \"goal {n0}: sent three applications\".\nNot what you meant? Reply \"undo\" to take it back."
    else:
        subj = "Vos objectifs sont consignés"
        b = f"Bonjour {name},\n\nMerci! Voici ce que nous avons consigné :\n" + "".join(f"\n{n}. {t}" + (f" ({h})" if h else "") + f" : {s}" for n, t, h, s in goals)
        b += f"\n\nPour mettre un objectif à jour, répondez avec son numéro, par exemple\n« objectif {n0} : terminé » ou « objectif {n0} : trois candidatures envoyées ».\nCe n'est pas ce que vous vouliez dire? Répondez « annuler » pour\nrevenir en arrière."
    return subj, b

def receipt_pause(lang, name, until):
    if lang == "en":
        return "Reminders paused", f"Hi {name},\n\nGot it: we'll hold off on reminders until {long_en(until)}.\nPlease let your partner know too. Reply \"resume\" whenever you're ready\nto pick up again."
    return "Rappels suspendus", f"Bonjour {name},\n\nC'est noté : nous suspendons les rappels jusqu'au {long_fr(until)}.\nPensez à prévenir votre partenaire. Répondez « reprendre » quand vous\nvoudrez recommencer."

# ---------------------------------------------------------------- quoting

def _tzdt(local, tz):
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))

def attribution(style, lang, qdt, prog_name, prog_addr=PROG):
    h12 = qdt.strftime("%I:%M").lstrip("0"); ampm = qdt.strftime("%p")
    if style == "gmail":
        if lang == "en":
            return f"On {EN_DAYS[qdt.weekday()][:3]}, {EN_MON[qdt.month-1][:3]} {qdt.day}, {qdt.year} at {h12} {ampm} {prog_name} <{prog_addr}> wrote:"
        return f"Le {FR_DAY_ABBR[qdt.weekday()]} {qdt.day} {FR_MON_ABBR[qdt.month-1]} {qdt.year}, à {qdt.hour:02d} h {qdt.minute:02d}, {prog_name} <{prog_addr}> a écrit :"
    if style == "gmail_wrapped":
        a = attribution("gmail", lang, qdt, prog_name, prog_addr)
        i = a.index("<")
        return a[:i] + "<\n" + a[i+1:]
    if style in ("apple", "iphone"):
        if lang == "en":
            return f"On {EN_MON[qdt.month-1][:3]} {qdt.day}, {qdt.year}, at {h12} {ampm}, {prog_name} <{prog_addr}> wrote:"
        return f"Le {qdt.day} {FR_MON_ABBR[qdt.month-1]} {qdt.year} à {qdt.hour:02d}:{qdt.minute:02d}, {prog_name} <{prog_addr}> a écrit :"
    if style == "tbird":
        if lang == "en":
            return f"On {qdt:%Y-%m-%d} {h12} {'a.m.' if ampm=='AM' else 'p.m.'}, {prog_name} wrote:"
        return f"Le {qdt:%Y-%m-%d} à {qdt.hour:02d} h {qdt.minute:02d}, {prog_name} a écrit :"
    if style == "generic":
        if lang == "en":
            return f"{prog_name} <{prog_addr}> wrote on {qdt:%Y-%m-%d %H:%M}:"
        return f"{prog_name} <{prog_addr}> a écrit le {qdt:%Y-%m-%d %H:%M} :"
    raise ValueError(style)

def outlook_header(lang, qdt, prog_name, to_name, to_addr, subj, orig=False):
    if lang == "en":
        sent = f"{EN_DAYS[qdt.weekday()]}, {EN_MON[qdt.month-1]} {qdt.day}, {qdt.year} {qdt.strftime('%I:%M %p').lstrip('0')}"
        lines = [f"From: {prog_name} <{PROG}>", f"Sent: {sent}", f"To: {to_name} <{to_addr}>", f"Subject: {subj}"]
        head = "-----Original Message-----" if orig else "________________________________"
    else:
        sent = f"{FR_DAYS[qdt.weekday()]} {qdt.day} {FR_MON[qdt.month-1]} {qdt.year} {qdt.hour:02d}:{qdt.minute:02d}"
        lines = [f"De : {prog_name} <{PROG}>", f"Envoyé : {sent}", f"À : {to_name} <{to_addr}>", f"Objet : {subj}"]
        head = "-----Message d'origine-----" if orig else "________________________________"
    return head, lines

def quote_lines(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

# ---------------------------------------------------------------- HTML

def esc(s): return html.escape(s, quote=False)

def text_to_html_paras(text, tag="p"):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        out.append(f"<{tag}>" + "<br>\n".join(esc(l) for l in para.split("\n")) + f"</{tag}>")
    return "\n".join(out)

def gmail_divs(text):
    out = []
    for l in text.split("\n"):
        out.append("<div><br></div>" if not l.strip() else f"<div>{esc(l)}</div>")
    return "\n".join(out)

# ---------------------------------------------------------------- MIME

def enc_addr(name, addr):
    return formataddr((name, addr), charset="utf-8")

def enc_subject(s, style="q"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        pass
    if style == "b":
        return "=?utf-8?B?" + base64.b64encode(s.encode()).decode() + "?="
    h = Header(s, "utf-8", header_name="Subject")
    return h.encode(maxlinelen=76)

def encode_body(text, cte):
    raw = text.encode("utf-8")
    if cte == "auto":
        try: text.encode("ascii"); cte = "7bit"
        except UnicodeEncodeError: cte = "8bit"
    if cte in ("7bit", "8bit"):
        return cte, text
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)

def leaf(ctype, text, cte="auto", flowed=False, charset="utf-8"):
    cte_name, body = encode_body(text, cte)
    ct = f"{ctype}; charset={'UTF-8' if ctype=='text/html' and RNG.random()<0.5 else charset}"
    if flowed: ct = f"{ctype}; charset={charset}; format=flowed; delsp=no"
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte_name}"], body

def flow(text, width=72):
    """RFC 3676: soft-wrap long unquoted lines with trailing space."""
    out = []
    for l in text.split("\n"):
        if l.startswith(">") or len(l) <= width or l == "-- ":
            out.append(l); continue
        words = l.split(" "); line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line + " "); line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)

def assemble(headers, body_lines_or_text, eol="\r\n"):
    msg = "\n".join(headers) + "\n\n" + body_lines_or_text
    if not msg.endswith("\n"): msg += "\n"
    msg = msg.replace("\r\n", "\n")
    if eol == "\r\n": msg = msg.replace("\n", "\r\n")
    return msg.encode("utf-8")

def multipart(subtype, boundary, parts, preamble=None):
    """parts: list of (headers, body). returns (ctype header value, body text)"""
    out = []
    if preamble: out.append(preamble)
    for h, b in parts:
        out.append(f"--{boundary}")
        out.extend(h); out.append("")
        out.append(b.rstrip("\n"))
    out.append(f"--{boundary}--")
    return f'multipart/{subtype}; boundary="{boundary}"', "\n".join(out) + "\n"

RNG = random.Random(20261203)
def token(n=10):
    return "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(n))
def hexid(n): return "".join(RNG.choice("0123456789abcdef") for _ in range(n))
def alnum(n): return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

def write_case(cid, eml_bytes, meta):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, cid + ".eml"), "wb") as f: f.write(eml_bytes)
    with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2); f.write("\n")
