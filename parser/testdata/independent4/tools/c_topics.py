from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

w = "2026-11-04 10:00"
add("top-en-01", "en", "topics", "checkin", T, w, "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "Met yesterday on Zoom, 45 min. I told her about being the only racialized person on staff at my branch and how that feels some days.",
    "being the only racialized person on staff = diversity, without the catalogue's words",
    meeting=M(rel(w, -1), 45, "video", ["diversity"]), has=["only racialized person on staff"])
w = "2026-11-13 15:30"
add("top-en-02", "en", "topics", "checkin", V, w, "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "Phone call Wednesday, 30 min. We talked about disconnecting after work and not answering Slack at night, I've been running on empty.",
    "disconnecting / running on empty = work_life_balance",
    meeting=M(lastwd(w, 2), 30, "phone", ["work_life_balance"]), has=["disconnecting after work"], style="outlook", utc=True)
w = "2026-11-18 09:20"
add("top-en-03", "en", "topics", "checkin", H, w, "Colin MacIsaac <cmacisaac@halifax.ca>",
    "We met Monday in person at the Central Library, about an hour. Mostly about juggling deadlines and how she plans her week with a to-do system.",
    "deadlines and planning the week = time_management",
    meeting=M(lastwd(w, 0), 60, "in_person", ["time_management"]), has=["juggling deadlines"], style="gmail")
w = "2026-10-21 18:45"
add("top-en-04", "en", "topics", "checkin", W, w, "Rachel Dyck <rdyck@umanitoba.ca>",
    "Video call on Oct 19, 40 min. She's on the executive of the Manitoba Library Association and encouraged me to run for a spot next spring.",
    "an association's executive = committees",
    meeting=M("2026-10-19", 40, "video", ["committees"]), has=["Manitoba Library Association"], style="apple")
w = "2026-11-26 11:00"
add("top-en-05", "en", "topics", "checkin", T, w, "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "Log: Nov 24, 1 hour, video. Talked about my current role, and whether the OLA Super Conference is worth it for a new grad.",
    "catalogue's own words: 'current role' and a named conference",
    meeting=M("2026-11-24", 60, "video", ["current_role", "conferences"]), has=["OLA Super Conference"], style="html_gmail")
w = "2026-11-10 13:15"
add("top-en-06", "en", "topics", "checkin", S, w, "Siobhan Walsh <swalsh@mun.ca>",
    "We met Sunday by video, 35 minutes or so. I'm on my third contract in two years and we talked about how to deal with never having a permanent position.",
    "serial contracts, no permanent position = job_precarity",
    meeting=M(lastwd(w, 6), 35, "video", ["job_precarity"]), has=["third contract in two years"], style="gmail")
w = "2026-11-06 16:40"
add("top-en-07", "en", "topics", "checkin", V, w, "Tom Birchall <tbirchall@sfu.ca>",
    "Met today over Teams for 50 min. He explained how his library is rolling out ChatGPT-style tools at the reference desk and what that means for us.",
    "ChatGPT-style tools = technology",
    meeting=M(rel(w, 0), 50, "video", ["technology"]), has=["rolling out ChatGPT-style tools"], style="outlook", enc="qp")
w = "2026-11-20 08:30"
add("top-en-08", "en", "topics", "checkin", T, w, "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "Coffee yesterday at Bridgehead, an hour. We went over my resume line by line, then she told me about a recent article on library closures.",
    "resume = job_applications; an article = current_topics; Bridgehead café = in person",
    meeting=M(rel(w, -1), 60, "in_person", ["job_applications", "current_topics"]), has=["went over my resume line by line"], style="gmail")
w = "2026-11-02 19:00"
add("top-en-09", "en", "topics", "checkin", W, w, "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "Phone, Friday, 40 min. We talked about my job. Honestly mostly about my job and my manager changing the whole desk schedule.",
    "'my job' = current_role",
    meeting=M(lastwd(w, 4), 40, "phone", ["current_role"]), has=["We talked about my job"], style="apple")
w = "2026-11-24 12:10"
add("top-en-10", "en", "topics", "checkin", H, w, "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "Met Nov 23 by video, 45 min. We did a mock interview for the Dalhousie position and then talked about the certificate in digital curation she took.",
    "mock interview = interviews; certificate = professional_development",
    meeting=M("2026-11-23", 45, "video", ["interviews", "professional_development"]), has=["certificate in digital curation"], style="outlook")

w = "2026-11-05 20:00"
add("top-fr-01", "fr", "topics", "checkin", T, w, "Nadia Benali <nadia.benali@uqam.ca>",
    "On s'est parlé hier en visio (45 min). Je lui ai raconté comment je suis arrivée en bibliothèque après dix ans comme traductrice.",
    "récit d'arrivée dans le métier = career_path",
    meeting=M(rel(w, -1), 45, "video", ["career_path"]), has=["dix ans comme traductrice"])
w = "2026-11-12 09:10"
add("top-fr-02", "fr", "topics", "checkin", T, w, "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Rencontre mardi en personne, 1 h. On a parlé du fait que je suis la seule personne noire dans mon équipe et des commentaires déplacés que j'entends parfois.",
    "seule personne noire de l'équipe, commentaires déplacés = diversity",
    meeting=M(lastwd(w, 1), 60, "in_person", ["diversity"]), has=["seule personne noire dans mon équipe"], style="outlook")
w = "2026-11-19 14:00"
add("top-fr-03", "fr", "topics", "checkin", T, w, "Luc Cormier <luc.cormier@umoncton.ca>",
    "Appel hier, 30 minutes. On a parlé de décrocher le soir et la fin de semaine, je suis pas mal à boutte ces temps-ci.",
    "décrocher, être à boutte = work_life_balance (québécisme)",
    meeting=M(rel(w, -1), 30, "phone", ["work_life_balance"]), has=["décrocher le soir"], style="gmail")
w = "2026-10-28 11:30"
add("top-fr-04", "fr", "topics", "checkin", T, w, "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "On s'est vues lundi sur Zoom, 50 min. Elle siège à l'exécutif de la CBPQ et m'a expliqué comment s'impliquer.",
    "exécutif d'une corporation professionnelle = committees",
    meeting=M(lastwd(w, 0), 50, "video", ["committees"]), has=["Elle siège à l'exécutif"], style="apple")
w = "2026-11-25 16:15"
add("top-fr-05", "fr", "topics", "checkin", T, w, "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Vidéo le 24 novembre, 1 h. On a parlé de mon poste actuel et du Congrès des milieux documentaires.",
    "mots du catalogue : 'poste actuel' et un congrès nommé",
    meeting=M("2026-11-24", 60, "video", ["current_role", "conferences"]), has=["Congrès des milieux documentaires"], style="html_outlook")
w = "2026-11-09 10:45"
add("top-fr-06", "fr", "topics", "checkin", T, w, "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Rencontre samedi au café Nektar, environ 1 h. Je suis sur appel depuis deux ans, des remplacements de trois mois à la fois; on a parlé de comment m'en sortir.",
    "remplacements successifs, sur appel = job_precarity; café = en personne",
    meeting=M(lastwd(w, 5), 60, "in_person", ["job_precarity"]), has=["des remplacements de trois mois"], style="gmail")
w = "2026-11-16 13:40"
add("top-fr-07", "fr", "topics", "checkin", H, w, "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Téléphone vendredi, 40 min. On a parlé des échéances qui s'empilent et de comment prioriser mes dossiers.",
    "échéances, prioriser = time_management",
    meeting=M(lastwd(w, 4), 40, "phone", ["time_management"]), has=["échéances qui s'empilent"], style="outlook", enc="qp")
w = "2026-11-27 08:50"
add("top-fr-08", "fr", "topics", "checkin", T, w, "Annie Roy <annie.roy@biblio.laval.ca>",
    "On s'est vus hier en Teams, 45 min. Il m'a montré comment il utilise l'intelligence artificielle pour le catalogage, puis on a parlé de ma job.",
    "IA = technology; catalogage = specialties; 'ma job' = current_role",
    meeting=M(rel(w, -1), 45, "video", ["technology", "specialties"]), has=["pour le catalogage"], style="gmail")
w = "2026-11-03 17:30"
add("top-fr-09", "fr", "topics", "checkin", T, w, "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Rencontre le 2 novembre, vidéo, 1 h 15. On a préparé son entrevue devant le comité de sélection et revu sa lettre de motivation.",
    "comité de sélection = interviews; lettre de motivation = job_applications",
    meeting=M("2026-11-02", 75, "video", ["interviews", "job_applications"]), has=["revu sa lettre de motivation"], style="outlook")
w = "2026-10-20 19:20"
add("top-fr-10", "fr", "topics", "checkin", W, w, "Chantal Fillion <cfillion@ustboniface.ca>",
    "Appel hier soir, 30 min. Elle gère une équipe de huit et m'a donné ses trucs pour superviser des étudiants.",
    "gérer une équipe, superviser = management; Saint-Boniface, heure du Manitoba",
    meeting=M(rel(w, -1), 30, "phone", ["management"]), has=["ses trucs pour superviser"], style="gmail", enc="b64", utc=True)
