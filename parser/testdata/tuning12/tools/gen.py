#!/usr/bin/env python3
"""Deterministic generator for set tuning12 (stdlib only)."""
import json, os, datetime, hashlib, quopri, base64
from zoneinfo import ZoneInfo
from email.utils import format_datetime
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'cases')
PROG = 'mentorat@mentorship-bibliocanada.ca'
def mid(i): return '<%s@mail.example>' % hashlib.sha1(i.encode()).hexdigest()[:16]
def dt(s, tz): return format_datetime(datetime.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz)))
def write(cid, raw, meta):
    with open(os.path.join(OUT, cid + '.eml'), 'wb') as f:
        f.write(raw.replace('\r\n', '\n').replace('\n', '\r\n').encode(meta.pop('_charset', 'utf-8')))
    with open(os.path.join(OUT, cid + '.json'), 'w', encoding='utf-8') as f:
        json.dump(meta, f, ensure_ascii=False, indent=2); f.write('\n')

# ---------------- classification ----------------
CL = []
def cl(n, lang, cls, note, frm, to, subj, body, hdrs='', tz='America/Toronto', when='2026-11-10T09:14', ctype='text/plain; charset=utf-8'):
    CL.append((n, lang, cls, note, frm, to, subj, body, hdrs, tz, when, ctype))
P = 'Mentorship Program <%s>' % PROG
cl(1,'en','auto_reply','classic OOO with Auto-Submitted','Priya Raman <praman@vpl.ca>',P,'Automatic reply: Check-in 2: have you met Daniel again?',
 'I am out of the office until Monday, November 16, with limited access to email.\nFor urgent matters please contact circulation@vpl.ca.\n\nPriya','Auto-Submitted: auto-replied\nX-MS-Exchange-Inbox-Rules-Loop: praman@vpl.ca\n','America/Vancouver')
cl(2,'en','auto_reply','OOO with Precedence: junk and a List-Id is still an auto-reply','Marcus Li <mli@ualberta.ca>',P,'Out of Office Re: Your goals for this session',
 'Thank you for your message. I am away at a conference until November 20 and will respond on my return.','Precedence: junk\nList-Id: <staff.library.ualberta.ca>\n','America/Edmonton')
cl(3,'en','auto_reply','OOO with only X-Autoreply: yes','Hannah Osei <hosei@halifax.ca>',P,'Away: Check-in 3',
 'Hi, I\'m on vacation from Nov 23 to Dec 4. Messages will not be forwarded.\n\nHannah Osei\nBranch Librarian','X-Autoreply: yes\n','America/Halifax')
cl(4,'en','auto_reply','OOO without any auto header; subject and wording make it clear','Tom Nguyen <tnguyen@winnipeg.ca>',P,'Out of office: Mid-session check-in',
 'I\'m currently out of the office and will return on Tuesday November 17. I will have no access to email during this time. For assistance, call 204-986-6450.','', 'America/Winnipeg')
cl(5,'en','auto_reply','German Abwesenheitsnotiz','Katrin Weber <k.weber@uni-koeln.de>',P,'Abwesenheitsnotiz: Check-in 2: have you met Amir yet?',
 'Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an bibliothek@uni-koeln.de.','Auto-Submitted: auto-replied\n','Europe/Berlin')
cl(6,'en','auto_reply','Polish OOO subject without headers','Agnieszka Nowak <anowak@tpl.ca>',P,'Automatyczna odpowiedź: Check-in 3',
 'Dziękuję za wiadomość. Jestem na urlopie do 25 listopada. W pilnych sprawach proszę o kontakt z biurem.','')
cl(7,'en','auto_reply','Czech OOO','Jana Dvorak <jdvorak@mcgill.ca>',P,'Automatická odpověď: Your goals for this session',
 'Dobrý den, do 20. 11. jsem mimo kancelář. Děkuji, Jana','X-Auto-Response-Suppress: All\nAuto-Submitted: auto-replied\n')
cl(8,'en','auto_reply','Spanish OOO','Lucia Ortega <lortega@sfu.ca>',P,'Respuesta automática: Check-in 2',
 'Estoy fuera de la oficina hasta el 18 de noviembre. Responderé a su mensaje a mi regreso.','','America/Vancouver')
cl(9,'en','auto_reply','Portuguese OOO with Precedence: bulk','Rafael Souza <rsouza@ryerson.ca>',P,'Resposta automática: Check-in 4',
 'Estou ausente até 27/11 com acesso limitado ao e-mail.','Precedence: bulk\n')
cl(10,'en','auto_reply','ticket system acknowledgement','IT Service Desk <servicedesk@library.utoronto.ca>',P,'[Ticket #448213] Received: Check-in 2: have you met Sara again?',
 'This is an automated message. Your request has been received and assigned ticket number 448213. A member of our team will respond within 2 business days.\n\nPlease do not reply to this message.','Auto-Submitted: auto-generated\n')
cl(11,'en','auto_reply','read/delivery receipt style acknowledgement without auto headers','Grants Office <grants@ottawapubliclibrary.ca>',P,'We received your email',
 'Thank you for contacting the Grants Office. This automatic confirmation lets you know your email arrived. We aim to answer within five working days.','')
cl(12,'en','bounce','Exchange NDR','Microsoft Outlook <postmaster@ocadu.ca>','<%s>' % PROG,'Undeliverable: Check-in 2: have you met Lee again?',
 'Delivery has failed to these recipients or groups:\n\njwu@ocadu.ca\nThe email address you entered couldn\'t be found. Please check the recipient\'s email address and try to resend the message.\n\nDiagnostic information for administrators:\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'','Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \n')
cl(13,'en','bounce','Postfix bounce from MAILER-DAEMON','MAILER-DAEMON@mail.usask.ca (Mail Delivery System)','<%s>' % PROG,'Undelivered Mail Returned to Sender',
 'This is the mail system at host mail.usask.ca.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<kpatel@usask.ca>: host mx.usask.ca[128.233.1.5] said: 550 5.1.1\n    <kpatel@usask.ca>: Recipient address rejected: User unknown','','America/Regina')
cl(14,'en','bounce','Gmail delivery status notification','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','<%s>' % PROG,'Delivery Status Notification (Failure)',
 'Address not found\n\nYour message wasn\'t delivered to aisha.k.lib@gmail.com because the address couldn\'t be found, or is unable to receive mail.\n\nThe response was:\n550 5.1.1 The email account that you tried to reach does not exist.','')
cl(15,'en','bounce','qmail bounce','MAILER-DAEMON@mx1.shaw.ca','<%s>' % PROG,'failure notice',
 'Hi. This is the qmail-send program at mx1.shaw.ca.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<dchan@shaw.ca>:\nSorry, no mailbox here by that name. (#5.1.1)','')
cl(16,'en','bounce','Exim bounce','Mail Delivery System <Mailer-Daemon@lib.dal.ca>','<%s>' % PROG,'Mail delivery failed: returning message to sender',
 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  mbouchard@lib.dal.ca\n    mailbox is full: retry timeout exceeded','','America/Halifax')
cl(17,'en','bounce','bare MAILER-DAEMON without @','MAILER-DAEMON','<%s>' % PROG,'Returned mail: see transcript for details',
 'The original message was received at Tue, 10 Nov 2026 09:14:02 -0500\n\n   ----- The following addresses had permanent fatal errors -----\n<rgill@nosuchhost.ca>\n    (reason: 550 Host unknown)','')
cl(18,'en','bulk','newsletter without list headers, unsubscribe link and no-reply sender','Canadian Library Association News <no-reply@news.cla-example.ca>',P,'November news: conference early-bird rates',
 'This month: early-bird registration for the spring conference, a webinar on copyright, and new job postings.\n\nYou are receiving this because you subscribed. Unsubscribe: https://news.cla-example.ca/u/8812','')
cl(19,'en','bulk','list mail with Auto-Submitted: auto-generated and List-Unsubscribe','LinkedIn <notifications-noreply@linkedin.com>',P,'You appeared in 9 searches this week',
 'See who\'s looking at your profile. Manage your notification settings.','Auto-Submitted: auto-generated\nList-Unsubscribe: <https://www.linkedin.com/e/unsub>\nPrecedence: bulk\n')
cl(20,'en','reply','a person who says she is away but logs a meeting: a reply, not an auto-reply','Nadia Haddad <nhaddad@gmail.com>',P,'Re: Check-in 2: have you met Jordan again?',
 'Quick one before I\'m off on vacation: Jordan and I had a video call on Monday (Nov 9), about 40 minutes, mostly on interviews.\n\nNadia','X-Autoreply: \n')
cl(21,'fr','auto_reply','absence du bureau avec Auto-Submitted','Isabelle Tremblay <itremblay@banq.qc.ca>',P,'Réponse automatique : Suivi 2 : avez-vous rencontré Karim?',
 'Bonjour,\n\nJe suis absente du bureau jusqu\'au 16 novembre inclusivement. Pour toute urgence, veuillez écrire à reference@banq.qc.ca.\n\nMerci,\nIsabelle','Auto-Submitted: auto-replied\n')
cl(22,'fr','auto_reply','absence sans en-têtes, objet « Absent(e) »','Jean-François Côté <jfcote@ulaval.ca>',P,'Absent(e) : Qu\'aimeriez-vous retirer de cette session?',
 'Je serai en congé du 9 au 20 novembre. Je répondrai à votre courriel à mon retour.\n\nJ.-F. Côté, bibliothécaire','')
cl(23,'fr','auto_reply','absence avec X-Autoreply: yes et Precedence: auto_reply','Mélanie Gagnon <mgagnon@umontreal.ca>',P,'Absence : Suivi 3',
 'Merci de votre message. Je suis en vacances et de retour le 1er décembre.','X-Autoreply: yes\nPrecedence: auto_reply\n')
cl(24,'fr','auto_reply','absence avec List-Id (relayée par une liste) : toujours une réponse automatique','Sophie Lavoie <slavoie@uqam.ca>',P,'Réponse automatique: Bilan de mi-session',
 'Je suis présentement à l\'extérieur du bureau jusqu\'au 24 novembre. Je prendrai connaissance de votre message à mon retour.','List-Id: bibliothecaires.uqam.ca\nPrecedence: list\n')
cl(25,'fr','auto_reply','accusé de réception de billet','Centre de services TI <soutien@bibliotheques.ca>',P,'[Demande 20931] Nous avons reçu votre demande',
 'Ce courriel est généré automatiquement. Votre demande porte le numéro 20931. Un membre de l\'équipe vous répondra dans les 48 heures ouvrables. Merci de ne pas répondre à ce message.','Auto-Submitted: auto-generated\n')
cl(26,'fr','auto_reply','accusé de réception sans en-têtes','Secrétariat général <secretariat@cegep-example.qc.ca>',P,'Accusé de réception',
 'Nous accusons réception de votre courriel. Il sera traité dans les meilleurs délais.\n\nCeci est un message automatique.','')
cl(27,'fr','auto_reply','absence en portugais dans une boîte québécoise (objet étranger)','Ana Ferreira <aferreira@concordia.ca>',P,'Ausência temporária: Suivi 2',
 'Estou de férias até 30 de novembro.','Auto-Submitted: auto-replied\n')
cl(28,'fr','auto_reply','absence bilingue, sans en-têtes','Louis Bergeron <lbergeron@ville.gatineau.qc.ca>',P,'Absence du bureau / Out of office',
 'Je suis absent jusqu\'au 19 novembre. / I am away until November 19.\n\nLouis Bergeron\nBibliothécaire de référence | Reference Librarian','')
cl(29,'fr','bounce','NDR Exchange en français','Microsoft Outlook <postmaster@usherbrooke.ca>','<%s>' % PROG,'Non remis : Suivi 2 : avez-vous rencontré Ali?',
 'La remise a échoué pour ces destinataires ou groupes :\n\nm.roy@usherbrooke.ca\nL\'adresse e-mail que vous avez entrée est introuvable.\n\nInformations de diagnostic pour les administrateurs :\nLe serveur distant a retourné \'550 5.1.10 RESOLVER.ADR.RecipientNotFound\'','')
cl(30,'fr','bounce','rebond Postfix (texte anglais) pour une participante francophone','MAILER-DAEMON@smtp.videotron.ca (Mail Delivery System)','<%s>' % PROG,'Undelivered Mail Returned to Sender',
 'This is the mail system at host smtp.videotron.ca.\n\n<cdubois@videotron.ca>: host mx.videotron.ca said: 552 5.2.2 Mailbox full','')
cl(31,'fr','bounce','rebond d\'un expéditeur no-reply avec texte français','Système de messagerie <no-reply@courriel.quebec.ca>','<%s>' % PROG,'Échec de la remise du message',
 'Votre message n\'a pas pu être remis au destinataire suivant :\n\n  pbelanger@courriel.quebec.ca\n\nRaison : boîte aux lettres inexistante (550 5.1.1).','')
cl(32,'fr','bounce','rebond Gmail (délai dépassé)','Mail Delivery Subsystem <mailer-daemon@googlemail.com>','<%s>' % PROG,'Delivery Status Notification (Delay)',
 'Message non remis\n\nVotre message n\'a pas pu être remis à genevieve.b@sympatico.ca. Gmail a abandonné après 48 heures de tentatives.\n\nLa réponse du serveur distant était : 421 4.4.2 Connection timed out','')
cl(33,'fr','bulk','infolettre sans en-têtes de liste, lien de désabonnement','Infolettre ABQLA <infolettre@abqla-example.qc.ca>',P,'Infolettre de novembre',
 'Dans ce numéro : le congrès annuel, un webinaire sur la médiation numérique et les offres d\'emploi.\n\nPour vous désabonner, cliquez ici : https://abqla-example.qc.ca/desabonnement','')
cl(34,'fr','bulk','notification no-reply (calendrier partagé)','Teams <noreply@email.teams.microsoft.com>',P,'Vous avez manqué des messages dans Teams',
 'Votre équipe a publié de nouveaux messages dans le canal Général. Ouvrir Microsoft Teams.\n\nNe répondez pas à ce courriel.','Auto-Submitted: auto-generated\n')
cl(35,'fr','bulk','liste de diffusion avec List-Id et Precedence: list','CAPAL-L <capal-l@lists.example.ca>',P,'[CAPAL-L] Appel de candidatures',
 'Bonjour à toutes et à tous, le comité lance un appel de candidatures pour son conseil d\'administration.','List-Id: <capal-l.lists.example.ca>\nList-Unsubscribe: <mailto:capal-l-leave@lists.example.ca>\nPrecedence: list\n')
cl(36,'fr','reply','personne qui annonce son absence mais demande une pause : réponse humaine','Chloé Martin <chloe.martin@hotmail.com>',P,'Re: Suivi 3 : une autre rencontre avec Farah?',
 'Bonjour, je pars en congé de maladie demain. Pouvez-vous mettre le programme sur pause jusqu\'au 7 décembre? Merci!\n\nChloé','','America/Toronto','2026-11-12T08:02')
cl(37,'fr','reply','en-tête X-Autoreply vide : une vraie réponse qui consigne une rencontre','Olivier Pelletier <opelletier@gmail.com>',P,'RE: Suivi 2 : avez-vous rencontré Mei?',
 'Allo, on s\'est vus hier au café Olimpico, environ une heure. On a parlé de son parcours.\n\nOlivier','X-Autoreply: \n','America/Toronto','2026-11-18T20:40')
cl(38,'fr','reply','« je suis absente » suivi d\'une question au comité : réponse humaine','Fatima Benali <fbenali@uottawa.ca>',P,'Re: Bilan de mi-session',
 'Je suis absente la semaine prochaine (formation à Québec). Est-ce que ma mentorée peut quand même remplir le sondage sans moi, ou faut-il le faire ensemble?\n\nFatima','')
cl(39,'en','reply','"I\'m away" plus a resume request: a person','Ben Okafor <bokafor@outlook.com>',P,'Re: Check-in 4: have you met Chris again?',
 'I was away for two weeks (out of office was on, sorry for the noise). I\'m back now, please resume my emails.\n\nBen','','America/Winnipeg','2026-11-24T10:30')
cl(40,'fr','auto_reply','absence avec date de retour, sans en-tête, HTML seulement','Nathalie Roy <nroy@ville.quebec.qc.ca>',P,'Réponse automatique : Suivi 4',
 '<html><body><p>Bonjour,</p><p>Je suis absente jusqu\'au <b>8 décembre</b>. Votre message ne sera pas transféré.</p></body></html>','','America/Toronto','2026-11-26T07:00','text/html; charset=utf-8')

REPLY_EXPECT = {
 20: dict(meeting={"date":"2026-11-09","minutes":40,"mode":"video","next_meeting":None,"topics_include":["interviews"]}, reply_text_has=["had a video call on Monday"]),
 36: dict(commands=[{"name":"pause","until":"2026-12-07","value":None}], reply_text_has=["mettre le programme sur pause"]),
 37: dict(meeting={"date":"2026-11-17","minutes":60,"mode":"in_person","next_meeting":None,"topics_include":["career_path"]}, reply_text_has=["au café Olimpico"]),
 38: dict(question=True, reply_text_has=["remplir le sondage sans moi"]),
 39: dict(commands=[{"name":"resume","until":None,"value":None}], reply_text_has=["please resume my emails"]),
}
def base(**kw):
    e = {"class":"reply","meeting":None,"goals":[],"commands":[],"question":False,"warn":False,"reply_text_has":[],"reply_text_not":[]}
    e.update(kw); return e
for (n, lang, cls, note, frm, to, subj, body, hdrs, tz, when, ctype) in CL:
    cid = 't12-cls-%02d' % n
    raw = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n%sMIME-Version: 1.0\nContent-Type: %s\nContent-Transfer-Encoding: 8bit\n\n%s\n'
           % (frm, to, subj, dt(when, tz), mid(cid), hdrs, ctype, body))
    exp = base(**REPLY_EXPECT[n]) if cls == 'reply' else {"class": cls}
    write(cid, raw, {"id":cid,"lang":lang,"category":"classification","prompt":"","tz":tz,"note":note,"expect":exp})

# ---------------- person replies ----------------
QUOTE = {
 ('en','checkin'):('Check-in 2: have you met {p} again?','Hi {n},\n\nTime for check-in 2! You and {p} have logged 1 meeting so far.\n\nHave you met again since? Reply to this email and tell us.'),
 ('fr','checkin'):('Suivi 2 : une autre rencontre avec {p}?','Bonjour {n},\n\nVoici le suivi 2 de la session. {p} et vous avez consigné 1 rencontre jusqu\'ici.\n\nVous êtes-vous parlé depuis? Répondez à ce courriel pour nous le dire.'),
 ('en','goals_prompt'):('Your goals for this session','Hi {n},\n\nKnowing what you hope to get out of this session will help {p} support you.\nReply with one short-term goal and one long-term goal, one per line.'),
 ('fr','goals_prompt'):('Qu\'aimeriez-vous retirer de cette session?','Bonjour {n},\n\nRépondez simplement avec un objectif à court terme et un autre à long\nterme, un par ligne.'),
 ('en','wrapup'):('Thank you, and a short survey','Hi {n},\n\nThe session has come to an end.\n\nRating: \nWhat worked well?\nWhat could be better?'),
 ('fr','wrapup'):('Merci, et un court sondage','Bonjour {n},\n\nLa session se termine.\n\nNote : \nQu\'est-ce qui a bien fonctionné?\nQu\'est-ce qui pourrait être amélioré?'),
 ('en','nudge'):('A quick hello from the mentorship program','Hi {n},\n\nWe haven\'t heard about a meeting with {p} in a while. A short call counts!'),
 ('fr','nudge'):('Un petit mot du programme de mentorat','Bonjour {n},\n\nNous n\'avons pas eu de nouvelles d\'une rencontre avec {p} depuis un moment.'),
 ('en','midsession'):('Mid-session check-in','Hi {n},\n\nWe are halfway through the session. How is it going with {p}?'),
 ('fr','midsession'):('Bilan de mi-session','Bonjour {n},\n\nNous sommes à mi-parcours. Comment ça se passe avec {p}?'),
 ('en','digest'):('Your fortnightly digest','Hi {n},\n\nHere is your digest: meetings logged, goals and progress, topics covered.'),
 ('en','introduction'):('Meet your mentorship partner, {p}','Hi {n},\n\nWelcome to the program! Your partner for this session is {p}.'),
 ('fr','introduction'):('Voici votre partenaire de mentorat, {p}','Bonjour {n},\n\nBienvenue dans le programme! Votre partenaire pour cette session est {p}.'),
 ('en','confidentiality'):('A reminder about confidentiality','Hi {n},\n\nWhat you and {p} share stays between the two of you.'),
 ('fr','confidentiality'):('Un rappel sur la confidentialité','Bonjour {n},\n\nCe que {p} et vous partagez reste entre vous deux.'),
 ('fr','digest'):('Votre résumé de la quinzaine','Bonjour {n},\n\nVoici votre résumé : rencontres consignées, objectifs et progrès.'),
}
STYLE_HDR = {
 'gmail_en': lambda d: 'On %s, Mentorship Program <%s> wrote:' % (d, PROG),
 'gmail_fr': lambda d: 'Le %s, Programme de mentorat <%s> a écrit :' % (d, PROG),
}
R = []
def r(cid, lang, cat, prompt, tz, when, frm, text, note, sig='', style=None, **exp):
    R.append((cid, lang, cat, prompt, tz, when, frm, text, note, sig, style, exp))

def build(cid, lang, cat, prompt, tz, when, frm, text, note, sig, style, exp):
    names = frm.split('<')[0].strip()
    subj_t, qbody = QUOTE[(lang, prompt)]
    q = qbody.format(n=names.split()[0], p='Alex')
    subj = ('Re: ' if lang == 'en' else random_re(cid)) + subj_t.format(p='Alex')
    sent = datetime.datetime.fromisoformat(when) - datetime.timedelta(days=3)
    style = style or ('gmail_' + lang, 'outlook', 'outlook', 'orig', 'iphone')[int(hashlib.md5(cid.encode()).hexdigest(), 16) % 5]
    if style.startswith('gmail'):
        hdr = STYLE_HDR['gmail_' + lang](sent.strftime('%a, %b %d, %Y at %H:%M') if lang=='en' else sent.strftime('%d/%m/%Y %H:%M'))
        quoted = hdr + '\n' + '\n'.join('> ' + l if l else '>' for l in q.split('\n'))
    elif style == 'outlook_en' or (style == 'outlook' and lang == 'en'):
        quoted = '________________________________\nFrom: Mentorship Program <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (PROG, sent.strftime('%A, %B %d, %Y %I:%M %p'), names, subj_t.format(p='Alex'), q)
    elif style.startswith('outlook'):
        quoted = 'De : Programme de mentorat <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s' % (PROG, sent.strftime('%d/%m/%Y %H:%M'), names, subj_t.format(p='Alex'), q)
    elif style == 'orig':
        quoted = '-----Original Message-----\nFrom: Mentorship Program <%s>\nSent: %s\nSubject: %s\n\n%s' % (PROG, sent.strftime('%Y-%m-%d %H:%M'), subj_t.format(p='Alex'), q)
    else:
        mob = 'Sent from my iPhone' if lang == 'en' else 'Envoyé de mon iPhone'
        sig = (sig + '\n\n' if sig else '') + mob
        exp.setdefault('reply_text_not', []).append(mob)
        hdr = STYLE_HDR['gmail_' + lang](sent.strftime('%b %d, %Y, at %H:%M') if lang=='en' else sent.strftime('%d %b %Y à %H:%M'))
        quoted = hdr + '\n\n' + '\n'.join('> ' + l if l else '>' for l in q.split('\n'))
    own = text + ('\n\n' + sig if sig else '')
    body = own + '\n\n' + quoted + '\n'
    enc = exp.pop('_enc', None)
    ct, cte = 'text/plain; charset=utf-8; format=flowed', '8bit'
    if enc == 'qp-latin1':
        ct, cte = 'text/plain; charset=iso-8859-1', 'quoted-printable'
        body = quopri.encodestring(body.replace('\n', '\r\n').encode('latin-1')).decode('ascii')
    elif enc == 'b64':
        ct, cte = 'text/plain; charset=utf-8', 'base64'
        b = base64.b64encode(body.replace('\n', '\r\n').encode('utf-8')).decode('ascii')
        body = '\n'.join(b[i:i+76] for i in range(0, len(b), 76)) + '\n'
    elif enc == 'qp':
        ct, cte = 'text/plain; charset=utf-8', 'quoted-printable'
        body = quopri.encodestring(body.replace('\n', '\r\n').encode('utf-8')).decode('ascii')
    from email.header import Header
    subj_h = Header(subj, 'utf-8').encode() if any(ord(c) > 127 for c in subj) else subj
    frm_h = frm
    if any(ord(c) > 127 for c in frm):
        nm, ad = frm.split(' <'); frm_h = '%s <%s' % (Header(nm, 'utf-8').encode(), ad)
    raw = ('From: %s\nTo: Programme de mentorat / Mentorship Program <%s>\nSubject: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: <prog-%s@mentorship-bibliocanada.ca>\nMIME-Version: 1.0\nContent-Type: %s\nContent-Transfer-Encoding: %s\n\n%s'
           % (frm_h, PROG, subj_h, dt(when, tz), mid(cid), cid, ct, cte, body))
    e = base(**exp)
    write(cid, raw, {"id":cid,"lang":lang,"category":cat,"prompt":prompt,"tz":tz,"note":note,"expect":e})
def random_re(cid): return 'RE : ' if int(hashlib.md5(cid.encode()).hexdigest(), 16) % 2 else 'Re: '

T='America/Toronto'; V='America/Vancouver'; H='America/Halifax'; W='America/Winnipeg'; S='America/St_Johns'; M='America/Toronto'
def G(ref, status, horizon='', title=None):
    g = {"ref":ref,"status":status,"horizon":horizon}
    if title: g["title_has"]=title
    return g
def C(name, until=None, value=None): return {"name":name,"until":until,"value":value}
SIG_EN = 'Grace Kim\nLibrary Technician II | Surrey Libraries\nI work on the unceded territories of the Coast Salish peoples.'
SIG_FR = 'Amélie Fortin\nBibliothécaire professionnelle, Services aux usagers\nBibliothèque de Laval'
DISC = 'CONFIDENTIALITY NOTICE: This e-mail message is intended only for the named recipient(s) and may contain confidential information.'
# goals (en)
r('t12-goal-01','en','goals','goals_prompt',V,'2026-10-14T21:10','Grace Kim <gkim@surreylibraries.ca>','Short term: finish my cover letter for the Burnaby posting.\nLong term: become a branch manager within five years.','two unnumbered goals, one short one long',sig=SIG_EN,goals=[G('','new','short','cover letter'),G('','new','long','branch manager')],reply_text_has=['finish my cover letter'],reply_text_not=['Library Technician II','unceded territories'])
r('t12-goal-02','en','goals','checkin',T,'2026-11-05T12:30','Devon Clarke <dclarke@torontopubliclibrary.ca>','Update: I finished my cover letter and sent it off on Friday! Still working on my LinkedIn, it\'s about half done.','prose: one goal done, another in progress, no meeting',goals=[G('','done','','cover letter'),G('','in_progress','','linkedin')],reply_text_has=['I finished my cover letter'])
r('t12-goal-03','en','goals','checkin',H,'2026-11-12T09:05','Ama Mensah <amensah@dal.ca>','Goal 2 is done. Nothing else new this time.','numbered update: goal 2 done',goals=[G('2','done')],reply_text_has=['Goal 2 is done'])
r('t12-goal-04','en','goals','goals_prompt',W,'2026-10-16T19:45','Raj Sandhu <rsandhu@wpl.winnipeg.ca>','I\'d like to get better at public speaking (present at a staff meeting before December) and, longer term, move into an academic liaison role. Thanks so much!\n\nCheers,\nRaj','one paragraph with a short- and a long-term goal; the sign-off is not a goal',goals=[G('','new','short','public speaking'),G('','new','long','liaison')],reply_text_has=['get better at public speaking'])
r('t12-goal-05','en','goals','digest',T,'2026-11-19T16:20','Helen Wu <hwu@yorku.ca>','Progress on #1: I\'ve drafted the first two sections of the grant application. #3 I\'m dropping, it no longer fits with my new role.\n\n'+DISC,'numbered: 1 in progress, 3 dropped; disclaimer removed',goals=[G('1','in_progress'),G('3','dropped')],reply_text_has=['drafted the first two sections'],reply_text_not=['CONFIDENTIALITY NOTICE'])
r('t12-goal-06','en','goals','midsession',S,'2026-11-09T14:02','Siobhan Rao <srao@mun.ca>','Things are going well. One new goal came out of thinking about the midpoint: I want to join a provincial association committee this winter.','new goal in prose, no meeting date given and none logged',goals=[G('','new','short','committee')],reply_text_has=['join a provincial association committee'])
r('t12-goal-07','en','goals','goals_prompt',V,'2026-10-15T08:12','Kevin Tran <ktran@ubc.ca>','1. Learn basic Python for data cleaning (short term)\n2. Lead a digitization project (long term)\n\nKevin Tran, MLIS\nMetadata Librarian\nUBC Library','numbered list of two new goals; title removed',goals=[G('1','new','short','python'),G('2','new','long','digitization')],reply_text_has=['Learn basic Python'],reply_text_not=['Metadata Librarian'])
# goals (fr)
r('t12-goal-08','fr','goals','goals_prompt',T,'2026-10-14T20:00','Amélie Fortin <afortin@bibliotheques.laval.ca>','Court terme : refaire mon CV d\'ici la fin novembre.\nLong terme : devenir chef de section dans une bibliothèque universitaire.','deux objectifs non numérotés',sig=SIG_FR,goals=[G('','new','short','cv'),G('','new','long','chef de section')],reply_text_has=['refaire mon CV'],reply_text_not=['Services aux usagers'])
r('t12-goal-09','fr','goals','checkin',T,'2026-11-06T11:11','Yasmine Haddad <yhaddad@uqam.ca>','Petite mise à jour : j\'ai terminé mon portfolio! Je travaille encore sur ma lettre de présentation.','prose : portfolio terminé, lettre en cours',goals=[G('','done','','portfolio'),G('','in_progress','','lettre')],reply_text_has=['j\'ai terminé mon portfolio'])
r('t12-goal-10','fr','goals','digest',T,'2026-11-20T17:40','Marc-André Dion <madion@ulaval.ca>','L\'objectif 2 est atteint. Pour le 1, j\'avance tranquillement.','numérotés : 2 terminé, 1 en cours',goals=[G('2','done'),G('1','in_progress')],reply_text_has=['objectif 2 est atteint'])
r('t12-goal-11','fr','goals','goals_prompt',T,'2026-10-17T09:30','Kim Nguyen <knguyen@cegepmontpetit.ca>','Mon but à court terme, c\'est de mieux comprendre le fonctionnement des comités de sélection, et à plus long terme j\'aimerais obtenir un poste permanent. Merci beaucoup pour votre accompagnement!\n\nBonne journée,\nKim','un paragraphe, deux objectifs; la formule de politesse n\'est pas un objectif',goals=[G('','new','short','comités'),G('','new','long','permanent')],reply_text_has=['obtenir un poste permanent'])
r('t12-goal-12','fr','goals','midsession',H,'2026-11-10T13:00','Rachel Doucet <rdoucet@umoncton.ca>','J\'abandonne l\'objectif 3 (la formation en gestion est annulée). Nouveau but : présenter une affiche au congrès de l\'ABQLA.','numéroté abandonné + nouveau but',goals=[G('3','dropped'),G('','new','short','affiche')],reply_text_has=['Nouveau but'])
r('t12-goal-13','fr','goals','checkin',T,'2026-11-24T10:00','Samuel Joseph <sjoseph@bibliomontreal.qc.ca>','Objectif 1 : fait. Objectif 2 : à moitié.\n\nSamuel Joseph\nAgent de bibliothèque | Arrondissement de Saint-Laurent\nCe courriel peut contenir des renseignements confidentiels.','numérotés courts : 1 fait, 2 en cours; pied de page retiré',goals=[G('1','done'),G('2','in_progress')],reply_text_has=['Objectif 1 : fait'],reply_text_not=['renseignements confidentiels','Agent de bibliothèque'])
r('t12-goal-14','fr','goals','goals_prompt',T,'2026-10-15T22:05','Laura Chen <lchen@mcgill.ca>','Hello! Short term: préparer mes entrevues pour les postes en janvier. Long term: work in research data management.','langues mélangées, deux objectifs',goals=[G('','new','short','entrevues'),G('','new','long','research data')],reply_text_has=['préparer mes entrevues'])
# commands
r('t12-cmd-01','en','commands','nudge',T,'2026-11-04T09:00','Devon Clarke <dclarke@torontopubliclibrary.ca>','Could you pause my emails until January 11? Exams and a move.','pause with month-day date, next year',commands=[C('pause','2027-01-11')],reply_text_has=['pause my emails'])
r('t12-cmd-02','en','commands','checkin',V,'2026-11-13T15:00','Grace Kim <gkim@surreylibraries.ca>','I\'m on leave from now to Nov 30; please hold the reminders until then.','"until then" refers to the date earlier in the sentence',commands=[C('pause','2026-11-30')],reply_text_has=['hold the reminders until then'])
r('t12-cmd-03','en','commands','nudge',W,'2026-11-23T08:40','Raj Sandhu <rsandhu@wpl.winnipeg.ca>','I\'m back! You can start sending things again.','resume in prose',commands=[C('resume')],reply_text_has=['I\'m back'])
r('t12-cmd-04','en','commands','checkin',T,'2026-11-18T12:00','Helen Wu <hwu@yorku.ca>','Oops, can you undo that last meeting I logged? It was my other mentee.','undo asked as a question; no meeting',commands=[C('undo')],reply_text_has=['undo that last meeting'])
r('t12-cmd-05','en','commands','digest',T,'2026-11-19T07:30','Paul Singh <psingh@hamiltonpl.ca>','Please don\'t send me the digest anymore, I check the pairs myself. Still happy to mentor.','digest off, not stop, no meeting by email',commands=[C('digest_off')],reply_text_has=['don\'t send me the digest'])
r('t12-cmd-06','en','commands','nudge',S,'2026-11-11T18:15','Siobhan Rao <srao@mun.ca>','Honestly this is too many reminders for me. Fewer please, but I want to stay in.','less mail is fewer_reminders, not stop',commands=[C('fewer_reminders')],reply_text_has=['too many reminders'])
r('t12-cmd-07','en','commands','checkin',H,'2026-11-25T10:10','Ama Mensah <amensah@dal.ca>','I need to leave the program, my contract ended and I\'m moving out of the field. Please take me off.','clear request to leave',commands=[C('stop')],reply_text_has=['I need to leave the program'])
r('t12-cmd-08','en','commands','wrapup',T,'2026-12-01T11:00','Devon Clarke <dclarke@torontopubliclibrary.ca>','Rating: 4\nWhat worked well? Having a set time every two weeks.\nWhat could be better? More topic ideas early on.','rating inline; the habit is not a meeting; "fewer emails" is a survey answer, not a command',style='gmail_en',commands=[C('rating',value=4)],reply_text_has=['Having a set time'])
r('t12-cmd-09','en','commands','checkin',V,'2026-11-02T20:00','Kevin Tran <ktran@ubc.ca>','Busy till 2026-12-06 with the audit, pause me pls','ISO date pause',commands=[C('pause','2026-12-06')],reply_text_has=['pause me pls'])
r('t12-cmd-10','en','commands','nudge',T,'2026-11-27T09:45','Nina Patel <npatel@oakville.ca>','Can I pause until the 15th of December? Is that possible?','pause asked as a question, not a committee question',commands=[C('pause','2026-12-15')],reply_text_has=['pause until the 15th of December'])
r('t12-cmd-11','en','commands','wrapup',W,'2026-12-02T14:00','Tom Nguyen <tnguyen@wpl.winnipeg.ca>','5/5, would do it again as a mentor.','rating written as 5/5',commands=[C('rating',value=5)],reply_text_has=['would do it again'])
r('t12-cmd-12','fr','commands','nudge',T,'2026-11-05T10:00','Yasmine Haddad <yhaddad@uqam.ca>','Pouvez-vous suspendre les envois jusqu\'au 4 janvier? Merci.','pause, date française l\'an prochain',commands=[C('pause','2027-01-04')],reply_text_has=['suspendre les envois'])
r('t12-cmd-13','fr','commands','checkin',T,'2026-11-23T09:00','Marc-André Dion <madion@ulaval.ca>','De retour de congé! Vous pouvez reprendre les rappels.','reprise : « de retour »',_enc='qp-latin1',commands=[C('resume')],reply_text_has=['De retour de congé'])
r('t12-cmd-14','fr','commands','checkin',T,'2026-11-16T13:30','Kim Nguyen <knguyen@cegepmontpetit.ca>','Je me suis trompée, pouvez-vous annuler la rencontre que je viens d\'envoyer?','annuler la dernière consignation',commands=[C('undo')],reply_text_has=['annuler la rencontre'])
r('t12-cmd-15','fr','commands','digest',T,'2026-11-20T08:00','Louise Gagné <lgagne@bibliotheques.quebec.ca>','Je n\'ai plus besoin du résumé aux deux semaines, merci de ne plus me l\'envoyer.','résumé désactivé, pas un départ',commands=[C('digest_off')],reply_text_has=['ne plus me l\'envoyer'])
r('t12-cmd-16','fr','commands','nudge',H,'2026-11-12T19:00','Rachel Doucet <rdoucet@umoncton.ca>','Ça fait beaucoup de courriels. Moins de rappels svp, mais je reste dans le programme.','moins de rappels',commands=[C('fewer_reminders')],reply_text_has=['Moins de rappels'])
r('t12-cmd-17','fr','commands','checkin',T,'2026-11-26T16:00','Samuel Joseph <sjoseph@bibliomontreal.qc.ca>','Je dois me retirer du programme, je quitte la profession. Merci pour tout.','départ clair',commands=[C('stop')],reply_text_has=['me retirer du programme'])
r('t12-cmd-18','fr','commands','wrapup',T,'2026-12-02T10:30','Amélie Fortin <afortin@bibliotheques.laval.ca>','Note : 3\nQu\'est-ce qui a bien fonctionné? On se voyait à peu près aux deux semaines, c\'était bien.','note en ligne; l\'habitude n\'est pas une rencontre',style='gmail_fr',commands=[C('rating',value=3)],reply_text_has=['aux deux semaines'])
r('t12-cmd-19','fr','commands','checkin',T,'2026-11-03T08:20','Laura Chen <lchen@mcgill.ca>','Je suis en stage à partir d\'aujourd\'hui jusqu\'au 1er déc. Pause jusque-là svp.','« jusque-là » renvoie à la date plus tôt',commands=[C('pause','2026-12-01')],reply_text_has=['Pause jusque-là'])
# questions
r('t12-q-01','en','question','checkin',T,'2026-11-10T12:00','Nina Patel <npatel@oakville.ca>','My mentor hasn\'t answered my last three emails and I\'m not sure what to do. Could someone from the committee check in with her?','help with a problem in the pair, no "question" word',_enc='b64',question=True,reply_text_has=['hasn\'t answered my last three emails'])
r('t12-q-02','en','question','midsession',V,'2026-11-09T10:00','Kevin Tran <ktran@ubc.ca>','Is it OK if we meet in a group with another pair once? Wondering if that counts.','asks the committee a rule',question=True,reply_text_has=['meet in a group'])
r('t12-q-03','en','question','checkin',W,'2026-11-17T21:00','Tom Nguyen <tnguyen@wpl.winnipeg.ca>','Not yet, we keep missing each other. Who knew November would be so busy?','rhetorical question, no answer needed',reply_text_has=['we keep missing each other'])
r('t12-q-04','en','question','introduction',S,'2026-10-06T11:30','Siobhan Rao <srao@mun.ca>','Thanks! Looking forward to it. How cool is it that we\'re both from Corner Brook?','rhetorical, no question for the committee',reply_text_has=['both from Corner Brook'])
r('t12-q-05','en','question','confidentiality',T,'2026-10-08T15:45','Helen Wu <hwu@yorku.ca>','I\'d like to know whether I can share anonymized notes from our chats with my supervisor for my performance review.','question phrased as "I\'d like to know"',question=True,reply_text_has=['whether I can share anonymized notes'])
r('t12-q-06','en','question','nudge',H,'2026-11-20T09:30','Ama Mensah <amensah@dal.ca>','I\'d appreciate some guidance: my mentee keeps bringing up a conflict with her manager and I don\'t feel equipped for that.','asks for help with the pair',question=True,reply_text_has=['I don\'t feel equipped'])
r('t12-q-07','en','question','checkin',T,'2026-11-04T17:10','Paul Singh <psingh@hamiltonpl.ca>','All good here, thanks for checking in!','thanks only, nothing to answer',reply_text_has=['thanks for checking in'])
r('t12-q-08','fr','question','checkin',T,'2026-11-10T09:00','Chloé Martin <chloe.martin@hotmail.com>','Ma mentore ne répond plus depuis trois semaines. J\'aimerais savoir quoi faire.','aide demandée pour la paire, sans le mot « question »',question=True,reply_text_has=['ne répond plus depuis trois semaines'])
r('t12-q-09','fr','question','midsession',T,'2026-11-09T14:00','Olivier Pelletier <opelletier@gmail.com>','Est-ce que les rencontres par téléphone comptent autant que celles en personne pour l\'attestation?','question au comité',question=True,reply_text_has=['comptent autant'])
r('t12-q-10','fr','question','checkin',T,'2026-11-18T19:00','Isabelle Tremblay <itremblay@banq.qc.ca>','Pas encore, mais on a prévu quelque chose la semaine prochaine. Qui aurait cru que novembre serait si chargé?','question rhétorique; plan seulement',reply_text_has=['Qui aurait cru'])
r('t12-q-11','fr','question','confidentiality',T,'2026-10-07T11:00','Mélanie Gagnon <mgagnon@umontreal.ca>','Je me demandais si mon mentoré peut voir les notes que j\'écris.','« je me demandais si » : une question au comité',question=True,reply_text_has=['Je me demandais si'])
r('t12-q-12','fr','question','introduction',H,'2026-10-05T08:50','Rachel Doucet <rdoucet@umoncton.ca>','Merci! Super contente d\'être jumelée avec Alex, c\'est pas génial?','rhétorique',reply_text_has=['Super contente'])
r('t12-q-13','fr','question','nudge',T,'2026-11-21T13:00','Louise Gagné <lgagne@bibliotheques.quebec.ca>','Auriez-vous des suggestions de lectures sur la gestion du changement à partager avec ma mentorée?','demande de ressources au comité',question=True,reply_text_has=['suggestions de lectures'])

# ---- more goals
r('t12-goal-15','en','goals','checkin',T,'2026-11-26T10:00','Nina Patel <npatel@oakville.ca>','Quick goals update - my portfolio site is live now, so that one is done.','prose done without a number',goals=[G('','done','','portfolio')],reply_text_has=['my portfolio site is live'])
r('t12-goal-16','en','goals','digest',V,'2026-11-20T11:20','Lucia Ortega <lortega@sfu.ca>','Goal #2 (the LinkedIn one) I\'ve started, about a third of the way there.','numbered progress',goals=[G('2','in_progress')],reply_text_has=['about a third of the way'])
r('t12-goal-17','en','goals','goals_prompt',T,'2026-10-18T09:15','Marcus Li <mli@torontopubliclibrary.ca>','For now I want to shadow someone at the reference desk at a university library. Long-term, I\'d love to teach information literacy.\n\nThanks,\nMarcus\n\nMarcus Li (he/him)\nLibrary Assistant, Toronto Public Library','short and long goals in prose; pronouns and title removed',goals=[G('','new','short','shadow'),G('','new','long','information literacy')],reply_text_has=['shadow someone at the reference desk'],reply_text_not=['Library Assistant, Toronto Public Library'])
r('t12-goal-18','en','goals','midsession',W,'2026-11-09T19:00','Ben Okafor <bokafor@outlook.com>','I\'m dropping the French course goal, no time this fall. Everything else is on track.','dropped goal in prose',goals=[G('','dropped','','french')],reply_text_has=['dropping the French course goal'])
r('t12-goal-19','en','goals','checkin',T,'2026-11-13T08:30','Paul Singh <psingh@hamiltonpl.ca>','Done with goal 1!! and 3 is moving along slowly.','two numbered updates in one line',goals=[G('1','done'),G('3','in_progress')],reply_text_has=['Done with goal 1'])
r('t12-goal-20','en','goals','goals_prompt',H,'2026-10-13T07:50','Hannah Osei <hosei@halifax.ca>','My short-term goal is to apply for at least three librarian jobs before the holidays.\n\nThank you,\nHannah Osei\nBranch Assistant, Halifax Public Libraries\nHalifax Public Libraries is located in Mi\'kma\'ki, the ancestral and unceded territory of the Mi\'kmaq People.','one short goal; land acknowledgement removed',goals=[G('','new','short','librarian jobs')],reply_text_has=['apply for at least three librarian jobs'],reply_text_not=['ancestral and unceded territory'])
r('t12-goal-21','en','goals','checkin',T,'2026-11-06T13:40','Devon Clarke <dclarke@torontopubliclibrary.ca>','Still plugging away at the cover letter. Nothing new otherwise.','in progress without a number',goals=[G('','in_progress','','cover letter')],reply_text_has=['plugging away at the cover letter'])
r('t12-goal-22','fr','goals','checkin',T,'2026-11-27T20:10','Yasmine Haddad <yhaddad@uqam.ca>','Bonne nouvelle : ma lettre de présentation est finie et envoyée!','prose, objectif terminé',_enc='qp-latin1',goals=[G('','done','','lettre')],reply_text_has=['ma lettre de présentation est finie'])
r('t12-goal-23','fr','goals','goals_prompt',T,'2026-10-16T12:05','Jean-François Côté <jfcote@ulaval.ca>','1) Suivre la formation sur les données ouvertes cet automne\n2) Devenir responsable des collections numériques d\'ici cinq ans','liste numérotée, deux nouveaux objectifs',goals=[G('1','new','short','données ouvertes'),G('2','new','long','collections numériques')],reply_text_has=['Suivre la formation'])
r('t12-goal-24','fr','goals','digest',T,'2026-11-20T09:00','Mélanie Gagnon <mgagnon@umontreal.ca>','Pour mon objectif 2, j\'ai fait environ la moitié du chemin.','numéroté, en cours',goals=[G('2','in_progress')],reply_text_has=['la moitié du chemin'])
r('t12-goal-25','fr','goals','midsession',T,'2026-11-10T16:45','Sophie Lavoie <slavoie@uqam.ca>','Je laisse tomber le but sur LinkedIn, ça ne me sert plus. Par contre, je voudrais ajouter : mieux gérer mon temps entre le travail et la maîtrise.','abandon en prose + nouveau but',goals=[G('','dropped','','linkedin'),G('','new','short','temps')],reply_text_has=['Je laisse tomber le but'])
r('t12-goal-26','fr','goals','checkin',T,'2026-11-19T11:30','Nathalie Roy <nroy@ville.quebec.qc.ca>','Les objectifs 1 et 2 sont complétés!\n\nNathalie Roy\nTechnicienne en documentation\nBibliothèque Gabrielle-Roy','deux numéros terminés dans une phrase',goals=[G('1','done'),G('2','done')],reply_text_has=['sont complétés'],reply_text_not=['Technicienne en documentation'])
r('t12-goal-27','fr','goals','goals_prompt',T,'2026-10-14T18:00','Fatima Benali <fbenali@uottawa.ca>','À court terme, je veux bâtir mon réseau en bibliothéconomie à Ottawa. À long terme, diriger une petite bibliothèque publique.\n\nMerci et bonne soirée!','deux objectifs en prose; formule finale pas un objectif',goals=[G('','new','short','réseau'),G('','new','long','bibliothèque publique')],reply_text_has=['bâtir mon réseau'])
r('t12-goal-28','fr','goals','checkin',T,'2026-11-25T07:45','Olivier Pelletier <opelletier@gmail.com>','Je travaille toujours sur mon portfolio, ça avance.','en cours, non numéroté',goals=[G('','in_progress','','portfolio')],reply_text_has=['Je travaille toujours sur mon portfolio'])
# ---- more commands
r('t12-cmd-20','en','commands','checkin',T,'2026-11-30T09:00','Helen Wu <hwu@yorku.ca>','Please pause me until Dec. 14th, I\'m covering two branches.','abbreviated month with ordinal',_enc='qp',commands=[C('pause','2026-12-14')],reply_text_has=['covering two branches'])
r('t12-cmd-21','en','commands','nudge',V,'2026-11-16T12:30','Grace Kim <gkim@surreylibraries.ca>','Can you send the instructions again? I forgot how to log a meeting.','help requested',commands=[C('help')],reply_text_has=['forgot how to log a meeting'])
r('t12-cmd-22','en','commands','checkin',T,'2026-11-09T18:00','Nina Patel <npatel@oakville.ca>','Please stop sending me emails for now, I\'m on leave until Jan 4, 2027. I do want to continue next session.','"stop sending for now" with a date is a pause, not leaving',commands=[C('pause','2027-01-04')],reply_text_has=['I do want to continue'])
r('t12-cmd-23','fr','commands','checkin',T,'2026-11-30T12:00','Louise Gagné <lgagne@bibliotheques.quebec.ca>','Je reprends du service : vous pouvez réactiver mes rappels.','reprise en prose',commands=[C('resume')],reply_text_has=['réactiver mes rappels'])
r('t12-cmd-24','fr','commands','wrapup',T,'2026-12-01T15:00','Kim Nguyen <knguyen@cegepmontpetit.ca>','Note : 5 sur 5!\nQu\'est-ce qui a bien fonctionné? La souplesse des horaires.','note 5 sur 5',style='gmail_fr',commands=[C('rating',value=5)],reply_text_has=['La souplesse des horaires'])
r('t12-cmd-25','fr','commands','nudge',T,'2026-11-17T10:15','Chloé Martin <chloe.martin@hotmail.com>','Arrêtez de m\'écrire jusqu\'au 10 décembre svp, je suis débordée. Je reste inscrite.','« arrêtez jusqu\'au » est une pause',commands=[C('pause','2026-12-10')],reply_text_has=['je suis débordée'])
# ---- more questions
r('t12-q-14','en','question','checkin',T,'2026-11-12T10:40','Marcus Li <mli@torontopubliclibrary.ca>','Could the committee tell me if there\'s any funding for attending the OLA conference as a mentee?','asks committee about funding',question=True,reply_text_has=['any funding for attending'])
r('t12-q-15','en','question','midsession',W,'2026-11-10T12:00','Raj Sandhu <rsandhu@wpl.winnipeg.ca>','Going well, thanks. Why are Mondays always like this, eh?','rhetorical',reply_text_has=['Going well, thanks'])
r('t12-q-16','en','question','nudge',T,'2026-11-24T14:20','Paul Singh <psingh@hamiltonpl.ca>','I\'m not sure my mentee is getting much out of this and I\'d welcome advice on how to reset things.','asks for help with the pair',question=True,reply_text_has=['welcome advice on how to reset'])
r('t12-q-17','en','question','wrapup',V,'2026-12-02T09:00','Lucia Ortega <lortega@sfu.ca>','Rating: 4\nAnything else for the committee? Will there be a spring session? I\'d like to mentor next time.','a real question to the committee in a survey reply',style='gmail_en',commands=[C('rating',value=4)],question=True,reply_text_has=['Will there be a spring session'])
r('t12-q-18','en','question','checkin',S,'2026-11-05T16:00','Siobhan Rao <srao@mun.ca>','Not yet, she\'s been sick. Hopefully next week, fingers crossed?','looks like a question, no answer needed; plan only',reply_text_has=['she\'s been sick'])
r('t12-q-19','en','question','confidentiality',T,'2026-10-08T09:00','Devon Clarke <dclarke@torontopubliclibrary.ca>','Please let me know who else can read what I send here.','request for information without a question mark',question=True,reply_text_has=['who else can read what I send'])
r('t12-q-20','fr','question','checkin',T,'2026-11-13T11:00','Samuel Joseph <sjoseph@bibliomontreal.qc.ca>','Serait-il possible de changer de mentor? On n\'arrive pas à s\'entendre sur les horaires.','demande d\'aide pour la paire',_enc='b64',question=True,reply_text_has=['changer de mentor'])
r('t12-q-21','fr','question','midsession',T,'2026-11-09T08:00','Marc-André Dion <madion@ulaval.ca>','Tout va bien! On s\'entend à merveille, qui l\'eût cru?','rhétorique',reply_text_has=['On s\'entend à merveille'])
r('t12-q-22','fr','question','introduction',T,'2026-10-05T13:00','Laura Chen <lchen@mcgill.ca>','Merci! J\'aimerais savoir si on doit se rencontrer en personne ou si la visio suffit.','« j\'aimerais savoir si »',question=True,reply_text_has=['J\'aimerais savoir si'])
r('t12-q-23','fr','question','nudge',H,'2026-11-21T09:45','Rachel Doucet <rdoucet@umoncton.ca>','Je ne sais pas quoi faire, mon mentoré annule chaque fois à la dernière minute. Un conseil?','aide pour la paire',question=True,reply_text_has=['annule chaque fois'])
r('t12-q-24','fr','question','checkin',T,'2026-11-19T17:30','Isabelle Tremblay <itremblay@banq.qc.ca>','Merci pour le rappel! Pas de nouvelles pour l\'instant.','merci seulement',reply_text_has=['Pas de nouvelles pour l\'instant'])
r('t12-q-25','fr','question','wrapup',T,'2026-12-02T11:00','Jean-François Côté <jfcote@ulaval.ca>','Note : 4\nAutre chose pour le comité? Une attestation de participation est-elle prévue pour les mentors?','question au comité dans le sondage',style='gmail_fr',commands=[C('rating',value=4)],question=True,reply_text_has=['attestation de participation'])
r('t12-goal-29','en','goals','digest',T,'2026-11-20T15:30','Ama Mensah <amensah@dal.ca>','New goal for me: get my first article into the provincial library association newsletter before the session ends.','new short goal in prose',goals=[G('','new','short','article')],reply_text_has=['get my first article'])
r('t12-goal-30','fr','goals','checkin',T,'2026-11-13T21:00','Chloé Martin <chloe.martin@hotmail.com>','Objectif 3 : terminé hier!! Merci Alex pour les conseils.','numéroté terminé; « hier » n\'est pas une rencontre',goals=[G('3','done')],reply_text_has=['Objectif 3 : terminé'])
for args in R: build(*args)
