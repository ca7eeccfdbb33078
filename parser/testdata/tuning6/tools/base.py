# Shared machinery for the t6 generator (stdlib only, deterministic).
import datetime as dt, base64, quopri, html, json, os, hashlib
from zoneinfo import ZoneInfo
from email.utils import format_datetime

PROG = "Mentormail <program@mentormail.ca>"
PROG_FR = "Mentorat <programme@mentormail.ca>"

QUOTE = {
 ("en","checkin"): ("Check-in 3: have you met {p} again?",
  "Hi {n},\n\nTime for check-in 3! You and {p} have logged 2 meetings so far, the last on\nOctober 14.\n\nHave you met again since? Reply to this email and tell us, for\nexample:\n\nDate: yesterday\nLength: 45 min\nHow: video\nTopics: 3, 7\nNotes: went over my cover letter for the Halifax posting\n\nPlain sentences work too (\"We had a 45-minute video call yesterday\nabout interviews\"). Either of you can log it. Notes are optional and\nstay between the two of you.\n\nLooking for something to talk about next? A few topics you haven't\ncovered yet:\n\n  3. Career goals in 5 and 10 years\n  7. Interviews: tips and techniques\n  15. Work/life balance\n\nThank you!", "Plain sentences work too"),
 ("fr","checkin"): ("Suivi 3 : une autre rencontre avec {p}?",
  "Bonjour {n},\n\nVoici le suivi 3 de la session. {p} et vous avez consigné\n2 rencontres jusqu'ici, la dernière le 14 octobre.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le\ndire, par exemple :\n\nDate: yesterday\nLength: 45 min\nHow: video\nTopics: 3, 7\nNotes: went over my cover letter for the Halifax posting\n\nUne simple phrase fonctionne aussi (« Appel vidéo de 45 minutes\nhier sur les entrevues »). L'un ou l'autre de vous peut s'en charger. Les\nnotes sont facultatives et restent entre vous deux.\n\nBesoin d'idées pour la prochaine fois? Voici quelques sujets que vous\nn'avez pas encore abordés :\n\n  3. Objectifs de carrière à 5 et 10 ans\n  7. Entrevues : conseils et techniques\n\nMerci!", "Une simple phrase fonctionne aussi"),
 ("en","goals_prompt"): ("What would you like from this session?",
  "Hi {n},\n\nKnowing what you want from this session helps {p} help\nyou. What would you like to achieve soon, and where are you heading\nover the next few years?\n\nJust reply with a short-term and a long-term goal, one per line,\nlike this:\n\nShort term: update my CV and send two applications\nLong term: lead a public services team within five years\n\nAdd as many lines as you like. Share them with {p} too: it\nmakes a good first conversation.\n\nThank you!", "lead a public services team within five years"),
 ("fr","goals_prompt"): ("Qu'aimeriez-vous retirer de cette session?",
  "Bonjour {n},\n\nSavoir ce que vous attendez de cette session aidera {p}\nà bien vous accompagner. Qu'aimeriez-vous accomplir bientôt, et vers\nquoi souhaitez-vous aller dans les prochaines années?\n\nRépondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne, comme ceci :\n\nShort term: update my CV and send two applications\nLong term: lead a public services team within five years\n\nAjoutez autant de lignes que vous le voulez. Parlez-en aussi avec\n{p} : c'est un excellent point de départ.\n\nMerci!", "Ajoutez autant de lignes que vous le voulez"),
 ("en","wrapup"): ("Thank you, and a short survey",
  "Hi {n},\n\nThe session has come to an end. Thank you for the time and care you\ngave it with {p}: 4 meetings logged.\n\nWe'd love to hear how it went. Reply to this email, give a rating\nfrom 1 (not great) to 5 (excellent), and write your answers under\neach question; skip any you like.\n\nRating: \nWhat worked well?\nWhat could be better?\nWould you take part again, perhaps one day as a mentor?\nAnything else for the committee?\n\nYour answers go to the committee only. Feel free to keep in touch\nwith {p}: many pairs do.", "Your answers go to the committee only"),
 ("fr","wrapup"): ("Merci, et un court sondage",
  "Bonjour {n},\n\nLa session est terminée. Merci pour le temps et l'attention que vous\ny avez consacrés avec {p} : 4 rencontres consignées.\n\nNous aimerions savoir comment ça s'est passé. Répondez à ce courriel,\ndonnez une note de 1 (décevant) à 5 (excellent) et écrivez vos\nréponses sous chaque question; sautez celles que vous voulez.\n\nÉvaluation : \nQu'est-ce qui a bien fonctionné?\nQu'est-ce qui pourrait être amélioré?\nAimeriez-vous participer de nouveau, un jour comme personne mentore?\nAutre chose à dire au comité?\n\nVos réponses ne sont lues que par le comité. Et n'hésitez pas à garder\nle contact avec {p} : bien des duos le font.", "Vos réponses ne sont lues que par le comité"),
 ("en","midsession"): ("Halfway through: how is it going?",
  "Hi {n},\n\nYou're halfway through the session with {p}. Thank you\nfor the time you're putting in!\n\nSo far: 2 meetings logged (about 3 by now if you meet\ntwice a month), 2 goals set, 0 done.\n\nA few questions worth a moment of thought:\n\n- Are your conversations covering what you hoped?\n- Do your goals still fit, or would you like to adjust them?\n- Is there anything the two of you could do differently in the\n  second half?\n\nIf something isn't working, reply with \"question:\" followed by what's\non your mind. The committee reads every message.", "The committee reads every message"),
 ("fr","midsession"): ("À mi-parcours : comment ça se passe?",
  "Bonjour {n},\n\nVous voilà à mi-chemin de la session avec {p}. Merci pour\nle temps que vous y consacrez!\n\nJusqu'ici : 2 rencontres consignées, 2 objectifs fixés, 0 atteint.\n\nQuelques questions à vous poser :\n\n- Vos échanges portent-ils sur ce que vous espériez?\n- Vos objectifs sont-ils toujours les bons, ou faut-il les ajuster?\n- Que pourriez-vous faire autrement pendant la deuxième moitié?\n\nSi quelque chose ne va pas, répondez en commençant par « question : »\nsuivi de ce qui vous préoccupe. Le comité lit tous les messages.", "Le comité lit tous les messages"),
 ("en","nudge"): ("Checking in: catching up with {p}?",
  "Hi {n},\n\nIt's been 19 days since you and {p} last\nlogged a meeting (October 9). Life gets busy, and that's fine.\nA short call or a few emails count too.\n\nIf you have met, just reply with the date, for example:\n\nDate: last Tuesday\nLength: 30 min\nHow: phone\n\nIf things are hectic right now, let {p} know, and reply\nwith a line like this so we hold off on reminders:\n\npause until November 30\n\nWe're here if anything is getting in the way.", "Life gets busy, and that's fine"),
 ("fr","nudge"): ("Des nouvelles de vos échanges avec {p}?",
  "Bonjour {n},\n\nVotre dernière rencontre consignée avec {p} remonte à\n19 jours (le 9 octobre). Le quotidien est parfois chargé, et\nc'est bien normal. Un court appel ou quelques courriels comptent aussi.\n\nSi vous vous êtes parlé, répondez simplement avec la date, par\nexemple :\n\nDate : mardi dernier\nDurée : 30 min\nMode : téléphone\n\nSi la période est chargée, prévenez {p} et répondez-nous\navec une ligne comme celle-ci pour suspendre les rappels :\n\npause jusqu'au 30 novembre\n\nNous sommes là si quelque chose vous freine.", "Le quotidien est parfois chargé"),
 ("en","digest"): ("Your mentoring digest: you and {p}",
  "Hi {n},\n\nHere is where you and {p} stand; the session ends on December 12.\n\nMEETINGS\n\nDate: October 9\nLength: 45 min\nHow: video\nTopics: Interviews: tips and techniques\n\nLast meeting: October 9, 20 days ago.\n\nGOALS\n{p}'s goals:\n1. Land a permanent position (long term): in progress\n\nFound an article, a webinar or a posting that {p} might\nlike? Now is a good time to pass it along.", "Now is a good time to pass it along"),
 ("fr","digest"): ("Votre bilan de mentorat : {p} et vous",
  "Bonjour {n},\n\nVoici où en sont vos échanges avec {p}; la session se termine le 12 décembre.\n\nRENCONTRES\n\nDate : 9 octobre\nDurée : 45 min\nMode : vidéo\nSujets : Entrevues : conseils et techniques\n\nDernière rencontre : le 9 octobre, il y a 20 jours.\n\nOBJECTIFS\n1. Obtenir un poste permanent (long terme) : en cours\n\nVous avez repéré un article, un webinaire ou une offre qui pourrait\nintéresser {p}? C'est le bon moment pour le transmettre.", "C'est le bon moment pour le transmettre"),
 ("en","confidentiality"): ("Confidentiality: a halfway reminder",
  "Hi {n},\n\nYou and {p} are halfway through the session, and by now\nyou have probably talked about things that matter. A gentle reminder:\nwhat you share with each other stays between the two of you.\n\nPlease don't repeat your partner's stories or details without their\nOK. If something comes up that you'd like advice on, you can always\nwrite to the committee in confidence: reply to this email and start\nwith \"Question:\". Only the committee reads it, never {p}.\n\nThank you for building a safe space together.", "Thank you for building a safe space together"),
 ("fr","confidentiality"): ("Confidentialité : un rappel à mi-parcours",
  "Bonjour {n},\n\n{p} et vous en êtes à la moitié de la session, et vous\navez sans doute abordé des sujets importants. Un petit rappel : ce que\nvous vous confiez reste entre vous deux.\n\nMerci de ne pas répéter les histoires ou les renseignements de l'autre\nsans son accord. Si une situation vous préoccupe, vous pouvez toujours\nécrire au comité en toute confidentialité : répondez à ce courriel\nen commençant par « Question : ». Seul le comité le lira, jamais\n{p}.\n\nMerci de bâtir ensemble un espace de confiance.", "Merci de bâtir ensemble un espace de confiance"),
}

EN_MON = ["January","February","March","April","May","June","July","August","September","October","November","December"]
FR_MON = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
EN_DAY = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
FR_DAY = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]
WD = {"mon":0,"tue":1,"wed":2,"thu":3,"fri":4,"sat":5,"sun":6}

def resolve(tok, local):
    """tok: None, 'YYYY-MM-DD', 'd-1' (days from message local date), 'wd:tue' (most recent past, strictly before)."""
    if tok is None: return None
    d = local.date()
    if tok.startswith("d"):
        return (d + dt.timedelta(days=int(tok[1:]))).isoformat()
    if tok.startswith("wd:"):
        w = WD[tok[3:]]; back = (d.weekday() - w) % 7 or 7
        return (d - dt.timedelta(days=back)).isoformat()
    if tok.startswith("nwd:"):  # next weekday strictly after
        w = WD[tok[4:]]; fwd = (w - d.weekday()) % 7 or 7
        return (d + dt.timedelta(days=fwd)).isoformat()
    return tok

def quote_block(style, lang, prompt, qdate, name, partner, frm):
    key = (lang, prompt if prompt else "checkin")
    subj, body, _ = QUOTE[key]
    subj = subj.format(p=partner, n=name); body = body.format(p=partner, n=name)
    if style == "none": return subj, "", ""
    if style in ("gmail", "iphone", "html_gmail"):
        if lang == "fr":
            hdr = "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (FR_DAY[qdate.weekday()][:3]+".", qdate.day, FR_MON[qdate.month-1][:4]+".", qdate.year, qdate.hour, qdate.minute, frm)
        else:
            hdr = "On %s, %s %d, %d at %d:%02d %s %s wrote:" % (EN_DAY[qdate.weekday()][:3], EN_MON[qdate.month-1][:3], qdate.day, qdate.year, (qdate.hour-1)%12+1, qdate.minute, "AM" if qdate.hour<12 else "PM", frm)
        return subj, hdr, body
    if style in ("apple", "html_apple"):
        hdr = ("Le %d %s %d à %02d:%02d, %s a écrit :" % (qdate.day, FR_MON[qdate.month-1], qdate.year, qdate.hour, qdate.minute, frm)) if lang=="fr" else ("On %s %d, %d, at %d:%02d %s, %s wrote:" % (EN_MON[qdate.month-1][:3], qdate.day, qdate.year, (qdate.hour-1)%12+1, qdate.minute, "AM" if qdate.hour<12 else "PM", frm))
        return subj, hdr, body
    return subj, "", body

def outlook_header(lang, qdate, frm, to, subj, orig=False):
    if lang == "fr" and not orig:
        return "De : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (frm, FR_DAY[qdate.weekday()], qdate.day, FR_MON[qdate.month-1], qdate.year, qdate.hour, qdate.minute, to, subj)
    h = "From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s" % (frm, EN_DAY[qdate.weekday()], EN_MON[qdate.month-1], qdate.day, qdate.year, (qdate.hour-1)%12+1, qdate.minute, "AM" if qdate.hour<12 else "PM", to, subj)
    return ("-----Original Message-----\n" + h) if orig else h
