#!/usr/bin/env python3
"""tuning9 case generator: python3 tools/gen.py (deterministic)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk import build, M, G

CASES = []
def c(id, lang, cat, prompt, tz, when, sender, body, has, note, expect, **kw):
    d = dict(id="t9-" + id, lang=lang, cat=cat, prompt=prompt, tz=tz, when=when, sender=sender,
             body=body, has=has, note=note, expect=expect)
    d.update(kw)
    CASES.append(d)

TO, VA, HA, WI, SJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
           "intended recipient(s) and may contain confidential information. If you are not the intended recipient, "
           "please contact the sender by reply e-mail and destroy all copies.")
DISC_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et les documents qui y sont joints sont confidentiels et destinés "
           "uniquement à la personne à qui ils sont adressés. Si vous l'avez reçu par erreur, veuillez en aviser "
           "l'expéditeur et le détruire.")
LAND_VA = ("I gratefully acknowledge that I live and work on the unceded traditional territories of the Musqueam, "
           "Squamish and Tsleil-Waututh Nations.")
LAND_TO = ("The library acknowledges that we are on the traditional territory of many nations including the "
           "Mississaugas of the Credit, the Anishnabeg, the Chippewa, the Haudenosaunee and the Wendat peoples.")
LAND_FR = ("Nous reconnaissons que nos bureaux sont situés sur le territoire non cédé de la Nation Kanien'kehá:ka, "
           "gardienne des terres et des eaux où nous nous réunissons.")

# ---------------------------------------------------------------- meeting (45)
c("en-meet-01", "en", "meeting", "checkin", TO, "2026-11-12 10:15", ("Priya Raman", "praman@tpl.ca"),
  """Hi there,

Things are hectic with the budget but we managed a 40-minute Zoom on Tuesday and talked about her interview next week at Mohawk College.

Priya""", ["Things are hectic with the budget"],
  "One sentence mixes budget news with the log: Tuesday before Thu Nov 12 = Nov 10, 40 min, Zoom = video, interview topic.",
  {"meeting": M("2026-11-10", 40, "video", ["interviews"])},
  sig="Priya Raman (she/her)\nBranch Head, Parkdale Branch | Toronto Public Library\n" + LAND_TO,
  **{"not": ["Branch Head, Parkdale Branch", "traditional territory of many nations"]}, q="gmail")

c("fr-meet-01", "fr", "meeting", "checkin", TO, "2026-11-04 20:30", ("Nadia Belkacem", "nadia.belkacem@banq.qc.ca"),
  """Bonsoir,

Grosse semaine ici avec la fusion des deux succursales, mais on a quand même réussi à se parler au téléphone lundi soir, une bonne heure, surtout à propos de ma lettre de présentation.

Bonne soirée""", ["Grosse semaine ici avec la fusion"],
  "Rencontre dans une phrase avec d'autres nouvelles : lundi avant le mer. 4 nov. = 2 nov., une bonne heure = 60, téléphone, lettre de présentation.",
  {"meeting": M("2026-11-02", 60, "phone", ["job_applications"])},
  sig="Nadia Belkacem\nBibliothécaire, Services aux usagers\nBibliothèque et Archives nationales du Québec", **{"not": ["Bibliothécaire, Services aux usagers"]}, q="outlook")

c("fr-meet-02", "fr", "meeting", "checkin", TO, "2026-11-16 08:05", ("Marie-Ève Tremblay", "metremblay@videotron.ca"),
  """Allo!

On s'est vues jeudi dernier au Café Olimpico sur Saint-Viateur, Sophie m'avait donné rendez-vous là.

Sinon, de mon bord, je commence enfin mon nouveau poste lundi prochain, je suis un peu nerveuse.

Ah oui, et ça a duré à peu près une heure et quart.

Marie-Ève""", ["On s'est vues jeudi dernier au Café Olimpico"],
  "Infos réparties sur trois paragraphes : jeudi dernier avant le lun. 16 nov. = 12 nov., café = en personne, une heure et quart = 75.",
  {"meeting": M("2026-11-12", 75, "in_person")}, q="iphone")

c("en-meet-02", "en", "meeting", "checkin", VA, "2026-10-23 16:40", ("Jasmine Okafor", "jokafor@sfu.ca"),
  """Quick update. Kwame and I finally connected!

It was on the 20th, over Teams video (my home wifi is terrible so it froze twice, ha).

We went about 50 min, mostly about whether I should stay in my current role or take the term position at UBC.

Jas""", ["Kwame and I finally connected"],
  "Date, way and length in separate paragraphs: the 20th in an Oct 23 message = Oct 20, Teams video, 50 min, current role and term position.",
  {"meeting": M("2026-10-20", 50, "video", ["current_role"])},
  sig="Jasmine Okafor, MLIS\nLiaison Librarian, Faculty of Environment\nSimon Fraser University\n" + LAND_VA,
  **{"not": ["Liaison Librarian, Faculty of Environment", "unceded traditional territories"]}, q="apple", fmt="qp")

c("en-meet-03", "en", "meeting", "nudge", WI, "2026-11-18 07:50", ("Darnell Sinclair", "dsinclair@wpl.winnipeg.ca"),
  """sorry for the radio silence!! we did talk yesterady by phone, 1hr and a half or so. she had lots of advice on the supervisor posting.""",
  ["we did talk yesterady by phone"],
  "Typos: yesterady = Nov 17 (sent Wed Nov 18), 1hr and a half = 90 min, phone.",
  {"meeting": M("2026-11-17", 90, "phone")}, q="gmail", partner="Grace")

c("fr-meet-03", "fr", "meeting", "checkin", TO, "2026-11-24 12:10", ("Karim Haddad", "karim.haddad@umontreal.ca"),
  """Bonjour,

Rencontre hier en Teams (vidéo), 1 h 30. On a parlé de la réorganisation de ma bibliothèque et de comment je vis ça.

Karim Haddad""", ["Rencontre hier en Teams"],
  "hier dans un message du mar. 24 nov. = 23 nov., « 1 h 30 » = 90 min, Teams vidéo.",
  {"meeting": M("2026-11-23", 90, "video", ["change_management"])},
  sig="Bibliothécaire de disciplines\nDirection des bibliothèques, Université de Montréal\n" + DISC_FR,
  **{"not": ["Direction des bibliothèques, Université de Montréal", "AVIS DE CONFIDENTIALITÉ"]}, q="outlook", fmt="qp")

c("en-meet-04", "en", "meeting", "checkin", HA, "2026-10-31 11:02", ("Tariq Mahmood", "tariq.mahmood@dal.ca"),
  """Met Thursday at the Second Cup near campus, maybe an hr. Good chat, she's great.""", ["Met Thursday at the Second Cup"],
  "Thursday before Sat Oct 31 = Oct 29; a named coffee shop = in person; maybe an hr = 60.",
  {"meeting": M("2026-10-29", 60, "in_person")}, q="iphone")

c("fr-meet-04", "fr", "meeting", "checkin", TO, "2026-11-20 14:30", ("Amina Diallo", "amina.diallo@bibliotheques.qc.ca"),
  """Bonjour,

Notre rencontre a eu lieu jeudi, non attends, mercredi (jeudi j'étais en formation toute la journée). 45 minutes sur Zoom.

Amina""", ["Notre rencontre a eu lieu jeudi, non attends, mercredi"],
  "Autocorrection claire : mercredi avant le ven. 20 nov. = 18 nov., 45 min, Zoom = vidéo.",
  {"meeting": M("2026-11-18", 45, "video")}, q="gmail")

c("en-meet-05", "en", "meeting", "checkin", TO, "2026-11-26 09:30", ("Kevin Liu", "kliu@ottawapubliclibrary.ca"),
  """Hi,

We talked on the phone for about 30 min, Monday or maybe it was Tuesday, I honestly can't remember, the week has been a blur.

Kevin""", ["We talked on the phone for about 30 min"],
  "Self-correction that stays unclear (Monday or Tuesday): date null and warn; 30 min, phone.",
  {"meeting": M(None, 30, "phone"), "warn": True}, q="outlook")

c("fr-meet-05", "fr", "meeting", "nudge", TO, "2026-11-25 17:45", ("Sabrina Joseph", "sjoseph@cegepmontpetit.ca"),
  """Bonjour,

Oui oui on s'est parlé! C'était au début du mois, en vidéo, environ une heure. Désolée de ne pas l'avoir noté avant.

Sabrina""", ["C'était au début du mois"],
  "« au début du mois » est vague : date null et warn; vidéo, environ une heure = 60.",
  {"meeting": M(None, 60, "video"), "warn": True}, q="gmail")

c("en-meet-06", "en", "meeting", "checkin", VA, "2026-11-09 13:20", ("Harpreet Gill", "hgill@surreylibraries.ca"),
  """Hi team,

We had a really good conversation on the phone about the job market and how long it took each of us to land something permanent. Around 45 minutes.

Harpreet""", ["We had a really good conversation on the phone"],
  "A meeting with no date at all: date null and warn; phone, 45 min, job market.",
  {"meeting": M(None, 45, "phone", ["job_precarity"]), "warn": True},
  sig="Harpreet Gill | Librarian II, Collections\nSurrey Libraries", **{"not": ["Librarian II, Collections"]}, q="gmail")

c("fr-meet-06", "fr", "meeting", "checkin", TO, "2026-11-06 11:40", ("Olivier Nguyen", "olivier.nguyen@usherbrooke.ca"),
  """Bonjour,

Entre deux réunions de budget, Karine et moi avons pris 30 minutes le 3 novembre pour jaser de mon poste actuel, par Teams.

Merci!""", ["Entre deux réunions de budget"],
  "Une phrase : 3 novembre, 30 min, Teams = vidéo, poste actuel; les réunions de budget ne sont pas la rencontre.",
  {"meeting": M("2026-11-03", 30, "video", ["current_role"])},
  sig="Olivier Nguyen\nBibliothécaire, Service des bibliothèques et archives\nUniversité de Sherbrooke",
  **{"not": ["Service des bibliothèques et archives"]}, q="outlook")

c("fr-meet-07", "fr", "meeting", "checkin", VA, "2026-11-09 21:05", ("Lina Farah", "lina.farah@gmail.com"),
  """Salut,

Notre rencontre du 5 novembre, en personne à la grande bibliothèque de Vancouver, a duré près de deux heures! Le temps a passé vite.

Lina""", ["Notre rencontre du 5 novembre"],
  "5 novembre, en personne, près de deux heures = 120.",
  {"meeting": M("2026-11-05", 120, "in_person")}, q="gmail")

c("fr-meet-08", "fr", "meeting", "checkin", TO, "2026-10-16 10:00", ("Josée Pierre-Louis", "jpierrelouis@bibliogatineau.ca"),
  """Bonjour!

On s'est rencontrées mardi passé en personne à la bibliothèque, trois quarts d'heure à peu près. C'était super le fun.

Josée""", ["On s'est rencontrées mardi passé"],
  "« mardi passé » (québécois) avant le ven. 16 oct. = 13 oct.; en personne; trois quarts d'heure = 45.",
  {"meeting": M("2026-10-13", 45, "in_person")}, q="iphone")

c("fr-meet-09", "fr", "meeting", "checkin", TO, "2026-11-26 13:15", ("Fatou Ndiaye", "fndiaye@ville.quebec.qc.ca"),
  """Bonjour,

Avant-hier, par téléphone pendant l'heure du dîner, une vingtaine de minutes. Court mais efficace!""", ["par téléphone pendant l'heure du dîner"],
  "avant-hier (jeu. 26 nov.) = 24 nov.; téléphone au dîner = une seule façon (téléphone); une vingtaine de minutes = 20.",
  {"meeting": M("2026-11-24", 20, "phone")},
  sig="Fatou Ndiaye\nTechnicienne en documentation\nBibliothèque de Québec", **{"not": ["Technicienne en documentation"]}, q="outlook", fmt="latin1")

c("en-meet-08", "en", "meeting", "checkin", VA, "2026-11-10 23:30", ("Aaron Chen", "aaron.chen@vpl.ca"),
  """Had our video call today, 45 min. Sorry for the late reply, long day.""", ["Had our video call today"],
  "Sent 23:30 Vancouver (Nov 11 UTC): today = Nov 10 in the sender's zone; 45 min, video.",
  {"meeting": M("2026-11-10", 45, "video")}, q="iphone")

c("en-meet-09", "en", "meeting", "checkin", SJ, "2026-11-30 00:20", ("Mary Pardy", "mpardy@mun.ca"),
  """Finally got our call in yesterday afternoon, about an hour over FaceTime. Talked a lot about the job market here in NL.""",
  ["Finally got our call in yesterday afternoon"],
  "Sent 00:20 Newfoundland time Mon Nov 30: yesterday = Sun Nov 29; FaceTime = video; about an hour = 60.",
  {"meeting": M("2026-11-29", 60, "video", ["job_precarity"])},
  sig="Mary Pardy\nPublic Services Librarian, QEII Library\nMemorial University of Newfoundland", **{"not": ["Public Services Librarian, QEII Library"]}, q="gmail")

c("fr-meet-10", "fr", "meeting", "checkin", TO, "2026-11-13 16:00", ("Yasmine Benali", "ybenali@uqam.ca"),
  """Bonjour,

Pas eu le temps d'un appel, mais on s'est écrit sur le clavardage Teams mercredi pendant une vingtaine de minutes.

Y.""", ["on s'est écrit sur le clavardage Teams"],
  "Clavardage Teams = une seule façon (chat), pas vidéo; mercredi avant le ven. 13 nov. = 11 nov.; 20 min.",
  {"meeting": M("2026-11-11", 20, "chat")}, q="outlook")

c("en-meet-10", "en", "meeting", "checkin", TO, "2026-10-21 15:30", ("Daniela Reyes", "dreyes@yorku.ca"),
  """Hello,

We didn't manage a call this time but we went back and forth by email on Monday about my cover letter for the McMaster posting. Very helpful edits.

Daniela""", ["we went back and forth by email on Monday"],
  "A meeting held by email: Monday before Wed Oct 21 = Oct 19, length null, mode email, cover letter.",
  {"meeting": M("2026-10-19", None, "email", ["job_applications"])},
  sig="Daniela Reyes\nLibrary Assistant, Scott Library\n" + DISC_EN, **{"not": ["Library Assistant, Scott Library", "CONFIDENTIALITY NOTICE"]}, q="orig")

c("en-meet-11", "en", "meeting", "checkin", WI, "2026-11-06 09:10", ("Imran Qureshi", "iqureshi@umanitoba.ca"),
  """Good morning,

Zoom on Wednesday, 35 minutes, mostly about my upcoming panel interview.

Thanks,
Imran""", ["Zoom on Wednesday, 35 minutes"],
  "Wednesday before Fri Nov 6 = Nov 4, 35 min, video; the disclaimer's 'e-mail' must not make it email.",
  {"meeting": M("2026-11-04", 35, "video", ["interviews"])},
  sig="Imran Qureshi\nAcademic Librarian, Elizabeth Dafoe Library\nUniversity of Manitoba\n\n" + DISC_EN,
  **{"not": ["Academic Librarian, Elizabeth Dafoe Library", "contact the sender by reply e-mail"]}, q="outlook")

c("fr-meet-11", "fr", "meeting", "checkin", TO, "2026-11-09 08:20", ("Rachid El Amrani", "relamrani@hotmail.com"),
  """Hello! On a fait un call Zoom de 45 minutes vendredi, really good. Elle m'a donné plein de tips pour mon CV.""",
  ["On a fait un call Zoom de 45 minutes vendredi"],
  "Franglais : vendredi avant le lun. 9 nov. = 6 nov., 45 min, Zoom = vidéo, CV.",
  {"meeting": M("2026-11-06", 45, "video", ["job_applications"])}, q="iphone")

c("en-meet-12", "en", "meeting", "checkin", TO, "2026-11-19 12:45", ("Grace Adeyemi", "gadeyemi@torontomu.ca"),
  """Hi!

Met Tuesday over Zoom for an hour. Next one is Dec 1, same time.

Grace""", ["Met Tuesday over Zoom for an hour"],
  "Tuesday before Thu Nov 19 = Nov 17, 60 min, video; next meeting Dec 1.",
  {"meeting": M("2026-11-17", 60, "video", nxt="2026-12-01")}, q="gmail")

c("fr-meet-12", "fr", "meeting", "checkin", TO, "2026-11-27 10:30", ("Chantal Étienne", "chantal.etienne@ulaval.ca"),
  """Bonjour,

Jolie rencontre mercredi à la Brûlerie St-Denis, une heure environ. On se revoit le 8 décembre.

Chantal""", ["Jolie rencontre mercredi à la Brûlerie St-Denis"],
  "mercredi avant le ven. 27 nov. = 25 nov., café = en personne, 60 min, prochaine rencontre 8 déc.",
  {"meeting": M("2026-11-25", 60, "in_person", nxt="2026-12-08")},
  sig="Chantal Étienne\nBibliothécaire-conseil\nBibliothèque de l'Université Laval", **{"not": ["Bibliothèque de l'Université Laval"]}, q="outlook")

c("en-meet-13", "en", "meeting", "checkin", TO, "2026-11-03 18:25", ("Omar Said", "osaid@kpl.org"),
  """Hi,

We met twice since the last check-in: on Oct 27 by phone (30 min) and again Friday on Zoom for an hour.

Omar""", ["We met twice since the last check-in"],
  "Two meetings logged; the first is Oct 27, phone, 30 min (the second is Fri Oct 30, video, 60).",
  {"meeting": M("2026-10-27", 30, "phone"), "meetings_count": 2}, q="gmail")

c("fr-meet-13", "fr", "meeting", "checkin", TO, "2026-11-18 19:00", ("Évelyne Charles", "echarles@bibliomontreal.ca"),
  """Bonsoir,

On s'est parlé le 9 et le 16 novembre, chaque fois en vidéo pendant une heure.

Évelyne""", ["On s'est parlé le 9 et le 16 novembre"],
  "Deux rencontres dans une phrase : la première le 9 nov., vidéo, 60 min; deux rencontres.",
  {"meeting": M("2026-11-09", 60, "video"), "meetings_count": 2}, q="gmail")

c("fr-meet-14", "fr", "meeting", "nudge", TO, "2026-11-12 09:15", ("Hoda Mansour", "hoda.mansour@uottawa.ca"),
  """Bonjour,

Oui, on s'est vues il y a deux ou trois semaines à la cafétéria du pavillon Morisset, une petite heure.

Hoda""", ["on s'est vues il y a deux ou trois semaines"],
  "« il y a deux ou trois semaines » est vague : date null et warn; en personne, une petite heure = 60.",
  {"meeting": M(None, 60, "in_person"), "warn": True}, q="outlook")

c("fr-meet-15", "fr", "meeting", "nudge", TO, "2026-11-20 11:00", ("Mélissa Dorval", "mdorval@cegep-ste-foy.qc.ca"),
  """Bonjour,

On s'est parlé au téléphone la semaine passée, 30 minutes à peu près. Désolée du retard!

Mélissa""", ["On s'est parlé au téléphone la semaine passée"],
  "« la semaine passée » sans jour : date null et warn; téléphone, 30 min.",
  {"meeting": M(None, 30, "phone"), "warn": True}, q="gmail")

c("fr-meet-16", "fr", "meeting", "checkin", WI, "2026-11-23 08:40", ("Ange Mukendi", "ange.mukendi@ustboniface.ca"),
  """Bonjour,

Mercredi de la semaine passée, on a eu un appel vidéo de 40 minutes. Tout va bien de notre côté.

Ange""", ["Mercredi de la semaine passée"],
  "« mercredi de la semaine passée » (lun. 23 nov.) = 18 nov.; vidéo; 40 min.",
  {"meeting": M("2026-11-18", 40, "video")}, q="outlook")

c("fr-meet-17", "fr", "meeting", "checkin", TO, "2026-11-10 12:00", ("Louis-Philippe Gagnon", "lpgagnon@bibliolaval.ca"),
  """Bonjour,

On s'est vu le 2, en personne à la succursale Marius-Barbeau, environ 1 h. Bonne discussion.

LP""", ["On s'est vu le 2, en personne"],
  "« le 2 » dans un message du 10 nov. = 2 nov.; en personne; environ 1 h = 60.",
  {"meeting": M("2026-11-02", 60, "in_person")}, q="gmail", fmt="b64")

c("en-meet-14", "en", "meeting", "checkin", TO, "2026-11-14 10:30", ("Leila Hosseini", "lhosseini@uwaterloo.ca"),
  """Date: Thurs
How: zoom

Sorry, I was going to fill in the rest and got pulled into a desk shift. We talked about her move into management.

(it was about 35 minutes btw)""", ["I was going to fill in the rest"],
  "Half-structured, half prose: Thurs before Sat Nov 14 = Nov 12, Zoom = video, 35 min in a later paragraph, management.",
  {"meeting": M("2026-11-12", 35, "video", ["management"])}, q="gmail")

c("fr-meet-18", "fr", "meeting", "checkin", TO, "2026-12-01 15:20", ("Nathalie Joseph", "nathalie.joseph@polymtl.ca"),
  """Bonjour,

Rencontre hier midi en personne au Tim Hortons du campus, 40 minutes.

Bonne journée!""", ["Rencontre hier midi en personne"],
  "HTML seulement (Outlook) : hier (mar. 1er déc.) = 30 nov., en personne, 40 min.",
  {"meeting": M("2026-11-30", 40, "in_person")},
  sig="Nathalie Joseph\nBibliothécaire | Bibliothèque de Polytechnique Montréal\n" + LAND_FR,
  **{"not": ["Bibliothèque de Polytechnique Montréal", "territoire non cédé"]}, fmt="html", hstyle="outlook")

c("en-meet-15", "en", "meeting", "checkin", VA, "2026-11-22 19:10", ("Ben Tran", "ben.tran@ubc.ca"),
  """Hey,

We did a 25 min Google Meet on Friday, short because she had a sick kid at home. Still good!

Ben""", ["We did a 25 min Google Meet on Friday"],
  "HTML-only Gmail: Friday before Sun Nov 22 = Nov 20, 25 min, Google Meet = video.",
  {"meeting": M("2026-11-20", 25, "video")},
  sig="Ben Tran (he/him)\nResearch Commons Librarian, UBC Library\n" + LAND_VA,
  **{"not": ["Research Commons Librarian, UBC Library", "Tsleil-Waututh"]}, fmt="html")

c("fr-meet-19", "fr", "meeting", "checkin", HA, "2026-10-27 09:00", ("Aïcha Kaboré", "akabore@umoncton.ca"),
  """Bonjour,

Appel téléphonique de 50 minutes jeudi dernier avec Sophie. On a surtout parlé de mon parcours et de mon arrivée au Nouveau-Brunswick.

Aïcha""", ["Appel téléphonique de 50 minutes jeudi dernier"],
  "base64 : jeudi dernier avant le mar. 27 oct. = 22 oct., téléphone, 50 min, parcours.",
  {"meeting": M("2026-10-22", 50, "phone", ["career_path"])},
  sig="Aïcha Kaboré\nBibliothécaire de référence\nBibliothèque Champlain, Université de Moncton", **{"not": ["Bibliothèque Champlain, Université de Moncton"]}, q="outlook", fmt="b64")

c("fr-meet-20", "fr", "meeting", "checkin", TO, "2026-11-09 20:50", ("Geneviève Lamarre", "glamarre@sympatico.ca"),
  """Bonjour,

Nous nous sommes rencontrées samedi le 7 novembre au Café Myriade pendant deux heures. Très belle rencontre.

Geneviève""", ["Nous nous sommes rencontrées samedi le 7 novembre"],
  "ISO-8859-1 : « samedi le 7 novembre » = 7 nov., café = en personne, deux heures = 120.",
  {"meeting": M("2026-11-07", 120, "in_person")}, q="gmail", fmt="latin1")

c("en-meet-16", "en", "meeting", "checkin", TO, "2026-11-17 08:55", ("Natasha Brown", "nbrown@mississauga.ca"),
  """Hi,

We met on the 12th, sorry, the 13th? I'd have to check my calendar. It was on Teams, about 45 minutes.

Natasha""", ["I'd have to check my calendar"],
  "Self-correction left open (12th or 13th?): date null and warn; Teams = video, 45 min.",
  {"meeting": M(None, 45, "video"), "warn": True}, q="outlook")

c("fr-meet-21", "fr", "meeting", "nudge", TO, "2026-11-30 14:05", ("Stéphanie Auguste", "sauguste@bibliolongueuil.ca"),
  """Bonjour,

On s'est parlé il y a quelque temps déjà, au téléphone, mais j'ai complètement oublié de vous l'écrire. Ça a duré une demi-heure.

Stéphanie""", ["On s'est parlé il y a quelque temps déjà"],
  "« il y a quelque temps » : date inconnue, donc null et warn; téléphone, une demi-heure = 30.",
  {"meeting": M(None, 30, "phone"), "warn": True}, q="gmail")

c("fr-meet-22", "fr", "meeting", "checkin", TO, "2026-10-13 19:30", ("Mariam Cissé", "mariam.cisse@outlook.com"),
  """Bonjour,

Dimanche on est allées marcher au parc Jarry et on a jasé pendant une heure. Beaucoup plus agréable qu'un écran!

Mariam""", ["Dimanche on est allées marcher au parc Jarry"],
  "dimanche avant le mar. 13 oct. = 11 oct.; marche au parc = en personne; une heure = 60.",
  {"meeting": M("2026-10-11", 60, "in_person")}, q="iphone")

c("fr-meet-23", "fr", "meeting", "checkin", TO, "2026-11-25 09:40", ("Ana Castillo", "acastillo@bibliotheque.ville.qc.ca"),
  """Visio de 30 min ce matin avec Sophie. On a parlé de mes entrevues.""", ["Visio de 30 min ce matin"],
  "ce matin = 25 nov. (date du message); visio = vidéo; 30 min; entrevues.",
  {"meeting": M("2026-11-25", 30, "video", ["interviews"])}, q="iphone")

c("fr-meet-24", "fr", "meeting", "checkin", HA, "2026-11-02 10:20", ("Christelle Mbarga", "cmbarga@ustanne.ca"),
  """Bonjour!

On s'est vues à l'Halloween (déguisées, à la fête de sa bibliothèque, haha) pendant une vingtaine de minutes.

Christelle""", ["On s'est vues à l'Halloween"],
  "l'Halloween = 31 oct.; en personne; une vingtaine de minutes = 20.",
  {"meeting": M("2026-10-31", 20, "in_person")}, q="gmail")

c("fr-meet-25", "fr", "meeting", "checkin", TO, "2026-11-19 13:00", ("Patrick Désir", "pdesir@collegeahuntsic.qc.ca"),
  """Bonjour,

Lundi le 16, visio Zoom de 55 minutes. On a regardé ensemble l'affichage de poste de l'UQAM.

Patrick""", ["Lundi le 16, visio Zoom de 55 minutes"],
  "« lundi le 16 » = 16 nov.; Zoom = vidéo; 55 min; affichage de poste = candidatures.",
  {"meeting": M("2026-11-16", 55, "video", ["job_applications"])}, q="outlook")

c("en-meet-17", "en", "meeting", "checkin", TO, "2026-11-19 17:30", ("Victor Osei", "vosei@brocku.ca"),
  """Hi,

Phone call Tuesday the 12th, 30 minutes.

Victor""", ["Phone call Tuesday the 12th"],
  "Tuesday the 12th does not exist in Nov 2026 (the 12th is a Thursday): a careful reader asks back; date null, warn; phone, 30.",
  {"meeting": M(None, 30, "phone"), "warn": True}, q="gmail")

c("fr-meet-26", "fr", "meeting", "checkin", TO, "2026-11-05 15:00", ("Nour Haddad", "nour.haddad@hec.ca"),
  """Bonjour,

Dîner ensemble ce midi au resto près du bureau, 1h. Elle m'a parlé de sa journée type comme gestionnaire.

Nour""", ["Dîner ensemble ce midi"],
  "ce midi = 5 nov. (date du message); resto = en personne; 1h = 60; journée type, gestion.",
  {"meeting": M("2026-11-05", 60, "in_person", ["typical_day"])}, q="outlook")

c("fr-meet-27", "fr", "meeting", "checkin", TO, "2026-10-15 18:45", ("Jean-Robert Alexis", "jralexis@videotron.ca"),
  """Bonjour,

Malgré la dinde et la famille, on a trouvé 40 minutes pour un appel téléphonique le lundi de l'Action de grâce.

Jean-Robert""", ["Malgré la dinde et la famille"],
  "lundi de l'Action de grâce 2026 = 12 oct.; téléphone; 40 min.",
  {"meeting": M("2026-10-12", 40, "phone")}, q="gmail")

c("en-meet-18", "en", "meeting", "midsession", TO, "2026-11-24 21:10", ("Sophia Ramdial", "sramdial@uoguelph.ca"),
  """Hi,

Honestly it's going well. The budget cuts have everyone on edge here and I almost cancelled, but we ended up doing a quick video call last night (20 min) and it was exactly what I needed.

Sophia""", ["The budget cuts have everyone on edge here"],
  "Meeting inside a mid-session reflection: last night = Nov 23 (sent Tue Nov 24), video, 20 min.",
  {"meeting": M("2026-11-23", 20, "video")}, q="gmail")

c("en-meet-21", "en", "meeting", "checkin", TO, "2026-12-02 08:30", ("Faisal Rahman", "frahman@uwindsor.ca"),
  """Morning,

Between the strike vote and the end of term it's been chaos, so our chat this time was by phone on Sunday, barely fifteen minutes. Better than nothing.

Faisal""", ["Between the strike vote and the end of term"],
  "Sunday before Wed Dec 2 = Nov 29; phone; fifteen minutes = 15. 'chat' is a talk here, not the chat mode.",
  {"meeting": M("2026-11-29", 15, "phone")}, q="outlook")

c("en-meet-23", "en", "meeting", "checkin", TO, "2026-11-05 16:40", ("Anjali Mehta", "amehta@mcmaster.ca"),
  """Hi,

Managed to squeeze in 45 min on Teams on Nov 2nd, right after my desk shift; we mostly talked about balancing the MLIS part time with a toddler at home.

Anjali""", ["Managed to squeeze in 45 min on Teams on Nov 2nd"],
  "Nov 2, Teams = video, 45 min; balancing school and family = work/life balance.",
  {"meeting": M("2026-11-02", 45, "video", ["work_life_balance"])}, q="gmail", fmt="flowed")

c("en-meet-24", "en", "meeting", "nudge", TO, "2026-11-21 11:20", ("Jonathan Baptiste", "jbaptiste@rogers.com"),
  """Yes we did meet, sometime last week I think, in person. Not sure how long, it was over lunch.""", ["Yes we did meet, sometime last week"],
  "\"sometime last week I think\": no date a reader can use, so null and warn; in person; length not given.",
  {"meeting": M(None, None, "in_person"), "warn": True}, q="iphone")

# ---------------------------------------------------------------- goals (35)
GP = "goals_prompt"
c("en-goal-01", "en", "goals", GP, TO, "2026-10-05 20:10", ("Amira Hassan", "ahassan@gmail.com"),
  """Hi!

In the short run, I want to get my CV into shape and send out a couple of applications before the holidays. Longer term, I'd love to be heading a public services team in five or so years.

Looking forward to working with Alex!
Cheers,
Amira""", ["I want to get my CV into shape"],
  "Short and long term in prose in one paragraph; the sign-off is not a goal.",
  {"goals": [G("", "new", "short", "cv"), G("", "new", "long", "public services")]}, q="gmail")

c("fr-goal-01", "fr", "goals", GP, TO, "2026-10-06 12:30", ("Sarah Benjamin", "sbenjamin@uqtr.ca"),
  """Bonjour,

Dans les prochaines semaines, j'aimerais finir mon portfolio professionnel. À plus long terme, je me vois me diriger vers la gestion des collections numériques.

Sarah""", ["j'aimerais finir mon portfolio professionnel"],
  "Court terme (prochaines semaines) : portfolio; long terme : collections numériques.",
  {"goals": [G("", "new", "short", "portfolio"), G("", "new", "long", "collections")]}, q="outlook")

c("en-goal-02", "en", "goals", "checkin", TO, "2026-11-13 09:45", ("Marcus Williams", "mwilliams@lpl.ca"),
  """Hi,

No meeting this round, but an update: #2 - sent three applications this week, still waiting to hear back.

Marcus""", ["sent three applications this week"],
  "Progress on numbered goal 2, still open: in_progress. No meeting.",
  {"goals": [G("2", "in_progress")]}, q="gmail")

c("fr-goal-02", "fr", "goals", "midsession", TO, "2026-11-14 10:00", ("Rose-Andrée Jean", "rajean@uqo.ca"),
  """Bonjour,

Pour l'objectif 1, c'est fait! J'ai remis ma demande d'admission à la maîtrise à l'EBSI la semaine dernière.

Rose-Andrée""", ["J'ai remis ma demande d'admission"],
  "Objectif 1 atteint (c'est fait) : done.",
  {"goals": [G("1", "done")]}, q="gmail")

c("en-goal-03", "en", "goals", "midsession", VA, "2026-11-15 14:20", ("Kiran Dhaliwal", "kdhaliwal@shaw.ca"),
  """Hi,

Good news: I finished my cover letter and Alex says it's the best one she's read this year. So that's off my list.

Kiran""", ["I finished my cover letter"],
  "Unnumbered update in prose: cover letter done.",
  {"goals": [G("", "done", "", "cover letter")]}, q="gmail")

c("fr-goal-03", "fr", "goals", "midsession", TO, "2026-11-16 19:40", ("Linda Saint-Fleur", "lsaintfleur@gmail.com"),
  """Allo,

J'ai terminé mon portfolio hier soir, enfin! Sophie m'a beaucoup aidée.

Linda""", ["J'ai terminé mon portfolio hier soir"],
  "Mise à jour en prose : portfolio terminé (done).",
  {"goals": [G("", "done", "", "portfolio")]}, q="iphone")

c("en-goal-04", "en", "goals", "checkin", WI, "2026-11-20 12:15", ("Ayesha Siddiqui", "asiddiqui@mts.net"),
  """Hi,

We haven't met since last time. I'm still working on my LinkedIn profile though, the summary is giving me trouble.

Ayesha""", ["still working on my LinkedIn profile"],
  "'still working on my LinkedIn': in_progress update; no meeting.",
  {"goals": [G("", "in_progress", "", "linkedin")]}, q="outlook")

c("en-goal-05", "en", "goals", GP, TO, "2026-10-04 21:00", ("Daniel Asante", "dasante@uottawa.ca"),
  """Hello,

For the next couple of months I'd like to practice interviewing, figure out whether a second master's is worth it, and meet more people who work in academic libraries.

Daniel""", ["I'd like to practice interviewing"],
  "Three short-term goals in one sentence (next couple of months).",
  {"goals": [G("", "new", "short", "interview"), G("", "new", "short", "master"), G("", "new", "short", "academic")]}, q="gmail")

c("fr-goal-04", "fr", "goals", GP, TO, "2026-10-05 08:30", ("Maude Fontaine-Ali", "mfontaine@cegepvicto.ca"),
  """Bonjour,

D'ici la fin de la session, je voudrais refaire mon CV, devenir membre de l'ABQLA et préparer une présentation pour le congrès. Dans cinq ans, je me vois bibliothécaire en chef d'une petite bibliothèque publique.

Maude""", ["je voudrais refaire mon CV"],
  "Trois objectifs à court terme dans une phrase et un à long terme (dans cinq ans).",
  {"goals": [G("", "new", "short", "cv"), G("", "new", "short", "abqla"), G("", "new", "short", "présentation"), G("", "new", "long", "chef")]},
  q="outlook")

c("en-goal-06", "en", "goals", "midsession", TO, "2026-11-18 16:30", ("Wei Zhang", "wzhang@utoronto.ca"),
  """Hi,

I'm dropping goal 3 (the French course); it's just not realistic with my schedule this fall. The other two are fine.

Wei""", ["I'm dropping goal 3"],
  "Goal 3 dropped; the others are only mentioned.",
  {"goals": [G("3", "dropped")]},
  sig="Wei Zhang\nMetadata Librarian, University of Toronto Libraries\n" + DISC_EN,
  **{"not": ["Metadata Librarian, University of Toronto Libraries", "CONFIDENTIALITY NOTICE"]}, q="outlook")

c("fr-goal-05", "fr", "goals", "midsession", TO, "2026-11-17 13:10", ("Jacinthe Morin", "jmorin@bibliosherbrooke.ca"),
  """Bonjour,

Finalement j'abandonne l'idée du certificat en gestion de projet, ce n'est plus une priorité avec mon nouveau poste.

Jacinthe""", ["j'abandonne l'idée du certificat"],
  "Abandon en prose (sans numéro) : certificat, dropped.",
  {"goals": [G("", "dropped", "", "certificat")]}, q="gmail")

c("en-goal-07", "en", "goals", GP, VA, "2026-10-07 10:25", ("Linda Ho", "lho@burnabypubliclibrary.org"),
  """Hi,

As a mentor: for myself, over the next few years I'd like to move into a department head role. In the short term, I want to get better at giving feedback without sugar-coating it.

Linda""", ["I'd like to move into a department head role"],
  "Mentor's own goals: long (department head) and short (feedback) in one paragraph.",
  {"goals": [G("", "new", "long", "department head"), G("", "new", "short", "feedback")]},
  sig="Linda Ho\nManager, Branch Services | Burnaby Public Library\n" + LAND_VA, **{"not": ["Manager, Branch Services", "unceded traditional territories"]},
  q="gmail", mentee=False)

c("fr-goal-06", "fr", "goals", "checkin", TO, "2026-11-19 20:00", ("Moussa Traoré", "moussa.traore@gmail.com"),
  """Bonjour,

Pas de rencontre depuis la dernière fois. Objectif 2 : j'ai envoyé deux candidatures, j'attends des nouvelles.

Moussa""", ["j'ai envoyé deux candidatures"],
  "Progrès sur l'objectif 2, pas terminé : in_progress.",
  {"goals": [G("2", "in_progress")]}, q="gmail")

c("en-goal-08", "en", "goals", "midsession", HA, "2026-11-16 08:45", ("Elena Petrova", "epetrova@nscc.ca"),
  """Hi,

#1 is done and #2 is about halfway there. Thanks for checking in!

Elena""", ["#1 is done and #2 is about halfway there"],
  "Two numbered updates in one sentence: 1 done, 2 in progress.",
  {"goals": [G("1", "done"), G("2", "in_progress")]}, q="iphone")

c("fr-goal-07", "fr", "goals", GP, TO, "2026-10-06 21:15", ("Kevin Ménard", "kmenard@bibliotheque.ca"),
  """Bonsoir,

Dans l'immédiat, je veux décrocher un poste permanent. Un jour, j'aimerais enseigner à l'EBSI.

Kevin""", ["je veux décrocher un poste permanent"],
  "Court terme (dans l'immédiat) : poste permanent; long terme (un jour) : enseigner à l'EBSI.",
  {"goals": [G("", "new", "short", "permanent"), G("", "new", "long", "ebsi")]}, q="gmail")

c("en-goal-09", "en", "goals", GP, TO, "2026-10-05 13:40", ("Tanvi Kapoor", "tkapoor@sheridancollege.ca"),
  """Hi,

Soon: polish my LinkedIn profile and get a few informational interviews.
Eventually: become a liaison librarian for the sciences.

Really looking forward to working with Alex on this!
All the best,
Tanvi""", ["polish my LinkedIn profile"],
  "Two goals labelled Soon / Eventually (short and long); the closing lines are not goals.",
  {"goals": [G("", "new", "short", "linkedin"), G("", "new", "long", "liaison")]},
  sig="Tanvi Kapoor\nLibrary Technician, Trafalgar Campus", **{"not": ["Library Technician, Trafalgar Campus"]}, q="outlook")

c("fr-goal-08", "fr", "goals", GP, TO, "2026-10-07 09:05", ("Noémie Baptiste", "nbaptiste@uqac.ca"),
  """Bonjour,

Ce que j'aimerais accomplir bientôt : terminer ma formation en archivistique. Et plus tard, travailler dans un centre d'archives autochtones ou communautaires.

Au plaisir de travailler avec toi, Sophie!
Noémie""", ["terminer ma formation en archivistique"],
  "Court terme : formation en archivistique; long terme : centre d'archives; la formule de politesse n'est pas un objectif.",
  {"goals": [G("", "new", "short", "formation"), G("", "new", "long", "archives")]}, q="gmail")

c("en-goal-10", "en", "goals", GP, TO, "2026-10-06 18:00", ("Rebecca Mensah", "rmensah@ryerson.ca"),
  """Hi,

Right now I mostly want to finish the metadata certificate I started in the summer. Down the road I'd like a leadership role in a cataloguing department.

Rebecca""", ["finish the metadata certificate"],
  "HTML-only: short (right now: metadata certificate) and long (down the road: cataloguing leadership).",
  {"goals": [G("", "new", "short", "certificate"), G("", "new", "long", "cataloguing")]},
  sig="Rebecca Mensah\nCataloguing Assistant, TMU Libraries\n" + LAND_TO, **{"not": ["Cataloguing Assistant, TMU Libraries", "Mississaugas of the Credit"]}, fmt="html")

c("fr-goal-09", "fr", "goals", GP, TO, "2026-10-08 11:50", ("Hélène Desrosiers", "hdesrosiers@biblio.qc.ca"),
  """Bonjour,

À court terme, réussir mon examen de français de l'Office. À long terme, être responsable d'une bibliothèque scolaire.""", ["réussir mon examen de français"],
  "ISO-8859-1 : court terme examen de français, long terme bibliothèque scolaire.",
  {"goals": [G("", "new", "short", "examen"), G("", "new", "long", "scolaire")]},
  sig="Hélène Desrosiers\nTechnicienne en documentation\nCentre de services scolaire de Montréal", **{"not": ["Centre de services scolaire de Montréal"]}, q="outlook", fmt="latin1")

c("en-goal-11", "en", "goals", "midsession", TO, "2026-11-17 10:30", ("Jamal Hussein", "jhussein@brampton.ca"),
  """Hi,

Quick update on what I set out to do: the resume is done, sent it off Monday. The networking piece is still in progress, I went to one meetup.

Jamal""", ["the resume is done"],
  "Two unnumbered updates in prose: resume done, networking in progress.",
  {"goals": [G("", "done", "", "resume"), G("", "in_progress", "", "network")]}, q="gmail")

c("fr-goal-10", "fr", "goals", "checkin", TO, "2026-11-21 09:25", ("Carine Dupuis", "cdupuis@cegepgranby.qc.ca"),
  """Bonjour,

Pas de rencontre cette fois, mais mon CV est maintenant à jour (enfin!).

Carine""", ["mon CV est maintenant à jour"],
  "Mise à jour en prose : CV terminé; pas de rencontre.",
  {"goals": [G("", "done", "", "cv")]}, q="iphone")

c("en-goal-12", "en", "goals", "midsession", TO, "2026-11-19 15:00", ("Meera Pillai", "mpillai@oakvillelibrary.ca"),
  """Hi,

I'd like to add a short-term one: present a poster at the OLA Super Conference in February.

Meera""", ["present a poster at the OLA Super Conference"],
  "A new short-term goal added mid-session without the word goal.",
  {"goals": [G("", "new", "short", "poster")]}, q="gmail")

c("fr-goal-11", "fr", "goals", "midsession", TO, "2026-11-18 12:40", ("Dieudonné Kabila", "dkabila@uottawa.ca"),
  """Bonjour,

Le numéro 3 est réglé : j'ai passé mon entrevue et j'ai eu le poste!

Dieudonné""", ["j'ai passé mon entrevue et j'ai eu le poste"],
  "« le numéro 3 est réglé » : objectif 3 done.",
  {"goals": [G("3", "done")]}, q="outlook")

c("fr-goal-12", "fr", "goals", GP, TO, "2026-10-05 17:20", ("Alain Pierre", "apierre@gmail.com"),
  """Bonjour,

Là, tout de suite, je veux surtout décrocher un poste permanent. Dans dix ans, je me verrais bien diriger une petite bibliothèque publique en région.

Alain""", ["je veux surtout décrocher un poste permanent"],
  "Court terme : poste permanent; long terme (dans dix ans) : diriger une bibliothèque publique.",
  {"goals": [G("", "new", "short", "permanent"), G("", "new", "long", "bibliothèque")]}, q="gmail")

c("fr-goal-13", "fr", "goals", GP, TO, "2026-10-07 14:00", ("Farah Khoury", "fkhoury@bibliomontreal.ca"),
  """Bonjour,

Pour ma part, j'aimerais cette session apprendre à mieux utiliser les outils d'IA au travail; à plus long terme, siéger au conseil d'administration de la CBPQ.

Farah""", ["apprendre à mieux utiliser les outils"],
  "Mentore : court terme outils d'IA, long terme conseil d'administration de la CBPQ.",
  {"goals": [G("", "new", "short", "outils"), G("", "new", "long", "cbpq")]}, q="outlook", mentee=False)

c("en-goal-13", "en", "goals", "checkin", TO, "2026-11-24 18:15", ("Priscilla Owusu", "powusu@yorku.ca"),
  """Hi,

No meeting this time. Also: I finally passed the French proficiency test I was stressing about, that's goal 4 done!

Priscilla""", ["I finally passed the French proficiency test"],
  "Goal 4 done in passing; no meeting.",
  {"goals": [G("4", "done")]}, q="gmail")

c("fr-goal-14", "fr", "goals", "checkin", TO, "2026-11-26 10:40", ("Isabelle Théodore", "itheodore@cstrois-lacs.qc.ca"),
  """Bonjour,

Pas de rencontre, on se reprend la semaine prochaine. Objectif no 1 : en cours, j'ai un brouillon de lettre.

Isabelle""", ["j'ai un brouillon de lettre"],
  "« objectif no 1 : en cours » : in_progress; aucune rencontre (plan seulement).",
  {"goals": [G("1", "in_progress")]}, q="gmail")

c("en-goal-14", "en", "goals", "midsession", VA, "2026-11-20 09:10", ("Joseph Nakamura", "jnakamura@kpu.ca"),
  """Hi,

Scratch the webinar idea; instead I want to shadow a reference librarian for a day before Christmas.

Joseph""", ["Scratch the webinar idea"],
  "One goal dropped (webinar) and one new short-term goal (shadow, before Christmas).",
  {"goals": [G("", "dropped", "", "webinar"), G("", "new", "short", "shadow")]}, q="gmail")

c("fr-goal-15", "fr", "goals", GP, TO, "2026-10-06 16:30", ("Vanessa Étienne", "vetienne@bibliotheque.qc.ca"),
  """Bonjour,

Je me suis fixé deux choses : pour les deux prochains mois, améliorer ma présence sur LinkedIn; pour la suite de ma carrière, me spécialiser en services de recherche.

Vanessa""", ["améliorer ma présence sur LinkedIn"],
  "Deux objectifs dans une phrase : court terme LinkedIn, long terme services de recherche.",
  {"goals": [G("", "new", "short", "linkedin"), G("", "new", "long", "recherche")]}, q="gmail", fmt="qp")

c("en-goal-15", "en", "goals", "midsession", TO, "2026-11-15 20:00", ("Nadia Rahimi", "nrahimi@rogers.com"),
  """Hi,

The portfolio is maybe 60% done. Slow going but getting there.

Nadia""", ["The portfolio is maybe 60% done"],
  "Progress in percent: portfolio in progress.",
  {"goals": [G("", "in_progress", "", "portfolio")]}, q="iphone")

c("fr-goal-16", "fr", "goals", "midsession", TO, "2026-11-18 08:15", ("Pascale Joseph", "pjoseph@uqam.ca"),
  """Bonjour,

Objectif 2 — abandonné, le poste a été comblé à l'interne.

Pascale""", ["le poste a été comblé à l'interne"],
  "Objectif 2 abandonné : dropped.",
  {"goals": [G("2", "dropped")]},
  sig="Pascale Joseph\nBibliothécaire, Service des bibliothèques de l'UQAM\n" + LAND_FR,
  **{"not": ["Service des bibliothèques de l'UQAM", "Kanien'kehá:ka"]}, q="outlook")

c("en-goal-16", "en", "goals", GP, HA, "2026-10-05 19:30", ("Adebayo Ogunleye", "aogunleye@upei.ca"),
  """Hi,

Five years from now I want to be running the outreach program at a mid-size public library. By December I'd like to have presented one storytime in French.

Adebayo""", ["Five years from now I want to be running"],
  "Long-term first (five years: outreach program), then short (by December: storytime in French).",
  {"goals": [G("", "new", "long", "outreach"), G("", "new", "short", "storytime")]}, q="gmail")

c("fr-goal-17", "fr", "goals", "midsession", TO, "2026-11-16 11:30", ("Lucie Marcelin", "lmarcelin@cegepmaisonneuve.qc.ca"),
  """Bonjour,

C'est fait pour ma lettre de motivation : je l'ai envoyée vendredi avec ma candidature.

Lucie""", ["C'est fait pour ma lettre de motivation"],
  "Mise à jour en prose : lettre de motivation terminée (done).",
  {"goals": [G("", "done", "", "lettre")]}, q="gmail")

c("fr-goal-18", "fr", "goals", GP, TO, "2026-10-04 15:45", ("Sandrine Lafleur", "slafleur@biblio.laval.ca"),
  """Bonjour,

- réviser mon CV avec Sophie d'ici décembre
- viser un poste de coordination dans 3 à 5 ans

Sandrine""", ["réviser mon CV avec Sophie"],
  "Liste à puces sans étiquettes : court terme CV (d'ici décembre), long terme coordination (3 à 5 ans).",
  {"goals": [G("", "new", "short", "cv"), G("", "new", "long", "coordination")]}, q="iphone")

c("fr-goal-19", "fr", "goals", "midsession", TO, "2026-11-19 17:05", ("Bruno Mbala", "bmbala@uottawa.ca"),
  """Bonjour,

J'ai atteint mon objectif 1 et le 2 avance bien.

Bruno""", ["J'ai atteint mon objectif 1"],
  "Objectif 1 done, objectif 2 in_progress.",
  {"goals": [G("1", "done"), G("2", "in_progress")]}, q="gmail")

c("en-goal-17", "en", "goals", "midsession", WI, "2026-11-17 14:40", ("Sunita Rao", "srao@brandonu.ca"),
  """Hi,

The informational interviews: done, I did three! The leadership course is still going, two modules left.

Sunita""", ["The informational interviews: done"],
  "Two unnumbered updates: informational interviews done, leadership course in progress.",
  {"goals": [G("", "done", "", "interview"), G("", "in_progress", "", "course")]}, q="outlook")

# ---------------------------------------------------------------- not_meeting (20)
NM = "not_meeting"
c("en-notm-01", "en", NM, "checkin", TO, "2026-11-16 09:00", ("Ian Fernandes", "ifernandes@torontopubliclibrary.ca"),
  """Hi,

Not yet, but we're meeting Thursday at 2 on Zoom for an hour. I'll report back after.

Ian""", ["we're meeting Thursday at 2 on Zoom"],
  "A plan only (Thursday ahead, Zoom, an hour): nothing to log.", {"meeting": None}, q="gmail")

c("fr-notm-01", "fr", NM, "checkin", TO, "2026-11-12 13:30", ("Julie Lamontagne", "jlamontagne@bibliogatineau.ca"),
  """Bonjour,

Notre rencontre de mardi a été annulée, Sophie était malade. On reprend la semaine prochaine.

Julie""", ["Notre rencontre de mardi a été annulée"],
  "Rencontre annulée : rien à consigner.", {"meeting": None}, q="outlook")

c("en-notm-02", "en", NM, "midsession", TO, "2026-11-16 12:00", ("Gabriel Ortiz", "gortiz@uottawa.ca"),
  """Hi,

It's going well. We've been meeting about every two weeks on Teams, usually for 45 minutes, and the conversations are exactly what I hoped for.

Gabriel""", ["We've been meeting about every two weeks on Teams"],
  "A habit in a mid-session answer, no specific meeting: nothing to log.", {"meeting": None}, q="gmail")

c("fr-notm-02", "fr", NM, "wrapup", TO, "2026-12-01 19:20", ("Marguerite Joseph", "mjoseph@uqtr.ca"),
  """Note : 5

Qu'est-ce qui a bien fonctionné?
On s'est vues environ deux fois par mois, surtout en visio, et c'était le bon rythme.

Qu'est-ce qui pourrait être amélioré?
Rien de spécial.""", ["On s'est vues environ deux fois par mois"],
  "Réponse au sondage sur la fréquence des rencontres : aucune rencontre à consigner; note 5.",
  {"meeting": None, "commands": [{"name": "rating", "until": None, "value": 5}]}, q="gmail")

c("en-notm-03", "en", NM, "checkin", VA, "2026-11-05 17:10", ("Rachel Kim", "rkim@vpl.ca"),
  """Hi,

No mentoring meeting yet. I sat in on my manager's meeting with the chief librarian yesterday, two hours on the reorg, and I'm wiped.

Rachel""", ["No mentoring meeting yet"],
  "A work meeting (someone else's, yesterday, two hours) is not a mentoring meeting.", {"meeting": None}, q="gmail")

c("fr-notm-03", "fr", NM, "checkin", TO, "2026-11-18 18:45", ("Mathieu Nadeau", "mnadeau@bibliotheques.ville.qc.ca"),
  """Bonjour,

J'ai eu trois réunions d'équipe hier, dont une de deux heures sur la réorganisation, donc pas eu le temps d'appeler Sophie. Je m'en occupe cette semaine.

Mathieu""", ["J'ai eu trois réunions d'équipe hier"],
  "Réunions de travail, pas une rencontre de mentorat : rien à consigner.", {"meeting": None}, q="outlook")

c("en-notm-04", "en", NM, "nudge", TO, "2026-11-22 20:30", ("Steve Park", "spark@sympatico.ca"),
  """Please don't send me so many emails. I'll reply when we've actually met.""", ["Please don't send me so many emails"],
  "Asks for fewer reminders; 'emails' is not a meeting by email.",
  {"meeting": None, "commands": [{"name": "fewer_reminders", "until": None, "value": None}]}, q="iphone")

c("fr-notm-04", "fr", NM, "checkin", TO, "2026-11-20 10:10", ("Caroline Beaulieu", "cbeaulieu@cegepoutaouais.qc.ca"),
  """Bonjour,

On a prévu se parler au téléphone le 3 décembre, une heure. Je vous redis comment ça s'est passé.

Caroline""", ["On a prévu se parler au téléphone le 3 décembre"],
  "Plan seulement (3 déc. à venir) : rien à consigner.", {"meeting": None}, q="gmail")

c("en-notm-05", "en", NM, "checkin", TO, "2026-11-09 11:45", ("Leah Goldberg", "lgoldberg@hamiltonpl.ca"),
  """Hi,

We tried to connect on Friday but my laptop died and her phone was off, so we couldn't talk at all. Rescheduled for next Wednesday.

Leah""", ["We tried to connect on Friday"],
  "A failed attempt (could not talk at all) and a plan: nothing to log.", {"meeting": None}, q="outlook")

c("fr-notm-05", "fr", NM, "checkin", TO, "2026-11-26 15:30", ("Anne-Sophie Roy", "asroy@ulaval.ca"),
  """Bonjour,

On devait se voir jeudi au café, mais on a reporté au 4 décembre à cause d'une tempête.

Anne-Sophie""", ["on a reporté au 4 décembre"],
  "Rencontre reportée : rien à consigner.", {"meeting": None}, q="iphone")

c("en-notm-06", "en", NM, "digest", TO, "2026-11-10 08:10", ("Robert Chang", "rchang@uwo.ca"),
  """Thanks for the digest. Last year I met my mentee every other Tuesday for an hour and it worked really well; I'll suggest that rhythm to Tina.

Robert""", ["Last year I met my mentee every other Tuesday"],
  "A habit from a past session: nothing to log.", {"meeting": None}, q="gmail", mentee=False,
  subject="Re: Your mentoring digest: you and Tina")

c("fr-notm-06", "fr", NM, "checkin", TO, "2026-11-04 16:50", ("Émilie Paquette", "epaquette@bibliolongueuil.ca"),
  """Bonjour,

Rien à signaler côté mentorat. J'ai rencontré ma gestionnaire hier pour mon évaluation annuelle (1 h), ça s'est bien passé.

Émilie""", ["J'ai rencontré ma gestionnaire hier"],
  "Rencontre avec sa gestionnaire (évaluation), pas avec sa partenaire : rien à consigner.", {"meeting": None}, q="outlook")

c("fr-notm-07", "fr", NM, "nudge", TO, "2026-11-23 21:00", ("Ibrahim Sow", "isow@gmail.com"),
  """Pas encore! On n'arrête pas de se manquer. Je vous écris dès que c'est fait.""", ["On n'arrête pas de se manquer"],
  "Pas encore de rencontre : rien à consigner.", {"meeting": None}, q="iphone")

c("fr-notm-08", "fr", NM, "nudge", TO, "2026-11-13 12:20", ("Nicole Guerrier", "nguerrier@videotron.ca"),
  """Bonjour,

Pas encore eu de rencontre, mais on s'écrit par courriel pour trouver une date qui convient à nos deux horaires.

Nicole""", ["on s'écrit par courriel pour trouver une date"],
  "Courriels pour fixer une date : pas une rencontre par courriel.", {"meeting": None}, q="gmail")

c("en-notm-07", "en", NM, "checkin", WI, "2026-11-19 18:00", ("Tomás Rivera", "trivera@umanitoba.ca"),
  """I had my interview with Regina Public Library yesterday, 45 minutes on Zoom! Will tell Grace all about it when we meet next week.""",
  ["I had my interview with Regina Public Library yesterday"],
  "A job interview (date, length, Zoom) is not a mentoring meeting; the next one is only planned.", {"meeting": None}, q="gmail", partner="Grace")

c("fr-notm-09", "fr", NM, "checkin", TO, "2026-11-11 14:15", ("Roxanne Bélanger", "rbelanger@uqac.ca"),
  """Bonjour,

Pas de rencontre cette fois. J'ai assisté hier à un webinaire d'une heure sur les métadonnées que Sophie m'avait recommandé.

Roxanne""", ["J'ai assisté hier à un webinaire"],
  "Un webinaire suivi seule n'est pas une rencontre : rien à consigner.", {"meeting": None}, q="outlook")

c("en-notm-08", "en", NM, "checkin", HA, "2026-11-06 10:00", ("Deborah Clarke", "dclarke@nbed.nb.ca"),
  """Thanks, will do!""", ["Thanks, will do!"],
  "Only the quoted example has Date/Length/How; the person logs nothing.", {"meeting": None}, q="gmail")

c("fr-notm-10", "fr", NM, "checkin", TO, "2026-11-27 08:50", ("Guylaine Côté", "gcote@biblioquebec.qc.ca"),
  """Bonjour,

Si tout va bien, on devrait se parler lundi prochain en vidéo.

Guylaine""", ["on devrait se parler lundi prochain en vidéo"],
  "Conditionnel, futur : rien à consigner.", {"meeting": None}, q="gmail")

c("en-notm-09", "en", NM, "checkin", TO, "2026-11-13 16:20", ("Alicia Gomez", "agomez@utsc.utoronto.ca"),
  """Hi,

Nothing on our side yet. Sam mentioned she met with her other mentor last Wednesday for coffee, so she's been busy!

Alicia""", ["Sam mentioned she met with her other mentor"],
  "The partner's meeting with someone else: nothing to log for this pair.", {"meeting": None}, q="gmail", partner="Sam")

c("fr-notm-11", "fr", NM, "checkin", TO, "2026-11-24 13:40", ("Dominique Lavoie", "dlavoie@collegelionelgroulx.qc.ca"),
  """Bonjour,

On se parle normalement le mardi midi, mais cette semaine ça n'a pas marché. On vise jeudi.

Dominique""", ["On se parle normalement le mardi midi"],
  "Habitude + annulation + plan : rien à consigner.", {"meeting": None}, q="outlook")

# ---------------------------------------------------------------- question (15)
Q = "question"
c("en-ques-01", "en", Q, "checkin", TO, "2026-11-17 11:10", ("Monique Brathwaite", "mbrathwaite@torontopubliclibrary.ca"),
  """Hi,

Is it okay if we switch to meeting once a month? Alex's schedule is brutal until January.

Monique""", ["Is it okay if we switch to meeting once a month"],
  "Asks the committee whether monthly meetings are allowed: question; the plan is not a meeting.",
  {"question": True}, q="gmail")

c("fr-ques-01", "fr", Q, "wrapup", TO, "2026-12-02 10:00", ("Sylvie Boisvert", "sboisvert@cegepsherbrooke.qc.ca"),
  """Note : 4

Autre chose pour le comité?
Est-ce que je peux avoir une lettre de participation pour mon dossier de perfectionnement?""", ["Est-ce que je peux avoir une lettre de participation"],
  "Demande au comité (lettre de participation) : question; note 4 sous la question citée.",
  {"question": True, "commands": [{"name": "rating", "until": None, "value": 4}]}, q="gmail")

c("en-ques-02", "en", Q, "nudge", TO, "2026-11-25 14:00", ("Kayla Thompson", "kthompson@brocku.ca"),
  """Hi,

My mentor hasn't replied to my last three emails. I'm not sure what to do at this point and I don't want to be pushy.

Kayla""", ["My mentor hasn't replied to my last three emails"],
  "A problem in the pair with no question mark: needs the committee, so question.", {"question": True}, q="outlook")

c("fr-ques-02", "fr", Q, "midsession", TO, "2026-11-16 20:20", ("Naïma Boudreau", "nboudreau@umontreal.ca"),
  """Bonjour,

Je me demande s'il serait possible de changer de mentore. Nos horaires ne concordent jamais et je sens que ça ne fonctionne pas.

Naïma""", ["Je me demande s'il serait possible de changer de mentore"],
  "Demande indirecte au comité (changer de mentore) : question.", {"question": True}, q="gmail")

c("en-ques-03", "en", Q, "midsession", VA, "2026-11-16 13:30", ("Oliver Grant", "ogrant@sd.ubc.ca"),
  """Hi,

Things are fine. Who do I talk to about getting the session extended by a few weeks? We started late.

Oliver""", ["Who do I talk to about getting the session extended"],
  "Question without the word question: asks how to extend the session.", {"question": True}, q="gmail")

c("fr-ques-03", "fr", Q, "checkin", TO, "2026-11-17 12:30", ("Manon Hyppolite", "mhyppolite@bibliomontreal.ca"),
  """Bonjour,

On s'est parlé hier 30 min au téléphone. Par ailleurs, savez-vous si le programme sera offert à nouveau au printemps?

Manon""", ["savez-vous si le programme sera offert à nouveau"],
  "Rencontre (hier = 16 nov., 30 min, téléphone) et question au comité sur le printemps.",
  {"meeting": M("2026-11-16", 30, "phone"), "question": True}, q="outlook")

c("en-ques-04", "en", Q, "checkin", TO, "2026-11-12 09:50", ("Ayo Adebisi", "aadebisi@mcmaster.ca"),
  """Hi,

We met yesterday by video for 40 minutes. At one point she laughed and said "how do you even get on a board?" and we spent the rest of the time on exactly that.

Ayo""", ["how do you even get on a board?"],
  "A question quoted from the conversation is not for the committee: question false. Meeting Nov 11, video, 40, committees.",
  {"meeting": M("2026-11-11", 40, "video", ["committees"]), "question": False}, q="gmail")

c("fr-ques-04", "fr", Q, "checkin", TO, "2026-11-20 15:10", ("Rita Saliba", "rsaliba@uqtr.ca"),
  """Bonjour,

Rencontre mercredi en vidéo, 1 h, sur mes entrevues. Qui aurait cru que les entrevues en panel seraient si stressantes?

Rita""", ["Qui aurait cru que les entrevues en panel"],
  "Question rhétorique : pas de question au comité. Rencontre 18 nov., vidéo, 60, entrevues.",
  {"meeting": M("2026-11-18", 60, "video", ["interviews"]), "question": False}, q="gmail")

c("en-ques-05", "en", Q, "wrapup", TO, "2026-12-01 16:00", ("Nathan Ali", "nali@queensu.ca"),
  """Rating: 4

question: does the mentor also need to fill out this survey, or just the mentee?""", ["does the mentor also need to fill out this survey"],
  "Explicit 'question:' to the committee; rating 4.",
  {"question": True, "commands": [{"name": "rating", "until": None, "value": 4}]}, q="gmail", mentee=False)

c("fr-ques-05", "fr", Q, "midsession", TO, "2026-11-18 22:00", ("Samira Ouellet", "souellet@gmail.com"),
  """Bonjour,

J'aurais besoin de conseils : ma mentore fait souvent des commentaires sur mon accent pendant nos rencontres et ça me met mal à l'aise. Je ne sais pas comment aborder le sujet.

Samira""", ["J'aurais besoin de conseils"],
  "Aide demandée pour un problème dans la paire : question.", {"question": True}, q="gmail")

c("en-ques-06", "en", Q, "digest", TO, "2026-11-09 10:40", ("Helen Yeung", "hyeung@markham.library.on.ca"),
  """Not sure if this is the right place, but can mentors attend the info session on the 10th, or is it only for the new cohort?""",
  ["can mentors attend the info session on the 10th"],
  "Asks the committee about the info session: question.", {"question": True}, q="outlook", mentee=False,
  subject="RE: Your mentoring digest: you and Alex")

c("fr-ques-06", "fr", Q, "checkin", TO, "2026-11-23 11:05", ("Audrey Bastien", "abastien@cegep-fxg.qc.ca"),
  """Bonjour,

Pouvez-vous me rappeler la date de fin de la session? Je veux planifier nos deux dernières rencontres.

Audrey""", ["Pouvez-vous me rappeler la date de fin de la session?"],
  "Question au comité (date de fin) : question; pas de rencontre.", {"question": True}, q="iphone")

c("en-ques-07", "en", Q, "midsession", HA, "2026-11-17 19:45", ("Jerome Bailey", "jbailey@acadiau.ca"),
  """Hi,

Can I add a second mentor, or is it one pair only? I'd love some advice from someone in archives too.

Jerome""", ["Can I add a second mentor"],
  "Asks the committee about a second mentor: question.", {"question": True}, q="gmail")

c("fr-ques-07", "fr", Q, "checkin", TO, "2026-11-22 14:25", ("Josiane Pierre", "jpierre@bibliolaval.ca"),
  """Bonjour,

Comment je fais pour corriger la durée d'une rencontre que j'ai déjà consignée? Je me suis trompée de 30 minutes.

Josiane""", ["Comment je fais pour corriger la durée"],
  "Question au comité sur la correction d'une rencontre déjà consignée; rien de nouveau à consigner.",
  {"question": True}, q="outlook")

c("fr-ques-08", "fr", Q, "midsession", TO, "2026-11-15 10:15", ("Julien Haddad", "jhaddad@uqam.ca"),
  """Bonjour,

Aucune question pour l'instant, tout va bien! Merci au comité pour l'organisation.

Julien""", ["Aucune question pour l'instant, tout va bien"],
  "Contient le mot « question » mais ne pose rien : question false.", {"question": False}, q="gmail")

# ---------------------------------------------------------------- topics (15)
T = "topics"
c("en-topi-01", "en", T, "checkin", TO, "2026-11-11 15:00", ("Bianca Ferreira", "bferreira@ottawapubliclibrary.ca"),
  """Hi,

Zoom on Monday, 45 min. She told me how she went from running a used bookstore to doing her MLIS at forty, which was really inspiring.

Bianca""", ["She told me how she went from running a used bookstore"],
  "A career path story in other words: Nov 9, 45, video, career_path.",
  {"meeting": M("2026-11-09", 45, "video", ["career_path"])}, q="gmail")

c("fr-topi-01", "fr", T, "checkin", TO, "2026-11-13 17:30", ("Sophie-Anne Bazile", "sabazile@bibliomontreal.ca"),
  """Bonjour,

Appel vidéo jeudi, 1 h. On a parlé du fait que je suis la seule personne racisée dans mon équipe et de comment ça pèse parfois.

Sophie-Anne""", ["je suis la seule personne racisée dans mon équipe"],
  "Seule personne racisée de l'équipe = diversité; jeudi = 12 nov.; vidéo; 60.",
  {"meeting": M("2026-11-12", 60, "video", ["diversity"])}, q="gmail")

c("en-topi-02", "en", T, "checkin", VA, "2026-11-18 20:15", ("Grace Lim", "glim@richmondlibrary.ca"),
  """Hi,

Phone, yesterday, 40 min. Mostly about not answering work email at 10 pm and how close I am to burning out.

Grace""", ["not answering work email at 10 pm"],
  "Burnout and disconnecting = work/life balance; Nov 17, phone, 40.",
  {"meeting": M("2026-11-17", 40, "phone", ["work_life_balance"])}, q="iphone")

c("fr-topi-02", "fr", T, "checkin", TO, "2026-12-02 09:00", ("Carole Augustin", "caugustin@cegepsl.qc.ca"),
  """Bonjour,

Rencontre lundi en personne, 45 minutes. On a surtout parlé de comment arriver à tout remettre à temps en fin de session quand tout tombe la même semaine.

Carole""", ["comment arriver à tout remettre à temps"],
  "Remettre à temps quand tout tombe en même temps = gestion du temps; lundi = 30 nov.; en personne; 45.",
  {"meeting": M("2026-11-30", 45, "in_person", ["time_management"])}, q="outlook")

c("en-topi-03", "en", T, "checkin", TO, "2026-11-06 18:40", ("Derek Obi", "dobi@wpl.ca"),
  """Hey,

Coffee at Settlement on Thursday, about an hour. Mostly just vented about my job, honestly.

Derek""", ["Mostly just vented about my job"],
  "'my job' = current role; Thursday = Nov 5; coffee = in person; 60.",
  {"meeting": M("2026-11-05", 60, "in_person", ["current_role"])}, q="gmail")

c("fr-topi-03", "fr", T, "checkin", TO, "2026-11-10 12:50", ("Kathleen Jean-Baptiste", "kjeanbaptiste@ulaval.ca"),
  """Bonjour,

Téléphone dimanche, 30 min. Elle m'a encouragée à me présenter à l'exécutif de la Corporation des bibliothécaires professionnels.

Kathleen""", ["Elle m'a encouragée à me présenter"],
  "Exécutif d'une association = comités; dimanche = 8 nov.; téléphone; 30.",
  {"meeting": M("2026-11-08", 30, "phone", ["committees"])}, q="gmail")

c("en-topi-04", "en", T, "checkin", TO, "2026-11-27 11:30", ("Fatima Zahra", "fzahra@uwindsor.ca"),
  """Hi,

Teams video on Wednesday for 50 minutes. We talked about whether I should go to the OLA Super Conference this winter and how to pitch it to my supervisor.

Fatima""", ["whether I should go to the OLA Super Conference"],
  "A named conference = conferences; Nov 25; video; 50.",
  {"meeting": M("2026-11-25", 50, "video", ["conferences"])}, q="outlook")

c("fr-topi-04", "fr", T, "checkin", TO, "2026-11-17 10:30", ("Mireille Dorcé", "mdorce@bibliosherbrooke.ca"),
  """Date : hier
Durée : 1 h
Mode : vidéo
Sujets : 7 et 8""", ["Sujets : 7 et 8"],
  "Sujets par numéro de la liste citée (7 Entrevues, 8 Candidatures); hier = 16 nov.; vidéo; 60.",
  {"meeting": M("2026-11-16", 60, "video", ["interviews", "job_applications"])}, q="gmail", topics=[7, 8, 12])

c("en-topi-05", "en", T, "checkin", TO, "2026-11-05 09:20", ("Luis Moreno", "lmoreno@guelph.ca"),
  """We met Tuesday on Zoom, 40 min, and covered #4 and #13 from your list.""", ["covered #4 and #13 from your list"],
  "Topics by number from the quoted list (4 Diversity, 13 technologies); Nov 3; video; 40.",
  {"meeting": M("2026-11-03", 40, "video", ["diversity", "technology"])}, q="gmail", topics=[4, 13, 19])

c("fr-topi-05", "fr", T, "checkin", TO, "2026-11-24 16:45", ("Valérie Thermidor", "vthermidor@cegepdrummond.ca"),
  """Bonjour,

En personne vendredi, une heure. Mon contrat de remplacement finit en mars et je ne sais pas s'il sera renouvelé, alors on a parlé de ça.

Valérie""", ["Mon contrat de remplacement finit en mars"],
  "Contrat de remplacement = précarité; vendredi = 20 nov.; en personne; 60.",
  {"meeting": M("2026-11-20", 60, "in_person", ["job_precarity"])}, q="outlook")

c("en-topi-06", "en", T, "checkin", TO, "2026-11-26 14:10", ("Kofi Mensah", "kmensah@carleton.ca"),
  """Hi,

Zoom yesterday, an hour. She ran a mock panel for me and grilled me with "tell me about a time when" questions. Brutal but useful.

Kofi""", ["She ran a mock panel for me"],
  "A mock panel with 'tell me about a time' = interviews; Nov 25; video; 60.",
  {"meeting": M("2026-11-25", 60, "video", ["interviews"])}, q="gmail")

c("fr-topi-06", "fr", T, "checkin", TO, "2026-11-19 13:35", ("Isabelle Nguyen", "inguyen@banq.qc.ca"),
  """Bonjour,

Visio mardi, 45 min. On a parlé de ChatGPT au comptoir de référence et de ce que les usagers en font.

Isabelle""", ["On a parlé de ChatGPT au comptoir de référence"],
  "ChatGPT = technologies; mardi = 17 nov.; vidéo; 45.",
  {"meeting": M("2026-11-17", 45, "video", ["technology"])}, q="gmail")

c("en-topi-07", "en", T, "checkin", TO, "2026-10-22 19:00", ("Sandra Obeng", "sobeng@ajaxlibrary.ca"),
  """Hi,

Phone call Monday, 30 min. Our two branches are being folded into one in January and she walked me through how she survived the same thing in 2019.

Sandra""", ["Our two branches are being folded into one"],
  "Branches folded into one = change management; Monday = Oct 19; phone; 30.",
  {"meeting": M("2026-10-19", 30, "phone", ["change_management"])}, q="outlook")

c("fr-topi-07", "fr", T, "checkin", TO, "2026-11-12 10:45", ("Aminata Koné", "akone@umontreal.ca"),
  """Bonjour,

Rencontre lundi au café, 45 min. Je voulais savoir à quoi ressemble une journée normale pour elle au service de référence.

Aminata""", ["à quoi ressemble une journée normale pour elle"],
  "Journée normale = journée type; lundi = 9 nov.; café = en personne; 45.",
  {"meeting": M("2026-11-09", 45, "in_person", ["typical_day"])}, q="gmail")

c("fr-topi-08", "fr", T, "checkin", TO, "2026-11-03 20:00", ("Frantz Saint-Louis", "fsaintlouis@bibliolaval.ca"),
  """Bonjour,

Zoom hier, 40 min. On a parlé de mon poste actuel et de son parcours à elle.

Frantz""", ["On a parlé de mon poste actuel"],
  "Mots mêmes du catalogue : poste actuel et parcours; hier = 2 nov.; vidéo; 40.",
  {"meeting": M("2026-11-02", 40, "video", ["current_role", "career_path"])}, q="gmail")

# extra transport variety (kept apart so the case bodies stay readable)
OVERRIDES = {
    "t9-en-goal-11": {"fmt": "flowed"}, "t9-en-notm-03": {"fmt": "flowed"}, "t9-en-topi-04": {"fmt": "flowed"},
    "t9-fr-notm-11": {"fmt": "flowed"}, "t9-fr-topi-06": {"fmt": "html"}, "t9-en-ques-03": {"fmt": "html"},
    "t9-fr-goal-16": {"fmt": "html", "hstyle": "outlook"}, "t9-en-goal-06": {"fmt": "html", "hstyle": "outlook"},
    "t9-fr-ques-05": {"fmt": "b64"}, "t9-fr-notm-03": {"fmt": "qp"}, "t9-en-topi-02": {"fmt": "qp"},
}
for _c in CASES:
    _c.update(OVERRIDES.get(_c["id"], {}))

if __name__ == "__main__":
    n = build(CASES)
    print(n, "cases")
