import datetime as dt, email.utils, base64, hashlib
from email.header import Header
from zoneinfo import ZoneInfo
V, T, H, W, S, E = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns", "America/Edmonton"
UTC = "UTC"

def h(s):
    try: s.encode("ascii"); return s
    except UnicodeEncodeError: return Header(s, "utf-8").encode()

def date(when, tz):
    return email.utils.format_datetime(dt.datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(tz)))

def mk(frm, subject, when, tz, body, extra=(), to="Mentorship Program <program@mentormail.ca>", ctype='text/plain; charset="utf-8"', cte="8bit", mid=None):
    hs = [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", date(when, tz)),
          ("Message-ID", mid or "<" + hashlib.sha1((frm + subject + when).encode()).hexdigest()[:20] + "@mx.example.net>"), ("MIME-Version", "1.0")]
    hs += list(extra)
    hs += [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    return "\n".join(f"{k}: {v}" for k, v in hs) + "\n\n" + body + "\n"

def b64(s):
    r = base64.b64encode(s.encode()).decode(); return "\n".join(r[i:i+76] for i in range(0, len(r), 76))

ORIG_EN = """From: Mentorship Program <program@mentormail.ca>
To: {to}
Subject: Check-in 3: have you met Alicia again?
Date: {d}
Message-ID: <a81c22f0e3.checkin@mentormail.ca>
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"

Hi,

Time for check-in 3! You and Alicia have logged 2
meetings so far."""

def add(case, M, G, CMD):
    def raw(cid, cls, tz, note, text, lang="en", prompt=""):
        case(id=cid, cls=cls, tz=tz, note=note, lang=lang, prompt=prompt, raw=lambda c, t=text: t)

    # -------- out of office --------
    raw("cls-ooo-de-001", "auto_reply", T, "German out-of-office ('Abwesenheitsnotiz') with Auto-Submitted: auto-replied.",
        mk("Jonas Weber <jonas.weber@web.de>", "Abwesenheitsnotiz: Check-in 3: have you met Alicia again?", "2026-11-11 09:02", "Europe/Berlin",
           "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an bibliothek@example.de.\n\nMit freundlichen Grüßen\nJonas Weber",
           [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))
    raw("cls-ooo-de-002", "auto_reply", T, "German 'Automatische Antwort' out-of-office with no auto-reply headers at all: subject and body say it.",
        mk("Lena Hoffmann <l.hoffmann@gmx.de>", "Automatische Antwort: Checking in: catching up with Marcus?", "2026-11-03 14:30", T,
           "Guten Tag,\n\nich bin vom 2. bis 16. November im Urlaub. Ihre E-Mail wird nicht weitergeleitet.\nAb dem 17. November bin ich wieder erreichbar.\n\nBeste Grüße\nLena Hoffmann"))
    raw("cls-ooo-pl-001", "auto_reply", T, "Polish out-of-office ('Odpowiedź automatyczna') with X-Autoreply: yes.",
        mk(h("Katarzyna Nowak") + " <k.nowak@wp.pl>", "Odpowiedź automatyczna: Check-in 3: have you met Sunita again?", "2026-11-19 08:10", T,
           "Dzień dobry,\n\ndziękuję za wiadomość. Jestem poza biurem do 30 listopada 2026 r. z ograniczonym dostępem do poczty.\nOdpowiem po powrocie.\n\nPozdrawiam\nKatarzyna Nowak",
           [("X-Autoreply", "yes")]))
    raw("cls-ooo-cs-001", "auto_reply", W, "Czech out-of-office ('Automatická odpověď', 'mimo kancelář').",
        mk(h("Petra Dvořáková") + " <petra.dvorakova@seznam.cz>", "Automatická odpověď: Halfway through: how is it going?", "2026-11-02 10:45", W,
           "Dobrý den,\n\njsem mimo kancelář do 13. 11. 2026. Vaše zprávy si přečtu po návratu.\n\nS pozdravem\nPetra Dvořáková",
           [("Auto-Submitted", "auto-replied")], cte="8bit"))
    raw("cls-ooo-es-001", "auto_reply", V, "Spanish out-of-office ('Respuesta automática: Fuera de la oficina') without auto-reply headers.",
        mk("Lucia Fernandez <lucia.fernandez@hotmail.com>", "Respuesta automática: Fuera de la oficina", "2026-10-23 18:20", V,
           "Hola,\n\nEstoy fuera de la oficina hasta el lunes 2 de noviembre, sin acceso regular al correo.\nLe responderé a mi regreso.\n\nSaludos cordiales,\nLucía Fernández"))
    raw("cls-ooo-pt-001", "auto_reply", T, "Portuguese out-of-office ('Resposta automática: Ausência temporária'), base64 body.",
        mk("Mariana Souza <mariana.souza@outlook.com>", "Resposta automática: Ausência temporária", "2026-11-24 07:35", T,
           b64("Olá,\n\nObrigada pela sua mensagem. Estou de férias até 4 de dezembro, com acesso limitado ao e-mail.\nResponderei assim que possível após o meu regresso.\n\nAtenciosamente,\nMariana Souza"),
           [("Auto-Submitted", "auto-replied")], cte="base64"))
    raw("cls-ooo-it-001", "auto_reply", T, "Italian out-of-office ('Risposta automatica: Fuori sede').",
        mk("Giulia Rossi <giulia.rossi@libero.it>", "Risposta automatica: Fuori sede", "2026-11-13 11:00", T,
           "Buongiorno,\n\nsono fuori sede fino al 20 novembre. Risponderò al mio rientro.\n\nCordiali saluti\nGiulia Rossi",
           [("X-Autoreply", "yes"), ("X-Autorespond", "yes")]))
    raw("cls-ooo-nl-001", "auto_reply", H, "Dutch out-of-office ('Automatisch antwoord: Afwezig').",
        mk("Sanne de Vries <sanne.devries@ziggo.nl>", "Automatisch antwoord: Afwezig", "2026-10-28 09:15", H,
           "Beste afzender,\n\nIk ben afwezig tot en met 6 november en lees mijn e-mail niet.\n\nMet vriendelijke groet,\nSanne de Vries",
           [("Auto-Submitted", "auto-replied")]))
    raw("cls-ooo-en-001", "auto_reply", V, "English Exchange 'Automatic reply' with Auto-Submitted and a return date.",
        mk("Priya Raman <praman@surreylibraries.ca>", "Automatic reply: Check-in 3: have you met Alicia again?", "2026-11-12 09:00", V,
           "Thank you for your email. I am away from the office until Monday, November 23, with no access to email.\nFor urgent matters, please contact the Information Desk at 604-555-0100.\n\nPriya Raman\nReference Librarian | Surrey Libraries",
           [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "praman@surreylibraries.ca"), ("X-Auto-Response-Suppress", "All")]))
    raw("cls-ooo-en-002", "auto_reply", S, "Header-less 'Out of Office' (Lotus/IBM style) with only the subject and body to go on.",
        mk("Kevin Singh <ksingh@mun.ca>", "Out of Office: Re: Your mentoring digest: you and Rosa", "2026-11-20 13:45", S,
           "I am out of the office until November 30, 2026 with limited access to email.\n\nI will respond to your message when I return."))
    raw("cls-ooo-fr-001", "auto_reply", T, "French 'Réponse automatique' with Auto-Submitted: auto-replied.",
        mk(h("Marie-Ève Tremblay") + " <metremblay@banq.qc.ca>", "Réponse automatique : Suivi 3 : une autre rencontre avec Isabelle?", "2026-11-12 08:30", T,
           "Bonjour,\n\nJe suis absente du bureau jusqu'au 27 novembre inclusivement. Je prendrai connaissance de votre message à mon retour.\n\nPour toute urgence : reference@banq.qc.ca\n\nMarie-Ève Tremblay",
           [("Auto-Submitted", "auto-replied")]), lang="fr")
    raw("cls-ooo-fr-002", "auto_reply", T, "Bilingual Quebec government-style 'Absence du bureau / Out of office' without headers.",
        mk(h("Étienne Rousseau") + " <etienne.rousseau@mcc.gouv.qc.ca>", "Absence du bureau / Out of office", "2026-11-27 16:00", T,
           "Je suis en congé jusqu'au 7 décembre 2026. Votre message ne sera pas transféré.\n\nI am on leave until December 7, 2026. Your message will not be forwarded.\n\nÉtienne Rousseau"), lang="fr")
    raw("cls-ooo-listid-001", "auto_reply", T, "An out-of-office that carries a List-Id (relayed through a staff list) is still an auto-reply.",
        mk("Daniel Okafor <dokafor@tpl.ca>", "Automatic reply: Checking in: catching up with Marcus?", "2026-11-09 10:05", T,
           "Hello,\n\nI am out of the office until Tuesday, November 17 and will have limited access to email. Please contact askTPL for assistance.\n\nDaniel",
           [("List-Id", "TPL Branch Staff <branch-staff.lists.tpl.ca>"), ("X-Autoreply", "yes")]))
    raw("cls-ooo-junk-001", "auto_reply", W, "A Unix vacation(1) reply with Precedence: junk is still an auto-reply, not bulk mail.",
        mk("Hiroshi Tanaka <htanaka@umanitoba.ca>", "away from my mail", "2026-10-30 12:00", W,
           "I will not be reading my mail until November 9. Your mail regarding\n\"Halfway through: how is it going?\" will be read when I return.",
           [("Precedence", "junk")]))

    # -------- receipts and acknowledgements --------
    b = "mdn_b0_4417"
    raw("cls-rcpt-en-001", "auto_reply", T, "A read receipt (multipart/report; disposition-notification) is an automatic acknowledgement, not a person's reply.",
        mk("Grace Kim <gkim@ryerson.ca>", "Read: Check-in 3: have you met Helen again?", "2026-11-12 10:14", T,
           f"--{b}\nContent-Type: text/plain; charset=\"utf-8\"\n\nYour message\n\n  To: Grace Kim\n  Subject: Check-in 3: have you met Helen again?\n  Sent: Thursday, November 12, 2026 9:00:04 AM (UTC-05:00) Eastern Time (US & Canada)\n\nwas read on Thursday, November 12, 2026 10:14:22 AM (UTC-05:00) Eastern Time (US & Canada).\n\n--{b}\nContent-Type: message/disposition-notification\n\nReporting-UA: ryerson.ca; Microsoft Exchange Server\nFinal-Recipient: rfc822; gkim@ryerson.ca\nOriginal-Message-ID: <a81c22f0e3.checkin@mentormail.ca>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--{b}--",
           ctype=f'multipart/report; report-type=disposition-notification; boundary="{b}"', cte="7bit"))
    raw("cls-rcpt-en-002", "auto_reply", V, "A help-desk ticket acknowledgement ('We've received your request') with no auto-reply header.",
        mk("UBC Library Service Desk <servicedesk@library.ubc.ca>", "[Ticket #48213] We've received your request: Re: Your mentoring digest", "2026-11-18 07:02", V,
           "Hello,\n\nThis is an automated acknowledgement. Your request has been received and assigned ticket number 48213.\nA member of our team will respond within 2 business days.\n\nPlease do not reply to this message.\n\nUBC Library Service Desk"))
    raw("cls-rcpt-fr-001", "auto_reply", T, "French automatic acknowledgement ('Accusé de réception').",
        mk("Bibliothèque de Laval <biblio@laval.ca>", "Accusé de réception : Suivi 3 : une autre rencontre avec Moussa?", "2026-11-12 09:01", T,
           "Bonjour,\n\nNous accusons réception de votre courriel. Ceci est un message automatique; une personne vous répondra dans les meilleurs délais.\n\nMerci de ne pas répondre à ce message.\n\nBibliothèques de Laval",
           [("Auto-Submitted", "auto-generated")]), lang="fr")
    raw("cls-rcpt-fr-002", "auto_reply", T, "French Outlook read receipt sent as plain text ('Lu : ...').",
        mk(h("Chloé Dubé") + " <chloe.dube@cegepsf.ca>", "Lu : À mi-parcours : comment ça se passe?", "2026-11-02 13:27", T,
           "Votre message\n\n  À : Chloé Dubé\n  Objet : À mi-parcours : comment ça se passe?\n  Envoyé : lundi 2 novembre 2026 09:00:11 (UTC-05:00) Est (États-Unis et Canada)\n\na été lu le lundi 2 novembre 2026 13:27:40 (UTC-05:00) Est (États-Unis et Canada)."), lang="fr")

    # -------- bounces --------
    b = "dsn_b1_8823"
    orig = ORIG_EN.format(to="old.address@shaw.ca", d=date("2026-11-12 09:00", T))
    raw("cls-bnc-001", "bounce", T, "Postfix DSN from MAILER-DAEMON (multipart/report; delivery-status): a bounce.",
        mk("MAILER-DAEMON@mx1.mentormail.ca (Mail Delivery System)", "Undelivered Mail Returned to Sender", "2026-11-12 09:00", T,
           f"--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mx1.mentormail.ca.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<old.address@shaw.ca>: host mx.shaw.ca[64.59.128.135] said: 550 5.1.1\n    <old.address@shaw.ca>: Recipient address rejected: User unknown\n\n--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.mentormail.ca\n\nFinal-Recipient: rfc822; old.address@shaw.ca\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig.split("\n\n")[0] + f"\n\n--{b}--",
           [("Auto-Submitted", "auto-replied")], to="program@mentormail.ca", ctype=f'multipart/report; report-type=delivery-status; boundary="{b}"', cte="7bit"))
    raw("cls-bnc-002", "bounce", UTC, "Gmail 'Delivery Status Notification (Failure)' from mailer-daemon@googlemail.com.",
        mk("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "2026-10-14 15:02", UTC,
           "** Address not found **\n\nYour message wasn't delivered to nadia.rahman.lib@gmail.com because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.",
           to="program@mentormail.ca"))
    raw("cls-bnc-003", "bounce", V, "A bounce from a no-reply sender, plain text only, no delivery-status part: still a bounce.",
        mk("Shaw Mail Delivery <no-reply@notifications.shaw.ca>", "Message not delivered: Check-in 3: have you met Ben again?", "2026-11-12 06:01", V,
           "Your message could not be delivered to tomas.reyes@shaw.ca.\n\nReason: The recipient's mailbox is full and cannot accept messages at this time.\n\nThis is an automatically generated message. Please do not reply.",
           to="program@mentormail.ca"))
    raw("cls-bnc-004", "bounce", T, "A bounce whose From has no '@' at all ('MAILER-DAEMON').",
        mk("MAILER-DAEMON (Mail Delivery System)", "Returned mail: see transcript for details", "2026-11-26 09:03", T,
           "The original message was received at Thu, 26 Nov 2026 09:00:12 -0500\nfrom relay.mentormail.ca [10.0.4.12]\n\n   ----- The following addresses had permanent fatal errors -----\n<hkim@library.example.on.ca>\n    (reason: 550 5.7.1 Mailbox disabled for this recipient)\n\n   ----- Transcript of session follows -----\n... while talking to mail.library.example.on.ca.:\n>>> DATA\n<<< 550 5.7.1 Mailbox disabled for this recipient\n550 5.1.1 <hkim@library.example.on.ca>... User unknown",
           to="program@mentormail.ca"))
    raw("cls-bnc-005", "bounce", T, "Exchange Online 'Undeliverable:' from postmaster.",
        mk("Microsoft Outlook <postmaster@outlook.com>", "Undeliverable: Your mentoring digest: you and Imran", "2026-11-18 09:00", T,
           "Delivery has failed to these recipients or groups:\n\nyusuf.abdi@outlook.com\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for administrators:\nGenerating server: YT3PR01MB6301.CANPRD01.PROD.OUTLOOK.COM\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
           to="program@mentormail.ca"))
    raw("cls-bnc-006", "bounce", T, "French Exchange bounce ('Non remis :').",
        mk("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@uqam.ca>", "Non remis : Suivi 3 : une autre rencontre avec Julie?", "2026-11-12 09:00", T,
           "Votre message n'a pas pu être remis aux destinataires ou groupes suivants :\n\nnguyen.jean-philippe@courrier.uqam.ca\nL'adresse de courrier que vous avez entrée est introuvable. Vérifiez l'adresse de courrier du destinataire et essayez de renvoyer le message.\n\nInformations de diagnostic pour les administrateurs :\nServeur de génération : YQXPR01MB4477.CANPRD01.PROD.OUTLOOK.COM\n550 5.1.10 RESOLVER.ADR.RecipientNotFound",
           to="programme@mentormail.ca"), lang="fr")

    # -------- bulk / notifications --------
    raw("cls-bulk-001", "bulk", T, "A newsletter with no list headers: an unsubscribe link in the footer and a news@ sender make it bulk.",
        mk("The Partnership Job Board <news@thepartnership.ca>", "New this week: 14 library jobs across Ontario", "2026-11-20 06:00", T,
           "New postings this week\n\n- Branch Librarian, Kingston Frontenac Public Library\n- Metadata Librarian, Carleton University\n- Children's Services Librarian, Ottawa Public Library\n\nView all postings: https://thepartnership.ca/jobs\n\nYou are receiving this email because you subscribed to the Job Board newsletter.\nUnsubscribe: https://thepartnership.ca/unsubscribe?u=8d2f1\nManage preferences | Privacy policy",
           to="program@mentormail.ca", ctype='text/plain; charset="utf-8"'))
    raw("cls-bulk-002", "bulk", UTC, "An automated notification from a no-reply sender without list headers.",
        mk("Zoom <no-reply@zoom.us>", "Cloud Recording - Mentorship Committee Meeting is now available", "2026-11-25 23:15", UTC,
           "Hi Mentorship Program,\n\nYour cloud recording is now available.\n\nTopic: Mentorship Committee Meeting\nDate: Nov 25, 2026 06:00 PM Eastern Time (US and Canada)\n\nShare recording with viewers: https://zoom.us/rec/share/abc123\n\nThank you for choosing Zoom.\n-The Zoom Team",
           to="program@mentormail.ca"))
    raw("cls-bulk-003", "bulk", E, "Mailing-list mail with List-Id and Auto-Submitted: auto-generated is list (bulk) mail, not an auto-reply.",
        mk("CLA-L Digest <cla-l@lists.cla-fcab.ca>", "CLA-L Digest, Vol 112, Issue 14", "2026-11-17 00:05", E,
           "Send CLA-L mailing list submissions to\n\tcla-l@lists.cla-fcab.ca\n\nToday's Topics:\n\n   1. Call for proposals: 2027 national forum (Jane Doe)\n   2. Webinar: copyright for library staff (John Roe)\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: Mon, 16 Nov 2026 10:12:44 -0700\nSubject: Call for proposals: 2027 national forum\n\nProposals are due January 15.\n\n_______________________________________________\nCLA-L mailing list\nhttps://lists.cla-fcab.ca/mailman/listinfo/cla-l",
           [("List-Id", "Canadian library discussion <cla-l.lists.cla-fcab.ca>"), ("List-Unsubscribe", "<https://lists.cla-fcab.ca/mailman/options/cla-l>, <mailto:cla-l-request@lists.cla-fcab.ca?subject=unsubscribe>"), ("Auto-Submitted", "auto-generated"), ("Precedence", "list")],
           to="program@mentormail.ca"))
    raw("cls-bulk-004", "bulk", T, "A French newsletter with Precedence: bulk and an unsubscribe link, no List-Id.",
        mk("Corporation des bibliothécaires <infolettre@cbpq.qc.ca>", "Infolettre de novembre : formations et congrès", "2026-11-05 07:30", T,
           "Infolettre de novembre\n\nFormations à venir :\n- Webinaire : l'IA générative en bibliothèque (19 novembre)\n- Atelier : gestion du changement (3 décembre)\n\nVous recevez ce courriel parce que vous êtes abonné(e) à notre infolettre.\nSe désabonner : https://cbpq.qc.ca/desabonnement",
           [("Precedence", "bulk")], to="programme@mentormail.ca"), lang="fr")
    raw("cls-bulk-005", "bulk", T, "A Google Calendar event notification (calendar-notification sender, no list headers).",
        mk("Google Calendar <calendar-notification@google.com>", "Notification: Mentorship committee check-in @ Wed Nov 25, 2026 6pm - 7pm (EST)", "2026-11-25 17:50", T,
           "This is a reminder for:\n\nMentorship committee check-in\nWednesday Nov 25, 2026 6pm - 7pm (Eastern Time - Toronto)\nJoining: https://meet.google.com/abc-defg-hij\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are subscribed to calendar notifications.\nTo stop receiving these emails, go to https://calendar.google.com/calendar/r/settings",
           [("Auto-Submitted", "auto-generated")], to="program@mentormail.ca"))
    raw("cls-bulk-006", "bulk", T, "Survey platform notification from a noreply address (HTML only, no list headers).",
        mk("SurveyMonkey <member@surveymonkey-noreply.com>", "You have 5 new responses to Mentorship Wrap-up Survey 2026", "2026-12-02 08:00", T,
           "<html><body><p>Hi Mentorship Program,</p><p>Your survey <b>Mentorship Wrap-up Survey 2026</b> received 5 new responses yesterday.</p><p><a href=\"https://www.surveymonkey.com/analyze\">View results</a></p><p style=\"font-size:11px\">You're receiving this notification because response alerts are on. <a href=\"https://www.surveymonkey.com/user/account/notifications\">Unsubscribe</a> &middot; SurveyMonkey Inc., One Curiosity Way, San Mateo, CA</p></body></html>",
           to="program@mentormail.ca", ctype='text/html; charset="utf-8"'))

    # -------- people who only look automatic --------
    case(id="cls-human-001", cat="classification", lang="en", tz=T, when="2026-11-19 12:10", prompt="checkin", style="gmail",
         headers=[("X-Autoreply", "")],
         body="We met yesterday for 45 minutes by video, talked about her upcoming interview at the Toronto Public Library.",
         meeting=M("D-1", 45, "video", ["interviews"]), has=["We met yesterday for 45 minutes by video"],
         note="An empty X-Autoreply header does not make it an auto-reply: a person logs a meeting (Nov 18, 45 min, video).")
    case(id="cls-human-002", cat="classification", lang="en", tz=V, when="2026-11-10 15:30", prompt="midsession", style="outlook",
         headers=[("Auto-Submitted", "no"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")],
         body="Hi,\n\nQuestion: my mentor moved to a new job and says she can't continue. Can I be matched with someone else for the rest of the session?",
         q=True, has=["Can I be matched with someone else"],
         note="Auto-Submitted: no and Outlook's suppress header are sent by people's clients: a person's reply with a question.")
    case(id="cls-human-003", cat="classification", lang="en", tz=H, when="2026-11-06 09:20", prompt="nudge", style="gmail",
         subject="Out of office next week",
         body="Hi! Just so you know, I'm out of office next week for a conference. Please pause my reminders until Nov 16, I'll log our next chat after that.",
         commands=[CMD("pause", "2026-11-16")], has=["Please pause my reminders until Nov 16"],
         note="A person writing 'Out of office' in the subject with a pause request is a reply, not an auto-reply.")
    case(id="cls-human-004", cat="classification", lang="fr", tz=T, when="2026-11-12 20:05", prompt="nudge", style="gmail",
         subject="Absence du 14 au 28 novembre",
         body="Bonjour,\n\nJe serai absente du 14 au 28 novembre. Pouvez-vous suspendre les rappels jusqu'au 28 novembre? J'ai prévenu Youssef.\n\nMerci!",
         commands=[CMD("pause", "2026-11-28")], has=["suspendre les rappels jusqu'au 28 novembre"],
         note="Une personne qui annonce son absence et demande une pause : réponse, pas un message automatique.")
    case(id="cls-human-005", cat="classification", lang="en", tz=W, when="2026-11-24 18:40", prompt="checkin", style="iphone",
         body="Not an automatic reply, it's really me :) I'm on vacation but wanted to say we had a 20 minute phone call on Sunday.",
         meeting=M("W-sun", 20, "phone"), has=["we had a 20 minute phone call on Sunday"],
         note="Words like 'automatic reply' and 'on vacation' in a person's message do not make it an auto-reply; Sunday before Tue Nov 24 = Nov 22.")
