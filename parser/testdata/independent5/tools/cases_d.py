import email.utils, datetime
from common import M, G, C, dt
from cases_a import add, V, T, H, W, N
LAND_EN = "I live and work on the traditional, ancestral and unceded territory of the xwm\u0259\u03b8kw\u0259y\u0313\u0259m (Musqueam), Skwxwu7mesh (Squamish) and Selilwitulh (Tsleil-Waututh) Nations."
LAND_EN2 = "We acknowledge that we are located on Treaty 1 territory, the original lands of the Anishinaabeg, Cree, Oji-Cree, Dakota and Dene peoples, and on the homeland of the Red River Metis."
LAND_FR = "Nous reconnaissons que nous sommes situés sur le territoire non cédé de la nation Kanien'kehá:ka."
DISC_EN = "This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, any dissemination is strictly prohibited."
DISC_FR = "AVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire mentionné et peut contenir de l'information privilégiée. Si vous l'avez reçu par erreur, veuillez le détruire."
def rt(i, lang, tz, sent, body, sig, has, nots, note, prompt='checkin', **k):
    add(id='i5-text-%s-%02d' % (lang, i), lang=lang, cat='reply_text', prompt=prompt, tz=tz, sent=sent, body=body, sig=sig,
        has=has, note=note, **dict(k, **{'not': nots}))
rt(1,'en',V,'2026-11-02 10:00',"Thanks for the list of topics, I'll bring the conference one to our next chat.",
   "Maya Chen (she/her)\nTeen Services Librarian | Vancouver Public Library\n"+LAND_EN,
   ["bring the conference one"],['Teen Services Librarian','unceded territory'],'title and land acknowledgement must go')
rt(2,'en',T,'2026-11-09 14:00',"Got it, thanks. We'll keep going as planned.",
   "Daniel Roy\nManager, Branch Operations\nCity of Ottawa\n\n"+DISC_EN,
   ['keep going as planned'],['Manager, Branch Operations','intended only for the use of the addressee'],'legal disclaimer must go',quote='outlook')
rt(3,'en',H,'2026-11-11 09:30',"Thanks! I shared the article on open access with my mentee.",
   "--\nClaire MacDonald\nHead of Research Services, Dalhousie University Libraries",
   ['shared the article on open access'],['Head of Research Services'],'HTML-only gmail reply: signature removed',enc='html')
rt(4,'en',T,'2026-11-13 16:00',"Noted, thank you. I'll remind Priya about the confidentiality piece.",
   "Aisha Hassan\nLibrary Technician\n\nCONFIDENTIALITY NOTICE: The information in this email is confidential and intended solely for the addressee.",
   ['remind Priya about the confidentiality'],['CONFIDENTIALITY NOTICE','Library Technician'],'HTML-only Outlook reply (divRplyFwdMsg): footer and title removed',enc='html_outlook',prompt='confidentiality')
rt(5,'en',W,'2026-11-20 07:45',"Sounds good, will do",
   "Sent from my iPhone",['Sounds good, will do'],['Sent from my iPhone'],'mobile footer removed',quote='apple')
rt(6,'en',T,'2026-10-28 11:00',"Hello, just confirming I got this and I'll reply to the goals email this weekend.",
   "Regards,\nPatrick O'Neil\nCollections Coordinator\nToronto Public Library",
   ['reply to the goals email this weekend'],['Collections Coordinator'],'"-----Original Message-----" quote and title removed',quote='orig',prompt='digest')
rt(7,'en',V,'2026-11-06 13:00',"Thank you for the reminder. Everything is fine with us.",
   "Jess Park\nPronouns: they/them\nArchivist, Simon Fraser University",
   ['Everything is fine with us'],['Pronouns: they/them','Archivist, Simon Fraser University'],'base64 body: pronoun line and title removed',enc='b64',prompt='confidentiality')
rt(8,'en',W,'2026-11-25 15:00',"Really appreciate this program. It has helped me think about where I want to be in a few years, and Marc has been generous with his time even during his busy season at the branch.",
   "Lena Koroluk\nBranch Head, Millennium Library\n"+LAND_EN2,
   ['generous with his time'],['Treaty 1 territory','Branch Head, Millennium Library'],'format=flowed: land acknowledgement removed',enc='flowed',prompt='nudge')
rt(9,'en',N,'2026-11-27 18:00',"All good here, we'll log our next one when it happens.",
   "Get Outlook for iOS",['log our next one when it happens'],['Get Outlook for iOS'],'Outlook mobile footer removed',quote='apple',prompt='nudge')
rt(10,'en',T,'2026-11-18 08:30',"Thanks - I've passed the webinar link to my mentee already.",
   "Nicole Bernard, MLIS\nAssistant Director, Public Services\n\n"+DISC_EN,
   ['passed the webinar link'],['Assistant Director, Public Services','strictly prohibited'],'quoted-printable: disclaimer and title removed',enc='qp',prompt='digest')
rt(1,'fr',T,'2026-11-02 10:00',"Merci pour la liste de sujets, on va regarder ça à notre prochaine rencontre.",
   "Geneviève Tremblay\nBibliothécaire de référence | Bibliothèques de Montréal\n"+LAND_FR,
   ['on va regarder ça'],['Bibliothécaire de référence','territoire non cédé'],'title and territorial acknowledgement removed')
rt(2,'fr',T,'2026-11-09 14:00',"Bien reçu, merci. On continue comme prévu.",
   "Marc-André Gagnon\nChef de division, Bibliothèque de Laval\n\n"+DISC_FR,
   ['On continue comme prévu'],['AVIS DE CONFIDENTIALITÉ','Chef de division'],'French disclaimer removed; Outlook De:/Envoyé: quote',quote='outlook')
rt(3,'fr',T,'2026-11-11 09:30',"Merci! J'ai partagé l'article sur la science ouverte avec ma mentorée.",
   "--\nSophie Lavoie\nConseillère en documentation, Université Laval",
   ["J'ai partagé l'article"],['Conseillère en documentation'],'HTML-only: signature removed',enc='html')
rt(4,'fr',H,'2026-11-20 07:45',"Parfait, je m'en occupe",
   "Envoyé de mon iPhone",["je m'en occupe"],['Envoyé de mon iPhone'],'mobile footer removed',quote='apple')
rt(5,'fr',T,'2026-10-28 11:00',"Bonjour, je confirme la réception. Je réponds au courriel sur les objectifs cette fin de semaine.",
   "Cordialement,\nIsabelle Côté\nTechnicienne en documentation\nCégep de Sherbrooke",
   ['Je réponds au courriel sur les objectifs'],['Technicienne en documentation','Cégep de Sherbrooke'],'Outlook French quote and title removed',quote='outlook',prompt='digest')
rt(6,'fr',T,'2026-11-06 13:00',"Merci du rappel. Tout se passe très bien de notre côté.",
   "Hélène Bélanger\nBibliothécaire, Bibliothèque Gabrielle-Roy",
   ['Tout se passe très bien'],['Bibliothèque Gabrielle-Roy'],'ISO-8859-1 message: signature removed',enc='latin1',prompt='confidentiality')
rt(7,'fr',T,'2026-11-13 16:00',"C'est noté, merci. Je vais en reparler avec Julie.",
   "Valérie Pelletier\nDirectrice adjointe\n\n"+DISC_FR,
   ['Je vais en reparler avec Julie'],['AVIS DE CONFIDENTIALITÉ','Directrice adjointe'],'HTML-only Outlook (divRplyFwdMsg): French notice removed',enc='html_outlook',prompt='confidentiality')
rt(8,'fr',T,'2026-11-25 15:00',"Merci, on se reparle bientôt.",
   "Catherine Roy\nResponsable des services aux usagers\n"+LAND_FR,
   ['on se reparle bientôt'],['territoire non cédé','Responsable des services aux usagers'],'base64: territorial acknowledgement removed',enc='b64',prompt='nudge')
rt(9,'fr',T,'2026-11-27 18:00',"Ce programme m'aide vraiment à réfléchir à où je veux être dans quelques années, et ma mentore est très généreuse de son temps malgré la période chargée à la bibliothèque.",
   "Amélie Fortin\nBibliothécaire jeunesse, Ville de Gatineau",
   ['très généreuse de son temps'],['Bibliothécaire jeunesse, Ville de Gatineau'],'format=flowed: signature removed',enc='flowed',prompt='nudge')
rt(10,'fr',W,'2026-11-18 08:30',"Thanks / merci! J'ai déjà transmis le lien du webinaire à ma mentorée, she loved it.",
   "Josée Lambert\nLibrarian / Bibliothécaire, Université de Saint-Boniface",
   ['transmis le lien du webinaire'],['Librarian / Bibliothécaire'],'mixed-language reply: bilingual title removed',prompt='digest')

# ---------------- classification ----------------
def raw(frm, to, subj, date, headers, body, ctype='text/plain; charset="UTF-8"'):
    import base64
    def es(s):
        try: s.encode('ascii'); return s
        except UnicodeEncodeError: return '=?UTF-8?B?%s?=' % base64.b64encode(s.encode()).decode()
    h = ['From: ' + frm, 'To: ' + to, 'Subject: ' + es(subj), 'Date: ' + date, 'Message-ID: <%s.%s@mail.example>' % (date.replace(' ','').replace(':','').replace(',','').replace('+','p').replace('-','m'), len(subj)), 'MIME-Version: 1.0', 'Content-Type: ' + ctype, 'Content-Transfer-Encoding: 8bit'] + headers
    return '\r\n'.join(h) + '\r\n\r\n' + body.replace('\n', '\r\n') + '\r\n'
def D(tz, s): return email.utils.format_datetime(dt(tz, s))
PG = 'mentorat@mentormail.ca'
def cl(i, lang, tz, cls, note, r, prompt='', **k):
    add(id='i5-cls-%s-%02d' % (lang, i), lang=lang, cat='classification', prompt=prompt, tz=tz, sent='', cls=cls, note=note, raw=r, quote='none', **k)
cl(1,'en',T,'auto_reply','an out-of-office is still an auto-reply even with a List-Id header',
   raw('Brian Wu <bwu@library.example.ca>', PG, 'Out of Office: Check-in 3: have you met Priya again?', D(T,'2026-11-10 09:00'),
       ['List-Id: <staff.library.example.ca>', 'Auto-Submitted: auto-replied'],
       "I am out of the office until November 16 with limited access to email. For urgent matters contact circ@library.example.ca."),'checkin')
cl(2,'en',V,'auto_reply','an out-of-office with Precedence: junk is still an auto-reply, not bulk',
   raw('Helen Fraser <hfraser@vpl.example.ca>', PG, 'Automatic reply: What would you like from this session?', D(V,'2026-10-05 08:00'),
       ['Precedence: junk'], "Thank you for your email. I am away until Monday, October 13 and will reply when I return."),'goals_prompt')
cl(3,'en',T,'auto_reply','German out-of-office subject (Abwesenheitsnotiz)',
   raw('Katrin Vogel <k.vogel@uni-example.de>', PG, 'Abwesenheitsnotiz: Check-in 2: have you met Sam yet?', D(T,'2026-10-20 03:00'),
       [], "Vielen Dank für Ihre Nachricht. Ich bin bis zum 26.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails."),'checkin')
cl(4,'en',T,'auto_reply','Polish out-of-office subject (Automatyczna odpowiedź)',
   raw('Anna Nowak <anowak@biblioteka-example.pl>', PG, 'Automatyczna odpowiedź: Your mentorship digest', D(T,'2026-11-15 05:00'),
       [], "Dziękuję za wiadomość. Jestem na urlopie do 20 listopada. W pilnych sprawach proszę o kontakt z sekretariatem."),'digest')
cl(5,'en',W,'auto_reply','Czech out-of-office subject (Automatická odpověď)',
   raw('Petr Dvořák <dvorak@knihovna-example.cz>', PG, 'Automatická odpověď: Checking in: catching up with Marc?', D(W,'2026-11-03 02:00'),
       [], "Dobrý den, do 10. listopadu jsem mimo kancelář. Děkuji za pochopení."),'nudge')
cl(6,'en',T,'auto_reply','Spanish out-of-office subject (Respuesta automática)',
   raw('Lucía Ortega <lortega@example.ca>', PG, 'Respuesta automática: A reminder about confidentiality', D(T,'2026-11-13 10:00'),
       [], "Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de noviembre."),'confidentiality')
cl(7,'en',T,'auto_reply','Portuguese out-of-office subject (Resposta automática)',
   raw('João Silva <jsilva@example.ca>', PG, 'Resposta automática: Halfway there: a quick survey', D(T,'2026-11-16 09:00'),
       [], "Obrigado pela sua mensagem. Estou de férias até 30 de novembro, com acesso limitado ao e-mail."),'midsession')
cl(8,'en',H,'auto_reply','an automatic receipt from a help desk is an auto-reply, not a person',
   raw('Library IT Help Desk <helpdesk@library.example.ca>', PG, 'Request received [#48213]: Re: Check-in 3', D(H,'2026-11-12 11:00'),
       ['Auto-Submitted: auto-replied'], "This is an automated acknowledgement. Your request #48213 has been received and will be reviewed by our team within 2 business days.\n\nPlease do not reply to this message."),'checkin')
cl(9,'en',T,'bounce','a bounce from a no-reply sender (no MAILER-DAEMON) is still a bounce',
   raw('Mail Delivery Subsystem <no-reply@mail.example.ca>', PG, 'Delivery Status Notification (Failure)', D(T,'2026-10-21 14:00'),
       [], "Delivery to the following recipient failed permanently:\n\n     old.address@library.example.ca\n\nTechnical details of permanent failure:\n550 5.1.1 The email account that you tried to reach does not exist."),'')
cl(10,'en',V,'bounce','a bounce whose From has no @ (MAILER-DAEMON) is a bounce',
   raw('MAILER-DAEMON', PG, 'Undelivered Mail Returned to Sender', D(V,'2026-11-04 07:00'),
       [], "This is the mail system at host mx.example.ca.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<jdoe@closed-branch.example.ca>: host mx.closed-branch.example.ca said: 550 5.1.1 User unknown"),'')
cl(11,'en',T,'bulk','a newsletter without list headers but with an unsubscribe link is bulk',
   raw('Library Futures Weekly <news@libraryfutures.example.com>', PG, 'This week: AI in reference, new grants, and more', D(T,'2026-11-19 06:00'),
       [], "LIBRARY FUTURES WEEKLY\n\n1. AI at the reference desk: what we learned\n2. New federal grants for rural libraries\n\nYou are receiving this because you subscribed. Unsubscribe: https://libraryfutures.example.com/unsubscribe?u=8812"),'')
cl(12,'en',W,'bulk','a notification from a no-reply sender is bulk, not a person',
   raw('Zoom <no-reply@zoom.example.us>', PG, 'Meeting scheduled: Mentorship catch-up', D(W,'2026-11-08 12:00'),
       [], "Hi,\n\nYour meeting \"Mentorship catch-up\" has been scheduled for Nov 10, 2026 12:00 PM Central Time.\n\nJoin: https://zoom.example.us/j/123456789\n\nThis is an automated message; please do not reply."),'')
cl(13,'fr',T,'bulk','list mail with Auto-Submitted: auto-generated is bulk, not an auto-reply',
   raw('Liste CBPQ-INFO <cbpq-info@listes.example.qc.ca>', PG, '[CBPQ-INFO] Rappel : webinaire du 3 décembre', D(T,'2026-11-30 08:00'),
       ['List-Id: CBPQ-INFO <cbpq-info.listes.example.qc.ca>', 'Auto-Submitted: auto-generated', 'List-Unsubscribe: <mailto:cbpq-info-leave@listes.example.qc.ca>'],
       "Rappel : le webinaire sur la médiation numérique aura lieu le 3 décembre à 12 h.\n\nPour vous désabonner : cbpq-info-leave@listes.example.qc.ca"),'')
cl(14,'en',T,'reply','an empty X-Autoreply: header alone does not make a person\'s reply an auto-reply',
   raw('Omar Haddad <ohaddad@example.ca>', PG, 'Re: Checking in: catching up with Marc?', D(T,'2026-11-06 17:00'),
       ['X-Autoreply:', 'In-Reply-To: <prog-x1@mentormail.ca>'], "Hi, sorry, we've both been swamped. We're aiming for next week.\n\nOmar"),'nudge',has=['both been swamped'])
cl(15,'fr',T,'auto_reply','French out-of-office with Auto-Submitted: auto-replied',
   raw('Chantal Leblanc <cleblanc@biblio.example.qc.ca>', PG, 'Réponse automatique : Suivi 3 : une autre rencontre avec Julie?', D(T,'2026-11-10 09:00'),
       ['Auto-Submitted: auto-replied'], "Bonjour,\n\nJe suis absente du bureau jusqu'au 17 novembre. Pour toute urgence, écrivez à reference@biblio.example.qc.ca.\n\nMerci!"),'checkin')
cl(16,'fr',T,'auto_reply','French automatic acknowledgement (accusé de réception) is an auto-reply',
   raw('Service aux usagers <usagers@biblio.example.qc.ca>', PG, 'Accusé de réception : RE: Merci, et un court sondage', D(T,'2026-12-02 10:00'),
       [], "Ceci est un accusé de réception automatique. Nous avons bien reçu votre message et nous y répondrons dans les meilleurs délais.\n\nMerci de ne pas répondre à ce courriel."),'wrapup')
cl(17,'fr',H,'bounce','French Outlook non-delivery report from postmaster is a bounce',
   raw('postmaster@cegep-example.qc.ca', PG, 'Non remis : Des nouvelles de vos échanges avec Marc?', D(H,'2026-11-03 13:00'),
       [], "Votre message n'a pas pu être remis à ces destinataires :\n\nmlapointe@cegep-example.qc.ca\nL'adresse de courriel est introuvable.\n\nDiagnostic : 550 5.1.10 RESOLVER.ADR.RecipientNotFound"),'nudge')
cl(18,'fr',T,'bulk','a French newsletter with "se désabonner" and no list headers is bulk',
   raw('Infolettre ASTED <infolettre@asted.example.org>', PG, 'Infolettre de novembre : formations et nouvelles', D(T,'2026-11-20 07:00'),
       [], "INFOLETTRE DE NOVEMBRE\n\n- Nouvelles formations en ligne\n- Appel de communications pour le congrès\n\nVous recevez ce courriel parce que vous êtes membre. Se désabonner : https://asted.example.org/desabonnement"),'')
cl(19,'fr',T,'reply','an empty X-Autoreply: header alone does not make a French reply an auto-reply',
   raw('Mélanie Ouellet <mouellet@example.ca>', PG, 'RE: Des nouvelles de vos échanges avec Marc?', D(T,'2026-11-06 18:00'),
       ['X-Autoreply:', 'In-Reply-To: <prog-x2@mentormail.ca>'], "Bonjour, on n'a pas encore réussi à se parler, on vise la semaine prochaine.\n\nMélanie"),'nudge',has=['pas encore réussi à se parler'])
cl(20,'fr',N,'auto_reply','a French out-of-office by subject and body alone, no auto headers',
   raw('Louise Arsenault <larsenault@example.ca>', PG, 'Absence du bureau', D(N,'2026-10-26 08:00'),
       [], "Bonjour,\n\nJe suis en vacances jusqu'au 2 novembre inclusivement, sans accès à mes courriels. Je vous répondrai à mon retour.\n\nLouise"),'')
