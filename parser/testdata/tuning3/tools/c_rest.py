from base import *
E = expect

# ------------------------------------------------------------ topics in other words
s = "2026-10-23"
case("en-topic-001", "topics", "checkin", "priya", s + " 10:10",
"""We met yesterday on Zoom for 45 min. Jordan told me how she ended up in libraries after ten years in banking, which was fascinating.""",
E(meeting=M(ago(s, 1), 45, "video", topics=["career_path"]), has=["ended up in libraries after ten years in banking"]),
"A career path story told in other words: career_path.")

s = "2026-11-05"
case("en-topic-002", "topics", "checkin", "amara", s + " 17:40",
"""Phone call Tuesday, an hour. We talked a lot about what it's like being the only racialized person on staff at my branch.""",
E(meeting=M(lastwd(s, "tue"), 60, "phone", topics=["diversity"]), has=["the only racialized person on staff"]),
"Being the only racialized person on staff is the diversity topic.")

s = "2026-11-12"
case("en-topic-003", "topics", "checkin", "fatima", s + " 20:05",
"""Video call this afternoon, 40 min. Mostly about burnout and learning to actually disconnect after work instead of answering emails at 10pm.""",
E(meeting=M(s, 40, "video", topics=["work_life_balance"]), has=["learning to actually disconnect after work"]),
"Burnout and disconnecting after work: work_life_balance.", style="outlook")

s = "2026-10-30"
case("en-topic-004", "topics", "checkin", "daniel", s + " 15:25",
"""Met Aisha on Wednesday at the campus Tim's, ~30 min. I've got three papers and a practicum report due the same week so we talked about how to juggle deadlines.""",
E(meeting=M(lastwd(s, "wed"), 30, "in_person", topics=["time_management"]), has=["how to juggle deadlines"]),
"Juggling deadlines: time_management; Tim's (Tim Hortons) means in person.", nosig=True)

s = "2026-11-03"
case("en-topic-005", "topics", "checkin", "tunde", s + " 11:35",
"""We had a video chat yesterday for an hour. Mostly talked about my job and how outreach fits into it.""",
E(meeting=M(ago(s, 1), 60, "video", topics=["current_role"]), has=["Mostly talked about my job"]),
"'my job' is the current role topic.", tz="America/Regina")

s = "2026-11-20"
case("en-topic-006", "topics", "checkin", "hana", s + " 13:50",
"""Coffee with Olu on Thursday, 1 hour. She's thinking of running for the BCLA executive next year and wanted to know what the time commitment is like.""",
E(meeting=M(lastwd(s, "thu"), 60, "in_person", topics=["committees"]), has=["running for the BCLA executive"]),
"Running for an association's executive is the committees topic; coffee means in person.", role="mentor")

s = "2026-10-14"
case("en-topic-007", "topics", "checkin", "rohan", s + " 16:20",
"""Date: Oct 13
Length: 30 min
How: phone
Notes: talked about my current role and whether to ask for a reclassification""",
E(meeting=M("2026-10-13", 30, "phone", topics=["current_role"]), has=["talked about my current role"]),
"The catalogue's own words 'current role' in the notes give current_role.")

s = "2026-11-26"
case("en-topic-008", "topics", "checkin", "samira", s + " 09:15",
"""We met Monday on Teams for 50 minutes. Sunita is presenting at the OLA Super Conference in January so we went over her slides.""",
E(meeting=M(lastwd(s, "mon"), 50, "video", topics=["conferences"]), has=["OLA Super Conference"]),
"A named conference (OLA Super Conference) is the conferences topic.")

s = "2026-11-09"
case("en-topic-009", "topics", "checkin", "grace", s + " 18:30",
"""Zoom yesterday, 1 hr. Jordan grilled me with behavioural questions for my panel at Burnaby next week. I was sweating lol""",
E(meeting=M(ago(s, 1), 60, "video", topics=["interviews"]), has=["grilled me with behavioural questions"]),
"Practising behavioural questions for a panel is the interviews topic.", style="iphone")

s = "2026-10-20"
case("en-topic-010", "topics", "checkin", "kwame", s + " 12:25",
"""Met Farid Sunday at the Second Cup, about 45 min. He went through my CV line by line, lots of red ink.""",
E(meeting=M(lastwd(s, "sun"), 45, "in_person", topics=["job_applications"]), has=["went through my CV line by line"]),
"CV review: job_applications; a Second Cup means in person.", nosig=True)

s = "2026-11-16"
case("en-topic-011", "topics", "checkin", "arjun", s + " 14:00",
"""Phone, Friday, 35 minutes. Farid's term contract ends in March and the union is still in bargaining, so we talked about what his options are.""",
E(meeting=M(lastwd(s, "fri"), 35, "phone", topics=["job_precarity"]), has=["term contract ends in March"]),
"A term contract ending and union bargaining: job_precarity.", role="mentor")

s = "2026-11-23"
case("en-topic-012", "topics", "checkin", "mei", s + " 10:50",
"""We met on Zoom Friday, 1 hr. Kevin's library just merged two departments and he's struggling with how the reorg is being rolled out.""",
E(meeting=M(lastwd(s, "fri"), 60, "video", topics=["change_management"]), has=["how the reorg is being rolled out"]),
"A merger and reorg rollout: change_management.", style="outlook", role="mentor")

s = "2026-10-07"
case("en-topic-013", "topics", "checkin", "priya", s + " 20:40",
"""Call yesterday, 40 min on Meet. We got onto ChatGPT and what it means for the reference desk, patrons are already bringing in fake citations.""",
E(meeting=M(ago(s, 1), 40, "video", topics=["technology"]), has=["ChatGPT and what it means for the reference desk"]),
"ChatGPT at the reference desk: technology.", flowed=True)

s = "2026-10-23"
case("fr-topic-001", "topics", "checkin", "karim", s + " 10:25",
"""Rencontre hier en vidéo, 45 min. Mathieu m'a raconté comment il est arrivé en bibliothèque après quinze ans en enseignement.""",
E(meeting=M(ago(s, 1), 45, "video", topics=["career_path"]), has=["comment il est arrivé en bibliothèque"]),
"Récit d'arrivée dans la profession : career_path.")

s = "2026-11-05"
case("fr-topic-002", "topics", "checkin", "nadia", s + " 17:20",
"""Appel téléphonique mardi, une heure. On a beaucoup parlé du fait d'être la seule personne racisée de l'équipe.""",
E(meeting=M(lastwd(s, "tue"), 60, "phone", topics=["diversity"]), has=["la seule personne racisée de l'équipe"]),
"Être la seule personne racisée de l'équipe : diversity.", style="outlook")

s = "2026-11-12"
case("fr-topic-003", "topics", "checkin", "sophie", s + " 19:45",
"""Visio cet après-midi, 40 min, surtout sur l'épuisement professionnel et le droit à la déconnexion.""",
E(meeting=M(s, 40, "video", topics=["work_life_balance"]), has=["le droit à la déconnexion"]),
"Épuisement et déconnexion : work_life_balance.", role="mentor")

s = "2026-10-30"
case("fr-topic-004", "topics", "checkin", "youssef", s + " 15:05",
"""Vu Aminata mercredi au café de l'UdeM, une demi-heure. J'ai trois travaux à remettre la même semaine, alors on a parlé des échéances qui s'accumulent.""",
E(meeting=M(lastwd(s, "wed"), 30, "in_person", topics=["time_management"]), has=["des échéances qui s'accumulent"]),
"Échéances qui s'accumulent : time_management; au café = en personne.", nosig=True)

s = "2026-11-03"
case("fr-topic-005", "topics", "checkin", "jp", s + " 11:15",
"""Appel vidéo hier, une heure. On a surtout parlé de mon poste actuel au cégep.""",
E(meeting=M(ago(s, 1), 60, "video", topics=["current_role"]), has=["mon poste actuel au cégep"]),
"« mon poste actuel » : current_role.")

s = "2026-11-20"
case("fr-topic-006", "topics", "checkin", "marie", s + " 13:35",
"""Café jeudi avec Kim, 1 h. Elle pense se présenter au CA de l'ASTED l'an prochain et voulait savoir combien de temps ça prend.""",
E(meeting=M(lastwd(s, "thu"), 60, "in_person", topics=["committees"]), has=["au CA de l'ASTED"]),
"Le CA d'une association : committees; un café = en personne.", role="mentor")

s = "2026-11-26"
case("fr-topic-007", "topics", "checkin", "aicha", s + " 09:40",
"""Rencontre lundi sur Teams, 50 minutes. Fatou présente au Congrès des milieux documentaires, on a révisé ses diapos.""",
E(meeting=M(lastwd(s, "mon"), 50, "video", topics=["conferences"]), has=["Congrès des milieux documentaires"]),
"Un congrès nommé : conferences.", style="outlook")

s = "2026-11-09"
case("fr-topic-008", "topics", "checkin", "thanh", s + " 18:05",
"""Zoom hier, 1 h. Kim m'a fait pratiquer des mises en situation pour mon comité de sélection à Laval.""",
E(meeting=M(ago(s, 1), 60, "video", topics=["interviews"]), has=["pour mon comité de sélection"]),
"Pratique pour un comité de sélection = préparation d'entrevue.", style="iphone", nosig=True)

s = "2026-10-20"
case("fr-topic-009", "topics", "checkin", "rosalie", s + " 12:50",
"""Vu Fatou dimanche au Tim Hortons, environ 45 min. Elle a passé mon curriculum vitae au peigne fin.""",
E(meeting=M(lastwd(s, "sun"), 45, "in_person", topics=["job_applications"]), has=["mon curriculum vitae au peigne fin"]),
"Révision du curriculum vitae : job_applications.")

s = "2026-11-16"
case("fr-topic-010", "topics", "checkin", "luc", s + " 14:20",
"""Téléphone, vendredi, 35 minutes. Mon remplacement finit en mars et les négociations syndicales traînent, alors on a parlé de mes options.""",
E(meeting=M(lastwd(s, "fri"), 35, "phone", topics=["job_precarity"]), has=["Mon remplacement finit en mars"]),
"Remplacement qui finit, négociations syndicales : job_precarity.")

s = "2026-11-23"
case("fr-topic-011", "topics", "checkin", "chantal", s + " 10:30",
"""Zoom vendredi, 1 h. La bibliothèque fusionne deux services et Étienne trouve difficile la façon dont la restructuration est menée.""",
E(meeting=M(lastwd(s, "fri"), 60, "video", topics=["change_management"]), has=["la restructuration est menée"]),
"Fusion et restructuration : change_management.")

s = "2026-10-07"
case("fr-topic-012", "topics", "checkin", "ines", s + " 20:20",
"""Appel Meet hier, 40 min. On a parlé de l'IA générative au comptoir de référence, les usagers arrivent déjà avec de fausses références.""",
E(meeting=M(ago(s, 1), 40, "video", topics=["technology"]), has=["l'IA générative au comptoir"]),
"IA générative à la référence : technology.", nosig=True, flowed=True)

# ------------------------------------------------------------ questions without the word
case("en-q-001", "question", "checkin", "hana", "2026-11-30 10:20",
"""Is it okay if Olu and I meet less often in December? She's travelling for most of the month.""",
E(question=True, has=["Is it okay if Olu and I meet less often in December"]),
"Asks the committee for permission: a question without the word 'question'.", role="mentor")

case("en-q-002", "question", "nudge", "fatima", "2026-11-09 13:05",
"""Who should I contact if my mentee hasn't answered in three weeks? I've tried email and LinkedIn.""",
E(question=True, has=["Who should I contact if my mentee hasn't answered"]),
"Help with a problem in the pair: question.", role="mentor", style="outlook")

case("en-q-003", "question", "nudge", "arjun", "2026-11-20 16:40",
"""My partner hasn't responded to my last three emails. Not sure what to do at this point.""",
E(question=True, has=["hasn't responded to my last three emails"]),
"No question mark, but asks for help with a problem in the pair.", role="mentor")

case("en-q-004", "question", "checkin", "grace", "2026-10-28 19:10",
"""Do I need to log meetings that were just a quick text exchange? We've been doing a lot of that.""",
E(question=True, has=["Do I need to log meetings that were just a quick text exchange"]),
"A question about the program; no meeting is logged ('a lot of that' is a habit).", style="iphone")

case("en-q-005", "question", "wrapup", "daniel", "2026-12-02 11:45",
"""Can Aisha and I keep meeting after the session ends, or does the program need to know about it?""",
E(question=True, has=["keep meeting after the session ends"]),
"A question for the committee inside a survey reply.", nosig=True)

case("en-q-006", "question", "midsession", "samira", "2026-11-10 09:00",
"""Wondering whether there's a certificate of participation I could add to my annual review file.""",
E(question=True, has=["Wondering whether there's a certificate of participation"]),
"'Wondering whether' is a question that needs an answer.", style="origmsg")

case("en-q-007", "question", "checkin", "tunde", "2026-11-17 12:30",
"""Not sure how to handle my mentee repeatedly cancelling at the last minute - any advice?""",
E(question=True, has=["repeatedly cancelling at the last minute"]),
"Asks for help with a problem in the pair.", role="mentor", tz="America/Regina")

case("en-q-008", "question", "confidentiality", "mei", "2026-10-20 15:15",
"""Would the committee be able to share the program guide in French? A colleague in St. Boniface is interested in joining next time.""",
E(question=True, has=["share the program guide in French"]),
"A request to the committee that needs an answer.", style="outlook")

case("fr-q-001", "question", "checkin", "marie", "2026-11-30 10:50",
"""Est-ce qu'on peut espacer nos rencontres en décembre? Kim voyage presque tout le mois.""",
E(question=True, has=["Est-ce qu'on peut espacer nos rencontres en décembre"]),
"Demande d'autorisation au comité, sans le mot « question ».", role="mentor")

case("fr-q-002", "question", "nudge", "sophie", "2026-11-09 13:25",
"""Mon mentoré ne répond plus depuis trois semaines, que dois-je faire? J'ai essayé par courriel et par téléphone.""",
E(question=True, has=["que dois-je faire"]),
"Aide demandée pour un problème dans le duo.", role="mentor")

case("fr-q-003", "question", "checkin", "ines", "2026-10-28 19:40",
"""Est-ce que les échanges par texto comptent comme des rencontres? On en fait beaucoup.""",
E(question=True, has=["comptent comme des rencontres"]),
"Question sur le programme; aucune rencontre consignée.", style="iphone", nosig=True)

case("fr-q-004", "question", "wrapup", "youssef", "2026-12-02 11:15",
"""Peut-on poursuivre nos rencontres après la fin de la session, ou faut-il en informer le comité?""",
E(question=True, has=["poursuivre nos rencontres après la fin de la session"]),
"Question au comité dans une réponse au sondage.", nosig=True)

case("fr-q-005", "question", "midsession", "aicha", "2026-11-10 09:30",
"""Je me demandais s'il existe une attestation de participation que je pourrais joindre à mon évaluation annuelle.""",
E(question=True, has=["Je me demandais s'il existe une attestation"]),
"« Je me demandais si » appelle une réponse.", style="origmsg")

case("fr-q-006", "question", "checkin", "luc", "2026-11-17 12:55",
"""Mon mentoré annule toujours à la dernière minute. Des conseils?""",
E(question=True, has=["annule toujours à la dernière minute"]),
"Aide demandée pour un problème dans le duo.", role="mentor")

case("fr-q-007", "question", "digest", "karim", "2026-11-18 15:05",
"""Pourriez-vous me rappeler la date exacte de fin de la session? Je dois planifier mes vacances.""",
E(question=True, has=["la date exacte de fin de la session"]),
"Demande d'information au comité.")

# ------------------------------------------------------------ not a meeting
case("en-notmeet-001", "not_meeting", "wrapup", "priya", "2026-12-01 20:00",
"""What worked well? We met about every two weeks, usually on Zoom, and Jordan always followed up with links.
What could be better? Nothing comes to mind.""",
E(has=["We met about every two weeks"]),
"A survey answer about how often they met is a habit, not a meeting log.", style="html_gmail")

case("en-notmeet-002", "not_meeting", "nudge", "daniel", "2026-11-26 23:30",
"""Please don't send me emails about this until after exams, I'm swamped until Dec 10.""",
E(commands=[C("pause", "2026-12-10")], has=["don't send me emails about this"]),
"'don't send me emails' is not a meeting by email; it asks for a pause until Dec 10.", nosig=True)

case("en-notmeet-003", "not_meeting", "checkin", "amara", "2026-11-06 14:10",
"""We planned to meet on Thursday but Mariam had to cancel (sick kid). We'll try again next week.""",
E(has=["Mariam had to cancel"]),
"A cancelled meeting is not a meeting.")

case("en-notmeet-004", "not_meeting", "checkin", "rohan", "2026-10-21 15:00",
"""We're meeting tomorrow at 2 on Zoom, will report back after!""",
E(has=["We're meeting tomorrow at 2 on Zoom"]),
"A plan for tomorrow is not a meeting that happened.", style="apple")

case("en-notmeet-005", "not_meeting", "midsession", "hana", "2026-11-11 11:20",
"""It's going well! We've been talking roughly twice a month, mostly by phone, and Olu seems to be getting a lot out of it.""",
E(has=["roughly twice a month"]),
"How often they talk is a habit, not a meeting.", role="mentor")

case("fr-notmeet-001", "not_meeting", "wrapup", "nadia", "2026-12-01 19:30",
"""Qu'est-ce qui a bien fonctionné? On se voyait environ aux deux semaines, surtout sur Zoom.
Qu'est-ce qui pourrait être amélioré? Rien de particulier.""",
E(has=["On se voyait environ aux deux semaines"]),
"Réponse au sondage sur la fréquence des rencontres : habitude, pas une rencontre.", style="html_gmail")

case("fr-notmeet-002", "not_meeting", "nudge", "youssef", "2026-11-26 23:10",
"""Svp ne m'envoyez plus de courriels là-dessus avant la fin de mes examens, je suis débordé jusqu'au 10 décembre.""",
E(commands=[C("pause", "2026-12-10")], has=["ne m'envoyez plus de courriels"]),
"« ne m'envoyez plus de courriels » n'est pas une rencontre par courriel; c'est une pause jusqu'au 10 décembre.", nosig=True)

case("fr-notmeet-003", "not_meeting", "checkin", "chantal", "2026-11-06 14:30",
"""On devait se parler jeudi mais Étienne a dû annuler. On réessaie la semaine prochaine.""",
E(has=["a dû annuler"]),
"Rencontre annulée : aucune rencontre.")

case("fr-notmeet-004", "not_meeting", "checkin", "jp", "2026-10-21 15:20",
"""On se voit demain à 14 h sur Zoom, je vous reviens après!""",
E(has=["On se voit demain à 14 h sur Zoom"]),
"Un projet pour demain n'est pas une rencontre passée.", style="apple")

case("fr-notmeet-005", "not_meeting", "midsession", "marie", "2026-11-11 11:40",
"""Ça va très bien! On se parle à peu près deux fois par mois, surtout au téléphone.""",
E(has=["deux fois par mois"]),
"La fréquence des échanges est une habitude, pas une rencontre.", role="mentor")

# ------------------------------------------------------------ reply text: signatures, land acknowledgements, disclaimers
s = "2026-10-27"
case("en-text-001", "reply_text", "checkin", "arjun", s + " 10:05",
"""Hi all, Farid and I met yesterday on Teams for 45 minutes.""",
E(meeting=M(ago(s, 1), 45, "video"), has=["Farid and I met yesterday on Teams"]),
"Title lines and the Treaty 7 land acknowledgement must be cut from the reply text.", role="mentor")

s = "2026-11-04"
case("en-text-002", "reply_text", "checkin", "mei", s + " 13:00",
"""Met with Kevin Monday, 30 min, phone.""",
E(meeting=M(lastwd(s, "mon"), 30, "phone"), has=["Met with Kevin Monday"]),
"HTML-only Outlook reply: signature, Treaty 1 acknowledgement and confidentiality notice must go; its 'e-mail' is not a mode.",
style="html_outlook", role="mentor")

s = "2026-11-10"
case("en-text-003", "reply_text", "checkin", "amara", s + " 21:15",
"""We met last night for an hour on Zoom. Great conversation.""",
E(meeting=M(ago(s, 1), 60, "video"), has=["We met last night for an hour on Zoom"]),
"HTML-only Gmail reply: the Mi'kma'ki land acknowledgement and title must be cut.", style="html_gmail")

s = "2026-10-19"
case("en-text-004", "reply_text", "checkin", "samira", s + " 09:30",
"""Hello! Sunita and I had coffee on Saturday, about an hour.""",
E(meeting=M(lastwd(s, "sat"), 60, "in_person"), has=["Sunita and I had coffee on Saturday"]),
"Disclaimer mentioning 'e-mail' twice must be cut and not change the mode (coffee = in person).", style="outlook")

s = "2026-11-16"
case("en-text-005", "reply_text", "checkin", "priya", s + " 11:45",
"""Logging: Nov 13, 1 hour, video.""",
E(meeting=M("2026-11-13", 60, "video"), has=["Logging: Nov 13, 1 hour, video"]),
"Land acknowledgement and pronoun/title signature cut; base64 body.", enc="base64")

s = "2026-11-25"
case("en-text-006", "reply_text", "checkin", "fatima", s + " 17:05",
"""Spoke with Mariam on Sunday by phone for 20 min.""",
E(meeting=M(lastwd(s, "sun"), 20, "phone"), has=["Spoke with Mariam on Sunday"], not_=["Sent from Outlook for iOS"]),
"Outlook mobile footer and email disclaimer cut from the reply text.", style="outlook",
sig="Get Outlook for iOS\n\nSent from Outlook for iOS\n\nFatima Siddiqui\nBranch Head, Parkdale Branch\nToronto Public Library | she/her\n\nThis email may contain confidential information. If you received it in error, please notify the sender and delete it.")

s = "2026-10-13"
case("en-text-007", "reply_text", "checkin", "hana", s + " 15:20",
"""Met Olu yesterday at the SFU library, 1 hr.""",
E(meeting=M(ago(s, 1), 60, "in_person"), has=["Met Olu yesterday at the SFU library"], not_=["I acknowledge that I work on the unceded traditional territories"]),
"Signature with a land acknowledgement in a quoted-printable HTML reply.", style="html_gmail", role="mentor",
sig="Hana Yoshida\nArchivist, Special Collections\nSimon Fraser University Library\n\nI acknowledge that I work on the unceded traditional territories of the Coast Salish peoples, including the Squamish, Tsleil-Waututh, Musqueam and Kwikwetlem Nations.")

s = "2026-11-19"
case("en-text-008", "reply_text", "checkin", "rohan", s + " 12:00",
"""We met Tuesday on Zoom, 40 minutes, to go over my interview.""",
E(meeting=M(lastwd(s, "tue"), 40, "video", topics=["interviews"]), has=["We met Tuesday on Zoom"], not_=["This electronic communication is governed by"]),
"Long institutional legal disclaimer after the signature must be cut.", style="origmsg",
sig="Rohan Mehta\nSystems Librarian, Queen Elizabeth II Library\nMemorial University of Newfoundland\n\nThis electronic communication is governed by the terms and conditions at www.mun.example.ca/email-disclaimer. It is intended only for the person or entity to which it is addressed and may contain confidential information. Please notify the sender by e-mail if you received it in error.")

s = "2026-10-22"
case("fr-text-001", "reply_text", "checkin", "marie", s + " 10:20",
"""Bonjour, Kim et moi nous sommes parlé hier sur Teams pendant 45 minutes.""",
E(meeting=M(ago(s, 1), 45, "video"), has=["Kim et moi nous sommes parlé hier"]),
"Titre et reconnaissance territoriale à retirer du texte de la réponse.", role="mentor")

s = "2026-11-04"
case("fr-text-002", "reply_text", "checkin", "nadia", s + " 13:10",
"""Rencontre lundi avec Geneviève, 30 min, au téléphone.""",
E(meeting=M(lastwd(s, "mon"), 30, "phone"), has=["Rencontre lundi avec Geneviève"]),
"Réponse Outlook HTML seulement : signature et avis de confidentialité (qui dit « courriel ») à retirer; pas de mode courriel.",
style="html_outlook")

s = "2026-11-10"
case("fr-text-003", "reply_text", "checkin", "luc", s + " 20:45",
"""On s'est vus hier soir une heure sur Zoom. Belle conversation.""",
E(meeting=M(ago(s, 1), 60, "video"), has=["On s'est vus hier soir une heure sur Zoom"]),
"Réponse Gmail HTML seulement : reconnaissance du territoire du Traité no 1 à retirer.", style="html_gmail")

s = "2026-10-19"
case("fr-text-004", "reply_text", "checkin", "thanh", s + " 09:45",
"""Bonjour! Kim et moi avons pris un café samedi, environ une heure.""",
E(meeting=M(lastwd(s, "sat"), 60, "in_person"), has=["avons pris un café samedi"]),
"Avis de confidentialité à retirer; un café = en personne.", style="outlook")

s = "2026-11-16"
case("fr-text-005", "reply_text", "checkin", "aicha", s + " 11:30",
"""Consigné : 13 novembre, 1 heure, vidéo.""",
E(meeting=M("2026-11-13", 60, "video"), has=["13 novembre, 1 heure, vidéo"]),
"Titre de signature à retirer; corps en ISO-8859-1.", charset="iso-8859-1")

s = "2026-11-25"
case("fr-text-006", "reply_text", "checkin", "sophie", s + " 17:15",
"""Parlé avec Isabelle dimanche au téléphone, 20 min.""",
E(meeting=M(lastwd(s, "sun"), 20, "phone"), has=["Parlé avec Isabelle dimanche"], not_=["Obtenez Outlook pour iOS"]),
"Pied de page Outlook mobile et signature à retirer.", style="outlook", role="mentor",
sig="Obtenez Outlook pour iOS\n\nSophie Tremblay-Diallo\nChef de section, Bibliothèques de Laval\n450 555-0199, poste 2231")

s = "2026-11-19"
case("fr-text-007", "reply_text", "checkin", "karim", s + " 12:15",
"""On s'est parlé mardi sur Zoom, 40 minutes, pour préparer mon entrevue.""",
E(meeting=M(lastwd(s, "tue"), 40, "video", topics=["interviews"]), has=["On s'est parlé mardi sur Zoom"], not_=["Ce courriel peut contenir des renseignements"]),
"Long avis juridique de l'université à retirer.", style="origmsg",
sig="Karim Bouchard\nConseiller en documentation, Bibliothèque de l'Université Laval\n\nCe courriel peut contenir des renseignements confidentiels ou protégés. Si vous n'en êtes pas le destinataire, veuillez en informer l'expéditeur par courriel et le supprimer.")
