from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

add("goal-en-01", "en", "goals", "goals_prompt", T, "2026-10-06 20:30", "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "Hi there,\n\nShort term I'd like to get my cover letter into shape and apply to at least three branch head postings. Long term, I want to be managing a branch within five years.\n\nThanks so much,\nAisha",
    "one paragraph with both a short-term and a long-term goal: two new goals; the sign-off is not a goal",
    goals=[G("new", "cover letter", horizon="short"), G("new", "branch", horizon="long")], has=["get my cover letter into shape"])
add("goal-en-02", "en", "goals", "checkin", V, "2026-11-10 12:00", "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "No meeting since last time, but good news: I finished my cover letter and sent it off on Friday!",
    "'finished my cover letter' = an update (done) on an existing goal, no number given; no meeting",
    goals=[G("done", "cover letter")], has=["I finished my cover letter"], style="outlook")
add("goal-en-03", "en", "goals", "midsession", H, "2026-11-14 10:15", "Colin MacIsaac <cmacisaac@halifax.ca>",
    "Goals still fit. Goal 2 is done (I got the certificate!). Still working on goal 1, about halfway there.",
    "numbered updates in prose: goal 2 done, goal 1 in progress",
    goals=[G("done", ref="2"), G("in_progress", ref="1")], has=["I got the certificate"], style="gmail")
add("goal-en-04", "en", "goals", "checkin", W, "2026-11-21 09:40", "Rachel Dyck <rdyck@umanitoba.ca>",
    "Not much to report. Still working on my LinkedIn profile, it's slow going.\n\nRachel Dyck, MLIS\nLiaison Librarian, Elizabeth Dafoe Library\nUniversity of Manitoba\nTreaty 1 territory and the homeland of the Red River Métis",
    "'still working on my LinkedIn' = goal in progress; signature title and land acknowledgement not goals",
    goals=[G("in_progress", "linkedin")], has=["Still working on my LinkedIn profile"], not_=["Treaty 1 territory", "Liaison Librarian"], style="apple")
add("goal-en-05", "en", "goals", "goals_prompt", S, "2026-10-08 21:05", "Siobhan Walsh <swalsh@mun.ca>",
    "Short-term: finish the cataloguing course I started in September\nLong-term: move into a special collections role\n\nCheers!\nSiobhan",
    "structured short/long lines; 'Cheers!' is a sign-off not a goal",
    goals=[G("new", "cataloguing", horizon="short"), G("new", "special collections", horizon="long")], has=["finish the cataloguing course"], style="gmail", enc="flowed")
add("goal-en-06", "en", "goals", "midsession", T, "2026-11-15 17:55", "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "I think I'll drop goal 3 (the conference poster), the deadline passed. Goal 1 is progressing, I've drafted two sections.",
    "goal 3 dropped, goal 1 in progress",
    goals=[G("dropped", ref="3"), G("in_progress", ref="1")], has=["drop goal 3"], style="html_gmail")
add("goal-en-07", "en", "goals", "goals_prompt", V, "2026-10-07 07:30", "Tom Birchall <tbirchall@sfu.ca>",
    "As a mentor, my goal for this session is to get better at giving feedback. Longer term I'd like to move into a department head position in the next 3-4 years.",
    "mentor's own goals: one short, one long in prose",
    goals=[G("new", "feedback", horizon="short"), G("new", "department head", horizon="long")], has=["get better at giving feedback"], style="outlook")
add("goal-en-08", "en", "goals", "checkin", H, "2026-11-25 13:30", "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "New short-term goal: present at the APLA conference in May.\n\nAnd my portfolio is done!",
    "one new short-term goal plus an unnumbered done update",
    goals=[G("new", "apla", horizon="short"), G("done", "portfolio")], has=["present at the APLA conference"], style="gmail")
add("goal-en-09", "en", "goals", "digest", T, "2026-11-30 11:20", "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "Quick correction to the digest: my CV is actually done now, I updated it last week.",
    "reply to the digest: goal 'Update my CV' is done (no number given)",
    goals=[G("done", "cv")], has=["my CV is actually done now"], style="gmail")
add("goal-en-10", "en", "goals", "goals_prompt", W, "2026-10-05 19:10", "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "1. Short term - practice for interviews with someone who's been on hiring panels\n2. Long term - get a permanent full-time position, ideally in Winnipeg\n\nBest,\nDana\nLibrary Assistant II | Winnipeg Public Library",
    "numbered list of new goals with horizons; the job title in the signature is not a goal",
    goals=[G("new", "interview", horizon="short"), G("new", "permanent", horizon="long")], has=["practice for interviews"], not_=["Library Assistant II"], style="outlook")

add("goal-fr-01", "fr", "goals", "goals_prompt", T, "2026-10-06 21:00", "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Bonsoir,\n\nÀ court terme, j'aimerais refaire mon CV et postuler à deux offres d'ici décembre. À long terme, je me vois coordonnatrice des services publics d'ici cinq ans.\n\nMerci beaucoup!",
    "un paragraphe avec un objectif à court terme et un à long terme",
    goals=[G("new", "cv", horizon="short"), G("new", "services publics", horizon="long")], has=["refaire mon CV"], style="gmail")
add("goal-fr-02", "fr", "goals", "checkin", T, "2026-11-11 14:20", "Nadia Benali <nadia.benali@uqam.ca>",
    "Pas de rencontre cette fois-ci, mais j'ai terminé mon portfolio! Enfin.",
    "'j'ai terminé mon portfolio' = objectif atteint, sans numéro; aucune rencontre",
    goals=[G("done", "portfolio")], has=["j'ai terminé mon portfolio"], style="outlook")
add("goal-fr-03", "fr", "goals", "midsession", T, "2026-11-16 09:00", "Luc Cormier <luc.cormier@umoncton.ca>",
    "Objectif 1 : terminé. Pour l'objectif 2, j'avance tranquillement, j'ai fait la moitié des modules.",
    "objectif 1 atteint, objectif 2 en cours",
    goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["j'avance tranquillement"], style="gmail")
add("goal-fr-04", "fr", "goals", "goals_prompt", T, "2026-10-09 12:45", "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "Court terme : suivre la formation sur les métadonnées de la CBPQ\nLong terme : devenir bibliothécaire professionnelle (faire la maîtrise)\n\nBonne journée!\nKarine",
    "lignes structurées; 'Bonne journée!' n'est pas un objectif",
    goals=[G("new", "métadonnées", horizon="short"), G("new", "maîtrise", horizon="long")], has=["suivre la formation sur les métadonnées"], style="outlook",
    not_=["Technicienne en documentation"], sig="Karine Bouchard\nTechnicienne en documentation\nCégep de Sherbrooke")
add("goal-fr-05", "fr", "goals", "midsession", T, "2026-11-17 20:40", "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Je laisse tomber l'objectif 2, ça ne me tente plus vraiment. Nouvel objectif à court terme : préparer une présentation pour le congrès.",
    "objectif 2 abandonné, un nouvel objectif à court terme",
    goals=[G("dropped", ref="2"), G("new", "présentation", horizon="short")], has=["ça ne me tente plus vraiment"], style="apple")
add("goal-fr-06", "fr", "goals", "checkin", T, "2026-11-24 10:30", "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Petite mise à jour : je travaille toujours sur ma lettre de présentation, je l'ai montrée à Mathieu mais je dois la retravailler.",
    "'je travaille toujours sur ma lettre' = objectif en cours, pas de rencontre datée",
    goals=[G("in_progress", "lettre")], has=["je travaille toujours sur ma lettre de présentation"], style="gmail")
add("goal-fr-07", "fr", "goals", "goals_prompt", H, "2026-10-07 18:15", "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Mon objectif pour la session, c'est de mieux gérer mon temps entre le travail et les enfants. Et plus tard, j'aimerais prendre la direction d'une bibliothèque régionale.",
    "mentore : un objectif court et un long en prose",
    goals=[G("new", "temps", horizon="short"), G("new", "bibliothèque régionale", horizon="long")], has=["mieux gérer mon temps"], style="outlook", enc="qp")
add("goal-fr-08", "fr", "goals", "checkin", T, "2026-11-26 15:50", "Annie Roy <annie.roy@biblio.laval.ca>",
    "L'objectif 3 est atteint : j'ai eu le poste! Merci à Mathieu pour son aide.",
    "objectif 3 atteint; un remerciement n'est pas un objectif",
    goals=[G("done", ref="3")], has=["j'ai eu le poste"], style="gmail")
add("goal-fr-09", "fr", "goals", "goals_prompt", W, "2026-10-06 17:30", "Chantal Fillion <cfillion@ustboniface.ca>",
    "- à court terme : mettre à jour mon profil LinkedIn\n- à long terme : enseigner la bibliothéconomie au collège\n\nChantal Fillion\nBibliothécaire, Université de Saint-Boniface",
    "liste à puces; la signature n'est pas un objectif",
    goals=[G("new", "linkedin", horizon="short"), G("new", "enseigner", horizon="long")], has=["mettre à jour mon profil LinkedIn"], not_=["Bibliothécaire, Université de Saint-Boniface"], style="html_outlook")
add("goal-fr-10", "fr", "goals", "digest", T, "2026-11-30 19:05", "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Pour l'objectif 1, c'est fait maintenant, j'ai mis à jour mon CV la semaine passée.",
    "réponse au résumé : objectif 1 atteint",
    goals=[G("done", ref="1")], has=["c'est fait maintenant"], style="gmail", enc="b64")
