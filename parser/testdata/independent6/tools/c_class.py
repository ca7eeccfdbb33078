from build import *
import base64 as _b64
TO, VAN, HFX, WPG, STJ = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def D(at, tz):
    return format_datetime(datetime.strptime(at, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz)))

def T(cid, prompt="checkin"):
    return f"mentorat+{token(cid)}@bibliomentorat.ca", f"<{token(cid)}.{prompt}@bibliomentorat.ca>"

def simple(cid, frm, subj, at, tz, body, headers=(), ctype='text/plain; charset="utf-8"', prompt="checkin"):
    to, irt = T(cid, prompt)
    from email.utils import parseaddr
    nm, ad = parseaddr(frm)
    h = ["From: " + (addr(nm, ad) if nm else frm), f"To: {to}", hdr("Subject", subj), f"Date: {D(at, tz)}",
         f"Message-ID: <{token(cid + 'm')}@mail.example.net>", f"In-Reply-To: {irt}", *headers,
         "MIME-Version: 1.0", f"Content-Type: {ctype}"]
    try:
        body.encode("ascii"); h.append("Content-Transfer-Encoding: 7bit"); data = body
    except UnicodeEncodeError:
        cte, data = encode_body(body, "qp"); h.append("Content-Transfer-Encoding: quoted-printable")
    return "\n".join(h) + "\n\n" + data

def dsn(cid, frm, subj, at, tz, human, rcpt, status, diag, reporting, prompt="checkin", lang_human_ct='text/plain; charset="us-ascii"'):
    to = f"mentorat+{token(cid)}@bibliomentorat.ca"
    b = "----=_NDR_" + token(cid)[:12]
    orig = (f"From: Mentorship Program <{to}>\nTo: {rcpt}\nSubject: Check-in 3: have you met Alex again?\n"
            f"Message-ID: <{token(cid)}.{prompt}@bibliomentorat.ca>\nAuto-Submitted: auto-generated\n")
    return f"""From: {frm}
To: {to}
Subject: {subj}
Date: {D(at, tz)}
Message-ID: <{token(cid + 'm')}@{reporting}>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: {lang_human_ct}
Content-Transfer-Encoding: quoted-printable

{encode_body(human, "qp")[1]}

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; {reporting}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: {status}
Diagnostic-Code: smtp; {diag}

--{b}
Content-Type: text/rfc822-headers

{orig}
--{b}--
"""

def cases():
    L = []
    L.append(machine("i6-cls-01", "en", TO, "auto_reply",
        "Out-of-office reply that also carries a List-Id (sent through a campus list server) is still an auto-reply.",
        simple("i6-cls-01", "Priya Raman <priya.raman@library.utoronto.ca>", "Out of Office: Check-in 3: have you met Alex again?",
               "2026-11-02 07:03", TO,
               """Thank you for your email. I am out of the office until Monday, November 9 with limited access to email.

For urgent reference questions please contact askus@library.utoronto.ca.

Priya Raman
Liaison Librarian, Gerstein Science Information Centre""",
               headers=["List-Id: <lib-staff.lists.utoronto.ca>", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])))
    L.append(machine("i6-cls-02", "en", VAN, "auto_reply",
        "Vacation auto-reply with Precedence: junk is an auto-reply, not bulk mail.",
        simple("i6-cls-02", "Derek Chan <dchan@coquitlamlibrary.ca>", "Away: Re: Checking in: catching up with Mei?",
               "2026-11-19 10:12", VAN,
               """Hi, I'm away on vacation and will return on November 30. I will reply to your message when I get back.

- Derek""",
               headers=["Precedence: junk", "X-Autoreply: yes"], prompt="nudge")))
    L.append(machine("i6-cls-03", "fr", TO, "auto_reply",
        "German out-of-office subject (Abwesenheitsnotiz) from a participant on exchange: auto-reply.",
        simple("i6-cls-03", "Anil Mehta <anil.mehta@ub.uni-heidelberg.de>", "Abwesenheitsnotiz: Suivi 2 : une autre rencontre avec Sophie?",
               "2026-10-19 13:30", "Europe/Berlin",
               """Vielen Dank für Ihre Nachricht. Ich bin bis zum 26.10.2026 nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.

Merci pour votre message. Je suis absent jusqu'au 26 octobre 2026 et j'ai un accès limité à mes courriels.

Anil Mehta
Universitätsbibliothek Heidelberg""")))
    L.append(machine("i6-cls-04", "fr", TO, "auto_reply",
        "Polish automatic reply (Automatyczna odpowiedź) without auto headers: auto-reply.",
        simple("i6-cls-04", "Kasia Nowak <k.nowak@bpl.org.pl>", "Automatyczna odpowiedź: Suivi 3 : une autre rencontre avec Tomasz?",
               "2026-11-16 09:01", "Europe/Warsaw",
               """Dzień dobry,
jestem na urlopie do 23 listopada. W pilnych sprawach proszę o kontakt z biblioteka@bpl.org.pl.

Je suis en congé jusqu'au 23 novembre.

Katarzyna Nowak""")))
    L.append(machine("i6-cls-05", "en", TO, "auto_reply",
        "Czech automatic reply (Automatická odpověď): auto-reply.",
        simple("i6-cls-05", "Petra Svobodová <svobodova@knihovna.cz>", "Automatická odpověď: Re: Halfway through: how is it going?",
               "2026-11-10 08:44", "Europe/Prague",
               """Dobrý den,
do 17. 11. jsem mimo kancelář. Na e-maily odpovím po návratu.

I am out of the office until 17 November.

Petra Svobodová""", prompt="midsession")))
    L.append(machine("i6-cls-06", "fr", TO, "auto_reply",
        "Spanish automatic reply (Respuesta automática): auto-reply.",
        simple("i6-cls-06", "Lucía Fernández <lucia.fernandez@umontreal.ca>", "Respuesta automática: Suivi 4 : une autre rencontre avec Ana?",
               "2026-11-30 06:15", TO,
               """Hola, estoy fuera de la oficina hasta el 7 de diciembre. / Bonjour, je suis absente du bureau jusqu'au 7 décembre.

Lucía Fernández
Bibliothèques, Université de Montréal""")))
    L.append(machine("i6-cls-07", "en", TO, "auto_reply",
        "Portuguese automatic reply (Resposta automática: Ausente): auto-reply.",
        simple("i6-cls-07", "Thiago Souza <thiago.souza@torontopubliclibrary.ca>", "Resposta automática: Ausente do escritório",
               "2026-10-26 18:22", TO,
               """Olá! Estou ausente até 2 de novembro, com acesso limitado ao e-mail.

Hello! I'm away until November 2 with limited email access.

Thiago""")))
    L.append(machine("i6-cls-08", "fr", TO, "auto_reply",
        "Réponse automatique Outlook en français (absence du bureau) avec Auto-Submitted: auto-replied.",
        simple("i6-cls-08", "Marie-Claude Dion <marie-claude.dion@banq.qc.ca>", "Réponse automatique : Suivi 3 : une autre rencontre avec Farah?",
               "2026-11-16 07:02", TO,
               """Bonjour,

Je suis absente du bureau jusqu'au 23 novembre inclusivement. Votre message ne sera pas transféré. Pour toute urgence, veuillez écrire à reference@banq.qc.ca.

Marie-Claude Dion
Bibliothèque et Archives nationales du Québec""",
               headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: marie-claude.dion@banq.qc.ca", "X-Auto-Response-Suppress: All"])))
    L.append(machine("i6-cls-09", "en", HFX, "auto_reply",
        "Automatic helpdesk acknowledgement (ticket receipt) from a no-reply address: an automatic answer, not a person.",
        simple("i6-cls-09", "Library IT Help Desk <noreply@servicedesk.dal.ca>", "[Ticket #48213] We received your request: Re: Check-in 2: have you met Olu again?",
               "2026-10-21 11:05", HFX,
               """This is an automated message. Your request has been received and assigned ticket #48213.

A member of our team will respond within 2 business days. Please do not reply to this message.

Dalhousie Libraries IT Help Desk""",
               headers=["Auto-Submitted: auto-generated"])))
    L.append(machine("i6-cls-10", "fr", TO, "auto_reply",
        "Accusé de réception automatique d'une boîte de service : réponse automatique.",
        simple("i6-cls-10", "Bibliothèque - Service à la clientèle <ne-pas-repondre@bibliotheques.uqam.ca>", "Accusé de réception : Suivi 2 : avez-vous rencontré Karim?",
               "2026-10-20 09:30", TO,
               """Bonjour,

Nous avons bien reçu votre courriel. Nous vous répondrons dans un délai de 48 heures ouvrables.

Ceci est un message automatique, merci de ne pas y répondre.

Service des bibliothèques de l'UQAM""")))
    L.append(machine("i6-cls-11", "en", TO, "bounce",
        "Delivery failure report (multipart/report) from a no-reply sender rather than mailer-daemon: bounce.",
        dsn("i6-cls-11", "Mail Delivery System <no-reply@mx.sheridancollege.ca>", "Undeliverable: Check-in 3: have you met Alex again?",
            "2026-11-16 07:00", TO,
            "Delivery has failed to these recipients or groups:\n\nvictor.owusu@sheridancollege.ca\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
            "victor.owusu@sheridancollege.ca", "5.1.1", "550 5.1.1 User unknown", "mx.sheridancollege.ca")))
    L.append(machine("i6-cls-12", "en", WPG, "bounce",
        "Bounce whose From is a bare MAILER-DAEMON without an @: bounce.",
        dsn("i6-cls-12", "MAILER-DAEMON", "Returned mail: see transcript for details",
            "2026-11-02 07:05", WPG,
            "The original message was received at Mon, 2 Nov 2026 07:04:58 -0600\nfrom mail.bibliomentorat.ca\n\n   ----- The following addresses had permanent fatal errors -----\n<tvillanueva@umanitoba.ca>\n    (reason: 550 5.2.1 Mailbox disabled)",
            "tvillanueva@umanitoba.ca", "5.2.1", "550 5.2.1 Mailbox disabled", "smtp.umanitoba.ca")))
    L.append(machine("i6-cls-13", "fr", TO, "bounce",
        "Avis de non-remise en français (Non remis) au format multipart/report : bounce.",
        dsn("i6-cls-13", "postmaster@cegepvicto.ca", "Non remis : Suivi 3 : une autre rencontre avec Pascale?",
            "2026-11-30 07:01", TO,
            "Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\nveronique.luong@cegepvicto.ca\nL'adresse de courrier que vous avez entrée est introuvable. Vérifiez l'adresse et renvoyez le message.",
            "veronique.luong@cegepvicto.ca", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found", "cegepvicto.ca", lang_human_ct='text/plain; charset="utf-8"')))
    L.append(machine("i6-cls-14", "en", TO, "bulk",
        "Newsletter with an unsubscribe link but no list headers: bulk.",
        simple("i6-cls-14", "Ontario Library Association <news@accessola.com>", "OLA Weekly: Super Conference early-bird ends Friday",
               "2026-11-12 10:00", TO,
               """OLA WEEKLY | November 12, 2026

Super Conference 2027: early-bird registration closes this Friday.
Register now: https://olasuperconference.ca/register

Webinar: Accessible programming for all ages, Nov 19, 12:00 ET

You are receiving this email because you are a member of the Ontario Library Association.
Unsubscribe: https://accessola.com/unsubscribe?id=8842 | Update your preferences""")))
    L.append(machine("i6-cls-15", "fr", TO, "bulk",
        "Notification automatique d'un service (expéditeur no-reply), sans en-têtes de liste : bulk.",
        simple("i6-cls-15", "Microsoft Teams <no-reply@teams.mail.microsoft>", "Vous avez manqué une activité dans Teams",
               "2026-11-09 15:45", TO,
               """Bonjour Nadia,

Des membres de votre équipe tentent de vous joindre dans Microsoft Teams.

Sophie Lemieux vous a mentionnée dans Bibliothèque > Général

Ouvrir Microsoft Teams : https://teams.microsoft.com/

Ce courriel a été envoyé à partir d'une adresse non surveillée. Veuillez ne pas y répondre.
Gérer les paramètres de notification""")))
    L.append(machine("i6-cls-16", "en", TO, "bulk",
        "Listserv digest with Auto-Submitted: auto-generated and List-Id is list mail (bulk), not an auto-reply.",
        simple("i6-cls-16", "CAPAL-L Digest <capal-l@lists.capalibrarians.org>", "CAPAL-L Digest, Vol 42, Issue 17",
               "2026-11-20 05:00", TO,
               """Send CAPAL-L mailing list submissions to capal-l@lists.capalibrarians.org

Today's Topics:

   1. CFP: Academic librarianship and precarity (Jane Doe)
   2. Job posting: Liaison Librarian, University of Regina (HR)

----------------------------------------------------------------------
To unsubscribe, visit https://lists.capalibrarians.org/mailman/listinfo/capal-l""",
               headers=["Auto-Submitted: auto-generated", "List-Id: CAPAL discussion list <capal-l.lists.capalibrarians.org>",
                        "List-Unsubscribe: <https://lists.capalibrarians.org/mailman/options/capal-l>", "Precedence: list"])))
    L.append(machine("i6-cls-20", "fr", TO, "bulk",
        "A no-reply notification (cloud recording ready) without list headers: bulk.",
        simple("i6-cls-20", "Zoom <no-reply@zoom.us>", "L'enregistrement infonuagique - Rencontre de mentorat est maintenant disponible",
               "2026-11-05 18:40", TO,
               """Bonjour Roxanne,

Votre enregistrement infonuagique est maintenant disponible.

Sujet : Rencontre de mentorat
Date : 5 nov. 2026 05:00 PM Heure de l'Est (États-Unis et Canada)

Partager l'enregistrement : https://uqam.zoom.us/rec/share/abc123

Merci d'avoir choisi Zoom.
Ceci est un message automatique; veuillez ne pas y répondre.""")))
    # person replies that must stay replies
    L.append(reply("i6-cls-17", "en", "classification", "checkin", TO, "2026-11-20 09:25",
        ("Sonia Gill", "sonia.gill@brampton.ca"),
        """Hi, Rupinder and I met on Tuesday for 30 minutes by phone. All good!""",
        "An empty X-Autoreply: header added by a mail gateway does not make a person's reply automatic; Tuesday = 2026-11-17.",
        style="outlook", partner="Rupinder", extra=["X-Autoreply: "],
        meeting=M("2026-11-17", 30, "phone"),
        sig="Sonia Gill\nLibrary Associate, Brampton Library - Four Corners",
        has=["Rupinder and I met on Tuesday for 30 minutes by phone"], rnot=["Library Associate, Brampton Library"]))
    L.append(reply("i6-cls-18", "fr", "classification", "checkin", TO, "2026-11-13 16:05",
        ("Fanny Lapointe-Wu", "fanny.lapointewu@cegepsth.qc.ca"),
        """Bonjour,

Je serai absente du bureau la semaine prochaine, mais je voulais vous dire que j'ai vu Marc hier, 30 minutes au téléphone.

Fanny""",
        "Une personne qui mentionne son absence mais consigne une rencontre reste une réponse; hier = 2026-11-12, 30 min, téléphone.",
        style="gmail", partner="Marc", subj="RE: Absence la semaine prochaine",
        meeting=M("2026-11-12", 30, "phone"),
        has=["j'ai vu Marc hier, 30 minutes au téléphone"]))
    L.append(machine("i6-cls-19", "fr", TO, "auto_reply",
        "Message d'absence en français (« Absence du bureau ») avec une date de retour : réponse automatique.",
        simple("i6-cls-19", "Jean-François Côté <jf.cote@biblio.ville.levis.qc.ca>", "Absence du bureau / Out of office",
               "2026-12-01 08:00", TO,
               """Bonjour,

Je suis en vacances jusqu'au 14 décembre. Je prendrai connaissance de votre message à mon retour.

Hello, I am on vacation until December 14.

Jean-François Côté
Bibliothèques de Lévis""",
               headers=["Auto-Submitted: auto-replied"])))
    return L
