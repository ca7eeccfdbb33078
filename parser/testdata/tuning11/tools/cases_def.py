from gen import C, M, ago, lastwd
V, T, H, W, S = 'America/Vancouver', 'America/Toronto', 'America/Halifax', 'America/Winnipeg', 'America/St_Johns'
TM = 'America/Toronto'

# ---------------- topics (35) ----------------
s='2026-11-04 09:12'
C('t11-top-en-01','en','topics','checkin',V,s,'Jordan Bell <jbell@vpl.example.ca>',
"We had a video call yesterday, about 45 minutes. Mostly she told me how she ended up in libraries after ten years as a paralegal - really encouraging since I'm switching fields too.",
"career change story = career_path; date yesterday",meeting=M(ago(s,1),45,'video',['career_path']))
s='2026-11-10 20:40'
C('t11-top-en-02','en','topics','checkin',T,s,'Amara Okafor <amara.okafor@example.com>',
"Met Priya on Monday over Zoom for an hour. Honestly the big thing was me being the only Black woman on our branch staff and how tiring it is to be the go-to person for every equity thing. She's been there.",
"being the only racialized staff member = diversity",meeting=M(lastwd(s,'monday'),60,'video',['diversity']))
s='2026-10-22 12:05'
C('t11-top-en-03','en','topics','checkin',H,s,'Colin MacLeod <cmacleod@dal.example.ca>',
"Quick log: phone call this morning, 30 min. We talked about how I never really switch off - answering email at 11pm, checking the ILS on weekends. She made me promise to take my vacation days.",
"never switching off / vacation = work_life_balance; date today",meeting=M(s[:10],30,'phone',['work_life_balance']),style='outlook')
s='2026-11-18 16:30'
C('t11-top-en-04','en','topics','checkin',W,s,'Tess Nguyen <tess.nguyen@example.ca>',
"We had a 40 min Teams video call yesterday. I'm on my third 6-month contract in a row and we talked about whether I should hold out for a permanent posting or look elsewhere, and what the union can actually do for term staff.",
"back-to-back contracts, union = job_precarity",meeting=M(ago(s,1),40,'video',['job_precarity']))
s='2026-11-25 08:50'
C('t11-top-en-05','en','topics','checkin',T,s,'Rebecca Stein <rstein@tpl.example.ca>',
"Video call last Thursday (1 hour). We walked through my week minute by minute - desk shifts, storytime, the endless photocopier jams - and compared it to what her days look like at the university.",
"walking through a week of work = typical_day",meeting=M(lastwd(s,'thursday'),60,'video',['typical_day']),style='iphone')
s='2026-10-29 14:00'
C('t11-top-en-06','en','topics','checkin',V,s,'Dev Patel <dpatel@ubc.example.ca>',
"Had our call on Oct 27, 50 min or so. I'd read that piece in Library Journal about book bans spreading to Canadian school boards and we spent most of the time on it.",
"discussing a piece read in Library Journal = current_topics",meeting=M('2026-10-27',50,None,['current_topics']))
s='2026-11-06 11:15'
C('t11-top-en-07','en','topics','checkin',T,s,'Hannah Kowalski <hkowalski@example.com>',
"Met yesterday for coffee at Balzac's in the Reference Library, about an hour. She ran me through three practice questions (tell me about a time you dealt with an upset patron...) and gave me the STAR trick.",
"practice questions + STAR = interviews; coffee at Balzac's = in_person",meeting=M(ago(s,1),60,'in_person',['interviews']),style='gmail')
s='2026-11-13 19:22'
C('t11-top-en-08','en','topics','checkin',H,s,'Sophie Arsenault <sarsenault@example.ca>',
"We spoke on the phone Wednesday for 25 minutes. She tore apart my letter for the Moncton posting (in a nice way) and I'm rewriting the opening paragraph.",
"letter for a posting = job_applications",meeting=M(lastwd(s,'wednesday'),25,'phone',['job_applications']))
s='2026-11-20 10:02'
C('t11-top-en-09','en','topics','checkin',T,s,'Marcus Lee <mlee@example.ca>',
"45-minute Google Meet on Nov 19. I'm about to be in charge of four part-time pages for the first time and we talked about how to give feedback without being weird about it, and delegating.",
"supervising pages, delegating = management",meeting=M('2026-11-19',45,'video',['management']))
s='2026-10-15 13:40'
C('t11-top-en-10','en','topics','checkin',W,s,'Leah Friesen <lfriesen@example.ca>',
"Call yesterday, maybe 35 min. Our system is migrating to a new ILS in January and everybody is panicking, so she shared how her library handled the last big migration and how to keep staff on board through it.",
"staff through a migration = change_management",meeting=M(ago(s,1),35,None,['change_management']))
s='2026-11-27 15:45'
C('t11-top-en-11','en','topics','checkin',V,s,'Naomi Chen <nchen@example.com>',
"We met on Zoom on Tuesday for an hour. I asked how she keeps on top of everything and she showed me her time blocking and how she triages her inbox. Going to try it.",
"time blocking, triaging inbox = time_management",meeting=M(lastwd(s,'tuesday'),60,'video',['time_management']))
s='2026-11-02 09:30'
C('t11-top-en-12','en','topics','checkin',T,s,'Owen Grant <ogrant@example.ca>',
"Last Friday we had a 30 min call. Talked about where I see myself down the road - she asked if I want to be a branch head by 2031 or stay in hands-on work, and I didn't have an answer.",
"where I see myself / by 2031 = career_goals",meeting=M(lastwd(s,'friday'),30,None,['career_goals']),style='orig')
s='2026-11-09 17:20'
C('t11-top-en-13','en','topics','checkin',H,s,'Fatima Haddad <fhaddad@example.ca>',
"We met on Nov 6 at the Halifax Central Library cafe for an hour. She's going to the APLA meeting in the spring and encouraged me to submit a poster. Also told me how to get my employer to cover registration.",
"APLA meeting, poster, registration = conferences",meeting=M('2026-11-06',60,'in_person',['conferences']))
s='2026-10-20 12:10'
C('t11-top-en-14','en','topics','checkin',T,s,'Grace Martin <gmartin@example.com>',
"We did a 45 min video call yesterday. I'm thinking of running for secretary of our provincial library association's exec and she told me what the time commitment really is.",
"running for the association's executive = committees",meeting=M(ago(s,1),45,'video',['committees']))
s='2026-11-16 21:05'
C('t11-top-en-15','en','topics','checkin',V,s,'Ethan Brooks <ebrooks@example.ca>',
"Phone call Saturday, about 40 min. She walked me through the listservs and Slack groups worth joining and who I should follow, plus a couple of LIS journals that are open access.",
"listservs, Slack groups, journals = lis_resources",meeting=M(lastwd(s,'saturday'),40,'phone',['lis_resources']))
s='2026-11-24 10:45'
C('t11-top-en-16','en','topics','checkin',T,s,'Isabel Ruiz <iruiz@example.com>',
"Video call yesterday, one hour. We mostly talked about the AI chatbot our library is piloting on the website and whether it's going to replace chat reference.",
"AI chatbot pilot = technology (catalogue word 'AI' appears in own words)",meeting=M(ago(s,1),60,'video',['technology']))
s='2026-11-11 08:15'
C('t11-top-en-17','en','topics','checkin',W,s,'Ben Okoro <bokoro@example.ca>',
"Met Nov 9 on Teams, 45 min. She explained how she got into describing archival fonds and the rules she uses; I really want to move toward metadata work.",
"metadata work / archival description = specialties",meeting=M('2026-11-09',45,'video',['specialties']))
s='2026-10-27 18:30'
C('t11-top-en-18','en','topics','checkin',T,s,'Chloe Dubois <cdubois@example.ca>',
"We talked for 30 minutes on the phone yesterday about my current role - I'm a library tech doing mostly ILL and she asked what parts of it I actually like. Also whether the online certificate in digital curation is worth the money.",
"catalogue's own words 'current role' and a certificate = current_role + professional_development",meeting=M(ago(s,1),30,'phone',['current_role','professional_development']))
s='2026-11-05 10:20'
C('t11-top-fr-01','fr','topics','checkin',TM,s,'Émilie Gagnon <egagnon@banq.example.qc.ca>',
"Bonjour, on s'est parlé hier en visio pendant une heure. Elle m'a raconté comment elle s'est retrouvée en bibliothèque après des années en enseignement. Ça m'a beaucoup rassurée.",
"comment elle s'est retrouvée en bibliothèque = career_path",meeting=M(ago(s,1),60,'video',['career_path']))
s='2026-11-12 13:35'
C('t11-top-fr-02','fr','topics','checkin',TM,s,'Karim Benali <kbenali@example.qc.ca>',
"Rencontre Teams en vidéo lundi, 45 minutes. On a surtout parlé du fait que je suis le seul employé issu de l'immigration dans mon service et des remarques que j'entends parfois sur mon accent.",
"seul employé issu de l'immigration, remarques sur l'accent = diversity",meeting=M(lastwd(s,'monday'),45,'video',['diversity']),style='outlook')
s='2026-11-19 09:40'
C('t11-top-fr-03','fr','topics','checkin',TM,s,'Julie Tremblay <jtremblay@example.qc.ca>',
"Rencontre au téléphone hier soir, une demi-heure. On a jasé de la fatigue, du fait que je rapporte du travail à la maison tous les soirs et que je ne décroche jamais, même en congé.",
"ne décroche jamais, travail à la maison = work_life_balance; une demi-heure = 30",meeting=M(ago(s,1),30,'phone',['work_life_balance']))
s='2026-10-28 16:00'
C('t11-top-fr-04','fr','topics','checkin',TM,s,'Maxime Roy <mroy@example.qc.ca>',
"On s'est vus le 26 octobre au Café Olimpico, environ une heure. Mon contrat finit en mars et je ne sais pas si je vais être reconduit; on a parlé du syndicat et des postes temporaires.",
"contrat qui finit, syndicat = job_precarity; café nommé = in_person",meeting=M('2026-10-26',60,'in_person',['job_precarity']),style='iphone')
s='2026-11-26 11:00'
C('t11-top-fr-05','fr','topics','checkin',TM,s,'Audrey Lavoie <alavoie@example.qc.ca>',
"Zoom mardi passé, 50 min. Elle m'a décrit une de ses journées du début à la fin : l'ouverture, le comptoir de prêt, les réunions, l'heure du conte. C'était super concret.",
"une journée du début à la fin = typical_day",meeting=M(lastwd(s,'tuesday'),50,'video',['typical_day']))
s='2026-11-03 14:25'
C('t11-top-fr-06','fr','topics','checkin',TM,s,'Samuel Côté <scote@example.qc.ca>',
"On a fait un appel vidéo le 2 novembre, 1 h. On a discuté du texte paru dans Le Devoir sur les bibliothèques comme refuges pour les personnes en situation d'itinérance.",
"texte paru dans Le Devoir = current_topics; 1 h = 60",meeting=M('2026-11-02',60,'video',['current_topics']))
s='2026-11-17 19:50'
C('t11-top-fr-07','fr','topics','checkin',TM,s,'Camille Bouchard <cbouchard@example.qc.ca>',
"Dîner ensemble aujourd'hui près de la Grande Bibliothèque, 1 h 15. Elle m'a posé des questions comme un vrai comité d'embauche pour mon poste à Laval la semaine prochaine. J'étais nerveuse mais ça a aidé.",
"pratique comme un comité d'embauche = interviews; dîner = in_person; 1 h 15 = 75",meeting=M(s[:10],75,'in_person',['interviews']))
s='2026-10-23 10:10'
C('t11-top-fr-08','fr','topics','checkin',H,s,'Mélanie Robichaud <mrobichaud@example.ca>',
"Appel téléphonique hier, 40 minutes. Elle a relu mon CV et ma lettre pour le poste à l'Université de Moncton, et m'a dit d'enlever la moitié des tâches.",
"CV et lettre pour un poste = job_applications",meeting=M(ago(s,1),40,'phone',['job_applications']))
s='2026-11-21 15:15'
C('t11-top-fr-09','fr','topics','checkin',TM,s,'Olivier Pelletier <opelletier@example.qc.ca>',
"Visio jeudi, 45 min. Je viens d'être nommé chef de section et je dois encadrer six personnes, dont deux qui postulaient pour le même poste. On a parlé de comment m'y prendre.",
"nommé chef de section, encadrer six personnes = management",meeting=M(lastwd(s,'thursday'),45,'video',['management']))
s='2026-11-07 09:05'
C('t11-top-fr-10','fr','topics','checkin',TM,s,'Isabelle Fortin <ifortin@example.qc.ca>',
"Rencontre hier sur Teams, une heure et quart. Notre réseau fusionne deux succursales et personne ne sait ce qui s'en vient; elle m'a donné des trucs pour accompagner l'équipe dans la transition.",
"fusion, accompagner l'équipe dans la transition = change_management; une heure et quart = 75",meeting=M(ago(s,1),75,'video',['change_management']))
s='2026-11-30 12:30'
C('t11-top-fr-11','fr','topics','checkin',TM,s,'Nathalie Girard <ngirard@example.qc.ca>',
"Appel de 30 minutes au téléphone vendredi. Je suis toujours en retard dans mes échéances et je dis oui à tout; elle m'a montré comment elle planifie sa semaine le lundi matin.",
"échéances, planifier sa semaine = time_management",meeting=M(lastwd(s,'friday'),30,'phone',['time_management']))
s='2026-10-30 17:45'
C('t11-top-fr-12','fr','topics','checkin',TM,s,'Félix Morin <fmorin@example.qc.ca>',
"On s'est appelés hier pendant 45 minutes. Elle m'a demandé où je me voyais en 2035 : direction d'une bibliothèque ou spécialiste en données de recherche. Je dois y réfléchir.",
"où je me voyais en 2035 = career_goals",meeting=M(ago(s,1),45,'phone',['career_goals']))
s='2026-11-14 10:30'
C('t11-top-fr-13','fr','topics','checkin',TM,s,'Valérie Lemieux <vlemieux@example.qc.ca>',
"Visio le 12 novembre, 1 h. Elle va au congrès de la FMD l'an prochain et m'a encouragée à proposer une communication avec elle.",
"congrès nommé = conferences (catalogue word in own text)",meeting=M('2026-11-12',60,'video',['conferences']))
s='2026-11-23 20:10'
C('t11-top-fr-14','fr','topics','checkin',TM,s,'Hugo Paquette <hpaquette@example.qc.ca>',
"On a jasé au téléphone samedi, 35 min. Elle siège au CA de la Corporation des bibliothécaires et m'a expliqué comment devenir bénévole sur un de leurs groupes de travail.",
"siège au CA d'une corporation professionnelle = committees",meeting=M(lastwd(s,'saturday'),35,'phone',['committees']))
s='2026-11-08 13:00'
C('t11-top-fr-15','fr','topics','checkin',TM,s,'Sarah Boucher <sboucher@example.qc.ca>',
"Appel vidéo hier, 40 minutes. Elle m'a donné une liste de balados, d'infolettres et de groupes Facebook de bibliothécaires à suivre pour me faire un réseau.",
"balados, infolettres, groupes pour se faire un réseau = lis_resources",meeting=M(ago(s,1),40,'video',['lis_resources']))
s='2026-10-19 11:20'
C('t11-top-fr-16','fr','topics','checkin',TM,s,'Antoine Bergeron <abergeron@example.qc.ca>',
"On s'est vus en personne vendredi à la bibliothèque, 1 h 30. Elle m'a montré le travail de description dans leurs fonds d'archives et les normes RDA qu'ils utilisent pour le catalogage.",
"fonds d'archives, catalogage = specialties; 1 h 30 = 90",meeting=M(lastwd(s,'friday'),90,'in_person',['specialties']))
s='2026-11-28 09:50'
C('t11-top-fr-17','fr','topics','checkin',TM,s,'Léa Martel <lmartel@example.qc.ca>',
"Rencontre Zoom jeudi, 45 min. On a parlé de mon poste actuel (technicienne au prêt entre bibliothèques) et des ateliers de l'ASTED auxquels je pourrais m'inscrire cet hiver, puis des outils d'IA que ma bibliothèque teste.",
"poste actuel + ateliers + outils d'IA = current_role, professional_development, technology",meeting=M(lastwd(s,'thursday'),45,'video',['current_role','professional_development','technology']),style='outlook')

# ---------------- meeting (30) ----------------
s='2026-11-03 08:40'
C('t11-mtg-en-01','en','meeting','checkin',T,s,'Laura Simmons <lsimmons@example.ca>',
"Grabbed a coffee with Priya at Dineen on Yonge last Thursday, we sat there a good hour and a half.",
"named café = in_person; hour and a half = 90",meeting=M(lastwd(s,'thursday'),90,'in_person'))
s='2026-11-12 18:15'
C('t11-mtg-en-02','en','meeting','checkin',V,s,'Ryan Toews <rtoews@example.ca>',
"She called me while I was on the bus home yesterady, we talked maybe an hr.",
"call taken on the bus = phone; typo yesterady; maybe an hr = 60",meeting=M(ago(s,1),60,'phone'))
s='2026-11-20 12:45'
C('t11-mtg-en-03','en','meeting','checkin',H,s,'Molly Burke <mburke@example.ca>',
"We did lunch at the Wooden Monkey downtown on the 18th. 1hr and a half, lots of good advice.",
"lunch at a restaurant = in_person; '1hr and a half' = 90; the 18th = Nov 18",meeting=M('2026-11-18',90,'in_person'))
s='2026-10-26 10:00'
C('t11-mtg-en-04','en','meeting','nudge',T,s,'Kevin Walsh <kwalsh@example.com>',
"Sorry for the silence! We did meet - a long walk around High Park on Saturday morning, roughly 50 minutes.",
"a walk together = in_person",meeting=M(lastwd(s,'saturday'),50,'in_person'),style='outlook')
s='2026-11-16 09:30'
C('t11-mtg-en-05','en','meeting','checkin',W,s,'Jenna Klassen <jklassen@example.ca>',
"Zoom call from my kitchen table on Thursday, no wait, it was Wednesday - Thursday was the snow day. Forty-five minutes.",
"self-correction to Wednesday is clear",meeting=M(lastwd(s,'wednesday'),45,'video'))
s='2026-11-09 14:10'
C('t11-mtg-en-06','en','meeting','checkin',T,s,'Arjun Mehta <amehta@example.ca>',
"We met via Teams chat on Friday for about half an hour, typing back and forth since I was at the desk.",
"Teams chat = chat, one mode",meeting=M(lastwd(s,'friday'),30,'chat'))
s='2026-11-23 16:50'
C('t11-mtg-en-07','en','meeting','checkin',S,s,'Siobhan Power <spower@mun.example.ca>',
"We talked by phone at lunch today, 20 mins. Short but useful.",
"by phone at lunch = phone only; today",meeting=M(s[:10],20,'phone'))
s='2026-11-02 11:00'
C('t11-mtg-en-08','en','meeting','checkin',T,s,'Daniel Roth <droth@example.com>',
"We finally connected! Video call, about 40 minutes, early in the month.",
"'early in the month' is vague: date null, warn",meeting=M(None,40,'video'),warn=True)
s='2026-11-27 20:30'
C('t11-mtg-en-09','en','meeting','checkin',V,s,'Kayla Morningstar <kmorningstar@example.ca>',
"We met up at the Nat Bailey farmers market last Saturday and talked while we walked around for like 2 hours lol",
"met at a market = in_person; 2 hours = 120",meeting=M(lastwd(s,'saturday'),120,'in_person'),style='iphone')
s='2026-10-16 13:20'
C('t11-mtg-en-10','en','meeting','checkin',T,s,'Paul Szabo <pszabo@example.ca>',
"Video call on Oct. 14 from the meeting room at my branch - 1.5 hours.",
"video call mentioned with a place is still video; 1.5 hours = 90",meeting=M('2026-10-14',90,'video'))
s='2026-11-30 09:10'
C('t11-mtg-en-11','en','meeting','checkin',H,s,'Erin Doucette <edoucette@example.ca>',
"We met in person at her office on Friday Nov 27 from 2 to 3:15.",
"2 to 3:15 = 75 minutes",meeting=M('2026-11-27',75,'in_person'))
s='2026-11-05 17:00'
C('t11-mtg-en-12','en','meeting','checkin',W,s,'Tyler Hiebert <thiebert@example.ca>',
"We had a meeting last week sometime, I can't remember which day. Maybe 30 min on the phone.",
"no date given: warn, date null",meeting=M(None,30,'phone'),warn=True)
s='2026-11-19 07:55'
C('t11-mtg-en-13','en','meeting','checkin',T,s,'Alicia Gomez <agomez@example.com>',
"Caught up with Priya on FaceTime Sunday night for three quarters of an hour.",
"FaceTime = video; three quarters of an hour = 45",meeting=M(lastwd(s,'sunday'),45,'video'),style='apple')
s='2026-10-21 15:30'
C('t11-mtg-en-14','en','meeting','checkin',V,s,'Nora Williams <nwilliams@example.ca>',
"Two meetings to log: a phone call on Oct 8 (20 min) and coffee at 49th Parallel on Oct 19 for an hour.",
"two meetings; first is Oct 8 phone",meeting=M('2026-10-08',20,'phone'),count=2)
s='2026-11-25 18:40'
C('t11-mtg-en-15','en','meeting','checkin',T,s,'Greg Fournier <gfournier@example.ca>',
"We've been emailing back and forth all week instead of meeting - she sent me a long answer on Monday about my questions and I replied the same day. Counting that as our check-in for this cycle.",
"an exchange by email counted as the meeting; dated Monday",meeting=M(lastwd(s,'monday'),None,'email'))
s='2026-11-04 10:35'
C('t11-mtg-fr-01','fr','meeting','checkin',TM,s,'Catherine Ouellet <couellet@example.qc.ca>',
"On a pris un café au Névé sur Rachel jeudi dernier, une bonne heure.",
"café nommé = in_person; jeudi dernier",meeting=M(lastwd(s,'thursday'),60,'in_person'))
s='2026-11-13 12:20'
C('t11-mtg-fr-02','fr','meeting','checkin',TM,s,'Marc-André Dion <madion@example.qc.ca>',
"Elle m'a appelé pendant que j'étais dans l'auto avant-hier, on a parlé une vingtaine de minutes.",
"appel dans l'auto = phone; avant-hier = 2 days before; une vingtaine = 20",meeting=M(ago(s,2),20,'phone'))
s='2026-11-21 14:00'
C('t11-mtg-fr-03','fr','meeting','checkin',TM,s,'Josée Lapointe <jlapointe@example.qc.ca>',
"On a dîné ensemble au Cochon Dingue le 19, de midi à 13 h 30.",
"dîner au restaurant = in_person; midi à 13 h 30 = 90",meeting=M('2026-11-19',90,'in_person'))
s='2026-10-27 09:15'
C('t11-mtg-fr-04','fr','meeting','nudge',TM,s,'Philippe Gauthier <pgauthier@example.qc.ca>',
"Désolé du retard. On s'est fait une marche sur le Mont-Royal dimanche, environ 1 h.",
"une marche ensemble = in_person",meeting=M(lastwd(s,'sunday'),60,'in_person'),style='outlook')
s='2026-11-17 16:40'
C('t11-mtg-fr-05','fr','meeting','checkin',TM,s,'Annie Caron <acaron@example.qc.ca>',
"Visio Teams de mon bureau mardi, non attends, c'était lundi. 45 min.",
"autocorrection claire vers lundi; Teams = video",meeting=M(lastwd(s,'monday'),45,'video'))
s='2026-11-06 11:45'
C('t11-mtg-fr-06','fr','meeting','checkin',TM,s,'Guillaume Leblanc <gleblanc@example.qc.ca>',
"On s'est parlé en visio au début du mois, environ 40 minutes.",
"au début du mois = vague: date null, warn",meeting=M(None,40,'video'),warn=True)
s='2026-11-24 19:30'
C('t11-mtg-fr-07','fr','meeting','checkin',TM,s,'Chantal Vézina <cvezina@example.qc.ca>',
"Rencontre par clavardage Teams hier, une heure, parce que j'étais au comptoir de référence.",
"clavardage Teams = chat",meeting=M(ago(s,1),60,'chat'))
s='2026-11-10 08:30'
C('t11-mtg-fr-08','fr','meeting','checkin',H,s,'Renée Cormier <rcormier@example.ca>',
"Petite rencontre au Tim Hortons de la rue Main samedi matin, trois quarts d'heure.",
"Tim Hortons = in_person; trois quarts d'heure = 45",meeting=M(lastwd(s,'saturday'),45,'in_person'),enc='latin1')
s='2026-11-26 10:05'
C('t11-mtg-fr-09','fr','meeting','checkin',TM,s,'Yannick Poirier <ypoirier@example.qc.ca>',
"On s'est vus à la Grande Bibliothèque le mercredi 25 novembre, 2 h.",
"lieu = in_person; 2 h = 120",meeting=M('2026-11-25',120,'in_person'))
s='2026-10-30 13:50'
C('t11-mtg-fr-10','fr','meeting','checkin',TM,s,'Stéphanie Nadeau <snadeau@example.qc.ca>',
"Appel vidéo depuis le chalet (le wifi tenait!) hier soir, 1h.",
"appel vidéo depuis un lieu = video",meeting=M(ago(s,1),60,'video'))
s='2026-11-02 20:00'
C('t11-mtg-fr-11','fr','meeting','checkin',TM,s,'Éric Lachance <elachance@example.qc.ca>',
"On a eu deux rencontres : le 22 octobre au téléphone (30 min) et le 29 octobre en personne au café de l'UQAM (1 h).",
"deux rencontres; la première = 22 oct phone",meeting=M('2026-10-22',30,'phone'),count=2)
s='2026-11-18 15:10'
C('t11-mtg-fr-12','fr','meeting','checkin',TM,s,'Marie-Ève Roussel <meroussel@example.qc.ca>',
"On s'est rencontrées, mais je ne me souviens plus de la date exacte... c'était en personne, à peu près une heure.",
"pas de date: warn",meeting=M(None,60,'in_person'),warn=True)
s='2026-11-09 09:00'
C('t11-mtg-fr-13','fr','meeting','checkin',TM,s,'Louis Bélanger <lbelanger@example.qc.ca>',
"Vendredi dernier, à la cafétéria du cégep, une heure et demie. Prochaine rencontre le 23 novembre.",
"cafétéria = in_person; next_meeting 23 nov",meeting=M(lastwd(s,'friday'),90,'in_person',nxt='2026-11-23'))
s='2026-12-01 11:25'
C('t11-mtg-fr-14','fr','meeting','checkin',TM,s,'Nadia Saint-Pierre <nstpierre@example.qc.ca>',
"Appel Google Meet ce matin, 55 minutes.",
"ce matin = date d'envoi; Meet = video",meeting=M(s[:10],55,'video'),style='iphone')
s='2026-11-15 17:35'
C('t11-mtg-fr-15','fr','meeting','checkin',W,s,'Amélie Fontaine <afontaine@usb.example.ca>',
"Rencontre le 13 novembre au Café postal à Saint-Boniface, environ 1 h 15.",
"café nommé = in_person; 1 h 15 = 75",meeting=M('2026-11-13',75,'in_person'))

# ---------------- not_meeting (30) ----------------
s='2026-11-04 09:00'
C('t11-not-en-01','en','not_meeting','checkin',T,s,'Laura Simmons <lsimmons@example.ca>',
"Nothing to report yet - we're booked for a video call next Tuesday at 7pm, 45 min.",
"a plan only: no meeting",meeting=None)
s='2026-11-12 13:10'
C('t11-not-en-02','en','not_meeting','checkin',V,s,'Ryan Toews <rtoews@example.ca>',
"We were supposed to meet at Revolver on Wednesday at 3 but she had a family emergency so we cancelled. Will try again next week.",
"cancelled meeting at a named café: no meeting",meeting=None)
s='2026-11-18 10:30'
C('t11-not-en-03','en','not_meeting','midsession',T,s,'Hannah Kowalski <hkowalski@example.com>',
"Yes, the conversations have been great. We meet about every two weeks, usually on Zoom for an hour, and it's worked well for both of us.",
"habit in a survey answer: no meeting",meeting=None)
s='2026-10-28 16:45'
C('t11-not-en-04','en','not_meeting','checkin',H,s,'Colin MacLeod <cmacleod@dal.example.ca>',
"Haven't met this cycle. I was at the Atlantic Provinces Library Association board meeting in Fredericton Oct 22-23 and then our branch had a staff day on Monday for 6 hours. Crazy month.",
"writer's own events with dates: no meeting of the pair",meeting=None)
s='2026-11-20 11:50'
C('t11-not-en-05','en','not_meeting','checkin',W,s,'Tess Nguyen <tess.nguyen@example.ca>',
"My manager met with HR yesterday for an hour about my contract, so fingers crossed. No mentorship meeting since last time though.",
"someone else's meeting: no meeting",meeting=None)
s='2026-11-06 08:20'
C('t11-not-en-06','en','not_meeting','checkin',T,s,'Marcus Lee <mlee@example.ca>',
"Nothing new to log. We've pencilled in lunch at Fran's on Nov 14 around noon.",
"plan for lunch: no meeting",meeting=None,style='iphone')
s='2026-11-25 17:15'
C('t11-not-en-07','en','not_meeting','nudge',V,s,'Naomi Chen <nchen@example.com>',
"Hi, we haven't been able to connect - I had two interviews last week (Tuesday 45 min by phone and Thursday a panel in person) and she's been away. Please pause reminders until December 14.",
"the writer's job interviews are not pair meetings; pause command",meeting=None,commands=[{'name':'pause','until':'2026-12-14','value':None}])
s='2026-11-01 15:00'
C('t11-not-en-08','en','not_meeting','checkin',T,s,'Owen Grant <ogrant@example.ca>',
"Priya emailed to reschedule our Oct 30 call to Nov 6. So no meeting yet this cycle.",
"rescheduled, not held",meeting=None)
s='2026-11-09 19:40'
C('t11-not-en-09','en','not_meeting','checkin',H,s,'Fatima Haddad <fhaddad@example.ca>',
"Not yet! I spent Saturday at a 3-hour workshop on grant writing at the Halifax Central Library, and my mentor was presenting at a conference in Ottawa all week.",
"writer's workshop and mentor's conference: no meeting",meeting=None)
s='2026-10-19 12:00'
C('t11-not-en-10','en','not_meeting','checkin',T,s,'Grace Martin <gmartin@example.com>',
"We usually talk on the phone Sunday evenings for 30 min or so, but this month it's been hard. Nothing to log this time.",
"habit and nothing to log",meeting=None)
s='2026-11-27 09:25'
C('t11-not-en-11','en','not_meeting','checkin',W,s,'Ben Okoro <bokoro@example.ca>',
"Our call on Tuesday didn't happen, my kid was sick. We're going to try Monday Dec 7 at 10 on Teams.",
"cancelled + plan",meeting=None,style='outlook')
s='2026-11-15 21:10'
C('t11-not-en-12','en','not_meeting','checkin',T,s,'Isabel Ruiz <iruiz@example.com>',
"Quick question: my mentor and I keep missing each other - she's booked solid until mid-December. Is it okay if we just do one long meeting in January instead of two short ones?",
"a question to the committee, no meeting",meeting=None,question=True)
s='2026-11-02 10:40'
C('t11-not-en-13','en','not_meeting','digest',V,s,'Dev Patel <dpatel@ubc.example.ca>',
"FYI I met with my other mentee (from the UBC program, not this one) on Friday for an hour. Nothing for this pair yet, Priya and I are meeting on the 10th.",
"a meeting with someone else + plan: no meeting for this pair",meeting=None)
s='2026-11-23 14:30'
C('t11-not-en-14','en','not_meeting','checkin',T,s,'Rebecca Stein <rstein@tpl.example.ca>',
"I'm back from leave as of today! We haven't met since October but we'll set something up this week.",
"resume command, no meeting",meeting=None,commands=[{'name':'resume','until':None,'value':None}])
s='2026-11-30 16:05'
C('t11-not-en-15','en','not_meeting','checkin',S,s,'Siobhan Power <spower@mun.example.ca>',
"I'll be on vacation in Portugal from Dec 3 to Dec 20, so please don't send me emails about this until then.",
"'don't send me emails' is not a meeting by email; 'until then' = Dec 20 given earlier in the sentence: pause",meeting=None,commands=[{'name':'pause','until':'2026-12-20','value':None}])
s='2026-11-05 09:45'
C('t11-not-fr-01','fr','not_meeting','checkin',TM,s,'Émilie Gagnon <egagnon@banq.example.qc.ca>',
"Rien à signaler pour l'instant. On a prévu un appel vidéo mardi prochain à 19 h, pour une heure.",
"plan seulement",meeting=None)
s='2026-11-12 15:20'
C('t11-not-fr-02','fr','not_meeting','checkin',TM,s,'Karim Benali <kbenali@example.qc.ca>',
"On devait se voir au Café Myriade mercredi à 15 h, mais elle a dû annuler (tempête). On remet ça.",
"rencontre annulée",meeting=None)
s='2026-11-18 11:10'
C('t11-not-fr-03','fr','not_meeting','midsession',TM,s,'Julie Tremblay <jtremblay@example.qc.ca>',
"Oui, ça va bien. On se parle à peu près aux deux semaines, habituellement au téléphone le jeudi midi, une demi-heure.",
"habitude dans une réponse au sondage",meeting=None)
s='2026-10-29 13:30'
C('t11-not-fr-04','fr','not_meeting','checkin',TM,s,'Maxime Roy <mroy@example.qc.ca>',
"Pas encore de rencontre. J'étais au congrès de l'ABQLA à Québec du 22 au 24 octobre et j'ai eu une réunion d'équipe de 3 h lundi.",
"événements de la personne: pas de rencontre",meeting=None)
s='2026-11-20 10:00'
C('t11-not-fr-05','fr','not_meeting','checkin',TM,s,'Audrey Lavoie <alavoie@example.qc.ca>',
"Ma gestionnaire a rencontré la direction hier pendant une heure au sujet de mon poste. Entre ma mentore et moi, rien depuis la dernière fois.",
"rencontre d'autres personnes",meeting=None)
s='2026-11-06 17:30'
C('t11-not-fr-06','fr','not_meeting','checkin',TM,s,'Samuel Côté <scote@example.qc.ca>',
"Rien de neuf. On a réservé un dîner au Saint-Houblon le 14 novembre à midi.",
"plan de dîner",meeting=None,style='iphone')
s='2026-11-25 08:45'
C('t11-not-fr-07','fr','not_meeting','nudge',TM,s,'Camille Bouchard <cbouchard@example.qc.ca>',
"Bonjour, on n'a pas réussi à se parler. J'ai eu deux entrevues la semaine passée (mardi au téléphone, 30 min, et jeudi devant un comité) et ma mentore était en vacances. Pouvez-vous suspendre les rappels jusqu'au 12 décembre?",
"entrevues de la personne, pas une rencontre; pause demandée en question",meeting=None,commands=[{'name':'pause','until':'2026-12-12','value':None}])
s='2026-11-01 12:15'
C('t11-not-fr-08','fr','not_meeting','checkin',TM,s,'Olivier Pelletier <opelletier@example.qc.ca>',
"Elle m'a écrit pour déplacer notre appel du 30 octobre au 6 novembre. Donc rien cette fois-ci.",
"reportée, pas tenue",meeting=None)
s='2026-11-09 20:20'
C('t11-not-fr-09','fr','not_meeting','checkin',H,s,'Renée Cormier <rcormier@example.ca>',
"Pas encore. Samedi j'ai suivi une formation de 3 heures à la bibliothèque de Dieppe et ma mentore était à un colloque à Ottawa toute la semaine.",
"formation et colloque: pas de rencontre",meeting=None)
s='2026-10-20 09:35'
C('t11-not-fr-10','fr','not_meeting','checkin',TM,s,'Isabelle Fortin <ifortin@example.qc.ca>',
"D'habitude on se téléphone le dimanche soir pendant 30 minutes, mais ce mois-ci, rien. Je n'ai rien à consigner.",
"habitude et rien à consigner",meeting=None)
s='2026-11-27 12:40'
C('t11-not-fr-11','fr','not_meeting','checkin',TM,s,'Nathalie Girard <ngirard@example.qc.ca>',
"Notre appel de mardi n'a pas eu lieu, mon garçon était malade. On essaie lundi le 7 décembre à 10 h sur Teams.",
"annulé + plan",meeting=None,style='outlook')
s='2026-11-15 18:25'
C('t11-not-fr-12','fr','not_meeting','checkin',TM,s,'Félix Morin <fmorin@example.qc.ca>',
"Ma mentore est débordée jusqu'à la mi-décembre. Est-ce que c'est correct si on fait une seule longue rencontre en janvier au lieu de deux courtes?",
"question au comité sans le mot question",meeting=None,question=True)
s='2026-11-02 11:55'
C('t11-not-fr-13','fr','not_meeting','digest',TM,s,'Valérie Lemieux <vlemieux@example.qc.ca>',
"Pour info, j'ai rencontré mon autre mentorée (programme de l'EBSI, pas celui-ci) vendredi pendant une heure. Pour notre jumelage, on se voit le 10.",
"autre jumelage + plan",meeting=None)
s='2026-11-23 13:05'
C('t11-not-fr-14','fr','not_meeting','checkin',TM,s,'Hugo Paquette <hpaquette@example.qc.ca>',
"De retour de congé parental depuis aujourd'hui! On ne s'est pas vus depuis octobre, mais on va se fixer quelque chose cette semaine.",
"de retour = resume",meeting=None,commands=[{'name':'resume','until':None,'value':None}])
s='2026-11-30 14:50'
C('t11-not-fr-15','fr','not_meeting','checkin',TM,s,'Sarah Boucher <sboucher@example.qc.ca>',
"Je serai au Mexique du 5 au 19 décembre. On s'est entendues pour reprendre après les Fêtes, vers le 8 janvier. Rien à consigner pour le moment.",
"voyage et plan: pas de rencontre, aucune commande explicite",meeting=None)

# ---------------- reply_text (25) ----------------
s='2026-11-10 10:15'
C('t11-rt-en-01','en','reply_text','checkin',T,s,'Margaret Osei <mosei@tpl.example.ca>',
"We had a video call on November 9, 45 minutes. Good conversation.",
"title lines after a blank line must go",meeting=M('2026-11-09',45,'video'),
sig="Margaret Osei\n\nBranch Head, Parkdale Branch\nToronto Public Library\n416-555-0142",
has=["We had a video call on November 9"],nots=["Branch Head, Parkdale Branch","416-555-0142"])
s='2026-11-17 14:40'
C('t11-rt-en-02','en','reply_text','checkin',V,s,'Wes Thompson <wthompson@example.ca>',
"Nothing to log this time, we're meeting next week.",
"land acknowledgement in signature must go",meeting=None,
sig="Wes Thompson (he/him)\nReference Librarian | Burnaby Public Library\n\nI work and live on the unceded, traditional and ancestral territories of the xʷməθkʷəy̓əm (Musqueam), Sḵwx̱wú7mesh (Squamish) and səlilwətaɬ (Tsleil-Waututh) Nations.",
has=["Nothing to log this time"],nots=["unceded, traditional and ancestral territories","Reference Librarian | Burnaby Public Library"])
s='2026-11-03 09:20'
C('t11-rt-en-03','en','reply_text','checkin',T,s,'Dana Fraser <dfraser@uoft.example.ca>',
"Phone call yesterday for 30 minutes. We covered her path into academic libraries.",
"legal disclaimer mentioning e-mail must go and not make the mode email",meeting=M(ago(s,1),30,'phone',['career_path']),
sig="Dana Fraser\nLiaison Librarian, Engineering\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Any unauthorized use is prohibited.",
has=["Phone call yesterday for 30 minutes"],nots=["intended solely for the addressee","Liaison Librarian, Engineering"],style='outlook')
s='2026-11-24 16:00'
C('t11-rt-en-04','en','reply_text','checkin',W,s,'Carla Bighetty <cbighetty@example.ca>',
"We met in person on Monday for an hour at the Millennium Library.",
"Treaty 1 acknowledgement must go",meeting=M(lastwd(s,'monday'),60,'in_person'),
sig="Carla Bighetty\nCollections Librarian\nWinnipeg Public Library\n\nWinnipeg Public Library is located on Treaty 1 territory, the ancestral lands of the Anishinaabeg, Cree, Oji-Cree, Dakota and Dene peoples, and on the homeland of the Red River Métis.",
has=["We met in person on Monday"],nots=["located on Treaty 1 territory","Collections Librarian"])
s='2026-10-22 11:30'
C('t11-rt-en-05','en','reply_text','checkin',H,s,'Liam Chisholm <lchisholm@example.ca>',
"Zoom on Oct 20, about an hour. Thanks for the reminder!",
"HTML-only mail with gmail_quote; signature and Mi'kma'ki acknowledgement must go",meeting=M('2026-10-20',60,'video'),
sig="Liam Chisholm\nMLIS Candidate | Dalhousie University\n\nWe acknowledge that we are in Mi'kma'ki, the ancestral and unceded territory of the Mi'kmaq People.",
has=["Zoom on Oct 20, about an hour"],nots=["MLIS Candidate | Dalhousie University","ancestral and unceded territory of the Mi'kmaq"],style='html_gmail')
s='2026-11-13 08:50'
C('t11-rt-en-06','en','reply_text','checkin',T,s,'Heather Quinn <hquinn@example.ca>',
"We had coffee at Second Cup on Wednesday, 40 min.",
"HTML-only Outlook with divRplyFwdMsg; signature and confidentiality notice must go",meeting=M(lastwd(s,'wednesday'),40,'in_person'),
sig="Heather Quinn, MLIS\nManager, Public Services\nOakville Public Library\n\nCONFIDENTIALITY NOTICE: This message may contain privileged information. If you are not the intended recipient, do not read, copy or distribute it.",
has=["We had coffee at Second Cup on Wednesday"],nots=["Manager, Public Services","CONFIDENTIALITY NOTICE"],style='html_outlook')
s='2026-11-19 19:10'
C('t11-rt-en-07','en','reply_text','checkin',S,s,'Patrick Kelly <pkelly@mun.example.ca>',
"All good, nothing new to report.",
"St. John's signature with land acknowledgement after blank lines",meeting=None,
sig="Patrick Kelly\n\n\nHead, Archives and Special Collections\nQueen Elizabeth II Library, Memorial University\n\nWe respectfully acknowledge the territory in which we gather as the ancestral homelands of the Beothuk, and the island of Newfoundland as the ancestral homelands of the Mi'kmaq and Beothuk.",
has=["nothing new to report"],nots=["Head, Archives and Special Collections","ancestral homelands of the Beothuk"])
s='2026-11-26 12:20'
C('t11-rt-en-08','en','reply_text','checkin',T,s,'Simran Gill <sgill@example.ca>',
"Video call on Nov 24, one hour. We talked about my upcoming interview.",
"bilingual title lines must go",meeting=M('2026-11-24',60,'video',['interviews']),
sig="Simran Gill\nLibrary Technician | Technicienne en bibliothèque\nOttawa Public Library | Bibliothèque publique d'Ottawa",
has=["Video call on Nov 24, one hour"],nots=["Library Technician | Technicienne en bibliothèque"],enc='b64')
s='2026-11-05 15:35'
C('t11-rt-en-09','en','reply_text','checkin',V,s,'Ava Lindqvist <alindqvist@example.ca>',
"We met on November 3 on Teams for 50 minutes.\n\nBest,\nAva",
"Coast Salish acknowledgement with a different wording, after sign-off",meeting=M('2026-11-03',50,'video'),
sig="--\nAva Lindqvist\nSystems Librarian, Fraser Valley Regional Library\n\nWith gratitude, I acknowledge that I live and work on the traditional territory of the Stó:lō people.",
has=["We met on November 3 on Teams"],nots=["Systems Librarian, Fraser Valley Regional Library","traditional territory of the St"],enc='flowed')
s='2026-10-30 10:05'
C('t11-rt-en-10','en','reply_text','checkin',T,s,'Robert Yee <ryee@example.ca>',
"Nothing to log yet. Thanks.",
"long legal disclaimer with e-mail wording; no meeting",meeting=None,
sig="Robert Yee\nDirector, Library Services\nSeneca Polytechnic\n\nThe information transmitted by this e-mail is intended only for the person or entity to which it is addressed and may contain confidential and/or privileged material. Any review, retransmission, dissemination or other use of this information by persons other than the intended recipient is prohibited.",
has=["Nothing to log yet"],nots=["Director, Library Services","intended only for the person or entity"],style='orig')
s='2026-11-08 13:25'
C('t11-rt-en-11','en','reply_text','checkin',H,s,'Megan Boyd <mboyd@example.ca>',
"Met yesterday by phone, 25 min.",
"iPhone footer and quote must go",meeting=M(ago(s,1),25,'phone'),style='iphone',
has=["Met yesterday by phone, 25 min"])
s='2026-12-01 09:45'
C('t11-rt-en-12','en','reply_text','checkin',T,s,'Jacob Moreau <jmoreau@example.ca>',
"We met at Library and Archives Canada on Nov 30 for 90 minutes.",
"Algonquin acknowledgement plus pronouns/title",meeting=M('2026-11-30',90,'in_person'),
sig="Jacob Moreau (he/him | il/lui)\nArchivist / Archiviste\n\nI am grateful to live and work on the unceded territory of the Algonquin Anishinaabe Nation.",
has=["We met at Library and Archives Canada"],nots=["Archivist / Archiviste","unceded territory of the Algonquin Anishinaabe"],style='gmail')
s='2026-11-11 10:40'
C('t11-rt-fr-01','fr','reply_text','checkin',TM,s,'Geneviève Lalonde <glalonde@example.qc.ca>',
"On s'est parlé en visio le 10 novembre, 45 minutes.",
"titre séparé du nom par une ligne vide",meeting=M('2026-11-10',45,'video'),
sig="Geneviève Lalonde\n\nBibliothécaire de référence\nBibliothèque de Laval\n450 555-0199, poste 2231",
has=["en visio le 10 novembre"],nots=["Bibliothécaire de référence","poste 2231"])
s='2026-11-18 14:15'
C('t11-rt-fr-02','fr','reply_text','checkin',TM,s,'Patrice Lévesque <plevesque@example.qc.ca>',
"Rien à consigner cette fois-ci, merci.",
"reconnaissance territoriale Kanien'kehá:ka doit disparaître",meeting=None,
sig="Patrice Lévesque\nChef de division, Bibliothèques de Montréal\n\nNous reconnaissons que nous sommes sur le territoire traditionnel non cédé de la Nation Kanien'kehá:ka, gardienne des terres et des eaux.",
has=["Rien à consigner cette fois-ci"],nots=["Chef de division, Bibliothèques de Montréal","territoire traditionnel non cédé"])
s='2026-11-04 16:30'
C('t11-rt-fr-03','fr','reply_text','checkin',TM,s,'Isabelle Desjardins <idesjardins@ulaval.example.ca>',
"Appel téléphonique hier, 30 minutes.",
"avis de confidentialité mentionnant « courriel » ne fait pas un mode email",meeting=M(ago(s,1),30,'phone'),
sig="Isabelle Desjardins\nBibliothécaire-conseil, Bibliothèque de l'Université Laval\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes sont confidentiels et destinés uniquement à la personne à qui ils sont adressés. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
has=["Appel téléphonique hier, 30 minutes"],nots=["AVIS DE CONFIDENTIALITÉ","Bibliothécaire-conseil"],style='outlook')
s='2026-11-25 11:50'
C('t11-rt-fr-04','fr','reply_text','checkin',TM,s,'Jonathan Picard <jpicard@example.qc.ca>',
"On s'est vus à la bibliothèque Gabrielle-Roy lundi, 1 h.",
"reconnaissance du Nionwentsïo (Wendake) dans la signature",meeting=M(lastwd(s,'monday'),60,'in_person'),
sig="Jonathan Picard\nTechnicien en documentation\nBibliothèque de Québec\n\nLa Bibliothèque de Québec est située sur le Nionwentsïo, territoire coutumier de la Nation huronne-wendat.",
has=["bibliothèque Gabrielle-Roy lundi"],nots=["Technicien en documentation","territoire coutumier de la Nation huronne-wendat"],enc='latin1')
s='2026-10-23 09:10'
C('t11-rt-fr-05','fr','reply_text','checkin',TM,s,'Sophie Marchand <smarchand@example.qc.ca>',
"Visio Zoom le 21 octobre, une heure. Merci!",
"courriel HTML seulement (gmail_quote); signature doit disparaître",meeting=M('2026-10-21',60,'video'),
sig="Sophie Marchand\nConseillère en gestion documentaire\nCentre de services scolaire de Montréal",
has=["Visio Zoom le 21 octobre"],nots=["Conseillère en gestion documentaire"],style='html_gmail')
s='2026-11-14 15:05'
C('t11-rt-fr-06','fr','reply_text','checkin',TM,s,'Christine Boivin <cboivin@example.qc.ca>',
"On a pris un café au Pikolo mercredi, 40 min.",
"Outlook HTML seulement (divRplyFwdMsg) avec avis juridique",meeting=M(lastwd(s,'wednesday'),40,'in_person'),
sig="Christine Boivin\nDirectrice, Bibliothèque de Brossard\n\nCe message est confidentiel. Si vous n'êtes pas le destinataire visé, veuillez le supprimer et en informer l'expéditeur.",
has=["On a pris un café au Pikolo mercredi"],nots=["Directrice, Bibliothèque de Brossard","Ce message est confidentiel"],style='html_outlook')
s='2026-11-20 17:20'
C('t11-rt-fr-07','fr','reply_text','checkin',H,s,'Josée Thériault <jtheriault@umoncton.example.ca>',
"Rien de nouveau pour le moment.",
"reconnaissance Wolastoqiyik/Mi'kmaq + titre après lignes vides",meeting=None,
sig="Josée Thériault\n\n\nBibliothécaire, Bibliothèque Champlain\nUniversité de Moncton\n\nNous reconnaissons que l'Université de Moncton est située sur le territoire non cédé des Mi'kmaq, Wolastoqiyik et Peskotomuhkati.",
has=["Rien de nouveau pour le moment"],nots=["Bibliothécaire, Bibliothèque Champlain","territoire non cédé des Mi'kmaq"])
s='2026-11-27 10:30'
C('t11-rt-fr-08','fr','reply_text','checkin',TM,s,'Alexandre Dupuis <adupuis@example.qc.ca>',
"Appel vidéo le 26 novembre, 50 min, sur mes candidatures.",
"signature bilingue avec titres",meeting=M('2026-11-26',50,'video',['job_applications']),
sig="Alexandre Dupuis\nBibliothécaire, Services aux usagers | Librarian, User Services\nBibliothèque publique d'Ottawa | Ottawa Public Library",
has=["Appel vidéo le 26 novembre"],nots=["Librarian, User Services"],enc='b64')
s='2026-11-06 13:45'
C('t11-rt-fr-09','fr','reply_text','checkin',TM,s,'Nicolas Hébert <nhebert@example.qc.ca>',
"Rencontre en personne hier, 1 h 30.\n\nMerci,\nNicolas",
"pied de message iPhone et citation doivent disparaître",meeting=M(ago(s,1),90,'in_person'),style='iphone',
has=["Rencontre en personne hier"])
s='2026-11-02 08:55'
C('t11-rt-fr-10','fr','reply_text','checkin',TM,s,'Manon Labelle <mlabelle@example.qc.ca>',
"Pas de rencontre encore, on se reprend la semaine prochaine.",
"avis juridique bilingue long",meeting=None,
sig="Manon Labelle\nCoordonnatrice, Bibliothèques de l'Outaouais\n\nAvertissement : Ce courriel peut contenir des renseignements confidentiels. / Disclaimer: This e-mail may contain confidential information. Toute utilisation non autorisée est interdite.",
has=["Pas de rencontre encore"],nots=["Coordonnatrice, Bibliothèques de l'Outaouais","This e-mail may contain confidential information"],style='orig')
s='2026-11-16 12:10'
C('t11-rt-fr-11','fr','reply_text','checkin',W,s,'Danielle Gosselin <dgosselin@usb.example.ca>',
"Visio jeudi dernier, trois quarts d'heure.",
"reconnaissance du Traité no 1 en français",meeting=M(lastwd(s,'thursday'),45,'video'),
sig="Danielle Gosselin\nBibliothécaire en chef\nUniversité de Saint-Boniface\n\nL'Université de Saint-Boniface est située sur le territoire du Traité no 1, terre ancestrale des Anishinaabeg, des Cris, des Oji-Cris, des Dakota et des Dénés, et patrie de la Nation métisse.",
has=["Visio jeudi dernier"],nots=["Bibliothécaire en chef","territoire du Traité no 1"])
s='2026-11-29 19:40'
C('t11-rt-fr-12','fr','reply_text','checkin',TM,s,'Roxanne Bérubé <rberube@example.qc.ca>',
"On s'est parlé au téléphone vendredi, 35 minutes.",
"signature avec séparateur -- et titre",meeting=M(lastwd(s,'friday'),35,'phone'),
sig="-- \nRoxanne Bérubé, M.S.I.\nAnalyste en métadonnées | Bibliothèques UdeM",
has=["au téléphone vendredi, 35 minutes"],nots=["Analyste en métadonnées | Bibliothèques UdeM"],enc='flowed')
s='2026-10-26 14:20'
C('t11-rt-fr-13','fr','reply_text','checkin',TM,s,'Benoît Charest <bcharest@example.qc.ca>',
"Merci pour le rappel, rien à signaler.",
"reconnaissance Abénakis (W8banaki) et titre",meeting=None,
sig="Benoît Charest\nResponsable des services techniques\nBibliothèque de Sherbrooke\n\nNous travaillons sur le Ndakina, territoire ancestral non cédé de la Nation W8banaki.",
has=["rien à signaler"],nots=["Responsable des services techniques","territoire ancestral non cédé de la Nation W8banaki"],style='apple')

# work_scenarios (added so every topic key is covered)
s='2026-11-26 13:15'
C('t11-top-en-19','en','topics','checkin',T,s,'Zoe Harrington <zharrington@example.ca>',
"We had a phone call on Monday, 40 min. I vented about a coworker who keeps taking credit for my programs in staff meetings and she helped me figure out how to raise it without blowing things up.",
"handling a coworker taking credit = work_scenarios",meeting=M(lastwd(s,'monday'),40,'phone',['work_scenarios']))
s='2026-11-10 10:50'
C('t11-top-fr-18','fr','topics','checkin',TM,s,'Karine Ménard <kmenard@example.qc.ca>',
"Visio hier, 45 minutes. On a parlé de l'ambiance lourde dans mon équipe depuis la réorganisation, des clans qui se forment et de comment rester professionnelle là-dedans.",
"ambiance lourde dans l'équipe, clans = work_scenarios",meeting=M(ago(s,1),45,'video',['work_scenarios']))
