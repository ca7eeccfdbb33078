from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

add("q-en-01", "en", "question", "checkin", T, "2026-11-10 09:00", "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "We haven't managed to meet yet. Priya hasn't answered my last three emails. Is there someone who could check in with her, or should I be paired with someone else?",
    "asks the committee for help with a pair problem, no 'question' word; no meeting",
    question=True, has=["hasn't answered my last three emails"])
add("q-en-02", "en", "question", "midsession", V, "2026-11-14 14:30", "Jordan Whitfield <jwhitfield@student.ubc.ca>",
    "Things are going well. Does the program give any kind of certificate at the end that I could put on my CV?",
    "asks the committee about a participation certificate",
    question=True, has=["any kind of certificate at the end"], style="outlook")
add("q-en-03", "en", "question", "confidentiality", H, "2026-10-20 11:10", "Colin MacIsaac <cmacisaac@halifax.ca>",
    "I'm wondering who exactly can see the notes we log. My partner works at the same institution as my manager, so I want to be careful.",
    "'I'm wondering who can see' is a question needing an answer",
    question=True, has=["who exactly can see the notes"], style="gmail")
add("q-en-04", "en", "question", "checkin", W, "2026-11-18 19:30", "Rachel Dyck <rdyck@umanitoba.ca>",
    "Met Monday by video, 45 min, about my cover letter. Also, is it ok if we keep meeting after the session ends in December?",
    "a meeting log plus a question to the committee",
    meeting=M(lastwd("2026-11-18 19:30", 0), 45, "video", ["job_applications"]), question=True, has=["keep meeting after the session ends"], style="apple")
add("q-en-05", "en", "question", "midsession", T, "2026-11-15 10:25", "Marcus Lee <marcus.lee@uwaterloo.ca>",
    "Honestly it's been a bit awkward. My mentor keeps cancelling at the last minute and I don't know how to bring it up with him without making things worse. Any advice?",
    "asks for help with a problem in the pair",
    question=True, has=["keeps cancelling at the last minute"], style="html_gmail")
add("q-en-06", "en", "question", "wrapup", S, "2026-12-01 20:45", "Siobhan Walsh <swalsh@mun.ca>",
    "Rating: 5\nAnything else for the committee?\nWhen does registration open for the winter session? I'd like to sign up as a mentor next time.",
    "rating 5 plus a question about the next session",
    commands=[C("rating", value=5)], question=True, has=["When does registration open"], style="gmail")
add("q-en-07", "en", "question", "introduction", V, "2026-10-04 16:00", "Tom Birchall <tbirchall@sfu.ca>",
    "Thanks for the intro. I can't find Priya's email address anywhere in this message, could you send it to me?",
    "request for the partner's address needs an answer",
    question=True, has=["could you send it to me"], style="outlook")
add("q-en-08", "en", "question", "checkin", T, "2026-11-23 12:40", "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "Quick one for the committee: are mentees allowed to bring a friend from their cohort to a meeting?",
    "a plain question to the committee",
    question=True, has=["bring a friend from their cohort"], style="gmail")
add("q-en-09", "en", "question", "checkin", W, "2026-11-04 08:10", "Dana Kowalchuk <dkowalchuk@wpl.winnipeg.ca>",
    "Thanks for the reminder! We're meeting next Tuesday, looking forward to it.",
    "thanks plus a plan: no question, no meeting",
    question=False, has=["We're meeting next Tuesday"], style="gmail")
add("q-en-10", "en", "question", "midsession", H, "2026-11-16 15:15", "Priya Raman <praman@halifaxpubliclibraries.ca>",
    "I'd appreciate some guidance. My mentee has shared something about her workplace that worries me and I'm not sure what my role is here.\n\nPriya Raman\nReference Librarian\n\nCONFIDENTIALITY NOTICE: This message is intended only for the named recipient. Any other use, including e-mail forwarding, is prohibited.",
    "asks for guidance with a pair concern (no question mark)",
    question=True, has=["I'd appreciate some guidance"], not_=["CONFIDENTIALITY NOTICE"], style="outlook")

add("q-fr-01", "fr", "question", "checkin", T, "2026-11-10 10:30", "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Mathieu ne répond plus à mes courriels depuis trois semaines. Est-ce que quelqu'un du comité pourrait lui écrire?",
    "demande d'aide au comité pour un problème de duo",
    question=True, has=["ne répond plus à mes courriels"])
add("q-fr-02", "fr", "question", "wrapup", T, "2026-12-01 11:00", "Nadia Benali <nadia.benali@uqam.ca>",
    "Évaluation : 4\nAutre chose à dire au comité?\nEst-ce que je peux recevoir une attestation pour mes heures de formation continue à l'Ordre?",
    "note 4 et question sur une attestation",
    commands=[C("rating", value=4)], question=True, has=["recevoir une attestation"], style="gmail")
add("q-fr-03", "fr", "question", "confidentiality", T, "2026-10-21 13:20", "Luc Cormier <luc.cormier@umoncton.ca>",
    "Je me demandais si mon employeur peut avoir accès à ce qu'on écrit ici. C'est important pour moi.",
    "'je me demandais si' = question qui appelle une réponse",
    question=True, has=["mon employeur peut avoir accès"], style="outlook")
add("q-fr-04", "fr", "question", "midsession", T, "2026-11-15 19:50", "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "Ça va moyen. Ma mentore parle beaucoup d'elle-même et j'ai de la misère à placer mes sujets. Comment je peux aborder ça sans la froisser?",
    "demande de conseil sur un problème de duo",
    question=True, has=["j'ai de la misère à placer mes sujets"], style="gmail")
add("q-fr-05", "fr", "question", "checkin", T, "2026-11-20 09:05", "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Rencontre hier au téléphone, 30 min, sur les entrevues. Petite question : est-ce qu'on peut changer de jumelage à la prochaine session?",
    "une rencontre et une question",
    meeting=M("2026-11-19", 30, "phone", ["interviews"]), question=True, has=["changer de jumelage"], style="apple")
add("q-fr-06", "fr", "question", "introduction", T, "2026-10-03 15:30", "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Merci! J'aimerais savoir combien de rencontres on est censés faire pendant la session.",
    "'j'aimerais savoir' sans point d'interrogation",
    question=True, has=["combien de rencontres on est censés faire"], style="gmail")
add("q-fr-07", "fr", "question", "checkin", H, "2026-11-06 17:00", "Émilie Arsenault <emilie.arsenault@gnb.ca>",
    "Merci du rappel, on se voit la semaine prochaine!",
    "remerciement et plan : pas de question, pas de rencontre",
    question=False, has=["on se voit la semaine prochaine"], style="outlook")
add("q-fr-08", "fr", "question", "midsession", T, "2026-11-16 12:15", "Annie Roy <annie.roy@biblio.laval.ca>",
    "J'aurais besoin d'aide : mon mentoré m'a demandé de lui servir de référence pour un emploi, et je ne sais pas si c'est permis dans le cadre du programme.",
    "demande d'aide au comité sans le mot 'question'",
    question=True, has=["servir de référence pour un emploi"], style="gmail", enc="qp")
add("q-fr-09", "fr", "question", "goals_prompt", W, "2026-10-07 10:40", "Chantal Fillion <cfillion@ustboniface.ca>",
    "Avant de répondre : est-ce que les objectifs sont visibles par mon jumelé ou seulement par moi?",
    "question au comité, aucun objectif fixé",
    question=True, has=["visibles par mon jumelé"], style="html_outlook")
add("q-fr-10", "fr", "question", "checkin", T, "2026-11-25 22:10", "Mathieu Gagnon <mathieu.gagnon@umontreal.ca>",
    "Allo, c'est possible de changer l'adresse courriel où je reçois vos messages? J'utilise plus mon adresse de l'UdeM.",
    "demande au comité qui appelle une action",
    question=True, has=["changer l'adresse courriel"], style="gmail", enc="b64")
