from common import M, G, C
V,T,H,W,N='America/Vancouver','America/Toronto','America/Halifax','America/Winnipeg','America/St_Johns'
SIG_EN = "Sam Okafor (he/him)\nLibrary Technician, Circulation Services\nFraser Valley Regional Library"
SIG_FR = "Geneviève Tremblay\nBibliothécaire de référence\nBibliothèque de Québec"
CASES = []
def add(**k): CASES.append(k)

# ---------------- meeting (en) ----------------
add(id='i5-meet-en-01', lang='en', cat='meeting', prompt='checkin', tz=T, sent='2026-11-12 10:05',
    body="Hi!\n\nMet Priya yesterady for 1hr and a half over Zoom, mostly about her panel interview next week. Went really well.\n\nJordan",
    meeting=M('2026-11-11', 90, 'video', ['interviews']), has=['over Zoom'], note='typo "yesterady" is yesterday (Nov 11); "1hr and a half" is 90 minutes; Zoom is video')
add(id='i5-meet-en-02', lang='en', cat='meeting', prompt='checkin', tz=V, sent='2026-11-10 21:30',
    body="quick log - we grabbed coffee at Matchstick on Main this morning, maybe an hr. Talked about my job and the chaos at the branch lol",
    meeting=M('2026-11-10', 60, 'in_person', ['current_role']), has=['Matchstick on Main'], note='a named coffee shop means in person; "maybe an hr" is 60 minutes; "my job" is current_role')
add(id='i5-meet-en-03', lang='en', cat='meeting', prompt='checkin', tz=H, sent='2026-10-23 16:12', quote='outlook',
    body="Hello,\n\nWe spoke by phone on Thursday, no wait, Wednesday - Thursday was the day I was sick. 30 min, about the term position she's applying to.\n\nThanks,\nRuth",
    meeting=M('2026-10-21', 30, 'phone', []), has=['no wait, Wednesday'], note='self-correction: Wednesday Oct 21 (most recent past Wednesday from Fri Oct 23), not Thursday')
add(id='i5-meet-en-04', lang='en', cat='meeting', prompt='checkin', tz=W, sent='2026-11-05 09:40',
    body="We did a Teams chat on Nov 3 for about 40 minutes, typing back and forth since her kid was asleep. Good conversation about networking.",
    meeting=M('2026-11-03', 40, 'chat', ['lis_resources']), has=['Teams chat'], note='"Teams chat" is one way of meeting: chat, not video plus chat')
add(id='i5-meet-en-05', lang='en', cat='meeting', prompt='nudge', tz=T, sent='2026-10-28 13:00',
    body="Sorry for the silence! We finally had our first call - 45 minutes on video, and we went through my cover letter line by line.",
    meeting=M(None, 45, 'video', ['job_applications']), warn=True, has=['our first call'], note='meeting held but no date given: date null and warn')
add(id='i5-meet-en-06', lang='en', cat='meeting', prompt='checkin', tz=W, sent='2026-10-22 20:15',
    body="Catching up on logging: we met Oct 6 by video for an hour, and again Oct 20 in person at the Millennium Library, about 90 min that time.",
    meeting=M('2026-10-06', 60, 'video', []), meetings_count=2, has=['Millennium Library'], note='two meetings logged; the first is Oct 6, 60 min, video')
add(id='i5-meet-en-07', lang='en', cat='meeting', prompt='checkin', tz=N, sent='2026-11-17 19:20',
    body="Had a 45-min phone call today about which conferences are worth the travel money from Newfoundland. Next one is Nov 24.",
    meeting=M('2026-11-17', 45, 'phone', ['conferences'], '2026-11-24'), has=['worth the travel money'], note='today in St. John\'s is Nov 17; the next meeting is Nov 24')
add(id='i5-meet-en-08', lang='en', cat='meeting', prompt='checkin', tz=T, sent='2026-12-01 08:55', quote='outlook',
    body="Hi,\n\nWe had a Zoom yesterday, 50 minutes.\n\nKaren Li\nSystems Librarian",
    sig="CONFIDENTIALITY: This e-mail and any attachments are intended only for the named recipient. If you received this e-mail in error, please notify the sender and delete it.",
    meeting=M('2026-11-30', 50, 'video', []), has=['We had a Zoom yesterday'], not_=None, note='Zoom is video; the disclaimer\'s "e-mail" is not a way of meeting', **{'not': ['intended only for the named recipient']})
add(id='i5-meet-en-09', lang='en', cat='meeting', prompt='checkin', tz=T, sent='2026-11-16 12:02', quote='apple',
    body="Caught up with Dana over tea at Timothy's on Bloor on the 14th, roughly 2 hours (we lost track of time).\n\nSent from my iPhone",
    meeting=M('2026-11-14', 120, 'in_person', []), has=["Timothy's on Bloor"], note='a named cafe means in person; "the 14th" is Nov 14; 2 hours is 120', **{'not': ['Sent from my iPhone']})
add(id='i5-meet-en-10', lang='en', cat='meeting', prompt='checkin', tz=V, sent='2026-11-12 15:45', enc='html',
    body="We met via Google Meet on Monday Nov 9 for 1 hour. Mostly about metadata work and whether I should take the cataloguing course.",
    meeting=M('2026-11-09', 60, 'video', ['specialties']), has=['via Google Meet'], note='HTML-only mail: Google Meet is video, Nov 9, 60 minutes')
# ---------------- meeting (fr) ----------------
add(id='i5-meet-fr-01', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-19 11:10',
    body="Bonjour,\n\nOn s'est parlé hier au téléphone, une heure et quart, surtout de mes entrevues à venir.\n\nMerci!\nÉmilie",
    meeting=M('2026-11-18', 75, 'phone', ['interviews']), has=["On s'est parlé hier"], note='"une heure et quart" is 75 minutes; hier is Nov 18')
add(id='i5-meet-fr-02', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-05 14:00', quote='outlook',
    body="Rencontre le 3 novembre, 1 h 30, en vidéo sur Teams.",
    meeting=M('2026-11-03', 90, 'video', []), has=['1 h 30'], note='"1 h 30" is 90 minutes; Teams video')
add(id='i5-meet-fr-03', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-26 17:30',
    body="Allo! On s'est vues au Café Olimpico mardi passé, une heure environ. Super jasette.",
    meeting=M('2026-11-24', 60, 'in_person', []), has=['Café Olimpico'], note='a named café means in person; mardi passé from Thu Nov 26 is Nov 24')
add(id='i5-meet-fr-04', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-20 09:15',
    body="Bonjour, on s'est rencontrées au début du mois, environ 45 minutes en vidéo. Désolée du retard!",
    meeting=M(None, 45, 'video', []), warn=True, has=['au début du mois'], note='"au début du mois" is vague: date null and warn rather than a guess')
add(id='i5-meet-fr-05', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-13 10:00',
    body="Appel jeudi, non attends, mercredi (jeudi c'était mon cours), 30 minutes.",
    meeting=M('2026-11-11', 30, 'phone', []), has=['non attends, mercredi'], note='self-correction: Wednesday Nov 11 from Fri Nov 13; "appel" is phone')
add(id='i5-meet-fr-06', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-10-15 08:20', enc='qp',
    body="On a jasé sur Messenger hier soir pendant 20 min, juste pour faire le point.",
    meeting=M('2026-10-14', 20, 'chat', []), has=['sur Messenger'], note='Messenger text chat is chat; hier is Oct 14')
add(id='i5-meet-fr-07', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-10-29 19:45',
    body="On s'est parlé par Zoom le 27 octobre (45 min) pis on se revoit le 10 novembre.",
    meeting=M('2026-10-27', 45, 'video', [], '2026-11-10'), has=['on se revoit le 10 novembre'], note='Zoom on Oct 27 for 45 min; next meeting Nov 10')
add(id='i5-meet-fr-08', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-24 16:40', enc='latin1',
    body="Deuxième rencontre aujourd'hui à la bibliothèque, 50 minutes, sur la conciliation travail-vie personnelle.",
    meeting=M('2026-11-24', 50, 'in_person', ['work_life_balance']), has=['Deuxième rencontre'], note='ISO-8859-1 mail: in person at the library today, 50 min')
add(id='i5-meet-fr-09', lang='fr', cat='meeting', prompt='checkin', tz=T, sent='2026-11-18 12:00',
    body="On s'est vues le 2 et le 16 novembre, les deux fois en vidéo, une heure chaque fois.",
    meeting=M('2026-11-02', 60, 'video', []), meetings_count=2, has=['les deux fois en vidéo'], note='two meetings (Nov 2 and Nov 16); the first is Nov 2')
add(id='i5-meet-fr-10', lang='fr', cat='meeting', prompt='checkin', tz=H, sent='2026-10-09 10:30',
    body="Rencontre avant-hier par téléphone, 40 minutes. Tout va bien de notre côté.",
    meeting=M('2026-10-07', 40, 'phone', []), has=['avant-hier par téléphone'], note='avant-hier from Oct 9 is Oct 7')

# ---------------- topics (en) ----------------
def tm(i, lang, tz, sent, body, topics, has, date, mins=None, mode=None, note='', **k):
    add(id='i5-top-%s-%02d' % (lang, i), lang=lang, cat='topics', prompt='checkin', tz=tz, sent=sent, body=body,
        meeting=M(date, mins, mode, topics), has=[has], note=note, **k)
tm(1,'en',V,'2026-10-16 18:00',"Met yesterday, video, 1 hour. She told me how she ended up in libraries after ten years as a paralegal - really reassuring for someone switching fields like me.",['career_path'],'ten years as a paralegal','2026-10-15',60,'video',note='her story of coming into libraries from another field is career_path')
tm(2,'en',T,'2026-11-04 12:30',"We talked on the phone Monday for 40 min. Mostly about what it's like being the only racialized person on staff at my branch and how to bring things up with my manager.",['diversity'],'only racialized person','2026-11-02',40,'phone',note='being the only racialized person on staff is diversity')
tm(3,'en',H,'2026-11-25 20:10',"Video call tonight, 35 minutes. I admitted I'm pretty burnt out and we talked about actually disconnecting after hours, turning off Teams on my phone etc.",['work_life_balance'],'burnt out','2026-11-25',35,'video',note='being burnt out and disconnecting after hours is work_life_balance')
tm(4,'en',W,'2026-10-20 09:00',"Met in person Oct 19, about an hour. Topic of the day: deadlines. I have three reports due the same week and she helped me sort what to do first.",['time_management'],'Topic of the day: deadlines','2026-10-19',60,'in_person',note='deadlines and sorting what to do first is time_management')
tm(5,'en',T,'2026-11-09 08:30',"We had a 30 min Zoom on Friday (Nov 6). I mostly vented about my job, honestly.",['current_role'],'vented about my job','2026-11-06',30,'video',note='"my job" is the catalogue\'s current_role')
tm(6,'en',V,'2026-11-19 14:00',"Phone call yesterday, 45 min. I'm thinking of running for the BCLA executive and she walked me through what the commitment looks like.",['committees'],'BCLA executive','2026-11-18',45,'phone',note='an association executive is committees')
tm(7,'en',T,'2026-12-02 10:00',"Met on Nov 30 by video, an hour. We planned how I'd submit a proposal to the OLA Super Conference.",['conferences'],'OLA Super Conference','2026-11-30',60,'video',note='a named conference (OLA Super Conference) is conferences')
tm(8,'en',N,'2026-10-08 21:00',"We chatted by phone today for 25 minutes about my current role and whether it's a dead end.",['current_role'],'my current role','2026-10-08',25,'phone',note='the catalogue\'s own words "current role"')
tm(9,'en',T,'2026-11-27 11:00',"Coffee at the Second Cup near campus on Wednesday, about 50 min. Our library is merging two departments in January and I'm nervous about where I'll land.",['change_management'],'merging two departments','2026-11-25',50,'in_person',note='departments merging is change_management; a coffee shop is in person')
tm(10,'en',W,'2026-11-13 16:00',"Zoom on Nov 12, 1 h. I'm on my third term contract in a row and we talked about how to get out of that cycle.",['job_precarity'],'third term contract','2026-11-12',60,'video',note='a string of term contracts is job_precarity')
# ---------------- topics (fr) ----------------
tm(1,'fr',T,'2026-10-21 13:00',"Rencontre hier en vidéo, une heure. Elle m'a raconté comment elle est arrivée en bibliothèque après des années en enseignement, ça m'a fait du bien.",['career_path'],'après des années en enseignement','2026-10-20',60,'video',note='how she came to libraries after teaching is career_path')
tm(2,'fr',T,'2026-11-11 18:20',"Appel de 40 minutes aujourd'hui. On a parlé du fait que je suis la seule personne racisée de l'équipe et de comment en parler à ma gestionnaire.",['diversity'],'seule personne racisée','2026-11-11',40,'phone',note='being the only racialized person on the team is diversity')
tm(3,'fr',T,'2026-11-23 09:10',"On s'est vues vendredi au Café Myriade, 1 h. J'étais au bord de l'épuisement, on a parlé de décrocher le soir et les fins de semaine.",['work_life_balance'],"bord de l'épuisement",'2026-11-20',60,'in_person',note='épuisement and unplugging is work_life_balance; a named café is in person')
tm(4,'fr',T,'2026-10-30 15:00',"Rencontre Teams le 29 octobre, 45 min, sur mes échéances de fin de session qui se bousculent.",['time_management'],'mes échéances','2026-10-29',45,'video',note='échéances (deadlines) is time_management')
tm(5,'fr',T,'2026-11-06 10:00',"Vidéo hier, 30 min. J'ai surtout parlé de mon poste pis de mes tâches qui changent tout le temps.",['current_role'],'parlé de mon poste','2026-11-05',30,'video',note='"mon poste" is current_role')
tm(6,'fr',T,'2026-12-02 08:45',"Téléphone lundi, 50 minutes. Elle siège à l'exécutif de la CBPQ et m'a expliqué comment m'impliquer.",['committees'],"l'exécutif de la CBPQ",'2026-11-30',50,'phone',note='an association executive is committees')
tm(7,'fr',T,'2026-10-14 19:00',"On s'est parlé en vidéo le 13 octobre, 1 h, pour préparer ma première participation au Congrès des milieux documentaires.",['conferences'],'Congrès des milieux documentaires','2026-10-13',60,'video',note='a named conference is conferences')
tm(8,'fr',H,'2026-11-17 14:30',"Rencontre à son bureau aujourd'hui, 1 h 15. Je vais superviser deux techniciennes dès janvier, on a parlé d'encadrement.",['management'],"on a parlé d'encadrement",'2026-11-17',75,'in_person',note='supervising staff, encadrement, is management')
tm(9,'fr',T,'2026-11-26 16:00',"Appel vidéo hier de 45 min sur l'IA générative et ce que ça change au service de référence.",['technology'],"l'IA générative",'2026-11-25',45,'video',note='generative AI is technology')
tm(10,'fr',W,'2026-10-27 12:00',"On s'est parlé au téléphone le 26, une demi-heure, elle a relu ma lettre de motivation pour le poste à Saint-Boniface.",['job_applications'],'ma lettre de motivation','2026-10-26',30,'phone',note='a lettre de motivation (cover letter) is job_applications')
