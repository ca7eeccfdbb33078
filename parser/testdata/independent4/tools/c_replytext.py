from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

w = "2026-11-13 10:30"
add("rt-en-01", "en", "reply_text", "checkin", V, w, "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "Met yesterday by phone, 30 min, talked about interviews.",
    "UBC signature with pronouns, title and land acknowledgement must be cut",
    meeting=M(rel(w, -1), 30, "phone", ["interviews"]), has=["Met yesterday by phone"],
    sig="--\nJordan Whitfield (he/him)\nMLIS Candidate | Graduate Academic Assistant\niSchool, University of British Columbia\n\nUBC Vancouver is located on the traditional, ancestral, and unceded territory of the xwməθkwəy̓əm (Musqueam) people.",
    not_=["Graduate Academic Assistant", "unceded territory of the"])
w = "2026-11-20 15:00"
add("rt-en-02", "en", "reply_text", "checkin", T, w, "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "We met on Nov 17 in person at the Reference Library, about an hour. Mostly networking and committees.",
    "HTML-only Outlook reply (divRplyFwdMsg): signature and disclaimer must go",
    meeting=M("2026-11-17", 60, "in_person", ["committees"]), has=["at the Reference Library"], style="html_outlook",
    sig="Aisha Mohamed\nBranch Head (Acting), Parliament Street Branch\nToronto Public Library\n\nThis e-mail is intended only for the person to whom it is addressed and may contain confidential information. If you have received it in error, please notify the sender and delete it.",
    not_=["Branch Head (Acting)", "intended only for the person to whom it is addressed"])
w = "2026-11-04 07:45"
add("rt-en-03", "en", "reply_text", "nudge", H, w, "Colin MacIsaac <cmacisaac@halifax.ca>",
    "Yes! Phone call on Monday, 20 min. Will write more later.",
    "iPhone footer and Apple quote must be cut",
    meeting=M(lastwd(w, 0), 20, "phone"), has=["Will write more later"], sig="Sent from my iPhone", not_=["Sent from my iPhone"], style="apple")
w = "2026-11-24 13:15"
add("rt-en-04", "en", "reply_text", "checkin", W, w, "Rachel Dyck <rdyck@umanitoba.ca>",
    "Nothing to log this time, we're meeting next week.",
    "'-----Original Message-----' quote and long signature must be cut",
    has=["Nothing to log this time"], style="original",
    sig="Rachel Dyck, MLIS\nLiaison Librarian | Elizabeth Dafoe Library\nUniversity of Manitoba | 204-474-0000\n\nThe University of Manitoba campuses are located on original lands of Anishinaabeg, Ininiwak, Anisininewuk, Dakota Oyate and Dene peoples, and on the National Homeland of the Red River Métis.",
    not_=["Liaison Librarian | Elizabeth Dafoe Library", "National Homeland of the Red River"])
w = "2026-11-11 16:50"
add("rt-en-05", "en", "reply_text", "checkin", T, w, "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "Video call today with Priya, 45 minutes. We went through the job posting for the data librarian role at McMaster and what they likely mean by 'research data management experience'.",
    "HTML-only Gmail reply; gmail_quote must be cut",
    meeting=M(rel(w, 0), 45, "video", ["job_applications"]), has=["data librarian role at McMaster"], style="html_gmail",
    sig="Marcus Lee\nMLIS, Western University (2025)", not_=["MLIS, Western University"])
w = "2026-11-27 09:10"
add("rt-en-06", "en", "reply_text", "checkin", S, w, "Siobhan Walsh <swalsh@mun.ca>",
    "Met Tuesday at the Fixed Coffee on Duckworth, an hour. Talked about her path into archives and my MUN studies. Very much enjoying this - thanks for organizing it!",
    "format=flowed plain text with a long line; St. John's tz; quote cut",
    meeting=M(lastwd(w, 1), 60, "in_person", ["career_path", "current_role"]), has=["thanks for organizing it"], style="gmail", enc="flowed",
    sig="Siobhan Walsh\nArchives Assistant, Memorial University Libraries\nSt. John's, NL", not_=["Archives Assistant, Memorial University Libraries"])
w = "2026-10-16 12:00"
add("rt-en-07", "en", "reply_text", "introduction", V, w, "Tom Birchall <tbirchall@sfu.ca>",
    "Thanks for setting this up. Priya and I already connected and have a first call on the 21st.",
    "base64 body; plan only; SFU signature and acknowledgement cut",
    has=["already connected"], style="outlook", enc="b64",
    sig="Tom Birchall | Head, Research Commons\nSimon Fraser University Library\nSFU respectfully acknowledges the xʷməθkʷəy̓əm (Musqueam), Sḵwx̱wú7mesh Úxwumixw (Squamish), səl̓ilw̓ətaʔɬ (Tsleil-Waututh), q̓íc̓əy̓ (Katzie), kʷikʷəƛ̓əm (Kwikwetlem), Qayqayt, Kwantlen, Semiahmoo and Tsawwassen peoples on whose unceded traditional territories our three campuses reside.",
    not_=["Head, Research Commons", "SFU respectfully acknowledges"])
w = "2026-11-19 18:05"
add("rt-en-08", "en", "reply_text", "checkin", T, w, "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "Logged: Nov 18, phone, 40 min. Topic 9 - work/life balance.",
    "BlackBerry-style footer and bilingual disclaimer cut",
    meeting=M("2026-11-18", 40, "phone", ["work_life_balance"]), has=["Topic 9"], style="outlook",
    sig="Ben Okafor\nLibrary Technician | Technicien de bibliothèque\nOttawa Public Library | Bibliothèque publique d'Ottawa\n\nThis e-mail originates from the City of Ottawa e-mail system. Any distribution, use or copying of this e-mail or the information it contains by other than the intended recipient(s) is unauthorized.\nLe présent courriel a été expédié par le système de courriels de la Ville d'Ottawa.",
    not_=["originates from the City of Ottawa", "système de courriels de la Ville"])
w = "2026-11-02 11:25"
add("rt-en-09", "en", "reply_text", "confidentiality", W, w, "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "Got it, thanks.",
    "very short reply; everything after is signature/quote",
    has=["Got it, thanks"], style="gmail",
    sig="Dana Kowalchuk\nLibrary Assistant II, Millennium Library\nWinnipeg Public Library\nWe acknowledge that Winnipeg is in Treaty 1 Territory.",
    not_=["Millennium Library", "Treaty 1 Territory"])
w = "2026-11-25 20:20"
add("rt-en-10", "en", "reply_text", "checkin", H, w, "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "Met Sunday over Zoom for 35 min. Talked about the CFLA conference.",
    "signature separated by '-- ' and a Halifax land acknowledgement",
    meeting=M(lastwd(w, 6), 35, "video", ["conferences"]), has=["Met Sunday over Zoom"], style="gmail",
    sig="-- \nPriya Raman (she/her)\nReference Librarian, Halifax Central Library\nWe are in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq People.",
    not_=["Reference Librarian, Halifax Central Library", "ancestral and unceded territory of the Mi'kmaq"])

w = "2026-11-13 11:40"
add("rt-fr-01", "fr", "reply_text", "checkin", T, w, "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Rencontre hier en visio, 1 h, sur les entrevues.",
    "signature BAnQ et avis de confidentialité à retirer",
    meeting=M(rel(w, -1), 60, "video", ["interviews"]), has=["Rencontre hier en visio"], style="outlook",
    sig="Geneviève Tremblay\nBibliothécaire de référence\nBibliothèque et Archives nationales du Québec\n\nAVIS : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire. Si vous n'êtes pas le destinataire visé, veuillez le supprimer.",
    not_=["Bibliothécaire de référence", "pièces jointes sont confidentiels"])
w = "2026-11-19 10:05"
add("rt-fr-02", "fr", "reply_text", "checkin", T, w, "Nadia Benali <nadia.benali@uqam.ca>",
    "On s'est vues le 17 novembre au café Myriade, environ une heure. On a parlé de mon parcours.",
    "courriel HTML seulement (divRplyFwdMsg); signature et reconnaissance territoriale retirées",
    meeting=M("2026-11-17", 60, "in_person", ["career_path"]), has=["au café Myriade"], style="html_outlook",
    sig="Nadia Benali\nBibliothécaire, Service des bibliothèques de l'UQAM\nL'UQAM est située en territoire autochtone non cédé.",
    not_=["Service des bibliothèques de l'UQAM", "territoire autochtone non cédé"])
w = "2026-11-05 07:30"
add("rt-fr-03", "fr", "reply_text", "nudge", T, w, "Luc Cormier <luc.cormier@umoncton.ca>",
    "Oui, appel lundi, 20 min. Je t'en dis plus bientôt.",
    "pied de page « Envoyé de mon iPhone » et citation Apple retirés",
    meeting=M(lastwd(w, 0), 20, "phone"), has=["Je t'en dis plus bientôt"], sig="Envoyé de mon iPhone", not_=["Envoyé de mon iPhone"], style="apple")
w = "2026-11-24 14:40"
add("rt-fr-04", "fr", "reply_text", "checkin", T, w, "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "Rien à consigner cette fois, on se voit la semaine prochaine.",
    "texte ISO-8859-1 en quoted-printable; citation Outlook retirée",
    has=["Rien à consigner cette fois"], style="outlook", charset="iso-8859-1",
    sig="Karine Bouchard\nTechnicienne en documentation, Cégep de Sherbrooke", not_=["Technicienne en documentation, Cégep"])
w = "2026-11-11 15:55"
add("rt-fr-05", "fr", "reply_text", "checkin", T, w, "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Appel vidéo aujourd'hui avec Mathieu, 45 minutes. On a regardé ensemble l'offre d'emploi de la bibliothèque de Longueuil.",
    "courriel HTML Gmail seulement; gmail_quote retiré",
    meeting=M(rel(w, 0), 45, "video", ["job_applications"]), has=["bibliothèque de Longueuil"], style="html_gmail")
w = "2026-11-27 12:30"
add("rt-fr-06", "fr", "reply_text", "checkin", T, w, "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "On s'est vus mardi au Café Krieghoff, une heure. On a parlé de gestion et de mon emploi actuel. Merci encore pour ce programme, c'est vraiment apprécié!",
    "format=flowed avec une longue ligne; citation Gmail retirée",
    meeting=M(lastwd(w, 1), 60, "in_person", ["management", "current_role"]), has=["c'est vraiment apprécié"], style="gmail", enc="flowed",
    sig="Sophie Lavoie\nChef de section, Bibliothèque de Québec", not_=["Chef de section, Bibliothèque de Québec"])
w = "2026-10-16 13:00"
add("rt-fr-07", "fr", "reply_text", "introduction", H, w, "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Merci! Mathieu et moi avons déjà un premier appel prévu le 21.",
    "citation « -----Original Message----- » et signature gouvernementale bilingue retirées",
    has=["premier appel prévu le 21"], style="original",
    sig="Émilie Arsenault\nBibliothécaire régionale / Regional Librarian\nService des bibliothèques publiques du N.-B. / NB Public Library Service\n\nAVIS DE CONFIDENTIALITÉ / CONFIDENTIALITY NOTICE: Ce courriel est destiné uniquement à son destinataire. This e-mail is intended only for its recipient.",
    not_=["Bibliothécaire régionale / Regional Librarian", "AVIS DE CONFIDENTIALITÉ / CONFIDENTIALITY NOTICE"])
w = "2026-11-19 17:20"
add("rt-fr-08", "fr", "reply_text", "checkin", T, w, "Annie Roy <annie.roy@biblio.laval.ca>",
    "Rencontre le 18 novembre, téléphone, 40 min. Sujet 9.",
    "ISO-8859-1; signature et avis retirés",
    meeting=M("2026-11-18", 40, "phone", ["work_life_balance"]), has=["Sujet 9"], style="gmail", charset="iso-8859-1",
    sig="Annie Roy\nBibliothécaire responsable, Bibliothèque Gabrielle-Roy\nVille de Laval\nAvant d'imprimer ce courriel, pensez à l'environnement.",
    not_=["Bibliothécaire responsable", "pensez à l'environnement"])
w = "2026-11-02 09:50"
add("rt-fr-09", "fr", "reply_text", "confidentiality", W, w, "Chantal Fillion <cfillion@ustboniface.ca>",
    "Bien reçu, merci.",
    "réponse très courte; tout le reste est signature ou citation",
    has=["Bien reçu, merci"], style="outlook",
    sig="Chantal Fillion\nBibliothécaire, Université de Saint-Boniface\nL'Université de Saint-Boniface est située sur le territoire du Traité no 1 et sur la patrie de la Nation métisse.",
    not_=["Bibliothécaire, Université de Saint-Boniface", "territoire du Traité no 1"])
w = "2026-11-25 21:00"
add("rt-fr-10", "fr", "reply_text", "checkin", T, w, "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Rencontre dimanche sur Zoom, 35 min, on a parlé du congrès de l'ABQLA.",
    "signature après « -- » et reconnaissance territoriale retirées",
    meeting=M(lastwd(w, 6), 35, "video", ["conferences"]), has=["Rencontre dimanche sur Zoom"], style="gmail",
    sig="-- \nMathieu Gagnon (il/lui)\nBibliothécaire, Bibliothèques UdeM\nL'Université de Montréal est située en territoire autochtone, lequel n'a jamais été cédé.",
    not_=["Bibliothécaire, Bibliothèques UdeM", "lequel n'a jamais été cédé"])
