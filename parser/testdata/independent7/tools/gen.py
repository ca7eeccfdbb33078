#!/usr/bin/env python3
"""Deterministic generator for the independent7 set. Run: python3 tools/gen.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
from lib import _join, _split

TO, VA, HA, WI, SJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

# ---------------------------------------------------------------- signatures and footers
SIG_TMU = """Priya Raman (she/her)
Liaison Librarian, Business & Economics
Toronto Metropolitan University Libraries
416-555-0142"""
LAND_TMU = """Toronto Metropolitan University is on the traditional territories of the Anishinaabe, Haudenosaunee and Huron-Wendat peoples, and the home of many diverse First Nations, Inuit and Metis peoples."""
DISC_EN = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""
DISC_FR = """AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont confidentiels et destinés uniquement à la personne à qui ils sont adressés. Si vous avez reçu ce courriel par erreur, veuillez en aviser l'expéditeur et le détruire."""

# ================================================================= MEETING (en)
add("i7-meet-en-01", "en", "meeting", "checkin", TO, "2026-11-12 10:14",
    "Hi!\n\nMet with Priya yesterady over Zoom for about an hour. We mostly talked about how she got into cataloguing after working in a bookstore for years.\n\nThanks,\nDaniel",
    E(M(-1, 60, "video", ["career_path"]), has=["for about an hour"]),
    "typo 'yesterady' is yesterday (Nov 11); about an hour; Zoom is video; how she got into the field is career path",
    name="Daniel Osei", partner="Priya")
add("i7-meet-en-02", "en", "meeting", "checkin", VA, "2026-11-05 19:40",
    "We did a mock interview on the phone yesterday, 1hr and a half. Super helpful, Ken grilled me on behavioural questions for the UBC posting.",
    E(M(-1, 90, "phone", ["interviews"]), has=["mock interview on the phone"]),
    "Date header is in UTC (Nov 6 03:40Z) but in Vancouver it is Nov 5, so yesterday = Nov 4; '1hr and a half' = 90 min",
    name="Mei Lin", partner="Ken", utc_header=True, quote="iphone", mobile="Sent from my iPhone")
add("i7-meet-en-03", "en", "meeting", "nudge", TO, "2026-10-22 08:05",
    "Sorry for the radio silence! Denise and I grabbed coffee at Balzac's on Tuesday morning, maybe an hr. Talked a lot about the union and what happens when my contract ends in March.\n\nCheers,\nAmir",
    E(M("wd:tue", 60, "in_person", ["job_precarity"]), has=["grabbed coffee at Balzac's"]),
    "coffee at a named cafe = in person; Tuesday before Thu Oct 22 = Oct 20; 'maybe an hr' = 60 min",
    name="Amir Haddad", partner="Denise")
add("i7-meet-en-04", "en", "meeting", "checkin", SJ, "2026-11-19 14:22",
    "Quick one - Shauna and I talked by phone at lunch today, 30 mins or so. Mostly about my job at the health sciences library and whether to take on more desk shifts.",
    E(M(0, 30, "phone", ["current_role"]), has=["by phone at lunch today"]),
    "'by phone at lunch' is one way (phone), today = Nov 19 in St. John's",
    name="Kavya Nair", partner="Shauna", quote="outlook")
add("i7-meet-en-05", "en", "meeting", "checkin", WI, "2026-11-27 16:48",
    "Hey, Marcus and I didn't manage a call this time but we messaged back and forth on Slack Wednesday evening for about half an hour about how he handles supervising student staff.\n\n- Tanya",
    E(M("wd:wed", 30, "chat", ["management"]), has=["messaged back and forth on Slack"]),
    "text messaging on Slack for half an hour on Wednesday (Nov 25) is a chat-mode meeting about supervising",
    name="Tanya Mohammed", partner="Marcus")
add("i7-meet-en-06", "en", "meeting", "checkin", TO, "2026-11-20 09:31",
    "We met Thursday, no wait, it was Wednesday, sorry, long week. Video call, 45 min. Talked about conferences and whether I should submit a proposal to the OLA Super Conference.",
    E(M("wd:wed", 45, "video", ["conferences"]), has=["it was Wednesday"]),
    "clear self-correction: Wednesday (Nov 18), not Thursday",
    name="Hannah Cho", partner="Rebecca", quote="gmail")
add("i7-meet-en-07", "en", "meeting", "checkin", HA, "2026-11-25 12:10",
    "Date: Nov 24\nLength: 1h\nHow: in person\nTopics: 3, 12\nNotes: She walked me through her interview prep binder.\nNext meeting: Dec 8",
    E(M("2026-11-24", 60, "in_person", ["interviews", "committees"], next="2026-12-08"), has=["interview prep binder"]),
    "structured log; topics 3 and 12 from the quoted check-in list (Interviews; Committees)",
    name="Oluwaseun Adeyemi", partner="Clare", quote="outlook", fmt="alt_outlook")
add("i7-meet-en-08", "en", "meeting", "checkin", VA, "2026-11-05 11:02",
    "We've actually met twice since the last check-in: Oct 27 by phone (30 min) and again on Nov 3 on Zoom for an hour. Both times mostly my cover letter and CV.\n\nBest,\nJas",
    E(M("2026-10-27", 30, "phone", ["job_applications"]), count=2, has=["met twice since the last check-in"]),
    "two meetings logged; the first is Oct 27, 30 min by phone",
    name="Jaswinder Gill", partner="Colleen")
add("i7-meet-en-09", "en", "meeting", "checkin", WI, "2026-11-26 10:40",
    "Met Aisha at the Millennium Library on Monday for about 45 minutes. She gave me a tour and we talked through a typical day on the reference desk.\n\nRegards,\nLuis Ortega\nLibrary Technician | Winnipeg Public Library",
    E(M("wd:mon", 45, "in_person", ["typical_day"]), has=["at the Millennium Library on Monday"], not_=["sole use of the intended recipient"]),
    "in person at a library on Monday (Nov 23); the disclaimer's 'e-mail' is not the way of meeting",
    name="Luis Ortega", partner="Aisha", sig=DISC_EN, quote="outlook")
add("i7-meet-en-10", "en", "meeting", "nudge", TO, "2026-12-01 20:15",
    "Finally connected with Tom! Great 1-hour video call, lots of good advice on cover letters. Will send the date when I find it in my calendar.",
    E(M(None, 60, "video", ["job_applications"]), warn=True, has=["Finally connected with Tom"]),
    "a meeting with no date: careful reader asks when (warn), length and mode are given",
    name="Fatima Rahman", partner="Tom")

# ================================================================= MEETING (fr)
add("i7-meet-fr-01", "fr", "meeting", "checkin", TO, "2026-11-17 08:50",
    "Bonjour,\n\nRencontre hier avec Mélanie en visio, une heure et quart. On a surtout parlé de mon entrevue au cégep la semaine prochaine.\n\nMerci!\nYasmine",
    E(M(-1, 75, "video", ["interviews"]), has=["une heure et quart"]),
    "hier = 16 nov.; une heure et quart = 75 min; visio = vidéo",
    name="Yasmine Belkacem", partner="Mélanie")
add("i7-meet-fr-02", "fr", "meeting", "checkin", TO, "2026-11-02 13:30",
    "Allo! On s'est parlé 1 h 30 au téléphone jeudi dernier. Beaucoup de choses sur la gestion d'équipe, elle vient d'être nommée cheffe de service.",
    E(M("2026-10-29", 90, "phone", ["management"]), has=["jeudi dernier"]),
    "jeudi dernier avant le lundi 2 nov. = 29 oct.; 1 h 30 = 90 min",
    name="Nadia Tremblay-Ngo", partner="Sylvie", quote="outlook")
add("i7-meet-fr-03", "fr", "meeting", "checkin", TO, "2026-11-09 07:45",
    "On s'est vues au Café Névé sur Rachel samedi matin, à peu près 2 heures (on a jasé longtemps!). Surtout de conciliation travail-famille, j'ai deux jeunes enfants et je commence un nouveau poste.",
    E(M("wd:sat", 120, "in_person", ["work_life_balance"]), has=["Café Névé sur Rachel"]),
    "café nommé = en personne; samedi avant le lundi 9 nov. = 7 nov.; 2 heures",
    name="Fatou Diallo", partner="Geneviève", fmt="qp")
add("i7-meet-fr-04", "fr", "meeting", "nudge", TO, "2026-11-20 15:05",
    "Oui oui, on s'est parlé au téléphone au début du mois, environ 30 minutes. Désolée de ne pas l'avoir consigné avant.",
    E(M(None, 30, "phone"), warn=True, has=["au début du mois"]),
    "« au début du mois » n'est pas une date : un lecteur attentif demanderait laquelle (warn)",
    name="Rim Haddad", partner="Louise")
add("i7-meet-fr-05", "fr", "meeting", "checkin", TO, "2026-11-13 11:20",
    "Date : 12 novembre\nDurée : 45 min\nMode : Teams (vidéo)\nSujets : 3 et 7\nProchaine rencontre : 26 novembre",
    E(M("2026-11-12", 45, "video", ["interviews", "work_life_balance"], next="2026-11-26"), has=["12 novembre"]),
    "journal structuré; sujets 3 et 7 de la liste citée (Entrevues; Conciliation)",
    name="Thi Lan Pham", partner="Josée", quote="outlook")
add("i7-meet-fr-06", "fr", "meeting", "checkin", HA, "2026-10-15 18:30",
    "Bonsoir! On s'est appelées mercredi, non attendez, c'était mardi soir. 40 minutes au téléphone. Elle m'a parlé de son parcours, de Caraquet jusqu'à la bibliothèque de l'Université de Moncton.\n\nMerci ben,\nChantale",
    E(M("wd:tue", 40, "phone", ["career_path"]), has=["c'était mardi soir"]),
    "autocorrection claire : mardi (13 oct.), pas mercredi",
    name="Chantale Aucoin", partner="Amina")
add("i7-meet-fr-07", "fr", "meeting", "checkin", TO, "2026-11-12 09:00",
    "Deux rencontres depuis le dernier suivi : le 3 novembre en personne à la Grande Bibliothèque (1 h) et le 10 novembre par Zoom (45 min).",
    E(M("2026-11-03", 60, "in_person"), count=2, has=["Deux rencontres depuis le dernier suivi"]),
    "deux rencontres consignées; la première est le 3 nov., 1 h, en personne",
    name="Karim Benali", partner="Hélène", quote="gmail")
add("i7-meet-fr-08", "fr", "meeting", "checkin", WI, "2026-11-04 08:15",
    "Bonjour,\n\nJ'ai eu une belle rencontre en vidéo hier soir avec Roger, une cinquantaine de minutes. Il m'a parlé de ses années au conseil d'administration de l'Association des bibliothécaires du Manitoba.\n\nMarie-Claire Mukendi\nBibliothécaire, Bibliothèque Alfred-Monnin, Université de Saint-Boniface",
    E(M(-1, 50, "video", ["committees"]), has=["une cinquantaine de minutes"], not_=["Ce courriel et les pièces jointes sont confidentiels"]),
    "hier = 3 nov.; une cinquantaine de minutes = 50; le « courriel » de l'avis n'est pas le mode",
    name="Marie-Claire Mukendi", partner="Roger", sig=DISC_FR)
add("i7-meet-fr-09", "fr", "meeting", "checkin", TO, "2026-10-28 13:05",
    "Apel téléphonique de 20 minutes ce midi avec Diane, on a regardé ensemble les offres d'emploi en bibliothèque publique dans le Nord de l'Ontario.",
    E(M(0, 20, "phone", ["job_applications"]), has=["ce midi avec Diane"]),
    "« Apel » (faute) téléphonique ce midi = aujourd'hui 28 oct. (Sudbury)",
    name="Samuel Kabongo", partner="Diane", quote="iphone", mobile="Envoyé de mon iPhone")
add("i7-meet-fr-10", "fr", "meeting", "checkin", VA, "2026-11-24 22:50",
    "On s'est parlé sur Zoom hier, 45 minutes à peu près. Sujet principal : les médias sociaux pour la bibliothèque de l'école.",
    E(M(-1, 45, "video", ["technology"]), has=["45 minutes à peu près"]),
    "en-tête Date en UTC (25 nov. 06:50Z) mais à Vancouver c'est le 24 : hier = 23 nov.",
    name="Anaïs Lefebvre", partner="Bich", utc_header=True)

# ================================================================= TOPICS (en)
add("i7-top-en-01", "en", "topics", "checkin", TO, "2026-10-14 12:30",
    "Had our second video call yesterday (40 min). Grace walked me through how she ended up in libraries after ten years in banking, and what made her finally do the MLIS at 38. Really inspiring.",
    E(M(-1, 40, "video", ["career_path"]), has=["ended up in libraries after ten years in banking"]),
    "her story of moving from banking into libraries is the career path topic",
    name="Ayesha Siddiqui", partner="Grace")
add("i7-top-en-02", "en", "topics", "checkin", VA, "2026-11-10 17:05",
    "Phone call on Sunday, about an hour. I opened up about being the only racialized person on staff at my branch and how tiring it is to always be the one asked about \"outreach to newcomers\". Wei Ling had a lot of wisdom on this.",
    E(M("wd:sun", 60, "phone", ["diversity"]), has=["only racialized person on staff"]),
    "being the only racialized person on staff is the diversity/identity topic; Sunday = Nov 8",
    name="Hamid Karimi", partner="Wei Ling", quote="gmail", fmt="flowed")
add("i7-top-en-03", "en", "topics", "checkin", HA, "2026-11-16 09:12",
    "We talked on Friday over video for 45 min. Honestly most of it was about how close I've been to burning out this fall and how to actually disconnect in the evenings (turning off Teams notifications on my phone, for a start).",
    E(M("wd:fri", 45, "video", ["work_life_balance"]), has=["actually disconnect in the evenings"]),
    "burnout and disconnecting after work is the work/life balance topic; Friday = Nov 13",
    name="Nkechi Obi", partner="Laura", quote="outlook")
add("i7-top-en-04", "en", "topics", "checkin", TO, "2026-11-24 21:40",
    "Met Paulo today on Zoom, 30 min. I'm juggling three grant deadlines plus the LibGuides migration, so we spent the time figuring out how to triage it all and what I can push back on.",
    E(M(0, 30, "video", ["time_management"]), has=["juggling three grant deadlines"]),
    "juggling deadlines and triaging work is time management",
    name="Sunita Rao", partner="Paulo")
add("i7-top-en-05", "en", "topics", "checkin", WI, "2026-10-20 13:00",
    "Coffee with Bev yesterday at Forth, an hour-ish. Mostly talked about my job - I just started as a liaison librarian for Nursing in September and I'm still finding my feet.",
    E(M(-1, 60, "in_person", ["current_role"]), has=["I just started as a liaison librarian"]),
    "'my job' (a new liaison position) is the current job topic; coffee at a cafe = in person",
    name="Joy Santos", partner="Bev")
add("i7-top-en-06", "en", "topics", "checkin", VA, "2026-11-03 10:25",
    "Hi there,\n\nJulie and I had a phone call last Thursday (maybe 45 minutes). She thinks I should run for the BCLA executive next spring and talked me through what the treasurer role actually involves.\n\nThanks!\nRaj",
    E(M("wd:thu", 45, "phone", ["committees"]), has=["run for the BCLA executive"]),
    "running for an association executive is the committees/associations topic; last Thursday = Oct 29",
    name="Raj Patel", partner="Julie")
add("i7-top-en-07", "en", "topics", "checkin", TO, "2026-11-26 15:35",
    "Video chat this morning, 50 minutes. Mostly: is it worth paying my own way to the OLA Super Conference in January, and how to pitch a session.",
    E(M(0, 50, "video", ["conferences"]), has=["OLA Super Conference"]),
    "a named conference (OLA Super Conference) is the conferences topic; 'video chat' is one way (video)",
    name="Ngozi Eze", partner="Martin", quote="original")
add("i7-top-en-08", "en", "topics", "checkin", SJ, "2026-10-29 11:45",
    "Date: Oct 28\nLength: 1 hour\nHow: phone\nNotes: we talked about my current role at the MUN library and where I'd like to be in five years.",
    E(M("2026-10-28", 60, "phone", ["current_role", "career_goals"]), has=["where I'd like to be in five years"]),
    "the catalogue's own words: 'current role' and 'in five years' (career goals)",
    name="Arjun Mehta", partner="Kathleen")
add("i7-top-en-09", "en", "topics", "checkin", TO, "2026-11-18 08:20",
    "Met Monday on Google Meet for 40 min, we covered 3 and 12 from your list. Good stuff.",
    E(M("wd:mon", 40, "video", ["interviews", "committees"]), has=["we covered 3 and 12 from your list"]),
    "topic numbers 3 and 12 refer to the quoted check-in list (Interviews; Committees); Monday = Nov 16",
    name="Zainab Hussain", partner="Erin")
add("i7-top-en-10", "en", "topics", "checkin", HA, "2026-11-09 14:55",
    "In person at the Killam on Friday, about 1.5 hours. We compared notes on how our libraries are handling ChatGPT questions at the desk, and she told me about the reorg that merged two of their departments last year.",
    E(M("wd:fri", 90, "in_person", ["technology", "change_management"]), has=["handling ChatGPT questions at the desk"]),
    "ChatGPT at the desk is technology; a reorganisation merging departments is change management",
    name="Mariam Yusuf", partner="Heather", quote="outlook")

# ================================================================= TOPICS (fr)
add("i7-top-fr-01", "fr", "topics", "checkin", TO, "2026-10-21 19:10",
    "Bonsoir,\n\nAppel vidéo hier avec Lucie, environ une heure. Elle m'a raconté comment elle est passée de l'enseignement au primaire à la bibliothéconomie, et pourquoi elle ne l'a jamais regretté.",
    E(M(-1, 60, "video", ["career_path"]), has=["passée de l'enseignement au primaire"]),
    "son passage de l'enseignement à la bibliothéconomie = le parcours",
    name="Kenza Alaoui", partner="Lucie")
add("i7-top-fr-02", "fr", "topics", "checkin", TO, "2026-11-11 12:40",
    "On s'est parlé hier au téléphone (45 min). J'ai pu parler du fait d'être la seule personne racisée dans mon équipe et des commentaires sur mon accent en réunion. Ça m'a fait du bien.",
    E(M(-1, 45, "phone", ["diversity"]), has=["la seule personne racisée dans mon équipe"]),
    "être la seule personne racisée de l'équipe = diversité et identité",
    name="Aïcha Traoré", partner="Isabelle", quote="outlook")
add("i7-top-fr-03", "fr", "topics", "checkin", TO, "2026-11-30 08:05",
    "Rencontre Teams vendredi passé, 1 h. Je lui ai avoué que je suis au bout du rouleau depuis la rentrée; on a parlé de comment décrocher le soir et la fin de semaine.",
    E(M("wd:fri", 60, "video", ["work_life_balance"]), has=["au bout du rouleau"]),
    "être au bout du rouleau et décrocher le soir = conciliation travail-vie personnelle; vendredi = 27 nov.",
    name="Linh Nguyen", partner="Marie-Ève")
add("i7-top-fr-04", "fr", "topics", "checkin", TO, "2026-10-27 16:20",
    "Appel téléphonique de 30 min ce matin. J'ai trois dossiers qui arrivent à échéance la même semaine, alors on a surtout parlé de comment prioriser et dire non.",
    E(M(0, 30, "phone", ["time_management"]), has=["comment prioriser et dire non"]),
    "dossiers à échéance, prioriser = gestion du temps; appel téléphonique ce matin",
    name="Omar Cissé", partner="France")
add("i7-top-fr-05", "fr", "topics", "checkin", TO, "2026-11-06 10:00",
    "Bonjour! Dîner ensemble hier au resto près du campus (1 h 15). On a parlé de mon poste temporaire qui finit en avril et de ce que le syndicat peut faire pour les employés à statut précaire.",
    E(M(-1, 75, "in_person", ["job_precarity"]), has=["mon poste temporaire qui finit en avril"]),
    "poste temporaire, syndicat, statut précaire = précarité d'emploi; dîner au resto = en personne",
    name="Mamadou Ba", partner="Stéphanie")
add("i7-top-fr-06", "fr", "topics", "checkin", TO, "2026-11-19 13:50",
    "Visio lundi, 40 minutes. On a parlé du Congrès des milieux documentaires : elle y présente cette année et m'a encouragée à proposer une affiche l'an prochain.",
    E(M("wd:mon", 40, "video", ["conferences"]), has=["Congrès des milieux documentaires"]),
    "un congrès nommé = participer à des congrès; lundi = 16 nov.",
    name="Sabrina Joseph", partner="Catherine", fmt="latin1")
add("i7-top-fr-07", "fr", "topics", "checkin", TO, "2026-10-16 09:30",
    "Date : 15 octobre\nDurée : 45 min\nMode : téléphone\nNotes : mon poste actuel de technicienne et ma maîtrise à l'EBSI à temps partiel",
    E(M("2026-10-15", 45, "phone", ["current_role"]), has=["mon poste actuel de technicienne"]),
    "« poste actuel » et la maîtrise en cours = emploi ou études actuels",
    name="Roxanne Pierre", partner="Annie")
add("i7-top-fr-08", "fr", "topics", "checkin", TO, "2026-11-25 18:00",
    "On s'est vus hier en personne, 1 h. On a fait les sujets 7 et 12.",
    E(M(-1, 60, "in_person", ["work_life_balance", "committees"]), has=["les sujets 7 et 12"]),
    "sujets 7 et 12 de la liste citée = conciliation et comités",
    name="Jean-Baptiste Nkurunziza", partner="Pierre", quote="gmail")
add("i7-top-fr-09", "fr", "topics", "checkin", TO, "2026-11-04 11:10",
    "Appel vidéo mardi (hier), 50 minutes. On a parlé d'encadrer une équipe : je postule pour devenir cheffe de section et je n'ai jamais eu de personnel sous ma responsabilité.",
    E(M(-1, 50, "video", ["management"]), has=["devenir cheffe de section"]),
    "encadrer une équipe, cheffe de section = gestion",
    name="Soraya Mansour", partner="Nathalie")
add("i7-top-fr-10", "fr", "topics", "checkin", HA, "2026-11-23 14:30",
    "Allô! On s'est rencontrées jeudi passé au Tim près de l'université, à peu près 45 minutes. On a jasé de la réorganisation des services à la bibliothèque : deux départements fusionnent en janvier et tout le monde est inquiet.",
    E(M("wd:thu", 45, "in_person", ["change_management"]), has=["deux départements fusionnent en janvier"]),
    "réorganisation, fusion de départements = gestion du changement; jeudi passé = 19 nov. (Moncton)",
    name="Josiane LeBlanc", partner="Rokia")

# ================================================================= GOALS (en)
add("i7-goal-en-01", "en", "goals", "goals_prompt", TO, "2026-10-06 21:15",
    "Hi Committee,\n\nShort-term I'd like to get my resume into shape and apply to at least three jobs before the holidays. Longer term, I'd love to be head of cataloguing somewhere within the next five to seven years.\n\nThank you for setting this up!\nLeila",
    E(goals=[G("new", "resume", horizon="short"), G("new", "cataloguing", horizon="long")], has=["get my resume into shape"]),
    "one short-term and one long-term goal in the same paragraph: both are new goals",
    name="Leila Farouk", partner="Susan")
add("i7-goal-en-02", "en", "goals", "checkin", VA, "2026-11-13 16:30",
    "No meeting this round, but good news: I finished my cover letter for the Burnaby posting and sent it off last night!",
    E(goals=[G("done", "cover letter")], has=["I finished my cover letter"]),
    "finished cover letter = that goal is done; no meeting logged",
    name="Priyanka Sharma", partner="Doug")
add("i7-goal-en-03", "en", "goals", "midsession", TO, "2026-11-17 12:05",
    "Still working on my LinkedIn, it's about half done. Conversations are going well otherwise.",
    E(goals=[G("in_progress", "linkedin")], has=["Still working on my LinkedIn"]),
    "progress on the LinkedIn goal: in progress",
    name="Tariq Aziz", partner="Norma")
add("i7-goal-en-04", "en", "goals", "checkin", WI, "2026-11-20 09:45",
    "Goal 2 is done!! I got the permanent position. Still can't believe it.\n\nAbena",
    E(goals=[G("done", ref="2")], has=["I got the permanent position"]),
    "numbered goal 2 done",
    name="Abena Mensah", partner="Carol", quote="outlook")
add("i7-goal-en-05", "en", "goals", "midsession", HA, "2026-11-18 19:20",
    "Update on goal 1: sent three applications so far, two more to go before the end of the session.",
    E(goals=[G("in_progress", ref="1")], has=["sent three applications so far"]),
    "progress on numbered goal 1: in progress",
    name="Diego Ramirez", partner="Anne", quote="gmail")
add("i7-goal-en-06", "en", "goals", "goals_prompt", VA, "2026-10-07 08:40",
    "Short term: practice answering behavioural interview questions out loud\nLong term: move into an instruction coordinator role\n\nLooking forward to working with Sandra!\n\nCheers and thanks for organizing,\nDev",
    E(goals=[G("new", "interview", horizon="short"), G("new", "instruction", horizon="long")], has=["move into an instruction coordinator role"]),
    "two goal lines; the friendly sign-off is not a goal",
    name="Devendra Singh", partner="Sandra")
add("i7-goal-en-07", "en", "goals", "midsession", TO, "2026-11-19 10:10",
    "I'm going to drop goal 3 (the data management certificate). It's just not realistic with my workload this fall. The other two still fit.",
    E(goals=[G("dropped", ref="3")], has=["drop goal 3"]),
    "goal 3 dropped",
    name="Hyun-woo Park", partner="Janet")
add("i7-goal-en-08", "en", "goals", "midsession", SJ, "2026-11-16 13:35",
    "Goal 1 (CV) - done, Brenda went through it line by line.\nGoal 2 - still in progress, I have one informational interview booked.",
    E(goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["Brenda went through it line by line"]),
    "two numbered updates: goal 1 done, goal 2 in progress",
    name="Ravi Chandran", partner="Brenda", quote="outlook")
add("i7-goal-en-09", "en", "goals", "checkin", TO, "2026-12-01 11:55",
    "One more short-term goal for me: do a mock interview with Jordan before my Dec 10 interview at Hamilton Public.",
    E(goals=[G("new", "mock interview", horizon="short")], has=["One more short-term goal for me"]),
    "a new short-term goal added in prose; the interview is a plan, not a meeting",
    name="Amara Okafor", partner="Jordan")
add("i7-goal-en-10", "en", "goals", "goals_prompt", WI, "2026-10-08 15:00",
    "For myself as a mentor: in the short term I want to get better at giving honest feedback on CVs, and long term I'm hoping to move into a director role at a regional library system.",
    E(goals=[G("new", "feedback", horizon="short"), G("new", "director", horizon="long")], has=["get better at giving honest feedback"]),
    "a mentor's short-term and long-term goal in one sentence: two new goals",
    name="Sharon Lee", partner="Kofi", quote="original")

# ================================================================= GOALS (fr)
add("i7-goal-fr-01", "fr", "goals", "goals_prompt", TO, "2026-10-05 20:30",
    "Court terme : refaire mon CV et postuler à deux postes en bibliothèque publique\nLong terme : devenir gestionnaire d'une succursale",
    E(goals=[G("new", "cv", horizon="short"), G("new", "gestionnaire", horizon="long")], has=["refaire mon CV"]),
    "deux lignes d'objectifs : un court terme, un long terme",
    name="Hoda Saleh", partner="Manon")
add("i7-goal-fr-02", "fr", "goals", "checkin", TO, "2026-11-10 17:45",
    "Petite nouvelle : j'ai terminé mon portfolio! Il est en ligne depuis dimanche. Pas de rencontre cette fois-ci, on se reprend la semaine prochaine.",
    E(goals=[G("done", "portfolio")], has=["j'ai terminé mon portfolio"]),
    "portfolio terminé = objectif atteint; aucune rencontre consignée",
    name="Djamila Ouali", partner="Julie")
add("i7-goal-fr-03", "fr", "goals", "midsession", TO, "2026-11-18 08:30",
    "objectif 2 : terminé\n\nMerci!",
    E(goals=[G("done", ref="2")], has=["objectif 2"]),
    "mise à jour numérotée : objectif 2 terminé",
    name="Van Tran", partner="Line", quote="iphone", mobile="Envoyé de mon iPhone")
add("i7-goal-fr-04", "fr", "goals", "goals_prompt", TO, "2026-10-06 12:15",
    "Bonjour,\n\nMon objectif à court terme, c'est de décrocher un poste permanent d'ici l'été; à plus long terme, j'aimerais enseigner comme chargée de cours à l'EBSI.\n\nBonne journée,\nMyriam",
    E(goals=[G("new", "permanent", horizon="short"), G("new", "enseigner", horizon="long")], has=["décrocher un poste permanent"]),
    "un objectif à court terme et un à long terme dans la même phrase",
    name="Myriam Haddad", partner="Chantal", quote="outlook")
add("i7-goal-fr-05", "fr", "goals", "midsession", TO, "2026-11-17 14:00",
    "Je travaille encore sur mon profil LinkedIn (objectif 1), c'est à moitié fait. On se voit la semaine prochaine.",
    E(goals=[G("in_progress", ref="1")], has=["à moitié fait"]),
    "objectif 1 en cours",
    name="Faisal Rahimi", partner="Sophie")
add("i7-goal-fr-06", "fr", "goals", "midsession", TO, "2026-11-19 21:05",
    "J'abandonne l'objectif 3. Finalement le certificat en gestion ne cadre pas avec mon horaire cet automne.",
    E(goals=[G("dropped", ref="3")], has=["J'abandonne l'objectif 3"]),
    "objectif 3 abandonné",
    name="Bintou Keita", partner="Claire", quote="gmail")
add("i7-goal-fr-07", "fr", "goals", "checkin", HA, "2026-11-24 10:20",
    "Objectif 1 : fait!\nObjectif 2 : en cours, j'ai envoyé une candidature à la bibliothèque de Dieppe.",
    E(goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["j'ai envoyé une candidature"]),
    "deux mises à jour numérotées : 1 atteint, 2 en cours",
    name="Patrick Cormier", partner="Nour")
add("i7-goal-fr-08", "fr", "goals", "checkin", TO, "2026-11-03 09:40",
    "Nouvel objectif à court terme : préparer ma présentation pour le congrès de l'ABQLA au printemps.",
    E(goals=[G("new", "présentation", horizon="short")], has=["préparer ma présentation"]),
    "un nouvel objectif à court terme",
    name="Élodie Ntumba", partner="Rachel", fmt="qp")
add("i7-goal-fr-09", "fr", "goals", "goals_prompt", WI, "2026-10-07 19:55",
    "Court terme : suivre la formation sur les métadonnées offerte par l'ABQLA\nLong terme : obtenir un poste de bibliothécaire de catalogage\n\nAu plaisir de travailler avec Lise!\nBonne soirée,\nAmadou",
    E(goals=[G("new", "formation", horizon="short"), G("new", "catalogage", horizon="long")], has=["suivre la formation sur les métadonnées"]),
    "deux objectifs; la salutation finale n'est pas un objectif",
    name="Amadou Sow", partner="Lise")
add("i7-goal-fr-10", "fr", "goals", "checkin", TO, "2026-11-26 13:15",
    "J'ai fini de mettre à jour mon CV, c'était mon objectif principal pour la session. Maintenant j'attaque les offres!",
    E(goals=[G("done", "cv")], has=["J'ai fini de mettre à jour mon CV"]),
    "CV mis à jour = objectif atteint",
    name="Ines Bouzid", partner="Mireille", quote="outlook")

# ================================================================= COMMANDS (en)
add("i7-cmd-en-01", "en", "commands", "nudge", TO, "2026-11-30 08:10",
    "I'm back! Sorry for disappearing for a few weeks, family stuff. Ready to pick things up again with Jordan.",
    E(commands=[C("resume")], has=["Ready to pick things up again"]),
    "'I'm back' after a break = resume",
    name="Nadia Khan", partner="Jordan")
add("i7-cmd-en-02", "en", "commands", "checkin", VA, "2026-12-02 10:30",
    "Could you pause my reminders until January 4? I'm off for the holidays and won't be checking email.",
    E(commands=[C("pause", "2027-01-04")], has=["pause my reminders until January 4"]),
    "a pause asked as a question, until Jan 4 2027",
    name="Kenji Watanabe", partner="Lorraine", quote="gmail")
add("i7-cmd-en-03", "en", "commands", "nudge", TO, "2026-11-09 14:45",
    "We're buried in accreditation prep until November 27. Can you hold off on the reminders until then? Haruto knows, we'll catch up after.",
    E(commands=[C("pause", "2026-11-27")], has=["hold off on the reminders until then"]),
    "'until then' refers to Nov 27 written earlier in the sentence",
    name="Mina Sato", partner="Haruto", quote="outlook")
add("i7-cmd-en-04", "en", "commands", "wrapup", HA, "2026-12-01 20:05",
    "> Rating:\n4\n\n> What worked well?\nHaving someone outside my institution to think out loud with.\n\n> What could be better?\nThe check-ins came a bit too often for me.\n\n> Would you take part again, perhaps one day as a mentor?\nYes!\n\nThanks,\nSamira\n\nOn Mon, Nov 30, 2026 at 9:00 AM Mentorship Program <mentorat+q3xk7v2mfa9d@mentorat-bibliotheques.ca> wrote:\n> Hi Samira,\n>\n> The session has come to an end. Thank you for the time and care you\n> gave it with Beth: 4 meetings logged and 1 goal reached.",
    E(commands=[C("rating", value=4)], has=["someone outside my institution to think out loud with"]),
    "survey answered inline under the quoted questions; the rating 4 sits under '> Rating:'",
    name="Samira Benali", partner="Beth", quote="none")
add("i7-cmd-en-05", "en", "commands", "checkin", TO, "2026-11-12 11:25",
    "Oops, I think I logged yesterday's meeting twice (Maya logged it too). Please undo the last one I sent.",
    E(commands=[C("undo")], has=["Please undo the last one I sent"]),
    "undo the last log; the meeting is mentioned only as already logged, so no new meeting",
    name="Anil Kapoor", partner="Maya")
add("i7-cmd-en-06", "en", "commands", "checkin", WI, "2026-11-05 16:50",
    "Hi,\n\nI've accepted a position outside the library field and I'd like to withdraw from the mentorship program. I've already told Gary. Thanks for everything.\n\nRegards,\nSina",
    E(commands=[C("stop")], has=["I'd like to withdraw from the mentorship program"]),
    "a clear request to leave the program = stop",
    name="Sina Rahmani", partner="Gary", quote="outlook")
add("i7-cmd-en-07", "en", "commands", "checkin", TO, "2026-10-19 09:05",
    "help",
    E(commands=[C("help")], has=["help"]),
    "a one-word 'help' reply",
    name="Olu Bakare", partner="Frances", quote="iphone", mobile="Sent from my iPhone")
add("i7-cmd-en-08", "en", "commands", "nudge", VA, "2026-11-20 12:00",
    "Could you send fewer reminders? We're meeting regularly, we just don't always log it right away, and the nudges feel like a lot.",
    E(commands=[C("fewer_reminders")], has=["Could you send fewer reminders"]),
    "asks for fewer reminders; meeting regularly is a habit, not a log",
    name="Grace Liu", partner="Ellen")
add("i7-cmd-en-09", "en", "commands", "digest", TO, "2026-11-16 07:55",
    "Thanks, but I don't really need the digest emails, please turn them off. Alina and I keep track of everything ourselves.",
    E(commands=[C("digest_off")], has=["please turn them off"]),
    "a mentor asks to stop the digest = digest_off (not leaving the program)",
    name="Robert Fontaine", partner="Alina", quote="outlook")
add("i7-cmd-en-10", "en", "commands", "wrapup", SJ, "2026-11-30 19:30",
    "I'd give the whole thing a 5 out of 5. Tanvir was generous with his time and I came away with a much stronger CV. Would absolutely do it again, maybe as a mentor next time.",
    E(commands=[C("rating", value=5)], has=["a 5 out of 5"]),
    "rating given in prose: 5",
    name="Shirin Ahmadi", partner="Tanvir")

# ================================================================= COMMANDS (fr)
add("i7-cmd-fr-01", "fr", "commands", "nudge", TO, "2026-11-23 08:30",
    "De retour de vacances! Vous pouvez reprendre l'envoi des rappels.",
    E(commands=[C("resume")], has=["De retour de vacances"]),
    "« de retour » + reprendre les rappels = resume",
    name="Laila Amrani", partner="Josée")
add("i7-cmd-fr-02", "fr", "commands", "checkin", TO, "2026-11-26 10:05",
    "Bonjour, est-ce possible de mettre mes rappels en pause jusqu'au 15 décembre? Fin de session très chargée à la bibliothèque.",
    E(commands=[C("pause", "2026-12-15")], has=["jusqu'au 15 décembre"]),
    "pause demandée sous forme de question, jusqu'au 15 déc.",
    name="Hakim Boudreau", partner="Sylvie", quote="outlook")
add("i7-cmd-fr-03", "fr", "commands", "nudge", TO, "2026-11-10 13:20",
    "Je suis en congé de maladie jusqu'au 30 novembre; pourriez-vous suspendre les courriels d'ici là? Ma mentore est au courant.",
    E(commands=[C("pause", "2026-11-30")], has=["suspendre les courriels d'ici là"]),
    "« d'ici là » renvoie au 30 novembre écrit plus tôt",
    name="Ndeye Fall", partner="Brigitte")
add("i7-cmd-fr-04", "fr", "commands", "wrapup", TO, "2026-12-01 11:40",
    "> Évaluation :\n4\n\n> Qu'est-ce qui a bien fonctionné?\nLa flexibilité, on se parlait quand ça nous convenait.\n\n> Qu'est-ce qui pourrait être amélioré?\nUn peu plus de temps, deux mois c'est court.\n\nLe lun. 30 nov. 2026, à 09 h 00, Programme de mentorat <mentorat+w8hn4c5tzr2p@mentorat-bibliotheques.ca> a écrit :\n> Bonjour Rania,\n>\n> La session est terminée. Merci pour le temps et l'attention que vous\n> y avez consacrés avec Manon.",
    E(commands=[C("rating", value=4)], has=["deux mois c'est court"]),
    "réponses intercalées sous les questions citées; la note 4 est sous « > Évaluation : »",
    name="Rania Haddad", partner="Manon", quote="none")
add("i7-cmd-fr-05", "fr", "commands", "checkin", TO, "2026-11-13 15:10",
    "Pouvez-vous annuler la dernière rencontre que j'ai consignée? Je me suis trompée, c'était une rencontre prévue, pas faite.",
    E(commands=[C("undo")], has=["annuler la dernière rencontre"]),
    "annulation de la dernière consignation, demandée sous forme de question = undo",
    name="Mariama Diop", partner="Karine", quote="gmail")
add("i7-cmd-fr-06", "fr", "commands", "midsession", TO, "2026-11-18 09:55",
    "Bonjour,\n\nPour des raisons personnelles, je dois malheureusement me retirer du programme de mentorat. J'en ai parlé à Francine. Merci de votre compréhension.\n\nWalid",
    E(commands=[C("stop")], has=["je dois malheureusement me retirer du programme"]),
    "demande claire de quitter le programme = stop",
    name="Walid Chaouch", partner="Francine", quote="outlook")
add("i7-cmd-fr-07", "fr", "commands", "checkin", TO, "2026-10-20 12:30",
    "AIDE",
    E(commands=[C("help")], has=["AIDE"]),
    "réponse d'un mot : aide = help",
    name="Ousmane Camara", partner="Denise", quote="iphone", mobile="Envoyé de mon iPhone")
add("i7-cmd-fr-08", "fr", "commands", "nudge", TO, "2026-11-20 16:25",
    "Moins de rappels svp! Un par mois me suffirait amplement.",
    E(commands=[C("fewer_reminders")], has=["Moins de rappels svp"]),
    "demande de moins de rappels = fewer_reminders",
    name="Thuy Hoang", partner="Louise")
add("i7-cmd-fr-09", "fr", "commands", "digest", WI, "2026-11-16 08:45",
    "Plus besoin du bilan aux deux semaines, merci de le désactiver. Je fais le suivi directement avec Yannick.",
    E(commands=[C("digest_off")], has=["merci de le désactiver"]),
    "désactiver le bilan = digest_off (pas quitter le programme)",
    name="Gisèle Fournier", partner="Yannick", quote="outlook")
add("i7-cmd-fr-10", "fr", "commands", "wrapup", TO, "2026-12-02 14:50",
    "Bonjour,\n\nJe donnerais 3 sur 5. Le jumelage était bon, mais nos horaires ne concordaient presque jamais et on a eu seulement deux vraies rencontres.\n\nMerci quand même pour l'organisation!",
    E(commands=[C("rating", value=3)], has=["Je donnerais 3 sur 5"]),
    "note donnée en prose : 3; « deux vraies rencontres » n'est pas un journal daté",
    name="Adama Koné", partner="Monique")

# ================================================================= QUESTION (en)
add("i7-q-en-01", "en", "question", "checkin", TO, "2026-10-23 13:40",
    "Hi, is there any funding available for mentees to attend conferences? Jenna mentioned the OLA Super Conference and I'd love to go but it's pricey.",
    E(question=True, has=["is there any funding available"]),
    "asks the committee about conference funding",
    name="Yusuf Ali", partner="Jenna")
add("i7-q-en-02", "en", "question", "nudge", VA, "2026-11-18 20:10",
    "To be honest we haven't met. My mentor hasn't replied to my last three emails and I'm not sure what to do at this point. I don't want to be pushy.",
    E(question=True, has=["hasn't replied to my last three emails"]),
    "a problem in the pair that needs the committee's help, without a question mark",
    name="Parisa Tehrani", partner="Mark", quote="gmail")
add("i7-q-en-03", "en", "question", "wrapup", HA, "2026-11-30 18:20",
    "Rating: 5\n\nCan Tamara and I keep meeting after the session ends? And would we still get the check-in emails if we do?",
    E(commands=[C("rating", value=5)], question=True, has=["keep meeting after the session ends"]),
    "survey rating 5 plus a question for the committee",
    name="Oksana Dhillon", partner="Tamara")
add("i7-q-en-04", "en", "question", "checkin", TO, "2026-11-04 10:50",
    "Would it be okay to invite a second mentor into one of our calls? Liam knows someone in special collections who'd be great for me to talk to.",
    E(question=True, has=["invite a second mentor into one of our calls"]),
    "asks permission from the committee",
    name="Chloe Wong", partner="Liam", quote="outlook")
add("i7-q-en-05", "en", "question", "confidentiality", WI, "2026-10-09 22:05",
    "My partner has made a couple of comments about my accent in the emails we've exchanged so far, and it has made me uncomfortable. I'd like to talk to someone on the committee about how to handle it before we set up our first call.",
    E(question=True, has=["talk to someone on the committee"]),
    "asks for help with a problem in the pair (no 'question' word, no question mark)",
    name="Adaeze Nwosu", partner="Glen")
add("i7-q-en-06", "en", "question", "checkin", TO, "2026-11-06 09:20",
    "Thanks for the reminder! All good on our end, no questions for now. We're meeting again next week.",
    E(has=["no questions for now"]),
    "says explicitly there is no question; a planned meeting is not a log",
    name="Marcus Chen", partner="Dina")
add("i7-q-en-07", "en", "question", "checkin", SJ, "2026-11-24 15:15",
    "We met yesterday by video for 30 min. Also, is there some kind of certificate of participation we can get at the end? My employer counts it for PD hours.",
    E(M(-1, 30, "video"), question=True, has=["certificate of participation"]),
    "a meeting log plus a question for the committee",
    name="Anjali Desai", partner="Patrick")
add("i7-q-en-08", "en", "question", "midsession", VA, "2026-11-17 12:35",
    "Who should I contact if I need to switch partners? Nothing dramatic, our schedules just never line up (she's in Halifax and works evenings).",
    E(question=True, has=["if I need to switch partners"]),
    "asks the committee about changing partners",
    name="Bao Tran", partner="Gail", quote="outlook")
add("i7-q-en-09", "en", "question", "checkin", TO, "2026-11-27 17:50",
    "Had coffee with Sam today near Union Station. Who knew metadata could be this much fun? She's converted me.",
    E(M(0, None, "in_person", ["specialties"]), has=["Who knew metadata could be this much fun"]),
    "a rhetorical question is not a question for the committee; coffee = in person, today",
    name="Felix Mwangi", partner="Sam", quote="iphone", mobile="Sent from my iPhone")
add("i7-q-en-10", "en", "question", "", TO, "2026-10-03 11:00",
    "I wasn't sure whether the mentee is expected to send the agenda before each meeting or the mentor. What's the norm in this program?",
    E(question=True, has=["What's the norm in this program"]),
    "asks the committee how the program works",
    name="Rania Salem", partner="Owen", quote="none", subject="Agenda - who sends it?")

# ================================================================= QUESTION (fr)
add("i7-q-fr-01", "fr", "question", "wrapup", TO, "2026-12-01 09:15",
    "Évaluation : 4\n\nEst-ce que le comité peut me fournir une attestation de participation pour mon dossier de formation continue à la CBPQ?",
    E(commands=[C("rating", value=4)], question=True, has=["attestation de participation"]),
    "note 4 et une demande au comité",
    name="Nassima Larbi", partner="Hélène")
add("i7-q-fr-02", "fr", "question", "nudge", TO, "2026-11-19 21:30",
    "Ma mentore annule nos rencontres à la dernière minute depuis un mois. Je ne sais plus trop comment aborder ça avec elle sans créer de malaise.",
    E(question=True, has=["annule nos rencontres à la dernière minute"]),
    "problème dans le duo pour lequel on demande de l'aide, sans point d'interrogation",
    name="Fadila Zerrouki", partner="Danielle", quote="outlook")
add("i7-q-fr-03", "fr", "question", "checkin", TO, "2026-10-22 14:05",
    "Je me demandais si on pouvait faire nos rencontres en anglais même si on est inscrites dans le volet francophone. Ce serait plus simple pour ma mentore.",
    E(question=True, has=["Je me demandais si on pouvait faire nos rencontres en anglais"]),
    "question indirecte au comité (« je me demandais si »)",
    name="Sarah Kamga", partner="Jennifer")
add("i7-q-fr-04", "fr", "question", "midsession", TO, "2026-11-17 16:40",
    "Est-il possible de changer de jumelage pour la deuxième moitié de la session?",
    E(question=True, has=["changer de jumelage"]),
    "demande au comité",
    name="Youssef Amar", partner="Caroline", quote="gmail")
add("i7-q-fr-05", "fr", "question", "checkin", TO, "2026-11-05 08:50",
    "Merci pour le rappel, tout va bien de notre côté! On se reparle bientôt.",
    E(has=["tout va bien de notre côté"]),
    "aucune question; aucune rencontre consignée",
    name="Aminata Touré", partner="Julie")
add("i7-q-fr-06", "fr", "question", "midsession", TO, "2026-11-18 11:25",
    "Bonjour! Comment est-ce qu'on fait pour proposer un atelier au comité pour la prochaine cohorte? J'aurais une idée sur les entrevues en milieu universitaire.",
    E(question=True, has=["proposer un atelier au comité"]),
    "question au comité",
    name="Ibrahim Diallo", partner="Suzanne")
add("i7-q-fr-07", "fr", "question", "checkin", TO, "2026-11-26 19:45",
    "Rencontre hier au téléphone, 1 h.\n\nQuestion : est-ce qu'on peut prolonger la session d'un mois? On commence à peine à aborder les vrais sujets.",
    E(M(-1, 60, "phone"), question=True, has=["prolonger la session d'un mois"]),
    "une rencontre consignée et une question explicite",
    name="Leïla Benhamou", partner="Nicole", quote="outlook")
add("i7-q-fr-08", "fr", "question", "wrapup", TO, "2026-12-02 10:10",
    "J'aimerais savoir si les personnes mentores reçoivent aussi le sondage, ou si c'est à moi de transmettre les commentaires de Gilles.",
    E(question=True, has=["J'aimerais savoir si les personnes mentores"]),
    "question indirecte (« j'aimerais savoir si »); aucune note donnée",
    name="Mouna Sefrioui", partner="Gilles")
add("i7-q-fr-09", "fr", "question", "confidentiality", TO, "2026-10-08 13:00",
    "Bien reçu, merci. C'est rassurant de savoir que nos notes restent entre nous.",
    E(has=["C'est rassurant"]),
    "simple accusé de lecture : aucune question",
    name="Hawa Sangaré", partner="Martine", quote="iphone", mobile="Envoyé de mon iPhone")
add("i7-q-fr-10", "fr", "question", "checkin", "America/Edmonton", "2026-11-09 15:30",
    "Bonjour, y a-t-il un groupe ou une liste de diffusion pour les participants francophones hors Québec? Je suis à Edmonton et je me sens un peu isolée.",
    E(question=True, has=["hors Québec"]),
    "question au comité (francophone de l'Alberta)",
    name="Nathalie Mbaye", partner="Suzie")

# ================================================================= NOT_MEETING (en)
add("i7-nm-en-01", "en", "not_meeting", "wrapup", TO, "2026-11-30 12:15",
    "Rating: 5\n\nWhat worked well? We met about every two weeks, usually on Zoom at lunch, and Kwame always came prepared.\n\nWhat could be better? Nothing really.",
    E(commands=[C("rating", value=5)], has=["We met about every two weeks"]),
    "a survey answer describing how often they met is a habit, not a meeting log",
    name="Esther Boateng", partner="Kwame")
add("i7-nm-en-02", "en", "not_meeting", "nudge", VA, "2026-11-12 09:40",
    "Please don't send me so many emails. Between the check-ins and these nudges it's three a week, and Ryan and I talk anyway.",
    E(commands=[C("fewer_reminders")], has=["don't send me so many emails"]),
    "'don't send me emails' asks for less mail (fewer reminders); it is not a meeting by email",
    name="Jun Takahashi", partner="Ryan")
add("i7-nm-en-03", "en", "not_meeting", "checkin", TO, "2026-11-10 15:30",
    "Not yet! We're planning to meet next Thursday on Zoom, I'll report back after.",
    E(has=["planning to meet next Thursday"]),
    "a plan only: no meeting happened",
    name="Aaliyah Grant", partner="Melissa", quote="gmail")
add("i7-nm-en-04", "en", "not_meeting", "checkin", HA, "2026-11-19 18:55",
    "We were supposed to meet yesterday but Anne had to cancel (sick kid). We're rescheduling for sometime next week.",
    E(has=["Anne had to cancel"]),
    "a cancelled meeting is not a meeting",
    name="Kiran Bhatt", partner="Anne")
add("i7-nm-en-05", "en", "not_meeting", "midsession", WI, "2026-11-17 08:25",
    "It's going well. We usually talk by phone every other Friday, which works for both of us. Goals still fit.",
    E(has=["every other Friday"]),
    "a habit ('usually every other Friday') is not a dated meeting log",
    name="Precious Moyo", partner="Diane", quote="outlook")
add("i7-nm-en-06", "en", "not_meeting", "checkin", TO, "2026-12-01 13:05",
    "Just booked a coffee with Raj for Dec 9 at Pilot on Queen East. Will log it after!",
    E(has=["booked a coffee with Raj for Dec 9"]),
    "a future meeting (Dec 9) is not logged",
    name="Shreya Iyer", partner="Raj")
add("i7-nm-en-07", "en", "not_meeting", "midsession", TO, "2026-11-18 20:40",
    "Yes, our conversations are covering what I hoped, and the goals still fit. In the second half I'd like us to do a mock interview.",
    E(has=["our conversations are covering what I hoped"]),
    "answers to the mid-session questions; nothing logged",
    name="Adrian Pillay", partner="Lynn", fmt="flowed")
add("i7-nm-en-08", "en", "not_meeting", "nudge", SJ, "2026-11-02 10:15",
    "Haven't managed to meet yet, we keep missing each other between my shifts and her kids' schedule. Trying again next week.",
    E(has=["Haven't managed to meet yet"]),
    "explicitly says they have not met",
    name="Nimmi Fernando", partner="Colleen")
add("i7-nm-en-09", "en", "not_meeting", "digest", TO, "2026-11-16 11:30",
    "Thanks, this all looks right to me!",
    E(has=["this all looks right to me"]),
    "the only meeting is in the quoted digest; the reply logs nothing",
    name="Stephen Ng", partner="Leena", quote="outlook")
add("i7-nm-en-10", "en", "not_meeting", "checkin", VA, "2026-11-13 14:20",
    "No meeting this round: Chen is on vacation in Taiwan until the 20th. We'll pick it up when she's back.",
    E(has=["No meeting this round"]),
    "no meeting; the partner's vacation is not a pause for the sender",
    name="Michael Lam", partner="Chen")

# ================================================================= NOT_MEETING (fr)
add("i7-nm-fr-01", "fr", "not_meeting", "wrapup", TO, "2026-12-01 10:45",
    "Évaluation : 4\n\nQu'est-ce qui a bien fonctionné? On se parlait environ aux deux semaines par Teams, c'était parfait.",
    E(commands=[C("rating", value=4)], has=["environ aux deux semaines par Teams"]),
    "la fréquence des rencontres dans le sondage est une habitude, pas une rencontre",
    name="Rokhaya Ndiaye", partner="Claude")
add("i7-nm-fr-02", "fr", "not_meeting", "nudge", TO, "2026-11-13 17:35",
    "Pas besoin de m'envoyer autant de courriels, on s'écrit déjà chaque semaine, ma mentore et moi.",
    E(commands=[C("fewer_reminders")], has=["Pas besoin de m'envoyer autant de courriels"]),
    "demande de moins de courriels; « on s'écrit chaque semaine » est une habitude, pas une rencontre par courriel",
    name="Souad Khalil", partner="Isabelle")
add("i7-nm-fr-03", "fr", "not_meeting", "checkin", TO, "2026-11-05 12:00",
    "Pas encore, mais on a prévu de se voir jeudi prochain au Café Saint-Henri.",
    E(has=["on a prévu de se voir jeudi prochain"]),
    "un projet de rencontre seulement",
    name="Tam Nguyen", partner="Virginie", quote="outlook")
add("i7-nm-fr-04", "fr", "not_meeting", "checkin", TO, "2026-11-27 09:10",
    "Notre rencontre de mardi a été annulée à cause de la tempête. On essaie de la reprendre la semaine prochaine.",
    E(has=["a été annulée"]),
    "rencontre annulée = aucune rencontre",
    name="Mehdi Tahiri", partner="Audrey")
add("i7-nm-fr-05", "fr", "not_meeting", "midsession", TO, "2026-11-17 13:20",
    "Ça va bien! On se parle habituellement le lundi midi par téléphone. Rien à changer pour la deuxième moitié.",
    E(has=["habituellement le lundi midi"]),
    "habitude, pas une rencontre datée",
    name="Fanta Coulibaly", partner="Pascale", quote="gmail")
add("i7-nm-fr-06", "fr", "not_meeting", "nudge", HA, "2026-10-26 19:05",
    "Pas encore eu de rencontre, nos horaires ne concordent pas du tout. Je vais lui proposer d'autres plages.",
    E(has=["nos horaires ne concordent pas"]),
    "dit explicitement qu'il n'y a pas eu de rencontre",
    name="Rémi Arsenault", partner="Hind")
add("i7-nm-fr-07", "fr", "not_meeting", "digest", TO, "2026-11-16 10:05",
    "Merci, tout est exact.",
    E(has=["tout est exact"]),
    "la seule rencontre est dans le bilan cité",
    name="Lucien Mbala", partner="Maude", quote="outlook")
add("i7-nm-fr-08", "fr", "not_meeting", "midsession", TO, "2026-11-18 15:50",
    "Oui, nos échanges couvrent ce que j'espérais. On aimerait se voir plus souvent en personne dans la deuxième moitié.",
    E(has=["nos échanges couvrent ce que j'espérais"]),
    "réponses à mi-parcours; aucune rencontre consignée",
    name="Zahra Moussa", partner="Valérie")
add("i7-nm-fr-09", "fr", "not_meeting", "checkin", TO, "2026-11-26 08:20",
    "Rendez-vous fixé au 3 décembre par Zoom. Je vous redis comment ça s'est passé!",
    E(has=["Rendez-vous fixé au 3 décembre"]),
    "rencontre future (3 déc.), pas encore eue",
    name="Christelle Mbappe", partner="Diane", quote="iphone", mobile="Envoyé de mon iPhone")
add("i7-nm-fr-10", "fr", "not_meeting", "checkin", TO, "2026-11-11 14:15",
    "Pas de rencontre cette fois, mais ma mentore m'a envoyé un super article sur l'IA en bibliothèque universitaire. On en discute la semaine prochaine.",
    E(has=["un super article sur l'IA"]),
    "partage d'un article, pas une rencontre",
    name="Kadiatou Barry", partner="Odile")

# ================================================================= CLASSIFICATION
def RAW(cid, when, tz, frm, subject, body, headers=(), ctype='text/plain; charset="UTF-8"', cte="8bit", to=None, utc=False):
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    t = tok(cid)
    H = [("From", addr(*_split(frm))), ("To", to or "Mentorship Program <mentorat+%s@%s>" % (t, PROG_DOMAIN)),
         ("Subject", hdr_encode(subject)), ("Date", fmt_date_hdr(local.astimezone(dt.timezone.utc) if utc else local)),
         ("Message-ID", "<%s@%s>" % (hashlib.md5(cid.encode()).hexdigest(), "mx.example.net"))]
    H += list(headers)
    H += [("MIME-Version", "1.0"), ("Content-Type", ctype)]
    if cte:
        H.append(("Content-Transfer-Encoding", cte))
    return _join(H, body)


def cls(cid, lang, tz, when, klass, note, **kw):
    raw = RAW(cid, when, tz, **kw)
    add(cid, lang, "classification", "", tz, when, "", {"class": klass}, note, raw=raw)


def REPORT(cid, orig_to, reason, human, lang="en"):
    b = "b1_" + hashlib.md5(cid.encode()).hexdigest()[:12]
    t = tok(cid)
    return ('multipart/report; report-type=delivery-status; boundary="%s"' % b,
            "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n\n"
            "--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 %s\n\n"
            "--%s\nContent-Type: text/rfc822-headers\n\nFrom: Mentorship Program <mentorat+%s@%s>\nTo: %s\nSubject: %s\n\n--%s--\n"
            % (b, human, b, orig_to, reason, b, t, PROG_DOMAIN, orig_to,
               "Check-in 3: have you met Jordan again?" if lang == "en" else "Suivi 3 : une autre rencontre avec Julie?", b))


cls("i7-cls-en-01", "en", TO, "2026-11-10 09:02", "auto_reply",
    "an out-of-office with a List-Id header (relayed through a staff list) is still an auto-reply",
    frm="Winston Charles <wcharles@library.example.ca>", subject="Out of Office: Check-in 3: have you met Jordan again?",
    headers=[("List-Id", "Reference Staff <refstaff.library.example.ca>"), ("In-Reply-To", "<abc.checkin@%s>" % PROG_DOMAIN)],
    body="Thank you for your email. I am out of the office until Monday, November 16 with limited access to email.\n\nFor urgent reference matters please contact refdesk@library.example.ca.\n\nWinston Charles\nReference Librarian")
cls("i7-cls-en-02", "en", VA, "2026-10-28 07:30", "auto_reply",
    "an away message with Precedence: junk is an auto-reply",
    frm="Lena Wu <lena.wu@vpl.example.ca>", subject="Away until Monday",
    headers=[("Precedence", "junk"), ("In-Reply-To", "<def.nudge@%s>" % PROG_DOMAIN)],
    body="Hi, I'm away from my desk until Monday, Nov 2 and will reply when I return.\n\nLena")
cls("i7-cls-en-03", "en", TO, "2026-11-20 10:11", "auto_reply",
    "German out-of-office subject (Abwesenheitsnotiz) with no auto-reply headers",
    frm="Katrin Vogel <k.vogel@uni-example.de>", subject="Abwesenheitsnotiz: Check-in 3: have you met Jordan again?",
    body="Vielen Dank für Ihre Nachricht. Ich bin bis zum 30. November nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.\n\nMit freundlichen Grüßen\nKatrin Vogel")
cls("i7-cls-en-04", "en", TO, "2026-11-03 08:45", "auto_reply",
    "Polish out-of-office subject (Automatyczna odpowiedź)",
    frm="Agnieszka Kowalska <a.kowalska@example.pl>", subject="Automatyczna odpowiedź: Check-in 3: have you met Jordan again?",
    body="Dzień dobry,\n\njestem na urlopie do 9 listopada. W pilnych sprawach proszę o kontakt z biblioteka@example.pl.\n\nPozdrawiam,\nAgnieszka Kowalska")
ct, bd = REPORT("i7-cls-en-05", "m.okoro@example.ca", "<m.okoro@example.ca>: Recipient address rejected: User unknown",
                "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<m.okoro@example.ca>: host mail.example.ca said: 550 5.1.1 User unknown")
cls("i7-cls-en-05", "en", TO, "2026-11-09 09:01", "bounce",
    "a delivery-status bounce from a MAILER-DAEMON sender without @",
    frm="MAILER-DAEMON", subject="Undelivered Mail Returned to Sender", ctype=ct, cte=None, body=bd,
    headers=[("Auto-Submitted", "auto-replied")])
ct, bd = REPORT("i7-cls-en-06", "tpatel@library.example.org", "RESOLVER.ADR.RecipNotFound; not found",
                "Your message to tpatel@library.example.org couldn't be delivered.\n\ntpatel wasn't found at library.example.org.\n\nOffice 365")
cls("i7-cls-en-06", "en", TO, "2026-10-15 14:20", "bounce",
    "an Office 365 non-delivery report from a no-reply postmaster",
    frm="Microsoft Outlook <postmaster-noreply@library.example.org>", subject="Undeliverable: Check-in 3: have you met Jordan again?", ctype=ct, cte=None, body=bd)
cls("i7-cls-en-07", "en", TO, "2026-11-18 06:00", "bulk",
    "a newsletter from a no-reply sender with an unsubscribe link but no list headers",
    frm="OLA Member News <no-reply@news.accessola.example>", subject="Super Conference 2027: early bird registration closes Friday",
    body="OLA MEMBER NEWS - November 2026\n\nEarly bird registration for the 2027 Super Conference closes this Friday. Register now and save $100.\n\nAlso in this issue: new CE webinars, awards nominations, and the latest from the Board.\n\nYou are receiving this email because you are an OLA member.\nUnsubscribe: https://news.accessola.example/unsubscribe?u=8842\nManage your preferences: https://news.accessola.example/prefs")
cls("i7-cls-en-08", "en", VA, "2026-11-04 17:22", "bulk",
    "an automated notification (Zoom cloud recording) from a no-reply sender",
    frm="Zoom <no-reply@zoom.example>", subject="Cloud Recording - Mentorship chat is now available",
    body="Hi Mentorship Program,\n\nYour cloud recording is now available.\n\nTopic: Mentorship chat\nDate: Nov 4, 2026 04:00 PM Pacific Time\n\nShare recording with viewers: https://zoom.example/rec/share/abc123\n\nThank you for choosing Zoom.\n\nThis is an automated message. Please do not reply.")
cls("i7-cls-en-09", "en", TO, "2026-11-22 03:00", "bulk",
    "list digest mail with Auto-Submitted: auto-generated is bulk, not an auto-reply",
    frm="CLA-L <cla-l-request@lists.example.ca>", subject="CLA-L Digest, Vol 42, Issue 17",
    headers=[("Auto-Submitted", "auto-generated"), ("List-Id", "Canadian Library Discussion <cla-l.lists.example.ca>"),
             ("List-Unsubscribe", "<mailto:cla-l-request@lists.example.ca?subject=unsubscribe>"), ("Precedence", "list")],
    body="Send CLA-L mailing list submissions to\n\tcla-l@lists.example.ca\n\nToday's Topics:\n\n   1. Job posting: Systems Librarian (Regina)\n   2. Re: Mentorship programs for new grads\n\n----------------------------------------------------------------------\n\nMessage: 1\n...")
add("i7-cls-en-10", "en", "classification", "checkin", WI, "2026-11-12 12:40",
    "Spoke with Farah on Monday, 30 min by phone. She shared some great tips on panel interviews.\n\nThanks,\nKofi",
    E(M("wd:mon", 30, "phone", ["interviews"]), has=["Spoke with Farah on Monday"]),
    "an empty X-Autoreply: header alone does not make a person's meeting log an auto-reply",
    name="Kofi Asante", partner="Farah", headers=[("X-Autoreply", "")])

cls("i7-cls-fr-01", "fr", TO, "2026-11-10 08:03", "auto_reply",
    "réponse automatique Outlook en français avec Auto-Submitted: auto-replied",
    frm="Geneviève Roy <genevieve.roy@banq.example.qc.ca>", subject="Réponse automatique : Suivi 3 : une autre rencontre avec Julie?",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="Bonjour,\n\nJe serai absente du bureau jusqu'au 17 novembre inclusivement. Pour toute urgence, écrivez à reference@banq.example.qc.ca.\n\nGeneviève Roy")
cls("i7-cls-fr-02", "fr", TO, "2026-11-24 09:30", "auto_reply",
    "sujet d'absence en espagnol (Respuesta automática)",
    frm="Lucía Fernández <lfernandez@example.es>", subject="Respuesta automática: Suivi 3 : une autre rencontre avec Julie?",
    body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 1 de diciembre con acceso limitado al correo.\n\nUn saludo,\nLucía")
cls("i7-cls-fr-03", "fr", TO, "2026-10-19 11:12", "auto_reply",
    "message d'absence en portugais (Resposta automática: Ausente)",
    frm="João Silva <joao.silva@example.pt>", subject="Resposta automática: Ausente",
    body="Olá,\n\nEstou de férias até 26 de outubro. Responderei à sua mensagem assim que regressar.\n\nCumprimentos,\nJoão Silva")
cls("i7-cls-fr-04", "fr", TO, "2026-11-02 07:55", "auto_reply",
    "sujet d'absence en tchèque (Automatická odpověď)",
    frm="Petra Nováková <novakova@example.cz>", subject="Automatická odpověď: Suivi 3 : une autre rencontre avec Julie?",
    body="Dobrý den,\n\ndo 6. listopadu jsem mimo kancelář. V naléhavých případech kontaktujte knihovna@example.cz.\n\nS pozdravem\nPetra Nováková")
cls("i7-cls-fr-05", "fr", TO, "2026-11-16 13:44", "auto_reply",
    "accusé de réception automatique d'un service de billetterie (sans en-têtes d'auto-réponse)",
    frm="Soutien Bibliothèques UdeM <soutien-bib@example.umontreal.ca>", subject="[Billet #48213] Accusé de réception : Suivi 3 : une autre rencontre avec Julie?",
    body="Bonjour,\n\nNous avons bien reçu votre demande. Un numéro de billet (#48213) lui a été attribué et un membre de notre équipe vous répondra dans les 2 jours ouvrables.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService de soutien des bibliothèques")
ct, bd = REPORT("i7-cls-fr-06", "abenoit@example.qc.ca", "RESOLVER.ADR.RecipNotFound; introuvable",
                "Votre message à abenoit@example.qc.ca n'a pas pu être remis.\n\nabenoit est introuvable sur example.qc.ca.", "fr")
cls("i7-cls-fr-06", "fr", TO, "2026-11-05 09:03", "bounce",
    "rapport de non-remise Exchange en français (multipart/report)",
    frm="Microsoft Outlook <postmaster@example.qc.ca>", subject="Non remis : Suivi 3 : une autre rencontre avec Julie?", ctype=ct, cte=None, body=bd)
cls("i7-cls-fr-07", "fr", HA, "2026-10-30 10:20", "bounce",
    "rebond en texte simple d'un expéditeur sans @ (Mail Delivery Subsystem)",
    frm="Mail Delivery Subsystem <MAILER-DAEMON>", subject="Returned mail: see transcript for details",
    headers=[("Auto-Submitted", "auto-generated")],
    body="The original message was received at Fri, 30 Oct 2026 10:19:58 -0300\nfrom mentorat-bibliotheques.ca\n\n   ----- The following addresses had permanent fatal errors -----\n<mleblanc@example.nb.ca>\n    (reason: 550 5.1.1 Mailbox does not exist)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.nb.ca.:\n>>> RCPT To:<mleblanc@example.nb.ca>\n<<< 550 5.1.1 Mailbox does not exist\n550 5.1.1 <mleblanc@example.nb.ca>... User unknown")
cls("i7-cls-fr-08", "fr", TO, "2026-11-25 06:30", "bulk",
    "infolettre sans en-têtes de liste, avec lien de désabonnement",
    frm="Infolettre FMD <infolettre@fmdoc.example.org>", subject="L'infolettre de novembre : appel de propositions pour le Congrès 2027",
    body="L'INFOLETTRE - Novembre 2026\n\nL'appel de propositions pour le Congrès des milieux documentaires 2027 est lancé!\n\nAussi dans ce numéro : nouvelles formations en ligne, offres d'emploi, portrait d'une membre.\n\nVous recevez ce courriel parce que vous êtes abonné(e) à notre infolettre.\nSe désabonner : https://fmdoc.example.org/desabonnement?id=5521")
cls("i7-cls-fr-09", "fr", TO, "2026-11-14 15:10", "bulk",
    "notification LinkedIn d'un expéditeur noreply",
    frm="LinkedIn <notifications-noreply@linkedin.example>", subject="Vous êtes apparu(e) dans 7 recherches cette semaine",
    body="Programme de mentorat, vous êtes apparu(e) dans 7 recherches cette semaine.\n\nVoir qui vous recherche : https://www.linkedin.example/me/search-appearances\n\nCe courriel a été envoyé à mentorat@mentorat-bibliotheques.ca.\nSe désabonner : https://www.linkedin.example/e/unsub")
add("i7-cls-fr-10", "fr", "classification", "checkin", TO, "2026-11-23 09:25",
    "Désolée du délai, j'étais absente du bureau la semaine passée. On s'est vues hier en personne, environ une heure, surtout sur mon CV.",
    E(M(-1, 60, "in_person", ["job_applications"]), has=["j'étais absente du bureau"]),
    "une personne qui mentionne son absence passée n'est pas une réponse automatique : c'est une rencontre d'hier",
    name="Maryam Jaber", partner="Julie", quote="outlook")

# ================================================================= REPLY_TEXT (en)
add("i7-rt-en-01", "en", "reply_text", "checkin", TO, "2026-11-05 16:40",
    "Hi all,\n\nJust a quick note that Tomás and I had a great video call on Tuesday, about 45 minutes. We talked mostly about interview prep for my panel next week.\n\nBest,\nPriya",
    E(M("wd:tue", 45, "video", ["interviews"]), has=["great video call on Tuesday"], not_=["Liaison Librarian, Business & Economics", "traditional territories of the Anishinaabe"]),
    "signature with title and phone plus a land acknowledgement must be cut",
    name="Priya Raman", partner="Tomás", sig=SIG_TMU + "\n\n" + LAND_TMU, quote="gmail")
add("i7-rt-en-02", "en", "reply_text", "checkin", VA, "2026-11-19 11:05",
    "Hello,\n\nWe met in person yesterday at the Koerner Library, roughly an hour. Lots on my cover letter.\n\nThank you,\nDerek Huang\nReference Assistant | UBC Library\nThe University of British Columbia | Vancouver Campus | Musqueam Traditional Territory",
    E(M(-1, 60, "in_person", ["job_applications"]), has=["at the Koerner Library, roughly an hour"], not_=["Musqueam Traditional Territory", "intended recipient"]),
    "HTML-only Outlook reply (divRplyFwdMsg): title, territory line and disclaimer must go",
    name="Derek Huang", partner="Gwen", sig=DISC_EN, quote="outlook", fmt="html_outlook")
add("i7-rt-en-03", "en", "reply_text", "checkin", TO, "2026-10-22 20:25",
    "Had our first call! Phone, 35 minutes, yesterday evening. Mostly getting to know each other and her path from archives into academic libraries.\n\n--\nDr. Ama Owusu, PhD\nAssistant Professor & Data Services Librarian\nQueen's University Library | Kingston, ON\nama.owusu@example.ca | she/her",
    E(M(-1, 35, "phone", ["career_path"]), has=["Had our first call"], not_=["Assistant Professor & Data Services Librarian"]),
    "HTML-only Gmail reply with gmail_quote and a '--' signature block",
    name="Ama Owusu", partner="Ruth", fmt="html_gmail")
add("i7-rt-en-04", "en", "reply_text", "nudge", HA, "2026-11-09 07:50",
    "Yes! We met Friday at Dalhousie, 1 hour, in person. Will log properly later.",
    E(M("wd:fri", 60, "in_person"), has=["We met Friday at Dalhousie"], not_=["Sent from my iPhone", "Life gets busy, and that's fine"]),
    "iPhone footer and the Apple-style quoted nudge must be cut",
    name="Simone Clarke", partner="Heidi", quote="iphone", mobile="Sent from my iPhone")
add("i7-rt-en-05", "en", "reply_text", "confidentiality", TO, "2026-10-07 12:30",
    "Thanks for this. Understood, and Rosa and I already talked about keeping things between us.\n\nKind regards,\nHenry Adebayo\nCollections Technician\nMississauga Library\nT: 905-555-0188 ext. 3321",
    E(has=["Rosa and I already talked about keeping things between us"], not_=["Collections Technician", "905-555-0188", "Good mentoring rests on trust"]),
    "'-----Original Message-----' quote, signature with phone and disclaimer must go",
    name="Henry Adebayo", partner="Rosa", sig=DISC_EN, quote="original")
add("i7-rt-en-06", "en", "reply_text", "checkin", "America/Edmonton", "2026-11-24 13:10",
    "Hi,\n\nMet on Zoom this morning with Shelby, 45 min. We looked at the job market in Alberta and how many postings are term only.\n\nThanks,\nYara",
    E(M(0, 45, "video", ["job_precarity"]), has=["how many postings are term only"], not_=["Treaty 6 territory"]),
    "base64 body; the land acknowledgement must be cut",
    name="Yara Haddad", partner="Shelby", fmt="b64",
    sig="Yara Haddad | Public Services Librarian\nEdmonton Public Library\n\nI acknowledge that I live and work on Treaty 6 territory, the traditional lands of the Nehiyaw (Cree), Dene, Anishinaabe (Saulteaux), Nakota Sioux and Niitsitapi (Blackfoot) peoples, and the homeland of the Metis.")
add("i7-rt-en-07", "en", "reply_text", "midsession", TO, "2026-11-17 10:45",
    "Things are going really well, thanks for checking. Goals still fit. I think in the second half we'll try to meet in person at least once since we're both downtown, which would be a nice change from Teams.",
    E(has=["in the second half we'll try to meet in person"], not_=["CONFIDENTIALITY NOTICE", "Halfway through: how is it going?"]),
    "quoted-printable with long soft-wrapped lines; disclaimer and quoted prompt must go",
    name="Olivia Mensah", partner="Gord", sig="Olivia Mensah\nSenior Librarian, Toronto Public Library\n\n" + DISC_EN, quote="outlook", fmt="qp")
add("i7-rt-en-08", "en", "reply_text", "checkin", WI, "2026-10-26 18:15",
    "We had a long chat on the phone on Saturday morning, close to 90 minutes, mostly about the pros and cons of moving from a public library into a school board library position. Doris had a lot of practical advice about the union side of things and the pension.",
    E(M("wd:sat", 90, "phone", ["job_precarity"]), has=["pros and cons of moving from a public library"], not_=["Cell: 204-555-0117"]),
    "format=flowed long paragraph; signature with phone numbers must go",
    name="Benjamin Osei", partner="Doris", fmt="flowed",
    sig="Benjamin Osei, MLIS\nBranch Head, St. Vital Library\nOffice: 204-555-0190 | Cell: 204-555-0117")
add("i7-rt-en-09", "en", "reply_text", "checkin", TO, "2026-11-13 15:00",
    "Hi,\n\nHélène and I met on Wednesday over Teams video, about 50 minutes. We talked through the article she sent on open access publishing.\n\nCheers,\nSanjay",
    E(M("wd:wed", 50, "video", ["current_topics"]), has=["the article she sent on open access publishing"], not_=["Scholarly Communications Librarian"]),
    "ISO-8859-1 quoted-printable body; title line must go",
    name="Sanjay Kumar", partner="Hélène", fmt="latin1",
    sig="Sanjay Kumar\nScholarly Communications Librarian\nYork University Libraries")
add("i7-rt-en-10", "en", "reply_text", "digest", SJ, "2026-11-17 09:35",
    "Thanks for the digest. One correction for the record: the topics line is right, but we also spent a good chunk of that call on her LinkedIn profile.",
    E(has=["we also spent a good chunk of that call on her LinkedIn profile"], not_=["Get Outlook for Android", "Your mentoring digest"]),
    "multipart/alternative with Outlook quote and mobile footer; a note about an already-logged meeting logs nothing new",
    name="Patricia Walsh", partner="Nasrin", quote="outlook", fmt="alt_outlook", mobile="Get Outlook for Android")

# ================================================================= REPLY_TEXT (fr)
add("i7-rt-fr-01", "fr", "reply_text", "checkin", TO, "2026-11-18 12:20",
    "Rencontre hier midi avec Sophie, en personne à la bibliothèque du campus, 45 min. On a parlé de mes entrevues.",
    E(M(-1, 45, "in_person", ["interviews"]), has=["en personne à la bibliothèque du campus"], not_=["Bibliothécaire de référence", "Envoyé de mon iPhone"]),
    "signature avec titre et pied de page mobile à retirer",
    name="Jamila Saïdi", partner="Sophie", quote="iphone",
    sig="Jamila Saïdi\nBibliothécaire de référence | Bibliothèque de l'Université Laval", mobile="Envoyé de mon iPhone")
add("i7-rt-fr-02", "fr", "reply_text", "checkin", TO, "2026-11-04 10:10",
    "Bonjour,\n\nAppel vidéo lundi avec Carole, une heure. Surtout sur la diversité dans nos milieux de travail.\n\nCordialement,\nOmar",
    E(M("wd:mon", 60, "video", ["diversity"]), has=["Appel vidéo lundi avec Carole"], not_=["territoire autochtone non cédé", "Ce courriel et les pièces jointes sont confidentiels"]),
    "reconnaissance territoriale et avis de confidentialité à retirer",
    name="Omar Belkadi", partner="Carole", quote="gmail",
    sig="Omar Belkadi\nBibliothécaire, Bibliothèques de l'Université Concordia\n\nL'Université Concordia est située en territoire autochtone non cédé. La nation Kanien'kehá:ka est reconnue comme gardienne des terres et des eaux sur lesquelles nous nous réunissons aujourd'hui.\n\n" + DISC_FR)
add("i7-rt-fr-03", "fr", "reply_text", "checkin", TO, "2026-11-25 14:35",
    "Bonjour,\n\nOn s'est rencontrés hier par Teams pendant 40 minutes. On a parlé de mon plan de carrière dans cinq ans.\n\nMerci et bonne journée,\nFrédéric Mvondo\nConseiller en gestion documentaire\nVille de Gatineau",
    E(M(-1, 40, "video", ["career_goals"]), has=["par Teams pendant 40 minutes"], not_=["Conseiller en gestion documentaire"]),
    "réponse Outlook HTML seulement (divRplyFwdMsg, De :/Envoyé :) : le titre doit partir",
    name="Frédéric Mvondo", partner="Lyne", quote="outlook", fmt="html_outlook")
add("i7-rt-fr-04", "fr", "reply_text", "checkin", TO, "2026-10-30 09:50",
    "Bonjour!\n\nPetit appel téléphonique de 25 minutes hier avec Hélène. On a parlé de mon rôle au comité de perfectionnement de la Corporation.\n\nÀ bientôt,\nRéjeanne",
    E(M(-1, 25, "phone", ["committees"]), has=["appel téléphonique de 25 minutes hier"], not_=["Technicienne en documentation"]),
    "corps ISO-8859-1 en quoted-printable; signature avec titre à retirer",
    name="Réjeanne Célestin", partner="Hélène", fmt="latin1", quote="outlook",
    sig="Réjeanne Célestin\nTechnicienne en documentation, Cégep de Saint-Jérôme")
add("i7-rt-fr-05", "fr", "reply_text", "checkin", TO, "2026-11-12 19:55",
    "Salut! On s'est parlé au téléphone mardi soir, environ 45 min. Elle m'a donné plein de ressources et de webinaires à suivre.",
    E(M("wd:tue", 45, "phone", ["lis_resources"]), has=["plein de ressources et de webinaires"], not_=["Besoin d'idées pour la prochaine fois"]),
    "Gmail HTML seulement (gmail_quote, « Le ... a écrit : ») : la citation doit partir",
    name="Naïma Rachidi", partner="Annick", fmt="html_gmail")
add("i7-rt-fr-06", "fr", "reply_text", "confidentiality", TO, "2026-10-06 11:15",
    "Merci pour ce rappel. Nous en avons parlé dès notre premier appel, Josée et moi.\n\nMamadou Sy\nBibliothécaire de liaison\nUniversité d'Ottawa | University of Ottawa",
    E(has=["Nous en avons parlé dès notre premier appel"], not_=["Bibliothécaire de liaison", "This message may contain confidential information"]),
    "citation « -----Message d'origine----- » et avis juridique bilingue à retirer",
    name="Mamadou Sy", partner="Josée", quote="original",
    sig="Ce message peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le supprimer.\nThis message may contain confidential information. If you received it in error, please delete it.")
add("i7-rt-fr-07", "fr", "reply_text", "checkin", TO, "2026-11-09 08:40",
    "Bonjour, rencontre samedi au café avec Martine, 1 h 30! On a parlé de gestion du temps et de mes priorités au travail.",
    E(M("wd:sat", 90, "in_person", ["time_management"]), has=["rencontre samedi au café avec Martine"], not_=["Envoyé de mon téléphone Samsung Galaxy"]),
    "corps en base64; pied de page mobile Samsung à retirer",
    name="Koffi Agbodjan", partner="Martine", fmt="b64", quote="gmail", mobile="Envoyé de mon téléphone Samsung Galaxy")
add("i7-rt-fr-08", "fr", "reply_text", "midsession", TO, "2026-11-17 21:10",
    "Ça se passe très bien, merci de demander. Nos conversations touchent vraiment ce que je voulais aborder, surtout tout ce qui concerne la culture de travail dans les bibliothèques universitaires et les défis d'intégration quand on arrive d'ailleurs. Pour la deuxième moitié, on aimerait se fixer un horaire fixe.",
    E(has=["la culture de travail dans les bibliothèques universitaires"], not_=["Pronoms : elle/la"]),
    "format=flowed, long paragraphe; signature avec pronoms à retirer",
    name="Awa Diouf", partner="Brigitte", fmt="flowed", quote="gmail",
    sig="Awa Diouf (Pronoms : elle/la)\nAgente de recherche, Bibliothèque de l'UQAM")
add("i7-rt-fr-09", "fr", "reply_text", "checkin", HA, "2026-11-20 10:30",
    "Bonjour!\n\nOn s'est parlé hier par téléphone, à peu près 30 minutes. On a regardé ensemble mes lettres de présentation.\n\nMerci,\nÉric",
    E(M(-1, 30, "phone", ["job_applications"]), has=["mes lettres de présentation"], not_=["Pensez à l'environnement avant d'imprimer"]),
    "signature acadienne avec mention environnementale à retirer",
    name="Éric Thibodeau", partner="Khadija", quote="outlook",
    sig="Éric Thibodeau\nBibliothécaire, Bibliothèque Champlain\nUniversité de Moncton\n\nPensez à l'environnement avant d'imprimer ce courriel.")
add("i7-rt-fr-10", "fr", "reply_text", "digest", TO, "2026-11-16 12:05",
    "Merci pour le bilan! Tout est juste. J'ai hâte à notre prochaine rencontre.",
    E(has=["J'ai hâte à notre prochaine rencontre"], not_=["Obtenir Outlook pour iOS", "Votre bilan de mentorat"]),
    "multipart/alternative, citation Outlook en français et pied de page mobile à retirer",
    name="Chloé Nadeau-Ahmed", partner="Karim", quote="outlook", fmt="alt_outlook", mobile="Obtenir Outlook pour iOS")

if __name__ == "__main__":
    write_all()
