from lib import add, M, G, C, rel, lastwd
V, T, H, W, S = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns"

def cls(id, lang, tz, when, frm, subject, body, klass, note, headers=()):
    add(id, lang, "classification", "", tz, when, frm, "", note, subject=subject, body_raw=body, raw_class=klass, headers=headers)

cls("cl-en-01", "en", T, "2026-11-10 06:02", "Aisha Mohamed <aisha.mohamed@torontopubliclibrary.ca>",
    "Automatic reply: Check-in 3: have you met Priya again?",
    "Thank you for your email. I am out of the office until Monday, November 16 with limited access to email.\nFor urgent matters please contact the Parliament Street branch at 416-393-7663.\n\nAisha Mohamed\n",
    "auto_reply", "an out-of-office that carries a List-Id header is still an auto-reply",
    headers=[("List-Id", "<staff-all.torontopubliclibrary.ca>"), ("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<checkin-3-118@mentorat-biblio.ca>")])
cls("cl-en-02", "en", V, "2026-11-10 03:15", "Tom Birchall <tbirchall@sfu.ca>",
    "Out of Office",
    "I'm away at a conference until Nov 14 and will reply when I'm back.\n\nTom\n",
    "auto_reply", "out-of-office with Precedence: junk (and no Auto-Submitted) is an auto-reply, not bulk",
    headers=[("Precedence", "junk"), ("In-Reply-To", "<checkin-3-204@mentorat-biblio.ca>")])
cls("cl-en-03", "en", W, "2026-11-10 05:30", "Rachel Dyck <rdyck@umanitoba.ca>",
    "Abwesenheitsnotiz: Check-in 3: have you met Priya again?",
    "Ich bin bis 20.11.2026 nicht im Büro. I am out of the office until November 20, 2026.\n",
    "auto_reply", "German out-of-office subject (Abwesenheitsnotiz), bilingual body, no auto headers",
    headers=[("X-Auto-Response-Suppress", "All")])
cls("cl-en-04", "en", T, "2026-11-24 04:10", "Marta Kowalska <m.kowalska@example.pl>",
    "Automatyczna odpowiedź: Check-in 4: have you met Marcus again?",
    "Dzień dobry, jestem na urlopie do 30 listopada. I am on leave until November 30.\n",
    "auto_reply", "Polish out-of-office subject (Automatyczna odpowiedź)")
cls("cl-en-05", "en", T, "2026-11-24 04:12", "Petr Novak <petr.novak@example.cz>",
    "Automatická odpověď: Check-in 4: have you met Ben again?",
    "Dobrý den, do 27. 11. jsem mimo kancelář. I am out of the office until 27 November.\n",
    "auto_reply", "Czech out-of-office subject (Automatická odpověď)")
cls("cl-en-06", "en", V, "2026-11-24 02:00", "Lucía Fernández <lfernandez@example.ubc.ca>",
    "Respuesta automática: Checking in: catching up with Jordan?",
    "Estoy fuera de la oficina hasta el 1 de diciembre. I'm away until December 1.\n",
    "auto_reply", "Spanish out-of-office subject (Respuesta automática)")
cls("cl-en-07", "en", T, "2026-11-24 03:40", "João Pereira <jpereira@example.ca>",
    "Resposta automática: Check-in 4: have you met Aisha again?",
    "Estou ausente até 2 de dezembro, com acesso limitado ao e-mail.\n",
    "auto_reply", "Portuguese out-of-office subject (Resposta automática)")
cls("cl-en-08", "en", H, "2026-11-10 09:01", "Halifax Libraries IT Service Desk <servicedesk@halifaxpubliclibraries.ca>",
    "[Ticket #48213] Re: Check-in 3: have you met Priya again?",
    "Thank you for contacting the IT Service Desk. This is an automated acknowledgement that your request has been received and ticket #48213 has been created.\nA technician will respond within 2 business days.\n\nPlease do not reply to this message.\n",
    "auto_reply", "an automatic receipt/acknowledgement is an auto-reply, not a person",
    headers=[("In-Reply-To", "<checkin-3-077@mentorat-biblio.ca>")])
cls("cl-en-09", "en", T, "2026-11-10 06:05", "Mail Delivery System <no-reply@mail.example-isp.ca>",
    "Undeliverable: Check-in 3: have you met Priya again?",
    "Your message couldn't be delivered to ben.okafor@ottawa.ca because the address wasn't found.\n\nRemote server returned '550 5.1.1 User unknown'\n\nOriginal message headers:\nFrom: mentormail@mentorat-biblio.ca\nSubject: Check-in 3: have you met Priya again?\n",
    "bounce", "a bounce from a no-reply sender (not MAILER-DAEMON) is a bounce")
cls("cl-en-10", "en", T, "2026-11-10 06:07", "MAILER-DAEMON",
    "Delivery Status Notification (Failure)",
    "This is the mail system at host mx.example.ca.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<dkowalchuk@wpl.winnipeg.ca>: host mx.winnipeg.ca said: 550 mailbox unavailable\n",
    "bounce", "a bounce whose From has no @ at all")
cls("cl-en-11", "en", T, "2026-11-18 12:00", "OLA Insider <news@accessola.com>",
    "This week at OLA: Super Conference early-bird ends Friday",
    "Hi Marcus,\n\nEarly-bird registration for the 2027 Super Conference ends Friday! Browse sessions, book hotels and more.\n\nYou are receiving this because you are an OLA member.\nUnsubscribe: https://accessola.com/unsubscribe?u=88213\n",
    "bulk", "a newsletter without list headers (unsubscribe link) is bulk")
cls("cl-en-12", "en", V, "2026-11-19 08:30", "LinkedIn <notifications-noreply@linkedin.com>",
    "Jordan, you appeared in 9 searches this week",
    "You appeared in 9 searches this week.\nSee who's looking: https://www.linkedin.com/me/search-appearances\n\nThis email was intended for Jordan Whitfield. Unsubscribe.\n",
    "bulk", "a notification from a no-reply sender is bulk")
cls("cl-fr-01", "fr", T, "2026-11-18 07:00", "Liste BIBLIO-L <biblio-l@listes.umontreal.ca>",
    "[BIBLIO-L] Offre d'emploi : bibliothécaire de référence, Longueuil",
    "La Ville de Longueuil affiche un poste de bibliothécaire de référence. Date limite : 5 décembre.\n\n---\nPour vous désabonner, écrivez à biblio-l-leave@listes.umontreal.ca\n",
    "bulk", "courriel de liste avec Auto-Submitted: auto-generated et List-Id : bulk, pas un auto-reply",
    headers=[("List-Id", "<biblio-l.listes.umontreal.ca>"), ("Auto-Submitted", "auto-generated"), ("Precedence", "list")])
cls("cl-fr-02", "fr", T, "2026-11-10 06:20", "Geneviève Tremblay <genevieve.tremblay@banq.qc.ca>",
    "Réponse automatique : Suivi 3 : une autre rencontre avec Mathieu?",
    "Bonjour,\nJe suis absente du bureau jusqu'au 16 novembre inclusivement. Pour toute urgence, écrivez à reference@banq.qc.ca.\n\nGeneviève Tremblay\n",
    "auto_reply", "réponse automatique d'absence en français",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
cls("cl-fr-03", "fr", T, "2026-11-10 06:25", "Olivier Pelletier <o.pelletier@videotron.ca>",
    "Absent du bureau",
    "Je suis en vacances jusqu'au 23 novembre. Je répondrai à votre message à mon retour.\n",
    "auto_reply", "absence sans en-tête automatique, avec Precedence: bulk",
    headers=[("Precedence", "bulk")])
cls("cl-fr-04", "fr", T, "2026-11-10 06:30", "postmaster@umontreal.ca",
    "Non remis : Suivi 3 : une autre rencontre avec Mathieu?",
    "Votre message n'a pas pu être remis à mathieu.gagnon@umontreal.ca, car l'adresse est introuvable.\n\nLe serveur distant a retourné « 550 5.1.1 Destinataire inconnu »\n",
    "bounce", "avis de non-remise en français venant de postmaster")
cls("cl-fr-05", "fr", T, "2026-11-15 09:00", "Corporation des bibliothécaires professionnels du Québec <infolettre@cbpq.qc.ca>",
    "L'Infolettre de la CBPQ – novembre 2026",
    "Dans ce numéro : formations d'hiver, congrès 2027, offres d'emploi.\n\nVous recevez ce message parce que vous êtes membre de la CBPQ.\nSe désabonner : https://cbpq.qc.ca/desabonnement\n",
    "bulk", "infolettre sans en-têtes de liste, lien de désabonnement : bulk")
cls("cl-fr-06", "fr", H, "2026-11-10 08:45", "Centre de services TI <ne-pas-repondre@gnb.ca>",
    "Accusé de réception : Suivi 3 : une autre rencontre avec Mathieu?",
    "Ceci est un accusé de réception automatique. Votre demande a été reçue et porte le numéro 2026-11-5531.\nNe répondez pas à ce message.\n",
    "auto_reply", "accusé de réception automatique : auto-reply")
cls("cl-fr-07", "fr", T, "2026-11-24 10:00", "Bibliothèques UdeM <ne-pas-repondre@bib.umontreal.ca>",
    "Rappel : vos documents sont dus le 27 novembre",
    "Bonjour, les documents suivants sont dus le 27 novembre : 1. Le mentorat en bibliothèque.\nRenouvelez en ligne : https://bib.umontreal.ca/compte\n",
    "bulk", "avis automatique de bibliothèque depuis une adresse ne-pas-répondre : bulk")
cls("cl-fr-08", "fr", W, "2026-11-24 05:10", "Chantal Fillion <cfillion@ustboniface.ca>",
    "Absence / Out of office: Suivi 4 : une autre rencontre avec Mathieu?",
    "Je suis à l'extérieur du bureau jusqu'au 1er décembre. I am out of the office until December 1.\n",
    "auto_reply", "absence bilingue avec List-Id et Auto-Submitted: auto-replied",
    headers=[("List-Id", "<personnel.ustboniface.ca>"), ("Auto-Submitted", "auto-replied")])

# Real replies carrying an empty X-Autoreply header: still a person's reply.
w = "2026-11-12 09:15"
add("cl-en-13", "en", "classification", "checkin", T, w, "Ben Okafor <bokafor@ottawapubliclibrary.ca>",
    "I was away last week, sorry for the delay. We met on Tuesday by phone for half an hour about my cover letter.",
    "an empty X-Autoreply header plus 'away' wording does not make a person's reply an auto-reply",
    meeting=M(lastwd(w, 1), 30, "phone", ["job_applications"]), has=["I was away last week"], headers=[("X-Autoreply", "")])
w = "2026-11-12 19:30"
add("cl-fr-09", "fr", "classification", "checkin", T, w, "Karine Bouchard <kbouchard@cegepsherbrooke.qc.ca>",
    "J'étais absente du bureau la semaine dernière, désolée du délai. On s'est parlé hier au téléphone, 30 minutes.",
    "en-tête X-Autoreply vide et mot « absente » : c'est bien une personne",
    meeting=M(rel(w, -1), 30, "phone"), has=["On s'est parlé hier au téléphone"], headers=[("X-Autoreply", "")], style="outlook")
w = "2026-11-20 08:10"
add("cl-fr-10", "fr", "classification", "nudge", T, w, "Sophie Lavoie <slavoie@bibliotheque.quebec.qc.ca>",
    "Bonjour, je serai absente jusqu'au 6 décembre, pouvez-vous suspendre les rappels jusque-là?",
    "une personne qui parle de son absence (en-tête X-Autoreply vide) : réponse avec une pause, pas un auto-reply",
    commands=[C("pause", "2026-12-06")], has=["je serai absente jusqu'au 6 décembre"], headers=[("X-Autoreply", "")], style="gmail")
