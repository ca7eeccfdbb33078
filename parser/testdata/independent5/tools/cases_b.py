from common import M, G, C
from cases_a import add, V, T, H, W, N
# ---------------- goals (en) ----------------
def gl(i, lang, tz, sent, body, goals, has, note, prompt='checkin', **k):
    add(id='i5-goal-%s-%02d' % (lang, i), lang=lang, cat='goals', prompt=prompt, tz=tz, sent=sent, body=body,
        goals=goals, has=[has], note=note, **k)
gl(1,'en',T,'2026-11-03 10:00',"Quick update: I finished my cover letter! Sent it off Friday for the liaison librarian posting.",[G('done','cover letter')],'finished my cover letter','"finished my cover letter" marks that goal done')
gl(2,'en',V,'2026-10-27 22:00',"Nothing new to log, still working on my LinkedIn profile, it's slow going.",[G('in_progress','linkedin')],'still working on my LinkedIn','"still working on my LinkedIn" is in progress, no meeting')
gl(3,'en',H,'2026-11-18 09:30',"Goal 2 is done :) Thanks to Marc for pushing me.",[G('done',ref='2')],'Goal 2 is done','a numbered goal marked done')
gl(4,'en',W,'2026-11-09 13:00',"Progress on goal 1: I've drafted two of the four sections of my teaching portfolio.",[G('in_progress',ref='1')],'two of the four sections','progress on numbered goal 1 is in_progress')
gl(5,'en',T,'2026-10-05 11:15',"Short term I'd like to polish my resume before the January postings come out, and longer term I want to move into an academic liaison role.",[G('new','resume',horizon='short'),G('new','liaison',horizon='long')],'polish my resume','both a short-term and a long-term goal in one paragraph',prompt='goals_prompt')
gl(6,'en',N,'2026-10-06 20:00',"1. Prepare for interviews this winter\n2. Become a department head within five years\n\nLooking forward to working together!\nCheers,\nTom",[G('new','interviews',horizon='short'),G('new','department head',horizon='long')],'Become a department head','two numbered goals; the sign-off is not a goal',prompt='goals_prompt')
gl(7,'en',T,'2026-11-24 15:00',"I'm dropping goal 3. The archives certificate doesn't make sense now that I'm staying in public libraries.",[G('dropped',ref='3')],"I'm dropping goal 3",'numbered goal 3 dropped')
gl(8,'en',V,'2026-11-30 17:00',"My portfolio is finally finished and uploaded! One less thing.",[G('done','portfolio')],'portfolio is finally finished','portfolio finished is done')
gl(9,'en',W,'2026-10-07 08:00',"Short-term goal: get comfortable presenting at staff meetings.\nLong-term goal: lead a library's digital services team.\n\nThanks!\nPriya Sharma\nLibrary Assistant, Winnipeg Public Library",[G('new','presenting',horizon='short'),G('new','digital services',horizon='long')],'get comfortable presenting','labelled short and long goals; signature is not a goal',prompt='goals_prompt',**{'not':['Library Assistant, Winnipeg Public Library']})
gl(10,'en',T,'2026-11-16 19:00',"I gave up on the French course, too much with work right now. Maybe next year.",[G('dropped','french')],'gave up on the French course','"gave up on" the course drops that goal')
# ---------------- goals (fr) ----------------
gl(1,'fr',T,'2026-11-10 10:00',"Petite nouvelle : j'ai terminé mon portfolio!",[G('done','portfolio')],"j'ai terminé mon portfolio",'"j\'ai terminé mon portfolio" is done')
gl(2,'fr',T,'2026-10-26 21:00',"Je travaille encore sur mon CV, j'espère le finir d'ici deux semaines.",[G('in_progress','cv')],'Je travaille encore sur mon CV','still working on the CV is in progress')
gl(3,'fr',T,'2026-11-20 12:00',"L'objectif 2 est atteint! Merci à Julie pour son aide.",[G('done',ref='2')],"L'objectif 2 est atteint",'numbered goal 2 reached')
gl(4,'fr',H,'2026-11-04 14:00',"Objectif 1 : j'avance, j'ai fait deux simulations d'entrevue cette semaine.",[G('in_progress',ref='1')],"Objectif 1 : j'avance",'progress on numbered goal 1')
gl(5,'fr',T,'2026-10-05 09:00',"À court terme, j'aimerais améliorer mon anglais pour les entrevues, et à plus long terme devenir responsable d'une bibliothèque de quartier.",[G('new','anglais',horizon='short'),G('new','responsable',horizon='long')],'améliorer mon anglais','short and long goals in one sentence',prompt='goals_prompt')
gl(6,'fr',T,'2026-10-06 16:30',"1. Mettre à jour mon CV\n2. Obtenir un poste permanent d'ici trois ans\n\nAu plaisir de travailler ensemble!\nNathalie",[G('new','cv',horizon='short'),G('new','permanent',horizon='long')],'Mettre à jour mon CV','two numbered goals; the closing line is not a goal',prompt='goals_prompt')
gl(7,'fr',T,'2026-11-25 11:00',"J'abandonne l'objectif 3, finalement le certificat en archivistique ne me convient plus.",[G('dropped',ref='3')],"J'abandonne l'objectif 3",'numbered goal 3 dropped')
gl(8,'fr',W,'2026-11-13 10:00',"J'ai fini ma lettre de présentation, enfin!",[G('done','lettre')],'fini ma lettre de présentation','letter finished is done')
gl(9,'fr',T,'2026-10-08 20:00',"À long terme, je veux devenir directrice d'une bibliothèque publique. Pour le court terme je n'ai pas encore d'idée claire.",[G('new','directrice',horizon='long')],'devenir directrice','only a long-term goal is set; no short-term goal yet',prompt='goals_prompt')
gl(10,'fr',T,'2026-11-19 08:00',"Mon objectif de réseautage avance bien, je suis allée à deux 5 à 7 ce mois-ci.",[G('in_progress','réseautage')],'avance bien','the networking goal is in progress')
# ---------------- commands (en) ----------------
def cm(i, lang, tz, sent, body, cmds, has, note, prompt='checkin', **k):
    add(id='i5-cmd-%s-%02d' % (lang, i), lang=lang, cat='commands', prompt=prompt, tz=tz, sent=sent, body=body,
        commands=cmds, has=[has] if has else [], note=note, **k)
cm(1,'en',T,'2026-11-30 09:00',"I'm back from parental leave - you can start sending me the check-ins again.",[C('resume')],"I'm back from parental leave",'"I\'m back" asks to resume')
cm(2,'en',V,'2026-12-01 12:00',"Could you pause my emails until January 11? I'm off over the holidays.",[C('pause','2027-01-11')],'pause my emails','a pause asked as a question is a pause command, not a committee question')
cm(3,'en',H,'2026-12-01 15:00',"I'm away from December 14 to January 4, please pause things until then.",[C('pause','2027-01-04')],'please pause things until then','"until then" refers to January 4, earlier in the sentence')
cm(4,'en',T,'2026-11-20 10:30',"Oops, can you undo that last one? I logged the meeting under the wrong partner.",[C('undo')],'undo that last one','undo asked as a question')
cm(5,'en',T,'2026-12-02 14:00',"> Rating:\n5\n> What worked well?\nHaving someone outside my library to talk to.\n> What could be better?\nMore structure in the first month.",[C('rating',value=5)],'outside my library','rating 5 answered inline under the quoted question',prompt='wrapup',quote='none')
cm(6,'en',W,'2026-11-12 18:00',"Please take me out of the program. I've accepted a job outside libraries and can't keep going. Thanks for everything.",[C('stop')],"accepted a job outside libraries",'a clear request to leave the program is stop')
cm(7,'en',N,'2026-10-14 10:00',"help",[C('help')],'help','a one-word help request')
cm(8,'en',T,'2026-11-02 11:00',"Fewer reminders please - between the nudges and check-ins it's a lot.",[C('fewer_reminders')],'Fewer reminders please','asking for fewer reminders',prompt='nudge')
cm(9,'en',V,'2026-11-15 09:00',"digest off\n\nThanks, I read the check-ins already.",[C('digest_off')],'I read the check-ins already','"digest off" under the digest',prompt='digest')
cm(10,'en',T,'2026-11-10 16:00',"Don't remove me, but I'd like a break until Nov 30 - we're in the middle of a migration at work.",[C('pause','2026-11-30')],'middle of a migration','a break until a date is a pause, not stop')
# ---------------- commands (fr) ----------------
cm(1,'fr',T,'2026-11-30 09:30',"Je suis de retour! Vous pouvez recommencer à m'écrire.",[C('resume')],'Je suis de retour','"de retour" asks to resume')
cm(2,'fr',T,'2026-12-01 10:00',"Est-ce possible de mettre mes courriels en pause jusqu'au 15 janvier?",[C('pause','2027-01-15')],'en pause',"a pause asked as a question")
cm(3,'fr',T,'2026-12-02 13:00',"Je serai en congé du 20 décembre au 5 janvier, pouvez-vous suspendre les envois jusque-là?",[C('pause','2027-01-05')],'suspendre les envois','"jusque-là" refers to January 5 earlier in the sentence')
cm(4,'fr',T,'2026-11-18 15:00',"Pouvez-vous annuler ce que je viens d'envoyer? Je me suis trompée de date.",[C('undo')],'annuler ce que je viens',"an undo asked as a question")
cm(5,'fr',H,'2026-12-02 11:00',"> Note :\n4\n> Qu'est-ce qui a bien fonctionné?\nLa souplesse des horaires.\n> Qu'est-ce qui pourrait être mieux?\nPlus d'activités de groupe.",[C('rating',value=4)],'La souplesse des horaires','rating 4 answered inline under the quoted survey line',prompt='wrapup',quote='none')
cm(6,'fr',T,'2026-11-09 14:00',"Je dois malheureusement me retirer du programme, ma situation familiale a changé. Merci pour tout.",[C('stop')],'me retirer du programme','a clear request to leave is stop')
cm(7,'fr',T,'2026-10-20 10:00',"aide",[C('help')],'aide','one-word help in French')
cm(8,'fr',W,'2026-11-03 17:00',"Moins de rappels svp, je reçois trop de courriels ces temps-ci.",[C('fewer_reminders')],'Moins de rappels','asking for fewer reminders',prompt='nudge')
cm(9,'fr',T,'2026-11-16 08:00',"Plus de résumés pour moi, merci.",[C('digest_off')],'Plus de résumés','no more digests',prompt='digest')
cm(10,'fr',T,'2026-11-23 12:00',"J'suis revenue de mon congé de maladie, vous pouvez reprendre les envois.",[C('resume')],'revenue de mon congé','back from leave: resume')
