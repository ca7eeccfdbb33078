from build import *
import quopri, base64, re

def qp(s): return quopri.encodestring(s.encode("utf-8")).decode("ascii")
def b64(s): return base64.encodebytes(s.encode("utf-8")).decode("ascii")
def subj(s, style="q"): return enc_subject(s, style)
def addr(n, a): return enc_addr(n, a)

CK = lambda p, n=2: f"Check-in {n}: how was your last meeting with {p}?"
SV = lambda p, n=2: f"Suivi {n} : comment s'est passée votre dernière rencontre avec {p}?"

KINDS = {"checkin": "checkin", "nudge": "nudge", "midsession": "midsession", "digest": "digest", "wrapup": "wrapup", "goals": "goals_prompt"}
def ooo(id, lang, tz, note, headers, body, cls="auto_reply"):
    prompt = ""
    for h in headers:
        m = re.match(r"In-Reply-To: <[a-z2-7]+\.(\w+)@example\.org>", h)
        if m: prompt = KINDS.get(m.group(1), "")
    rawcase(id, lang, "classification", prompt, tz, note, "\n".join(headers) + "\n\n" + body, {"class": cls})

# ------------------------------------------------------------ out of office, English
t = token()
ooo("cls-ooo-en-001", "en", "America/Toronto",
 "Exchange out-of-office with Auto-Submitted: auto-replied and X-Auto-Response-Suppress; multipart/alternative",
 [f"From: {addr('Daniel Okafor', 'daniel.okafor@tpl.example.ca')}",
  f"To: {addr('Mentorship Program', 'mentorship+'+t+'@example.org')}",
  f"Subject: Automatic reply: {CK('Priya')}",
  f"Thread-Topic: {CK('Priya')}",
  "Date: Tue, 10 Nov 2026 09:02:41 -0500",
  f"Message-ID: <YT2PR01MB{RNG.randint(1000,9999)}B3C1D9E8F7A6@YT2PR01MB1234.CANPRD01.PROD.OUTLOOK.COM>",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"References: <{t}.checkin@example.org>",
  "Auto-Submitted: auto-replied",
  "X-Auto-Response-Suppress: All",
  "X-MS-Exchange-Inbox-Rules-Loop: daniel.okafor@tpl.example.ca",
  "Content-Language: en-US",
  "MIME-Version: 1.0",
  'Content-Type: multipart/alternative; boundary="_000_YT2PR01MB1234B3C1D9E8F7A6_"'],
 """--_000_YT2PR01MB1234B3C1D9E8F7A6_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am out of the office until Monday, November 30=
, with limited access to email. For urgent matters please contact the Nort=
h York Central circulation desk at 416-555-0100.

Daniel Okafor
Branch Head, North York Central Library

--_000_YT2PR01MB1234B3C1D9E8F7A6_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><p>Thank you for your email. I am out of the offi=
ce until Monday, November 30, with limited access to email. For urgent matt=
ers please contact the North York Central circulation desk at 416-555-0100.=
</p><p>Daniel Okafor<br>Branch Head, North York Central Library</p></body><=
/html>

--_000_YT2PR01MB1234B3C1D9E8F7A6_--
""")

t = token()
ooo("cls-ooo-en-002", "en", "America/Vancouver",
 "Gmail vacation responder (Auto-Submitted: auto-replied) whose text reads like a person and even gives a return date; still an auto-reply",
 ["MIME-Version: 1.0",
  "Date: Fri, 13 Nov 2026 06:15:02 -0800",
  f"From: {addr('Thanh Pham', 'thanh.pham@ubc.example.ca')}",
  f"To: {addr('Mentorship Program', 'mentorship+'+t+'@example.org')}",
  "Subject: Re: Halfway through: how is it going?",
  f"In-Reply-To: <{t}.midsession@example.org>",
  f"References: <{t}.midsession@example.org>",
  f"Message-ID: <CAGrd{alnum(20)}@mail.gmail.com>",
  "Auto-Submitted: auto-replied",
  'Content-Type: text/plain; charset="UTF-8"'],
 """Hi! I'm on leave until January 4 and not checking email. If it's about the
Koerner reference desk schedule, please write to Aiden. Talk soon!

Thanh
""")

t = token()
ooo("cls-ooo-en-003", "en", "America/Halifax",
 "old mail system out-of-office with NO automatic headers at all: only the 'Out of Office:' subject and the wording tell",
 ["Return-Path: <kmensah@hfxpl.example.ca>",
  "Date: Mon, 23 Nov 2026 10:44:10 -0400",
  f"From: {addr('Kwame Mensah', 'kmensah@hfxpl.example.ca')}",
  f"To: mentorship+{t}@example.org",
  "Subject: Out of Office: Checking in: catching up with Amara?",
  f"Message-ID: <{hexid(20)}@hfxpl.example.ca>",
  f"In-Reply-To: <{t}.nudge@example.org>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=us-ascii",
  "Content-Transfer-Encoding: 7bit"],
 """I am currently out of the office attending a conference and will return on
Wednesday, November 25. I will respond to your message as soon as possible
after my return.

Kwame Mensah
Library Assistant, Halifax Central Library
""")

t = token()
ooo("cls-ooo-en-004", "en", "America/Winnipeg",
 "vacation program reply with X-Autoreply: yes; subject keeps 'Re:' and body says 'automated response'",
 ["Date: Tue, 24 Nov 2026 09:02:07 -0600",
  f"From: {addr('Oluwaseun Adeyemi', 'seun.adeyemi@umanitoba.example.ca')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: Re: {CK('Tanvir', 3)}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <vacation.{hexid(12)}@umanitoba.example.ca>",
  "X-Autoreply: yes",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit"],
 """This is an automated response. I'm away until December 7 with no access to
email. Messages will not be forwarded.

— Seun
""")

t = token()
ooo("cls-ooo-en-005", "en", "America/Toronto",
 "out-of-office from a shared reference mailbox relayed by a list server: carries a List-Id header and a Lotus-style 'Out of Office AutoReply:' subject",
 ["Date: Wed, 25 Nov 2026 07:30:55 -0500",
  f"From: {addr('Reference Desk', 'refdesk@library.example.ca')}",
  f"To: mentorship+{t}@example.org",
  "Subject: Out of Office AutoReply: Your mentoring digest: you and Mei",
  f"Message-ID: <OFA1B2C3D4.{hexid(8).upper()}-ON85258A1B@library.example.ca>",
  f"In-Reply-To: <{t}.digest@example.org>",
  "List-Id: Reference Desk team <refdesk.library.example.ca>",
  "Sender: refdesk-bounces@library.example.ca",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=US-ASCII"],
 """The Reference Desk mailbox is not monitored between November 23 and
November 27. For research help please use the chat service on our website.

Thank you.
""")

t = token()
ooo("cls-ooo-en-006", "en", "America/Edmonton",
 "auto-reply marked only with Precedence: junk",
 ["Date: Tue, 08 Dec 2026 08:00:13 -0700",
  f"From: {addr('Arjun Singh', 'arjun.singh@epl.example.ca')}",
  f"To: {addr('Mentorship Program', 'mentorship+'+t+'@example.org')}",
  f"Subject: Re: {CK('Kaveh', 4)}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <{hexid(16)}.autoresponder@epl.example.ca>",
  "Precedence: junk",
  "X-Mailer: Vacation/1.2.7",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=us-ascii"],
 """I am away from my desk until December 14. Your message has been received
and I will reply when I return.

Arjun Singh
Edmonton Public Library
""")

t = token()
ooo("cls-ooo-en-007", "en", "America/Toronto",
 "'no longer with the organisation' auto-reply (Auto-Submitted: auto-replied) in reply to the wrap-up survey",
 ["Date: Fri, 11 Dec 2026 09:02:33 -0500",
  f"From: {addr('Thi-Ha Vo', 'thiha.vo@rpl.example.ca')}",
  f"To: {addr('Mentorship Program', 'mentorship+'+t+'@example.org')}",
  "Subject: Automatic reply: Thank you, and a short survey",
  f"In-Reply-To: <{t}.wrapup@example.org>",
  f"References: <{t}.wrapup@example.org>",
  f"Message-ID: <YQBPR01MB{RNG.randint(1000,9999)}{alnum(10)}@YQBPR01MB5555.CANPRD01.PROD.OUTLOOK.COM>",
  "Auto-Submitted: auto-replied",
  "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="us-ascii"',
  "Content-Transfer-Encoding: 7bit"],
 """Thank you for your message. Thi-Ha Vo is no longer with Richmond Hill Public
Library. Please direct your inquiry to info@rpl.example.ca.
""")

# ------------------------------------------------------------ out of office, French
t = token()
body = """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclusivement. Pour toute urgence, veuillez écrire à reference@banq.example.qc.ca.

Hello, I am out of the office until November 30. For urgent matters, please write to reference@banq.example.qc.ca.

Myriam Saint-Louis
"""
ooo("cls-ooo-fr-001", "fr", "America/Montreal",
 "réponse automatique Outlook en français (et en anglais) avec Auto-Submitted: auto-replied, corps en quoted-printable",
 ["Date: Tue, 24 Nov 2026 09:02:20 -0500",
  f"From: {addr('Myriam Saint-Louis', 'myriam.saintlouis@banq.example.qc.ca')}",
  f"To: {addr('Programme de mentorat', 'mentorship+'+t+'@example.org')}",
  f"Subject: {subj('Réponse automatique : ' + SV('Linh', 3), 'b')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"References: <{t}.checkin@example.org>",
  f"Message-ID: <YT3PR01MB{RNG.randint(1000,9999)}{alnum(12)}@YT3PR01MB8888.CANPRD01.PROD.OUTLOOK.COM>",
  "Auto-Submitted: auto-replied",
  "X-Auto-Response-Suppress: All",
  "Content-Language: fr-CA",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable"],
 qp(body))

t = token()
ooo("cls-ooo-fr-002", "fr", "America/Montreal",
 "message d'absence SANS aucun en-tête automatique : seulement l'objet « Absence du bureau » et le texte",
 ["Date: Mon, 16 Nov 2026 08:01:44 -0500",
  f"From: {addr('Youssef Chraibi', 'youssef.chraibi@uqam.example.ca')}",
  f"To: mentorship+{t}@example.org",
  "Subject: Absence du bureau",
  f"In-Reply-To: <{t}.nudge@example.org>",
  f"Message-ID: <{hexid(24)}@uqam.example.ca>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit"],
 """Bonjour,

Je suis présentement absent et je serai de retour le lundi 23 novembre. Je répondrai à votre courriel dès mon retour.

Pour toute question urgente concernant les services de la bibliothèque, veuillez communiquer avec le comptoir du prêt au 514 555-0199.

Youssef Chraibi
Service des bibliothèques, UQAM
""")

t = token()
ooo("cls-ooo-fr-003", "fr", "America/Moncton",
 "réponse d'absence avec X-Autoreply: yes et objet « Absent(e) : Re: ... »",
 ["Date: Wed, 16 Dec 2026 09:02:58 -0400",
  f"From: {addr('Nadège Étienne', 'nadege.etienne@umoncton.example.ca')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: {subj('Absent(e) : Re: Des nouvelles de vos échanges avec Jean-Philippe?')}",
  f"In-Reply-To: <{t}.nudge@example.org>",
  f"Message-ID: <auto.{hexid(14)}@umoncton.example.ca>",
  "X-Autoreply: yes",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: base64"],
 b64("Je suis en vacances jusqu'au 5 janvier 2027. Votre message ne sera pas transféré.\n\nNadège Étienne\nBibliothèque Champlain\n"))

t = token()
html = """<html><body><p>Bonjour,</p><p>Je suis en congé de maternité jusqu'en août 2027. Pour toute question concernant les acquisitions, veuillez écrire à <a href="mailto:acquisitions@bibliotheque.example.ca">acquisitions@bibliotheque.example.ca</a>.</p><p>Merci!<br>Sophie Nguyen</p></body></html>"""
txt = "Bonjour,\n\nJe suis en congé de maternité jusqu'en août 2027. Pour toute question concernant les acquisitions, veuillez écrire à acquisitions@bibliotheque.example.ca.\n\nMerci!\nSophie Nguyen\n"
ct, mb = multipart("alternative", "b1_" + hexid(24), [
    (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(txt)),
    (['Content-Type: text/html; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable"], qp(html))])
ooo("cls-ooo-fr-004", "fr", "America/Montreal",
 "réponse automatique de congé de maternité, multipart/alternative, Auto-Submitted: auto-replied, en réponse au bilan",
 ["Date: Thu, 03 Dec 2026 06:00:31 -0500",
  f"From: {addr('Sophie Nguyen', 'sophie.nguyen@cegepmontpetit.example.ca')}",
  f"To: {addr('Programme de mentorat', 'mentorship+'+t+'@example.org')}",
  f"Subject: {subj('Réponse automatique : Votre bilan de mentorat : Fabiola et vous')}",
  f"In-Reply-To: <{t}.digest@example.org>",
  f"Message-ID: <{hexid(10)}.{hexid(10)}@cegepmontpetit.example.ca>",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  f"Content-Type: {ct}"], mb)

# ------------------------------------------------------------ other languages
t = token()
ooo("cls-ooo-de-001", "en", "America/Toronto",
 "German Exchange out-of-office ('Automatische Antwort:') with Auto-Submitted: auto-replied",
 ["Date: Tue, 10 Nov 2026 15:02:11 +0100",
  f"From: {addr('Jürgen Weiß', 'j.weiss@ub.uni-example.de')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: Automatische Antwort: {CK('Sun-Hee')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <AM0PR07MB{RNG.randint(1000,9999)}{alnum(10)}@AM0PR07MB4321.eurprd07.prod.outlook.com>",
  "Auto-Submitted: auto-replied",
  "X-Auto-Response-Suppress: All",
  "Content-Language: de-DE",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable"],
 qp("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an die Information der Universitätsbibliothek.\n\nMit freundlichen Grüßen\nJürgen Weiß\n"))

t = token()
ooo("cls-ooo-de-002", "en", "America/Toronto",
 "German 'Abwesenheitsnotiz' with NO automatic headers",
 ["Date: Mon, 30 Nov 2026 14:44:00 +0100",
  f"From: {addr('Katrin Schäfer', 'katrin.schaefer@stadtbibliothek.example.de')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: Abwesenheitsnotiz: Re: {CK('Kavya', 3)}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <{hexid(18)}@stadtbibliothek.example.de>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=ISO-8859-1",
  "Content-Transfer-Encoding: quoted-printable"],
 quopri.encodestring("Guten Tag,\n\nich bin derzeit nicht im Büro und ab dem 7. Dezember wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.\n\nViele Grüße\nKatrin Schäfer\n".encode("latin-1")).decode("ascii"))

t = token()
ooo("cls-ooo-es-001", "en", "America/Vancouver",
 "Spanish Outlook auto-reply 'Respuesta automática:' with Auto-Submitted",
 ["Date: Wed, 18 Nov 2026 18:02:40 +0100",
  f"From: {addr('Lucía Fernández', 'lucia.fernandez@bne.example.es')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: {subj('Respuesta automática: ' + CK('Joseph'), 'b')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <DB9PR02MB{RNG.randint(1000,9999)}{alnum(10)}@DB9PR02MB7777.eurprd02.prod.outlook.com>",
  "Auto-Submitted: auto-replied",
  "X-Auto-Response-Suppress: All",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: 8bit"],
 """Gracias por su mensaje. Estaré fuera de la oficina hasta el 7 de diciembre, con acceso limitado al correo electrónico. Para asuntos urgentes, escriba a biblioteca@bne.example.es.

Un saludo,
Lucía Fernández
""")

t = token()
ooo("cls-ooo-pt-001", "en", "America/Toronto",
 "Portuguese auto-reply ('Resposta automática:') with NO automatic headers",
 ["Date: Thu, 19 Nov 2026 11:02:09 -0300",
  f"From: {addr('João Pereira', 'joao.pereira@biblioteca.example.br')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: {subj('Resposta automática: ' + CK('Diego'))}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <{hexid(20)}@biblioteca.example.br>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit"],
 """Olá,

Estou ausente do escritório até 30 de novembro, com acesso limitado ao e-mail. Responderei assim que possível após o meu retorno.

Atenciosamente,
João Pereira
""")

t = token()
ooo("cls-ooo-pl-001", "en", "America/Toronto",
 "Polish auto-reply ('Odpowiedź automatyczna:') with Auto-Submitted",
 ["Date: Mon, 14 Dec 2026 15:02:55 +0100",
  f"From: {addr('Agnieszka Nowak', 'a.nowak@bu.example.pl')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: {subj('Odpowiedź automatyczna: ' + CK('Rashid', 4), 'b')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <VI1PR03MB{RNG.randint(1000,9999)}{alnum(10)}@VI1PR03MB2468.eurprd03.prod.outlook.com>",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: base64"],
 b64("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 4 stycznia 2027 r. i nie mam dostępu do poczty. W pilnych sprawach proszę o kontakt z sekretariatem biblioteki.\n\nZ poważaniem\nAgnieszka Nowak\n"))

t = token()
ooo("cls-ooo-cs-001", "en", "America/Toronto",
 "Czech auto-reply ('Automatická odpověď:') with Auto-Submitted",
 ["Date: Tue, 17 Nov 2026 15:02:30 +0100",
  f"From: {addr('Petra Dvořáková', 'petra.dvorakova@knihovna.example.cz')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: {subj('Automatická odpověď: ' + CK('Mei-Ling'), 'b')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <{hexid(22)}@knihovna.example.cz>",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="utf-8"',
  "Content-Transfer-Encoding: quoted-printable"],
 qp("Dobrý den,\n\ndo 30. 11. 2026 jsem mimo kancelář a nemám přístup k e-mailu. V naléhavých případech kontaktujte prosím informační pult knihovny.\n\nS pozdravem\nPetra Dvořáková\n"))

t = token()
ooo("cls-ooo-it-001", "en", "America/Toronto",
 "Italian auto-reply ('Risposta automatica:') marked only with X-Autoreply: yes",
 ["Date: Wed, 02 Dec 2026 15:02:12 +0100",
  f"From: {addr('Giulia Romano', 'giulia.romano@biblioteca.example.it')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: Risposta automatica: {CK('Omar', 4)}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <{hexid(20)}@biblioteca.example.it>",
  "X-Autoreply: yes",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit"],
 """Gentile mittente,

sarò fuori ufficio fino al 9 dicembre con accesso limitato alla posta elettronica. Risponderò al mio rientro.

Cordiali saluti,
Giulia Romano
""")

t = token()
ooo("cls-ooo-nl-001", "en", "America/Toronto",
 "Dutch auto-reply ('Automatisch antwoord:') with Auto-Submitted",
 ["Date: Thu, 26 Nov 2026 15:02:47 +0100",
  f"From: {addr('Sanne de Vries', 'sanne.devries@bibliotheek.example.nl')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: Automatisch antwoord: {CK('Layla', 3)}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <AM9PR05MB{RNG.randint(1000,9999)}{alnum(10)}@AM9PR05MB1357.eurprd05.prod.outlook.com>",
  "Auto-Submitted: auto-replied",
  "X-Auto-Response-Suppress: All",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="us-ascii"',
  "Content-Transfer-Encoding: 7bit"],
 """Bedankt voor uw bericht. Ik ben afwezig tot en met 4 december en lees mijn
e-mail niet. Voor dringende zaken kunt u contact opnemen met de servicebalie.

Met vriendelijke groet,
Sanne de Vries
""")

# ------------------------------------------------------------ automatic receipts
t = token()
ooo("cls-ack-en-001", "en", "America/Toronto",
 "help-desk acknowledgement 'We have received your message, ticket #4821' with Auto-Submitted",
 ["Date: Tue, 10 Nov 2026 09:03:05 -0500",
  f"From: {addr('Library IT Help Desk', 'helpdesk@library.example.ca')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: [Ticket #4821] Re: {CK('Hana')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <ticket-4821-{hexid(10)}@helpdesk.library.example.ca>",
  "Auto-Submitted: auto-replied",
  "X-Mailer: osTicket Mailer",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8"],
 """Hello,

We have received your message, ticket #4821. A member of the Library IT team
will respond within 2 business days. Please keep the ticket number in the
subject line of any reply.

Library IT Help Desk
""")

t = token()
ooo("cls-ack-fr-001", "fr", "America/Montreal",
 "accusé de réception automatique « Nous avons bien reçu votre demande (billet nº 77310) » d'une adresse noreply, sans en-tête automatique",
 ["Date: Wed, 18 Nov 2026 09:02:50 -0500",
  f"From: {addr('Service à la clientèle', 'noreply@bibliotheque.ville.example.qc.ca')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: {subj('Accusé de réception - billet nº 77310')}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <77310.{hexid(12)}@bibliotheque.ville.example.qc.ca>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable"],
 qp("Bonjour,\n\nNous avons bien reçu votre demande (billet nº 77310). Un membre de notre équipe vous répondra dans un délai de 3 jours ouvrables.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\nService à la clientèle des bibliothèques\n"))

t = token()
ooo("cls-ack-en-002", "en", "America/Vancouver",
 "general-inbox acknowledgement marked with Precedence: auto_reply",
 ["Date: Mon, 02 Nov 2026 09:02:39 -0800",
  f"From: {addr('Info - Burnaby Public Library', 'info@bpl.example.ca')}",
  f"To: mentorship+{t}@example.org",
  f"Subject: Re: {CK('Mei', 1)}",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"Message-ID: <{hexid(16)}@bpl.example.ca>",
  "Precedence: auto_reply",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=us-ascii"],
 """Thank you for contacting Burnaby Public Library. Your message has been
received and will be answered in the order it was received, usually within
three business days.
""")

# ------------------------------------------------------------ bulk
t = hexid(10)
txt = """Super Conference 2027 - early bird rates end Friday!

Register by December 4 to save up to $120 on your full conference pass.
Over 250 sessions, the Expo, and the Thursday night gala.

Register now: https://olasc.example.org/register?utm_source=newsletter

You are receiving this because you attended a past Super Conference.
Unsubscribe: https://olasc.example.org/u?id=""" + t + """
Ontario Library Association, 2 Toronto St, Toronto ON
"""
html = """<html><body><h1>Super Conference 2027</h1><p><b>Early bird rates end Friday!</b></p><p>Register by December 4 to save up to $120 on your full conference pass.</p><p><a href="https://olasc.example.org/register?utm_source=newsletter">Register now</a></p><p style="font-size:10px">You are receiving this because you attended a past Super Conference. <a href="https://olasc.example.org/u?id=""" + t + """">Unsubscribe</a><br>Ontario Library Association, 2 Toronto St, Toronto ON</p><img src="https://olasc.example.org/o.gif?id=""" + t + """" width="1" height="1"></body></html>"""
ct, mb = multipart("alternative", "----=_Part_" + hexid(12), [
    (['Content-Type: text/plain; charset=UTF-8', "Content-Transfer-Encoding: 7bit"], txt),
    (['Content-Type: text/html; charset=UTF-8', "Content-Transfer-Encoding: quoted-printable"], qp(html))])
ooo("cls-bulk-en-001", "en", "America/Toronto",
 "conference newsletter WITHOUT any list headers: unsubscribe link, tracking pixel, marketing sender",
 ["Date: Tue, 01 Dec 2026 10:00:00 -0500",
  f"From: {addr('OLA Super Conference', 'news@olasc.example.org')}",
  "To: mentorship@example.org",
  "Subject: Early bird ends Friday: Super Conference 2027",
  f"Message-ID: <{hexid(20)}@mail.olasc.example.org>",
  "MIME-Version: 1.0",
  f"Content-Type: {ct}"], mb, "bulk")

ooo("cls-bulk-en-002", "en", "America/Toronto",
 "social-network notification from a noreply address, no list headers",
 ["Date: Mon, 23 Nov 2026 07:12:44 +0000",
  f"From: {addr('LinkedIn', 'notifications-noreply@linkedin.example.com')}",
  f"To: {addr('Mentorship Program', 'mentorship@example.org')}",
  "Subject: You appeared in 12 searches this week",
  f"Message-ID: <{hexid(12)}.{hexid(8)}@linkedin.example.com>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=UTF-8"],
 """You appeared in 12 searches this week

Your profile was found by people from Toronto Public Library, Ontario
Library Association and 3 others.

See all searches: https://www.linkedin.example.com/me/search-appearances

This email was intended for Mentorship Program. Learn why we included this.
Unsubscribe | Help
""", "bulk")

ooo("cls-bulk-fr-001", "fr", "America/Montreal",
 "infolettre d'association sans en-têtes de liste, lien « Se désabonner »",
 ["Date: Wed, 02 Dec 2026 12:00:00 -0500",
  f"From: {addr('Corporation des bibliothécaires professionnels du Québec', 'infolettre@cbpq.example.qc.ca')}",
  "To: mentorship@example.org",
  f"Subject: {subj('Infolettre de la CBPQ — décembre 2026')}",
  f"Message-ID: <{hexid(18)}@cbpq.example.qc.ca>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: quoted-printable"],
 qp("INFOLETTRE — DÉCEMBRE 2026\n\n• Formation continue : webinaire sur l'IA générative en bibliothèque, 15 janvier\n• Appel de candidatures : prix de la relève 2027\n• Offres d'emploi de la semaine\n\nLire la suite : https://cbpq.example.qc.ca/infolettre/2026-12\n\nVous recevez ce courriel parce que vous êtes abonné à l'infolettre.\nSe désabonner : https://cbpq.example.qc.ca/desabonnement\n"), "bulk")

ooo("cls-bulk-en-003", "en", "America/Toronto",
 "mailing-list digest carrying Auto-Submitted: auto-generated (and list headers)",
 ["Date: Thu, 19 Nov 2026 00:05:01 -0500",
  "From: CANLIB-L digest <canlib-l-request@lists.example.ca>",
  "To: CANLIB-L subscribers <canlib-l@lists.example.ca>",
  "Subject: CANLIB-L Digest, Vol 42, Issue 17",
  f"Message-ID: <mailman.{RNG.randint(1000,9999)}.1763528701.{RNG.randint(100,999)}.canlib-l@lists.example.ca>",
  "Auto-Submitted: auto-generated",
  "List-Id: Canadian library discussion <canlib-l.lists.example.ca>",
  "List-Unsubscribe: <https://lists.example.ca/mailman/options/canlib-l>, <mailto:canlib-l-request@lists.example.ca?subject=unsubscribe>",
  "Precedence: list",
  "MIME-Version: 1.0",
  'Content-Type: text/plain; charset="us-ascii"',
  "Content-Transfer-Encoding: 7bit"],
 """Send CANLIB-L mailing list submissions to
	canlib-l@lists.example.ca

Today's Topics:

   1. Job posting: Liaison Librarian, Brandon University (A. Nguyen)
   2. Re: Mentorship programs for new librarians? (R. Tsang)

----------------------------------------------------------------------

Message: 1
Date: Wed, 18 Nov 2026 14:02:11 -0600
From: A. Nguyen
Subject: Job posting: Liaison Librarian, Brandon University

Brandon University is hiring a Liaison Librarian (tenure-track)...

End of CANLIB-L Digest, Vol 42, Issue 17
****************************************
""", "bulk")

ooo("cls-bulk-en-004", "en", "America/Toronto",
 "marketing e-mail with List-Unsubscribe, List-Id and Precedence: bulk",
 ["Date: Fri, 16 Oct 2026 14:30:00 +0000",
  f"From: {addr('Library Journal Webcasts', 'webcasts@ljevents.example.com')}",
  "To: mentorship@example.org",
  "Subject: Free webcast: Building mentorship programs that last",
  f"Message-ID: <{hexid(24)}@mcsv.example.net>",
  "List-Id: <ljevents.mcsv.example.net>",
  "List-Unsubscribe: <https://ljevents.example.com/unsubscribe?u=a1b2c3>",
  "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
  "Precedence: bulk",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8"],
 """Join us on November 5 for a free webcast on mentorship programs for
library workers. Register: https://ljevents.example.com/mentorship

Unsubscribe: https://ljevents.example.com/unsubscribe?u=a1b2c3
""", "bulk")

ooo("cls-bulk-fr-002", "fr", "America/Montreal",
 "notification automatique « Votre mot de passe expire dans 3 jours » d'une adresse no-reply, Auto-Submitted: auto-generated",
 ["Date: Mon, 07 Dec 2026 06:00:00 -0500",
  f"From: {addr('Services informatiques', 'no-reply@ti.example.qc.ca')}",
  "To: mentorship@example.org",
  f"Subject: {subj('Votre mot de passe expire dans 3 jours')}",
  f"Message-ID: <{hexid(16)}@ti.example.qc.ca>",
  "Auto-Submitted: auto-generated",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Transfer-Encoding: 8bit"],
 """Bonjour,

Le mot de passe du compte mentorship@example.org expire dans 3 jours. Veuillez le changer à partir du portail : https://portail.ti.example.qc.ca

Ceci est un message automatique. Merci de ne pas y répondre.
""", "bulk")

# ------------------------------------------------------------ bounces
t = token()
b = "4B2C13E0A1.1794319392/mail.example.org"
ooo("cls-bounce-001", "en", "America/Toronto",
 "Postfix multipart/report (delivery-status) permanent failure 5.1.1",
 ["Return-Path: <>",
  "Date: Tue, 10 Nov 2026 09:03:12 -0500 (EST)",
  "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)",
  "Subject: Undelivered Mail Returned to Sender",
  f"To: mentorship+{t}@example.org",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"',
  "Content-Transfer-Encoding: 7bit",
  "Message-Id: <20261110140312.4B2C13E0A1@mail.example.org>"],
 f"""This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.doe@tpl.example.ca>: host mx.tpl.example.ca[203.0.113.25] said: 550 5.1.1
    <j.doe@tpl.example.ca>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
X-Postfix-Queue-ID: 4B2C13E0A1
X-Postfix-Sender: rfc822; mentorship+{t}@example.org
Arrival-Date: Tue, 10 Nov 2026 09:03:11 -0500 (EST)

Final-Recipient: rfc822; j.doe@tpl.example.ca
Original-Recipient: rfc822;j.doe@tpl.example.ca
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tpl.example.ca
Diagnostic-Code: smtp; 550 5.1.1 <j.doe@tpl.example.ca>: Recipient address
    rejected: User unknown in local recipient table

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <mentorship+{t}@example.org>
From: Mentorship Program <mentorship@example.org>
Reply-To: mentorship+{t}@example.org
To: Jane Doe <j.doe@tpl.example.ca>
Subject: {CK('Priya')}
Message-ID: <{t}.checkin@example.org>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Date: Tue, 10 Nov 2026 09:03:10 -0500

--{b}--
""", "bounce")

t = token()
b = "_b0a4c6e2-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12) + "_"
ooo("cls-bounce-002", "en", "America/Vancouver",
 "Exchange Online NDR 'Undeliverable:' multipart/report from postmaster, 5.1.10 recipient not found",
 [f"From: {addr('Microsoft Outlook', 'postmaster@vpl.example.ca')}",
  f"To: {addr('Mentorship Program', 'mentorship+'+t+'@example.org')}",
  f"Date: Thu, 12 Nov 2026 17:02:44 +0000",
  "Content-Type: multipart/report; report-type=delivery-status;",
  f'\tboundary="{b}"',
  "X-MS-Exchange-Message-Is-Ndr:",
  "Content-Language: en-US",
  f"Message-ID: <{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@YQXPR01MB4444.CANPRD01.PROD.OUTLOOK.COM>",
  f"In-Reply-To: <{t}.checkin@example.org>",
  f"References: <{t}.checkin@example.org>",
  f"Subject: Undeliverable: {CK('Li Na')}",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0"],
 f"""--{b}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to rohan.mehta@vpl.example.ca couldn't be delivered.
rohan.mehta wasn't found at vpl.example.ca.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist.

Diagnostic information for administrators:
Generating server: YQXPR01MB4444.CANPRD01.PROD.OUTLOOK.COM
rohan.mehta@vpl.example.ca
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;YQXPR01MB4444.CANPRD01.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.example.org
Arrival-Date: Thu, 12 Nov 2026 17:02:41 +0000

Final-Recipient: rfc822;rohan.mehta@vpl.example.ca
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--{b}
Content-Type: message/rfc822

From: Mentorship Program <mentorship@example.org>
Reply-To: mentorship+{t}@example.org
To: Rohan Mehta <rohan.mehta@vpl.example.ca>
Subject: {CK('Li Na')}
Message-ID: <{t}.checkin@example.org>
Date: Thu, 12 Nov 2026 09:02:00 -0800
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Rohan,

Time for check-in 2!

--{b}--
""", "bounce")

t = token()
b = "000000000000" + hexid(16)
ooo("cls-bounce-003", "en", "America/Toronto",
 "DSN from a no-reply sender (not MAILER-DAEMON) at an outbound relay, multipart/report 'Delivery Status Notification (Failure)'",
 ["Date: Wed, 25 Nov 2026 14:10:09 +0000",
  f"From: {addr('Mail Delivery', 'no-reply@bounce.mailhost.example.net')}",
  f"To: mentorship+{t}@example.org",
  "Subject: Delivery Status Notification (Failure)",
  f"Message-ID: <dsn.{hexid(16)}@bounce.mailhost.example.net>",
  f"References: <{t}.nudge@example.org>",
  f"In-Reply-To: <{t}.nudge@example.org>",
  "MIME-Version: 1.0",
  f'Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status'],
 f"""--{b}
Content-Type: text/plain; charset="UTF-8"

Your message to ikram.yusuf@epl.example.ca could not be delivered.
The recipient's mailbox is full and it can't accept messages now.

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; relay3.mailhost.example.net

Final-Recipient: rfc822; ikram.yusuf@epl.example.ca
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--{b}
Content-Type: text/rfc822-headers

From: Mentorship Program <mentorship@example.org>
To: ikram.yusuf@epl.example.ca
Subject: Checking in: catching up with Paolo?
Message-ID: <{t}.nudge@example.org>

--{b}--
""", "bounce")

t = token()
ooo("cls-bounce-004", "en", "America/Halifax",
 "plain-text qmail bounce from 'MAILER-DAEMON' with no @ in From, no MIME report",
 ["Return-Path: <>",
  "Date: 17 Nov 2026 13:41:07 +0000",
  "From: MAILER-DAEMON",
  f"To: mentorship+{t}@example.org",
  "Subject: failure notice",
  f"Message-ID: <20261117134107.{RNG.randint(10000,99999)}.qmail@mx.smu.example.ca>",
  "MIME-Version: 1.0",
  "Content-Type: text/plain; charset=us-ascii"],
 f"""Hi. This is the qmail-send program at mx.smu.example.ca.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<aziz.rahimi@smu.example.ca>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <mentorship+{t}@example.org>
From: Mentorship Program <mentorship@example.org>
To: Aziz Rahimi <aziz.rahimi@smu.example.ca>
Subject: {CK('Keisha', 2)}
Message-ID: <{t}.checkin@example.org>

Hi Aziz,

Time for check-in 2!
""", "bounce")

t = token()
b = "000000000000" + hexid(16)
ooo("cls-bounce-005", "en", "America/Edmonton",
 "Gmail 'Mail Delivery Subsystem' address-not-found bounce, multipart/report",
 ["MIME-Version: 1.0",
  f"From: {addr('Mail Delivery Subsystem', 'mailer-daemon@googlemail.com')}",
  f"To: mentorship+{t}@example.org",
  f"References: <{t}.goals@example.org>",
  f"In-Reply-To: <{t}.goals@example.org>",
  "Subject: Delivery Status Notification (Failure)",
  f"Message-ID: <{alnum(8)}.{hexid(10)}@mx.google.com>",
  "Date: Wed, 14 Oct 2026 15:02:31 -0700",
  "Auto-Submitted: auto-replied",
  f'Content-Type: multipart/report; boundary="{b}"; report-type=delivery-status'],
 f"""--{b}
Content-Type: multipart/related; boundary="{b}x"

--{b}x
Content-Type: multipart/alternative; boundary="{b}y"

--{b}y
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to lan.nguyen.mlis@gmail.example.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist.

--{b}y
Content-Type: text/html; charset="UTF-8"

<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>lan.nguyen.mlis@gmail.example.com</b> because the address couldn't be found, or is unable to receive mail.</p></body></html>

--{b}y--

--{b}x--

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail.example.org
Arrival-Date: Wed, 14 Oct 2026 15:02:29 -0700 (PDT)

Final-Recipient: rfc822; lan.nguyen.mlis@gmail.example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 14 Oct 2026 15:02:31 -0700 (PDT)

--{b}
Content-Type: message/rfc822

From: Mentorship Program <mentorship@example.org>
To: lan.nguyen.mlis@gmail.example.com
Subject: What would you like from this session?
Message-ID: <{t}.goals@example.org>
Date: Wed, 14 Oct 2026 15:02:28 -0700

Hi Lan,

--{b}--
""", "bounce")

NDR_FR = qp("Votre message à youssef.chraibi@uqam.example.ca n'a pas pu être remis.\nLa boîte aux lettres du destinataire est désactivée.\n\nInformations de diagnostic pour les administrateurs :\nyoussef.chraibi@uqam.example.ca\nLe serveur distant a retourné « 550 5.1.1 RESOLVER.ADR.RecipNotFound »").rstrip()
t = token()
b = "_c9d8e7f6-" + hexid(4) + "-" + hexid(4) + "-" + hexid(12) + "_"
ooo("cls-bounce-006", "fr", "America/Montreal",
 "avis de non-remise Exchange en français (« Non remis : ») multipart/report",
 [f"From: {addr('Microsoft Outlook', 'postmaster@uqam.example.ca')}",
  f"To: {addr('Programme de mentorat', 'mentorship+'+t+'@example.org')}",
  "Date: Tue, 01 Dec 2026 14:02:10 +0000",
  f"Subject: {subj('Non remis : ' + SV('Rachid', 3), 'b')}",
  f"Message-ID: <{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@YQBPR01MB9999.CANPRD01.PROD.OUTLOOK.COM>",
  f"In-Reply-To: <{t}.checkin@example.org>",
  "X-MS-Exchange-Message-Is-Ndr:",
  "Content-Language: fr-CA",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"'],
 f"""--{b}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{NDR_FR}

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;YQBPR01MB9999.CANPRD01.PROD.OUTLOOK.COM
Arrival-Date: Tue, 1 Dec 2026 14:02:08 +0000

Final-Recipient: rfc822;youssef.chraibi@uqam.example.ca
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--{b}
Content-Type: text/rfc822-headers

From: Programme de mentorat <mentorship@example.org>
To: youssef.chraibi@uqam.example.ca
Message-ID: <{t}.checkin@example.org>
Subject: =?utf-8?q?Suivi_3_=3A_rencontre?=

--{b}--
""", "bounce")

t = token()
b = "7F1A2B3C4D.1795000000/mail.example.org"
ooo("cls-bounce-007", "en", "America/Winnipeg",
 "Postfix DELAYED delivery warning (Action: delayed, 4.4.1), a delivery-status report rather than a reply; class bounce though not a permanent failure",
 ["Return-Path: <>",
  "Date: Fri, 20 Nov 2026 13:15:00 -0500 (EST)",
  "From: MAILER-DAEMON@mail.example.org (Mail Delivery System)",
  "Subject: Delayed Mail (still being retried)",
  f"To: mentorship+{t}@example.org",
  "Auto-Submitted: auto-replied",
  "MIME-Version: 1.0",
  f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"',
  "Message-Id: <20261120181500.7F1A2B3C4D@mail.example.org>"],
 f"""This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 2 day(s) old.

<dev.malhotra@umanitoba.example.ca>: connect to mx.umanitoba.example.ca[198.51.100.7]:25:
    Connection timed out

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
Arrival-Date: Fri, 20 Nov 2026 09:02:00 -0500 (EST)

Final-Recipient: rfc822; dev.malhotra@umanitoba.example.ca
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.umanitoba.example.ca[198.51.100.7]:25:
    Connection timed out
Will-Retry-Until: Sun, 22 Nov 2026 09:02:00 -0500 (EST)

--{b}--
""", "bounce")

# ------------------------------------------------------------ person-written, must stay "reply"
reply("cls-person-en-001", "en", "classification", "checkin", "America/Toronto",
 "a person's reply that carries an EMPTY X-Autoreply: header (client quirk): still a reply; meeting yesterday (Wed 18 Nov -> 17 Nov) on Teams 30 min",
 ("Diego Castillo", "dcastillo@mississauga.example.ca"), "2026-11-18 13:05",
 """We met yesterday on Teams for 30 minutes, mostly about my conference proposal.""",
 R(M("2026-11-17", 30, "video", ["conferences"]), has=["We met yesterday on Teams for 30 minutes"], not_=["Did you meet since?"]),
 pe=checkin("en", "Diego", "Nadia", 2, 1, "2026-11-03", ["conferences"]),
 client="generic", xmailer="Horde Application Framework 5", extra=["X-Autoreply:"])

reply("cls-person-en-002", "en", "classification", "", "America/Toronto",
 "person-written fresh message with subject 'Out of office next week': 'I'll be away until January 10th, please pause my emails' = pause until 2027-01-10",
 ("Reza Tehrani", "reza.tehrani@tpl.example.ca"), "2026-12-11 15:20",
 """Hi,

I'll be away until January 10th, please pause my emails. Nadia knows.

Thanks,
Reza""",
 R(None, commands=[P("2027-01-10")], has=["please pause my emails"], not_=["Toronto Public Library"]),
 sig="Reza Tehrani\nSenior Branch Librarian, Toronto Public Library",
 subj="Out of office next week", client="outlook")

reply("cls-person-en-003", "en", "classification", "", "America/Vancouver",
 "person writes 'Hi, I'm on vacation soon. pause until January 5' under a vacation-looking subject: a reply with a pause command",
 ("Jasmine Wong", "jasmine.wong@richmondlibrary.example.ca"), "2026-12-09 11:00",
 """Hi, I'm on vacation soon. pause until January 5""",
 R(None, commands=[P("2027-01-05")], has=["pause until January 5"], not_=["Sent from my iPhone"]),
 subj="vacation", footer="Sent from my iPhone", client="iphone")

reply("cls-person-fr-001", "fr", "classification", "", "America/Montreal",
 "message écrit par une personne, objet « Absente la semaine prochaine » : « merci de suspendre les courriels » jusqu'au 8 janvier = pause",
 ("Widlene Pierre", "widlene.pierre@hotmail.example.com"), "2026-12-17 20:40",
 """Bonjour,

Je serai absente à partir de la semaine prochaine jusqu'au 8 janvier, merci de suspendre les courriels du programme d'ici là.

Widlene""",
 R(None, commands=[P("2027-01-08")], has=["suspendre les courriels"], not_=[]),
 subj="Absente la semaine prochaine", client="gmail")

reply("cls-person-en-004", "en", "classification", "checkin", "America/Toronto",
 "a person's reply whose words look automatic ('automatic reply', 'out of the office until Monday') but that logs a meeting on Monday (Wed 2 Dec -> 30 Nov), Teams, about an hour",
 ("Daniel Okafor", "daniel.okafor@tpl.example.ca"), "2026-12-02 10:15",
 """Sorry about the automatic reply you got from me, I was out of the office until Monday. We did meet on Monday on Teams, about an hour.""",
 R(M("2026-11-30", 60, "video", []), has=["We did meet on Monday on Teams"], not_=["Did you meet since?"]),
 pe=checkin("en", "Daniel", "Priya", 3, 2, "2026-11-12", ["interviews"], role="mentor"), client="gmail", qdays=8)

reply("cls-person-fr-002", "fr", "classification", "checkin", "America/Montreal",
 "réponse d'une personne qui parle de son « message d'absence automatique » mais consigne une rencontre jeudi dernier (lun. 16 nov. -> 12 nov.) au téléphone, 40 min",
 ("Myriam Saint-Louis", "myriam.saintlouis@banq.example.qc.ca"), "2026-11-16 09:10",
 """Désolée pour le message d'absence automatique, j'étais absente du bureau jusqu'au 11 novembre. On s'est parlé au téléphone jeudi dernier, 40 minutes.

Myriam""",
 R(M("2026-11-12", 40, "phone", []), has=["On s'est parlé au téléphone jeudi dernier"], not_=["Vous vous êtes parlé depuis?"]),
 pe=checkin("fr", "Myriam", "Linh", 2, 1, "2026-10-29", ["specialties"], role="mentor"), client="outlook", qdays=6)

reply("cls-person-en-005", "en", "classification", "midsession", "America/Halifax",
 "person's message with an explicit 'Auto-Submitted: no' header asking the committee a question",
 ("Keisha Campbell", "keisha.campbell@hpl.example.ca"), "2026-11-13 12:00",
 """Is there a deadline for logging meetings from October? I forgot to send in two of them.""",
 R(None, question=True, has=["deadline for logging meetings"], not_=["Are your conversations covering"]),
 pe=midsession("en", "Keisha", "Grace", 1, 2, 2, 0), client="tbird", extra=["Auto-Submitted: no"])

reply("cls-person-en-006", "en", "classification", "midsession", "America/Toronto",
 "person's Outlook reply carrying X-Auto-Response-Suppress: All (Outlook sets it on ordinary mail too): goal 2 done",
 ("Mariam Yousef", "mariam.yousef@uoft.example.ca"), "2026-11-13 15:40",
 """goal 2: done, I finished the workshop series!""",
 R(None, [G("done", ref="2")], has=["finished the workshop series"], not_=["Some reminders"]),
 pe=midsession("en", "Mariam", "Abdullah", 2, 2, 3, 0), client="outlook", extra=["X-Auto-Response-Suppress: All"])

reply("cls-person-en-007", "en", "classification", "nudge", "America/Winnipeg",
 "short phone reply that starts 'Away from my desk' (looks automatic) but logs a meeting: yesterday (Thu 26 Nov -> 25 Nov), 30 min phone",
 ("Marisol Quispe", "marisol.quispe@uwinnipeg.example.ca"), "2026-11-26 12:20",
 """Away from my desk but quick update: we met yesterday, 30 min by phone.""",
 R(M("2026-11-25", 30, "phone", []), has=["we met yesterday, 30 min by phone"], not_=["Sent from my iPhone", "Life gets busy"]),
 pe=nudge("en", "Marisol", "Hiroshi", 17, "2026-11-09"), footer="Sent from my iPhone", client="iphone")
