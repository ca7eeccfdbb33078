"""Hand-written cases: multi-meeting, vague, look-alikes, goals, other categories."""
import datetime as dt

def define(g):
    add, raw, D = g['add'], g['raw'], g['D']
    last_wd, dom_past, next_wd = g['last_wd'], g['dom_past'], g['next_wd']
    td = lambda n: dt.timedelta(days=n)
    E, F = g['EN_NAMES'], g['FR_NAMES']
    M = lambda **k: k

    # ---- two meetings / vague / self-correction (meeting category) ----
    b = D(2026, 11, 19)  # Thursday
    add('en-meet-31', 'en', 'meeting', 'checkin',
        "Two to report! We met on the 5th at Bridgehead for about an hour (mostly her career path), and then again last Monday on Zoom for 30 min to go over my resume.\n\nNothing else new.",
        {'meeting': M(date='2026-11-05', minutes=60, mode='in_person', topics_include=['career_path']), 'meetings_count': 2,
         'reply_text_has': ['Two to report']}, "two meetings in one reply; first logged is the 5th in person, second last Monday 2026-11-16 on Zoom", b, who=E[0])
    b = D(2026, 10, 29)
    add('en-meet-32', 'en', 'meeting', 'checkin',
        "Hi! Helen and I had a quick phone call on Oct 20 (20 minutes or so) and a longer Teams session yesterday, 1h15, where we did interview prep. She's great.",
        {'meeting': M(date='2026-10-20', minutes=20, mode='phone'), 'meetings_count': 2, 'reply_text_has': ["She's great"]},
        "two meetings: phone Oct 20, then Teams 2026-10-28; first logged is the phone call", b, who=E[3], style='outlook')
    b = D(2026, 11, 26)
    add('fr-meet-31', 'fr', 'meeting', 'checkin',
        "Bonjour! Deux rencontres à signaler : un café au Névé le 10 (une heure, on a parlé de mon CV) et un appel Teams mardi passé, trois quarts d'heure, sur la gestion du temps.",
        {'meeting': M(date='2026-11-10', minutes=60, mode='in_person', topics_include=['job_applications']), 'meetings_count': 2,
         'reply_text_has': ['Deux rencontres']}, "deux rencontres : 10 nov. au café (en personne), puis mardi passé 2026-11-24 sur Teams", b, who=F[1])
    b = D(2026, 10, 23)
    add('fr-meet-32', 'fr', 'meeting', 'nudge',
        "Oui oui on se parle! Appel de 20 minutes le 6 octobre pour se présenter, puis avant-hier on s'est vues au Tim Hortons pendant 1 h 30 pour préparer mon entrevue.",
        {'meeting': M(date='2026-10-06', minutes=20), 'meetings_count': 2, 'reply_text_has': ['on se parle']},
        "deux rencontres : appel du 6 oct. (20 min, 'appel' sans préciser téléphone/vidéo -> mode non vérifié), puis avant-hier 2026-10-21 en personne", b, who=F[2], style='html_gmail')
    # fix: mode for the 'appel' left unspecified -> we set mode None explicitly (careful reader can't tell phone vs video)
    g['CASES'][-1]['expect']['meeting']['mode'] = None
    b = D(2026, 11, 12)
    add('en-meet-33', 'en', 'meeting', 'checkin',
        "We met sometime early in the month, over Zoom, maybe 40 minutes. Talked about the job market and contract work.",
        {'meeting': M(date=None, minutes=40, mode='video', topics_include=['job_precarity']), 'warn': True, 'reply_text_has': ['early in the month']},
        "vague date 'early in the month' -> date null and warn", b, who=E[4])
    b = D(2026, 11, 6)
    add('en-meet-34', 'en', 'meeting', 'checkin',
        "Met with Raj on Thursday, no wait, it was Wednesday -- at the Starbucks on Robson, about an hour. We talked about management and supervising students.",
        {'meeting': M(date=last_wd(b, 'Wed').isoformat(), minutes=60, mode='in_person', topics_include=['management']), 'reply_text_has': ['no wait']},
        "self-correction Thursday -> Wednesday; Date Fri 2026-11-06 -> 2026-11-04", b, who=E[1])
    b = D(2026, 11, 30)
    add('fr-meet-33', 'fr', 'meeting', 'checkin',
        "On s'est rencontrées au début du mois sur Zoom, une heure à peu près. On a parlé de précarité et des contrats à temps partiel.",
        {'meeting': M(date=None, minutes=60, mode='video', topics_include=['job_precarity']), 'warn': True, 'reply_text_has': ['au début du mois']},
        "« au début du mois » : date vague -> null et warn", b, who=F[4])
    b = D(2026, 10, 15)
    add('fr-meet-34', 'fr', 'meeting', 'checkin',
        "Rencontre mardi, euh non, c'était lundi, au téléphone. Une heure et quart environ. Sujet : mon emploi actuel et la conciliation travail-vie.",
        {'meeting': M(date=last_wd(b, 'Mon').isoformat(), minutes=75, mode='phone', topics_include=['current_role', 'work_life_balance']), 'reply_text_has': ['euh non']},
        "autocorrection mardi -> lundi; Date jeu. 2026-10-15 -> 2026-10-12", b, who=F[5])
    b = D(2026, 11, 23)
    add('en-meet-35', 'en', 'meeting', 'checkin',
        "We finally connected! Had a video call a couple of weeks ago, can't remember the exact day sorry. About 45 min, mostly about the CFLA conference.",
        {'meeting': M(date=None, minutes=45, mode='video', topics_include=['conferences']), 'warn': True, 'reply_text_has': ['finally connected']},
        "'a couple of weeks ago, can't remember the exact day' -> date null, warn", b, who=E[6], style='none', mobile=True)
    b = D(2026, 11, 4)
    add('fr-meet-35', 'fr', 'meeting', 'checkin',
        "Bonne nouvelle : on s'est enfin parlé! Hier soir sur Messenger, en clavardage, une bonne heure. On a surtout parlé de réseautage et de LinkedIn.",
        {'meeting': M(date='2026-11-03', minutes=60, mode='chat', topics_include=['lis_resources']), 'reply_text_has': ['enfin parlé']},
        "hier soir en clavardage Messenger -> chat, 2026-11-03", b, who=F[6], style='none', mobile=True)

    # ---- look-alikes: meeting null (not_meeting) ----
    nm_en = [
        ("We're planning to meet next Thursday at the Second Cup, probably for an hour. Will report back!", 'checkin', {}, "a plan only -> meeting null"),
        ("We met about every two weeks, mostly on Zoom, usually 45 minutes. Really useful overall.", 'midsession', {}, "survey answer about how often they meet -> habit, meeting null"),
        ("We had to cancel our coffee on Tuesday, Joanne was sick. Hoping to reschedule soon.", 'nudge', {}, "cancelled meeting -> meeting null"),
        ("Please don't send me so many emails, I check this account maybe once a week.", 'nudge', {'commands': [{'name': 'fewer_reminders', 'until': None, 'value': None}]}, "'don't send me so many emails' is less mail, not a meeting by email"),
        ("Quick one: do I need to log a meeting if it was only ten minutes on Teams chat? Or does it have to be a real sit-down?", 'checkin', {'question': True}, "question about logging, no meeting logged"),
        ("Haven't met yet, our schedules keep clashing. She's on vacation until the 20th and then we'll find a time.", 'nudge', {}, "no meeting yet; partner's vacation date is not a pause command"),
        ("Usually we chat by phone on Friday mornings for half an hour. It works well for both of us.", 'midsession', {}, "habit ('usually') -> meeting null"),
        ("Raj suggested we meet at the Ottawa Public Library branch on Dec 8 from 2 to 3. Looking forward to it.", 'checkin', {}, "future date with length -> plan, meeting null"),
        ("Not yet! We tried to call yesterday but the Zoom link didn't work and we gave up after 5 minutes. Trying again Monday.", 'checkin', {}, "failed attempt, not a meeting -> null"),
        ("How should I record it when we meet as a group with another pair? Asking before we do it next week.", 'checkin', {'question': True}, "question about logging a future group meeting -> null"),
        ("Meetings: roughly monthly, in person at a café near both our work places. I'd rate the program 4 out of 5.", 'midsession', {'commands': [{'name': 'rating', 'until': None, 'value': 4}]}, "survey answer with frequency (habit) and a rating -> meeting null, rating 4"),
        ("We were supposed to meet Wednesday on Meet but I got called into a staff meeting. Rescheduling for next week.", 'checkin', {}, "missed meeting; 'staff meeting' is not a mentoring meeting -> null"),
    ]
    nm_fr = [
        ("On prévoit se voir jeudi prochain au Café Névé, sans doute une heure. Je vous redonne des nouvelles!", 'checkin', {}, "projet seulement -> meeting null"),
        ("On se rencontre à peu près aux deux semaines, surtout par Zoom, environ 45 minutes. Très utile.", 'midsession', {}, "réponse au sondage sur la fréquence -> habitude, null"),
        ("On a dû annuler notre café de mardi, Isabelle était malade. On va essayer de se reprendre.", 'nudge', {}, "rencontre annulée -> null"),
        ("Arrêtez de m'envoyer autant de courriels svp, je regarde cette adresse une fois par semaine.", 'nudge', {'commands': [{'name': 'fewer_reminders', 'until': None, 'value': None}]}, "moins de courriels, pas une rencontre par courriel"),
        ("Petite question : faut-il consigner une rencontre de dix minutes par clavardage Teams? Ou ça prend une vraie rencontre?", 'checkin', {'question': True}, "question sur la consignation, aucune rencontre"),
        ("Pas encore rencontré, nos horaires ne concordent pas. Elle est en vacances jusqu'au 20, on trouvera un moment ensuite.", 'nudge', {}, "pas de rencontre; les vacances de la partenaire ne sont pas une pause"),
        ("D'habitude on s'appelle le vendredi matin pendant une demi-heure. Ça marche bien pour nous deux.", 'midsession', {}, "habitude -> null"),
        ("François propose qu'on se voie à la Grande Bibliothèque le 8 décembre de 14 h à 15 h. J'ai hâte!", 'checkin', {}, "date future avec durée -> projet, null"),
        ("Pas encore! On a essayé de s'appeler hier mais le lien Zoom ne marchait pas, on a abandonné après 5 minutes. On réessaie lundi.", 'checkin', {}, "tentative ratée -> null"),
        ("Comment consigner une rencontre de groupe avec une autre paire? Je demande avant qu'on la fasse la semaine prochaine.", 'checkin', {'question': True}, "question sur une rencontre future -> null"),
        ("Rencontres : environ une fois par mois, en personne dans un café. Je donnerais 4 sur 5 au programme.", 'midsession', {'commands': [{'name': 'rating', 'until': None, 'value': 4}]}, "sondage : fréquence (habitude) + note 4 -> null, rating 4"),
        ("On devait se voir mercredi sur Meet mais j'ai été convoquée à une réunion d'équipe. On remet ça à la semaine prochaine.", 'checkin', {}, "rencontre manquée; « réunion d'équipe » n'est pas une rencontre de mentorat"),
    ]
    bases = [D(2026,10,14), D(2026,10,20), D(2026,10,28), D(2026,11,3), D(2026,11,9), D(2026,11,11), D(2026,11,17), D(2026,11,25), D(2026,12,1), D(2026,10,8), D(2026,11,27), D(2026,11,19)]
    st = ['gmail', 'outlook', 'html_gmail', 'original', 'apple', 'html_outlook']
    for lang, lst in (('en', nm_en), ('fr', nm_fr)):
        for i, (body, pr, ex, note) in enumerate(lst):
            e = {'meeting': None, 'reply_text_has': [body.split('.')[0].split('?')[0].split('!')[0][:30].strip()]}
            e.update(ex)
            add(f"{lang}-notm-{i+1:02d}", lang, 'not_meeting', pr, body, e, note, bases[i], hour=11 + i % 6, style=st[i % 6], discl=(i % 5 == 1))

    # ---- goals ----
    goals_en = [
        ("Short term: finish my cover letter template by the end of November.\nLong term: within five years I'd like to be managing a small branch.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'cover letter'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'branch'}], "two new goals, horizons in words"),
        ("For now I mostly want to get comfortable with interviews before my panel in December. Further out, say in the next 3-5 years, I'd love to move into a metadata role.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'interview'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'metadata'}], "short and long goal in one paragraph of prose"),
        ("Goal 2 is done! I submitted the conference proposal on Friday.", 'digest', [{'ref': '2', 'status': 'done', 'horizon': ''}], "numbered goal finished"),
        ("I finished my cover letter, Helen's edits were gold. Still working on my LinkedIn profile though.", 'checkin',
         [{'ref': '', 'status': 'done', 'horizon': '', 'title_has': 'cover letter'}, {'ref': '', 'status': 'in_progress', 'horizon': '', 'title_has': 'linkedin'}], "one goal done and one in progress, in prose"),
        ("I'm dropping the French course goal, there's just no time this fall.", 'digest', [{'ref': '', 'status': 'dropped', 'horizon': '', 'title_has': 'french'}], "goal dropped in prose"),
        ("Update on #1: halfway there, I've sent three of the six applications.", 'digest', [{'ref': '1', 'status': 'in_progress', 'horizon': ''}], "progress on numbered goal #1"),
        ("1. Build a portfolio of my instruction sessions (this term)\n2. Become a department head in ten years", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'portfolio'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'department head'}], "numbered list of new goals: list numbers are not refs to existing goals; horizons from 'this term'/'ten years'"),
        ("My goals: get my first professional position before my contract ends in June, and over the long haul do a PhD in information studies.\n\nCheers,\nMarcus", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'position'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'phd'}], "two goals in one sentence; sign-off is not a goal"),
        ("Goal 3 can go, I got the job so there's no need to keep applying!! And goal 1 is finished too.", 'digest',
         [{'ref': '3', 'status': 'dropped', 'horizon': ''}, {'ref': '1', 'status': 'done', 'horizon': ''}], "goal 3 dropped, goal 1 done"),
        ("The second goal (the webinar series) is still in progress, I've done 2 of 4.", 'digest', [{'ref': '2', 'status': 'in_progress', 'horizon': ''}], "goal referred to as 'the second goal' -> ref 2 in progress"),
        ("New goal for the rest of the session: present at the OLA Super Conference poster session.", 'checkin', [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'poster'}], "new goal added mid-session, short horizon ('rest of the session')"),
        ("Honestly my only goal is to survive the semester lol. But realistically: learn Python basics by spring.", 'goals_prompt', [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'python'}], "joke 'survive the semester' then one real short goal"),
        ("Long-term goal: move to an academic library within 5 years. That's it for now, still thinking about the short one.", 'goals_prompt', [{'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'academic'}], "only a long-term goal"),
        ("Crossed off the resume one! Done and sent to two postings.", 'digest', [{'ref': '', 'status': 'done', 'horizon': '', 'title_has': 'resume'}], "goal named by its words ('the resume one') done"),
        ("I'm still chipping away at goal #2 (the union workshop), nothing finished yet.", 'digest', [{'ref': '2', 'status': 'in_progress', 'horizon': ''}], "numbered goal still in progress"),
        ("Short-term goal: shadow a cataloguer for a day before the holidays. Long-term goal: get my MLIS part time over the next four years.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'shadow'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'mlis'}], "two new goals with labels and horizons in words"),
        ("We met yesterday on Zoom for 30 minutes. Also, goal 1 is done, I passed the certificate exam!", 'checkin', [{'ref': '1', 'status': 'done', 'horizon': ''}], "meeting plus goal update; goal 1 done"),
        ("I'm giving up on the management certificate goal, my employer won't fund it. Replacing it with: take the free CFLA leadership webinars this winter.", 'digest',
         [{'ref': '', 'status': 'dropped', 'horizon': '', 'title_has': 'certificate'}, {'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'webinar'}], "one goal dropped and a replacement new goal"),
        ("Mentor goals, since you asked: get better at giving feedback (this session), and in the next few years, mentor two more new grads.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'feedback'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'mentor'}], "a mentor's own two goals"),
        ("No changes to my goals, all still going. Thanks!", 'digest', [], "no goal update: 'no changes' gives no goals"),
        ("Goal 4: done. Goal 5: dropped, it turned out not to matter.", 'digest', [{'ref': '4', 'status': 'done', 'horizon': ''}, {'ref': '5', 'status': 'dropped', 'horizon': ''}], "two numbered terse updates"),
        ("Finally finished the portfolio goal, and I'm about half done with my LinkedIn.", 'digest',
         [{'ref': '', 'status': 'done', 'horizon': '', 'title_has': 'portfolio'}, {'ref': '', 'status': 'in_progress', 'horizon': '', 'title_has': 'linkedin'}], "two prose updates, one done, one in progress"),
    ]
    goals_fr = [
        ("Court terme : terminer ma lettre de présentation d'ici la fin de novembre.\nLong terme : d'ici cinq ans, diriger une petite succursale.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'lettre'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'succursale'}], "deux nouveaux objectifs, horizons en mots"),
        ("Pour l'instant, je veux surtout être à l'aise en entrevue avant mon comité de sélection en décembre. Plus tard, dans trois à cinq ans, j'aimerais travailler en métadonnées.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'entrevue'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'métadonnées'}], "court et long terme dans un même paragraphe"),
        ("L'objectif 2 est atteint! J'ai soumis ma proposition au congrès vendredi.", 'digest', [{'ref': '2', 'status': 'done', 'horizon': ''}], "objectif numéroté atteint"),
        ("J'ai terminé mon portfolio! Par contre je travaille encore sur mon profil LinkedIn.", 'checkin',
         [{'ref': '', 'status': 'done', 'horizon': '', 'title_has': 'portfolio'}, {'ref': '', 'status': 'in_progress', 'horizon': '', 'title_has': 'linkedin'}], "un objectif terminé, un en cours"),
        ("J'abandonne l'objectif du cours d'anglais, pas le temps cet automne.", 'digest', [{'ref': '', 'status': 'dropped', 'horizon': '', 'title_has': 'anglais'}], "objectif abandonné en prose"),
        ("Pour le no 1 : à mi-chemin, j'ai envoyé trois candidatures sur six.", 'digest', [{'ref': '1', 'status': 'in_progress', 'horizon': ''}], "progrès sur l'objectif no 1"),
        ("1. Monter un portfolio de mes formations documentaires (cette session)\n2. Devenir cheffe de service d'ici dix ans", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'portfolio'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'cheffe'}], "liste numérotée de nouveaux objectifs (pas des renvois)"),
        ("Mes objectifs : décrocher un premier poste de bibliothécaire avant la fin de mon contrat en juin, et à long terme faire un doctorat.\n\nMerci et bonne journée,\nOlivier", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'poste'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'doctorat'}], "deux objectifs dans une phrase; la salutation n'est pas un objectif"),
        ("On peut oublier l'objectif 3, j'ai eu le poste! Et l'objectif 1 est complété aussi.", 'digest',
         [{'ref': '3', 'status': 'dropped', 'horizon': ''}, {'ref': '1', 'status': 'done', 'horizon': ''}], "objectif 3 abandonné, 1 atteint"),
        ("Le deuxième objectif (la série de webinaires) avance : 2 sur 4 de faits.", 'digest', [{'ref': '2', 'status': 'in_progress', 'horizon': ''}], "« le deuxième objectif » -> ref 2 en cours"),
        ("Nouvel objectif pour le reste de la session : présenter une affiche au congrès de l'ABQLA.", 'checkin', [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'affiche'}], "nouvel objectif à court terme"),
        ("Honnêtement mon seul objectif c'est de survivre à la session haha. Mais sérieusement : apprendre les bases de Python d'ici le printemps.", 'goals_prompt', [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'python'}], "blague puis un vrai objectif court"),
        ("Objectif à long terme : travailler dans une bibliothèque universitaire d'ici 5 ans. Je réfléchis encore au court terme.", 'goals_prompt', [{'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'universitaire'}], "seulement un objectif long"),
        ("C'est fait pour le CV! Envoyé à deux offres.", 'digest', [{'ref': '', 'status': 'done', 'horizon': '', 'title_has': 'cv'}], "objectif nommé par ses mots (« le CV ») terminé"),
        ("Je continue de travailler sur l'objectif no 2 (l'atelier syndical), rien de fini encore.", 'digest', [{'ref': '2', 'status': 'in_progress', 'horizon': ''}], "objectif no 2 en cours"),
        ("Objectif à court terme : observer une catalogueuse pendant une journée avant les Fêtes. Objectif à long terme : faire ma maîtrise à temps partiel d'ici quatre ans.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'catalogueuse'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'maîtrise'}], "deux objectifs avec étiquettes"),
        ("On s'est vus hier sur Zoom 30 minutes. Aussi, l'objectif 1 est atteint, j'ai réussi l'examen du certificat!", 'checkin', [{'ref': '1', 'status': 'done', 'horizon': ''}], "rencontre + objectif 1 atteint"),
        ("Je laisse tomber l'objectif du certificat en gestion, mon employeur ne le paie pas. Je le remplace par : suivre les webinaires gratuits de la FCAB cet hiver.", 'digest',
         [{'ref': '', 'status': 'dropped', 'horizon': '', 'title_has': 'certificat'}, {'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'webinaires'}], "un objectif abandonné, un nouveau le remplace"),
        ("Mes objectifs de mentor : mieux donner de la rétroaction (cette session) et, dans les prochaines années, accompagner deux autres nouveaux diplômés.", 'goals_prompt',
         [{'ref': '', 'status': 'new', 'horizon': 'short', 'title_has': 'rétroaction'}, {'ref': '', 'status': 'new', 'horizon': 'long', 'title_has': 'diplômés'}], "objectifs d'un mentor"),
        ("Aucun changement à mes objectifs, tout suit son cours. Merci!", 'digest', [], "aucun changement -> aucun objectif"),
        ("Objectif 4 : terminé. Objectif 5 : abandonné, finalement pas pertinent.", 'digest', [{'ref': '4', 'status': 'done', 'horizon': ''}, {'ref': '5', 'status': 'dropped', 'horizon': ''}], "deux mises à jour numérotées"),
        ("J'ai enfin fini l'objectif du portfolio, et je suis à peu près à la moitié pour LinkedIn.", 'digest',
         [{'ref': '', 'status': 'done', 'horizon': '', 'title_has': 'portfolio'}, {'ref': '', 'status': 'in_progress', 'horizon': '', 'title_has': 'linkedin'}], "deux mises à jour en prose"),
    ]
    gb = [D(2026,10,5), D(2026,10,7), D(2026,10,19), D(2026,10,26), D(2026,11,2), D(2026,11,6), D(2026,10,9), D(2026,10,6), D(2026,11,20), D(2026,11,16), D(2026,11,12),
          D(2026,10,8), D(2026,10,13), D(2026,11,23), D(2026,11,27), D(2026,10,10), D(2026,11,4), D(2026,12,2), D(2026,10,12), D(2026,11,30), D(2026,12,1), D(2026,11,26)]
    st = ['gmail', 'outlook', 'apple', 'html_outlook', 'original', 'html_gmail']
    for lang, lst in (('en', goals_en), ('fr', goals_fr)):
        names = E if lang == 'en' else F
        for i, (body, pr, goals, note) in enumerate(lst):
            e = {'goals': goals, 'reply_text_has': [body.split('\n')[0][:28].strip()]}
            if i == 16:
                e['meeting'] = {'date': (gb[i] - td(1)).isoformat(), 'minutes': 30, 'mode': 'video'}
            who = names[7] if (lang == 'en' and i == 7) else (names[6] if (lang == 'fr' and i == 7) else None)
            add(f"{lang}-goal-{i+1:02d}", lang, 'goals', pr, body, e, note, gb[i], hour=8 + i % 11, style=st[i % 6], who=who,
                sig=not (i == 7), discl=(i % 6 == 2), land=(i % 7 == 3), mobile=(i % 9 == 5))

    # ---- topics (2+2) ----
    add('en-topic-01', 'en', 'topics', 'checkin', "Met yesterday over coffee, an hour. She told me the whole story of how she got into librarianship after ten years in retail, and then we got into burnout and how she disconnects on weekends.",
        {'meeting': M(date='2026-11-09', minutes=60, mode='in_person', topics_include=['career_path', 'work_life_balance']), 'reply_text_has': ['ten years in retail']},
        "topics in other words: career path story and burnout", D(2026, 11, 10), who=E[8])
    add('en-topic-02', 'en', 'topics', 'checkin', "Zoom call on Monday, 50 min. We talked about being the only racialized person on staff and how to handle the comments, then her time on the BCLA executive.",
        {'meeting': M(date='2026-11-23', minutes=50, mode='video', topics_include=['diversity', 'committees']), 'reply_text_has': ['only racialized person']},
        "diversity and an association's executive in other words; Monday from Thu 2026-11-26 -> 2026-11-23", D(2026, 11, 26), who=E[1])
    add('fr-topic-01', 'fr', 'topics', 'checkin', "Rencontre hier au café, une heure. Elle m'a raconté son cheminement, de l'enseignement à la bibliothèque, puis on a parlé de mes échéances qui s'empilent.",
        {'meeting': M(date='2026-11-17', minutes=60, mode='in_person', topics_include=['career_path', 'time_management']), 'reply_text_has': ["de l'enseignement"]},
        "sujets en d'autres mots : cheminement, échéances", D(2026, 11, 18), who=F[0])
    add('fr-topic-02', 'fr', 'topics', 'checkin', "Appel Teams lundi, 50 minutes. On a parlé de mon poste actuel et de la fusion de deux services chez nous.",
        {'meeting': M(date='2026-10-26', minutes=50, mode='video', topics_include=['current_role', 'change_management']), 'reply_text_has': ['fusion de deux services']},
        "« poste actuel » (mot du catalogue) et fusion de services (changement); lundi depuis jeu. 2026-10-29", D(2026, 10, 29), who=F[3])

    # ---- commands (3+3) ----
    add('en-cmd-01', 'en', 'commands', 'nudge', "Hi, I'm back from leave! Happy to start getting the reminders again.",
        {'commands': [{'name': 'resume', 'until': None, 'value': None}], 'reply_text_has': ["I'm back from leave"]}, "resume in prose", D(2026, 11, 2), who=E[2])
    add('en-cmd-02', 'en', 'commands', 'nudge', "I'm on mat leave starting now and back on January 11 -- could you pause my emails until then?",
        {'commands': [{'name': 'pause', 'until': '2027-01-11', 'value': None}], 'reply_text_has': ['mat leave']}, "pause asked as a question; 'until then' refers to January 11 earlier in the sentence", D(2026, 11, 13), who=E[5])
    add('en-cmd-03', 'en', 'commands', 'wrapup', "5 - it was great, Chris was a fantastic mentor.",
        {'commands': [{'name': 'rating', 'until': None, 'value': 5}], 'reply_text_has': ['fantastic mentor']}, "inline survey rating 5 under the quoted question", D(2026, 12, 1), who=E[9])
    add('fr-cmd-01', 'fr', 'commands', 'nudge', "Bonjour, je suis de retour de congé! Vous pouvez recommencer à m'écrire.",
        {'commands': [{'name': 'resume', 'until': None, 'value': None}], 'reply_text_has': ['de retour de congé']}, "reprise (« de retour »)", D(2026, 11, 3), who=F[7])
    add('fr-cmd-02', 'fr', 'commands', 'digest', "Est-ce que je peux arrêter de recevoir le résumé? Je vois déjà tout avec Annie. Le reste, c'est correct.",
        {'commands': [{'name': 'digest_off', 'until': None, 'value': None}], 'reply_text_has': ['arrêter de recevoir le résumé']}, "désactiver le résumé, demandé en question; pas un départ", D(2026, 11, 9), who=F[8])
    add('fr-cmd-03', 'fr', 'commands', 'midsession', "4. Très utile, mais on manque de temps.",
        {'commands': [{'name': 'rating', 'until': None, 'value': 4}], 'reply_text_has': ['on manque de temps']}, "note 4 répondue directement sous la question", D(2026, 11, 16), who=F[9])

    # ---- questions (2+2) ----
    add('en-q-01', 'en', 'question', 'checkin', "Joanne hasn't answered my last three emails and I'm not sure what to do. Is there someone on the committee I can talk to about this?",
        {'question': True, 'reply_text_has': ["hasn't answered"]}, "help with a problem in the pair, no meeting", D(2026, 11, 18), who=E[4])
    add('en-q-02', 'en', 'question', 'digest', "Wondering whether mentees can attend the end-of-session social even if their mentor can't make it.",
        {'question': True, 'reply_text_has': ['end-of-session social']}, "question without a question mark or the word 'question'", D(2026, 11, 24), who=E[7])
    add('fr-q-01', 'fr', 'question', 'checkin', "Ma mentore annule toutes nos rencontres depuis octobre. Je ne sais plus trop quoi faire, pouvez-vous m'aider?",
        {'question': True, 'reply_text_has': ['annule toutes nos rencontres']}, "demande d'aide pour un problème dans la paire", D(2026, 11, 19), who=F[2])
    add('fr-q-02', 'fr', 'question', 'introduction', "Je me demandais si on pouvait changer de jumelage, ma partenaire et moi on n'est pas dans le même fuseau horaire du tout.",
        {'question': True, 'reply_text_has': ['changer de jumelage']}, "question sans point d'interrogation", D(2026, 10, 6), who=F[4])

    # ---- reply_text (3+3) ----
    add('en-rt-01', 'en', 'reply_text', 'confidentiality', "Thanks for the reminder, all understood.",
        {'reply_text_has': ['all understood'], 'reply_text_not': ['stays between the two of you', 'CONFIDENTIALITY NOTICE', 'unceded traditional territory']},
        "plain ack; long signature with land acknowledgement and disclaimer must go", D(2026, 10, 20), who=E[1], discl=True, land=True, style='outlook')
    add('en-rt-02', 'en', 'reply_text', 'introduction', "Hello! Excited to be paired with Bill. I've emailed him to set up a first chat.",
        {'reply_text_has': ['Excited to be paired'], 'reply_text_not': ['Meet your partner for this session', 'MLIS Candidate']},
        "HTML-only Outlook reply; signature title and quoted intro must go", D(2026, 10, 2), who=E[4], style='html_outlook')
    add('en-rt-03', 'en', 'reply_text', 'digest', "Looks right to me, thanks.",
        {'reply_text_has': ['Looks right to me'], 'reply_text_not': ['Your mentoring digest', 'Sent from my iPhone']},
        "iPhone reply with quoted digest", D(2026, 11, 28), who=E[6], mobile=True, style='apple')
    add('fr-rt-01', 'fr', 'reply_text', 'confidentiality', "Merci pour le rappel, c'est bien noté.",
        {'reply_text_has': ["c'est bien noté"], 'reply_text_not': ['reste entre vous deux', 'AVIS DE CONFIDENTIALITÉ', 'territoire non cédé']},
        "accusé simple; signature, reconnaissance territoriale et avis juridique à retirer", D(2026, 10, 21), who=F[0], discl=True, land=True, style='outlook')
    add('fr-rt-02', 'fr', 'reply_text', 'introduction', "Allô! Contente d'être jumelée avec Luc, je lui écris cette semaine.",
        {'reply_text_has': ["Contente d'être jumelée"], 'reply_text_not': ['Voici votre partenaire pour cette session', 'Conseillère en gestion documentaire']},
        "HTML seulement (divRplyFwdMsg), signature avec titre", D(2026, 10, 2), who=F[5], style='html_outlook')
    add('fr-rt-03', 'fr', 'reply_text', 'digest', "Ça me semble exact, merci.",
        {'reply_text_has': ['Ça me semble exact'], 'reply_text_not': ['Votre résumé de mentorat', 'Envoyé de mon iPhone']},
        "réponse iPhone, ISO-8859-1, résumé cité", D(2026, 11, 28), who=F[6], mobile=True, style='apple', latin1=True)

    # ---- classification (4+4) ----
    def hdrs(date, frm, to, subj, extra=''):
        return f"Date: {date}\nFrom: {frm}\nTo: {to}\nSubject: {subj}\nMessage-ID: <{sum(map(ord, subj)) * 7919 % 10**9}.{date[5:16].replace(' ', '')}@mx.example>\nMIME-Version: 1.0\n{extra}"
    raw('en-cls-01', 'en', 'classification', hdrs('Mon, 12 Oct 2026 08:02:11 -0400', 'Priya Raman <priya.raman@ottawapubliclibrary.ca>', 'reply+t7-x@mentormail.ca',
        'Automatic reply: Check-in 2: have you met Helen yet?', 'List-Id: <staff.ottawapubliclibrary.ca>\nPrecedence: junk\nContent-Type: text/plain; charset=utf-8\n') +
        "\nI am out of the office until October 19 with limited access to email. For urgent matters please contact the branch at 613-555-0142.\n",
        'auto_reply', "out-of-office with List-Id and Precedence: junk is still an auto-reply")
    raw('en-cls-02', 'en', 'classification', hdrs('Tue, 03 Nov 2026 14:20:00 +0000', 'Mail Delivery System <MAILER-DAEMON@mx.dal.ca>', 'mentorat@mentormail.ca',
        'Undelivered Mail Returned to Sender', 'Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=us-ascii\n') +
        "\nThis is the mail system at host mx.dal.ca.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<j.okafor@dal.ca>: host mx.dal.ca said: 550 5.1.1 User unknown\n",
        'bounce', "classic bounce from MAILER-DAEMON", tz='America/Halifax')
    raw('en-cls-03', 'en', 'classification', hdrs('Wed, 18 Nov 2026 10:00:00 -0500', 'OLA Events <no-reply@accessola.com>', 'rgreenberg@yorku.ca',
        'Super Conference early-bird registration closes Friday', 'Content-Type: text/plain; charset=utf-8\n') +
        "\nDon't miss out! Early-bird rates for the OLA Super Conference end this Friday.\n\nRegister now: https://accessola.com/superconference\n\nYou are receiving this because you subscribed. Unsubscribe: https://accessola.com/unsubscribe?u=8812\n",
        'bulk', "newsletter from a no-reply sender with an unsubscribe link, no list headers")
    raw('en-cls-04', 'en', 'classification', hdrs('Thu, 26 Nov 2026 09:41:00 -0800', 'Dave McKinnon <dmckinnon@vpl.ca>', 'reply+t7-y@mentormail.ca',
        'Re: Checking in: catching up with Farah?', 'X-Autoreply:\nContent-Type: text/plain; charset=utf-8\n') +
        "\nYes! We met yesterday at the Central branch café for about an hour, mostly about supervising students.\n\nDave\n",
        {'class': 'reply', 'meeting': {'date': '2026-11-25', 'minutes': 60, 'mode': 'in_person', 'next_meeting': None, 'topics_include': ['management']},
         'goals': [], 'commands': [], 'question': False, 'warn': False, 'reply_text_has': ['We met yesterday'], 'reply_text_not': []}, "empty X-Autoreply header is not an auto-reply by itself; the person logs a meeting", tz='America/Vancouver')
    raw('fr-cls-01', 'fr', 'classification', hdrs('Mon, 09 Nov 2026 07:15:00 -0500', 'Mathieu Gagnon <mathieu.gagnon@umontreal.ca>', 'reply+t7-z@mentormail.ca',
        'Réponse automatique : Suivi 2 : avez-vous rencontré Julie?', 'Auto-Submitted: auto-replied\nContent-Type: text/plain; charset=utf-8\n') +
        "\nJe suis absent du bureau jusqu'au 16 novembre. Pour toute urgence, écrivez à biblio-ref@umontreal.ca.\n\nI am out of the office until November 16.\n",
        'auto_reply', "réponse automatique bilingue d'absence")
    raw('fr-cls-02', 'fr', 'classification', hdrs('Fri, 20 Nov 2026 16:05:00 +0100', 'Isabelle Moreau <isabelle.moreau@example.de>', 'reply+t7-w@mentormail.ca',
        'Abwesenheitsnotiz: Suivi 3 : une autre rencontre avec Isabelle?', 'Content-Type: text/plain; charset=utf-8\n') +
        "\nIch bin bis zum 30. November nicht im Büro. Je suis absente jusqu'au 30 novembre.\n",
        'auto_reply', "absence avec objet en allemand (Abwesenheitsnotiz), sans en-tête d'auto-réponse")
    raw('fr-cls-03', 'fr', 'classification', hdrs('Tue, 13 Oct 2026 11:30:00 -0400', 'postmaster@ulaval.ca', 'mentorat@mentormail.ca',
        'Non remis : Suivi 1 : avez-vous rencontré Patrick?', 'Content-Type: text/plain; charset=utf-8\n') +
        "\nVotre message n'a pas pu être remis à adiallo@ulaval.ca.\nLe serveur de messagerie a retourné l'erreur 550 5.1.10 RESOLVER.ADR.RecipientNotFound.\n",
        'bounce', "NDR Exchange en français")
    raw('fr-cls-04', 'fr', 'classification', hdrs('Wed, 25 Nov 2026 12:00:00 -0500', 'Bibliothèques UdeM <ne-pas-repondre@bib.umontreal.ca>', 'mathieu.gagnon@umontreal.ca',
        'Infolettre des bibliothèques - novembre', 'Auto-Submitted: auto-generated\nList-Unsubscribe: <mailto:desabonnement@bib.umontreal.ca>\nContent-Type: text/plain; charset=utf-8\n') +
        "\nÀ lire ce mois-ci : nouvelles ressources, formations et heures des Fêtes.\n\nPour vous désabonner, cliquez ici.\n",
        'bulk', "infolettre avec Auto-Submitted: auto-generated -> bulk, pas auto-réponse")
