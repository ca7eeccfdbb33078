package parser

import "strings"

// mailMsg builds a whole message: from, subject, the extra header lines, then body.
// Its Date is the tuning battery's reference time.
func mailMsg(from, subject, headers, body string) string {
	h := "From: " + from + "\nTo: Mentorship Program <program+r1@mentormail.ca>\nSubject: " + subject +
		"\nDate: Wed, 02 Dec 2026 14:00:00 -0500\nMessage-ID: <" + strings.ReplaceAll(strings.Fields(subject + " x")[0], ":", "") + "@example.org>\nMIME-Version: 1.0\n"
	if headers != "" {
		h += strings.TrimSpace(headers) + "\n"
	}
	if !strings.Contains(headers, "Content-Type") {
		h += "Content-Type: text/plain; charset=utf-8\n"
	}
	return h + "\n" + body
}

var tuningMail = []tuneCase{
	// Real auto-replies stay auto_reply.
	{name: "mail auto ooo list-id",
		text: mailMsg("Sam Lee <sam@example.org>", "Out of Office: Check-in 2", "List-Id: <mentors.mentormail.ca>",
			"I am out of the office until December 14 with limited access to email.\n"),
		class: ClassAutoReply, ret: "2026-12-14"},
	{name: "mail auto ooo precedence junk",
		text: mailMsg("Sam Lee <sam@example.org>", "Automatic reply: Check-in 2", "Precedence: junk",
			"Thank you for your message. I'm on vacation and will return on Monday, January 4, 2027.\n"),
		class: ClassAutoReply, ret: "2027-01-04"},
	{name: "mail auto subject german",
		text: mailMsg("Lena Schmidt <lena@example.de>", "Abwesenheitsnotiz: Check-in 2", "",
			"Vielen Dank für Ihre Nachricht. Ich bin bis zum 07.12.2026 nicht im Büro.\n"),
		class: ClassAutoReply, ret: "2026-12-07"},
	{name: "mail auto subject polish",
		text: mailMsg("Anna Nowak <anna@example.pl>", "Odpowiedź automatyczna: Check-in 2", "",
			"Dziękuję za wiadomość. Jestem na urlopie do 10 grudnia.\n"),
		class: ClassAutoReply},
	{name: "mail auto subject czech",
		text: mailMsg("Jana Novak <jana@example.cz>", "Automatická odpověď: Check-in 2", "",
			"Dobrý den, jsem mimo kancelář.\n"),
		class: ClassAutoReply},
	{name: "mail auto subject spanish",
		text: mailMsg("Lucia Garcia <lucia@example.es>", "Respuesta automática: Check-in 2", "",
			"Estoy fuera de la oficina hasta el 9 de diciembre.\n"),
		class: ClassAutoReply},
	{name: "mail auto subject portuguese",
		text: mailMsg("Joao Silva <joao@example.pt>", "Resposta automática: Check-in 2", "",
			"Estou ausente até 8 de dezembro.\n"),
		class: ClassAutoReply},
	{name: "mail auto subject italian",
		text: mailMsg("Giulia Rossi <giulia@example.it>", "Risposta automatica: Check-in 2", "",
			"Sono fuori ufficio fino al 10 dicembre.\n"),
		class: ClassAutoReply},
	{name: "mail auto subject dutch",
		text: mailMsg("Jan de Vries <jan@example.nl>", "Automatisch antwoord: Check-in 2", "",
			"Ik ben afwezig tot en met 11 december.\n"),
		class: ClassAutoReply, ret: "2026-12-12"},
	{name: "mail auto receipt ticket",
		text: mailMsg("Library Help Desk <help@library.example.org>", "[Ticket #48213] Re: Check-in 2", "",
			"Hello,\n\nWe have received your request. Your ticket number is #48213. A member of our team will respond within two business days.\n\nPlease do not reply to this message.\n"),
		class: ClassAutoReply},
	{name: "mail auto receipt fr",
		text: mailMsg("Service aux usagers <service@biblio.example.ca>", "Re: Suivi 2", "",
			"Bonjour,\n\nNous avons bien reçu votre demande. Un membre de notre équipe vous répondra dans les plus brefs délais.\n\nCeci est un message automatique, merci de ne pas y répondre.\n"),
		class: ClassAutoReply},
	{name: "mail auto body ooo fr return",
		text: mailMsg("Camille Roy <camille@exemple.ca>", "Re: Suivi 2", "",
			"Bonjour,\n\nJe suis absente du bureau jusqu'au 15 décembre inclusivement. Pour toute urgence, écrivez à info@biblio.example.ca.\n\nCamille Roy\n"),
		class: ClassAutoReply, ret: "2026-12-16"},

	// Bounces.
	{name: "mail bounce noreply",
		text: mailMsg("Mail Delivery System <no-reply@mail.example.net>", "Delivery Status Notification (Failure)", "",
			"Your message to grace@example.org could not be delivered.\n\nThe recipient's mailbox is full.\n"),
		class: ClassBounce},
	{name: "mail bounce no at",
		text: mailMsg("Mail Delivery Subsystem", "Undelivered Mail Returned to Sender", "",
			"This is the mail system at host mail.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<grace@example.org>: host example.org said: 550 5.1.1 User unknown\n"),
		class: ClassBounce},

	// Bulk mail without list headers.
	{name: "mail bulk newsletter unsubscribe",
		text: mailMsg("OLA News <news@accessola.example.com>", "December news from the association", "",
			"Read the December newsletter online.\n\nSuper Conference registration is open!\n\nYou are receiving this email because you subscribed. Unsubscribe: https://accessola.example.com/unsubscribe?u=123\n"),
		class: ClassBulk},
	{name: "mail bulk noreply notification",
		text: mailMsg("LinkedIn <notifications-noreply@linkedin.example.com>", "Sam, you appeared in 9 searches this week", "",
			"You appeared in 9 searches this week.\n\nSee all searches: https://www.linkedin.example.com/me/search-appearances\n\nThis email was intended for Sam Lee. Unsubscribe | Help\n"),
		class: ClassBulk},
	{name: "mail bulk auto generated list",
		text: mailMsg("Calendar <calendar@library.example.org>", "Weekly schedule", "Auto-Submitted: auto-generated\nList-Id: <staff.library.example.org>",
			"Your schedule for next week.\n"),
		class: ClassBulk},

	// People stay people.
	{name: "mail person empty x-autoreply", prompt: PromptCheckin,
		text: mailMsg("Sam Lee <sam@example.org>", "Re: Check-in 2", "X-Autoreply:",
			"We met yesterday on Zoom for 45 minutes.\n"),
		meet: []string{"2026-12-01 45 video [] -"}},
	{name: "mail person ooo with pause", prompt: PromptCheckin,
		text: mailMsg("Sam Lee <sam@example.org>", "Re: Check-in 2", "",
			"I'm out of the office until January 10. Please pause my emails until then.\n"),
		cmds: []string{"pause 2027-01-10"}},
	{name: "mail person ooo with goal", prompt: PromptCheckin,
		text: mailMsg("Sam Lee <sam@example.org>", "Re: Check-in 2", "",
			"I'm on vacation until Dec 14 but wanted to say goal 1 is done!\n"),
		goals: []string{"1 done"}, cmds: []string{"pause 2026-12-14"}}, // "I'm away until" pauses, as the battery has it
	{name: "mail person html signature", prompt: PromptCheckin,
		text: mailMsg("Sam Lee <sam@example.org>", "Re: Check-in 2", "Content-Type: text/html; charset=utf-8",
			"<html><body><div>We met Monday on Zoom, 1 hour, about interviews.</div><br><div>Sam Lee | Library Assistant<br>Toronto Public Library<br>416-555-0199</div>"+
				"<div>I acknowledge that I work on the traditional territory of many nations including the Mississaugas of the Credit.</div>"+
				"<div>This e-mail may contain confidential information. If you received this e-mail in error, please notify the sender.</div></body></html>\n"),
		meet: []string{"2026-11-30 60 video [interviews] -"},
		gone: []string{"traditional territory", "confidential", "416-555"}},
	{name: "mail person vacation fr pause",
		text: mailMsg("Camille Roy <camille@exemple.ca>", "Re: Suivi 2", "",
			"Je serai absente jusqu'au 10 janvier, pouvez-vous mettre mes courriels en pause d'ici là?\n"),
		cmds: []string{"pause 2027-01-10"}},
	// Added with the header and body tables of machine mail.
	{name: "mail bulk feedback id",
		text: mailMsg("Events <events@library.example.org>", "This week at the library", "Feedback-ID: 123:campaign:sg",
			"Story time, book club and more this week.\n"),
		class: ClassBulk},
	{name: "mail bulk mailman",
		text: mailMsg("Sam Lee <sam@example.org>", "[lis-students] Job posting", "X-BeenThere: lis-students@lists.example.org",
			"Posting this for anyone interested.\n"),
		class: ClassBulk},
	{name: "mail auto body german",
		text: mailMsg("Lena Schmidt <lena@example.de>", "Re: Check-in 2", "",
			"Guten Tag,\n\nich bin bis zum 14.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n"),
		class: ClassAutoReply, ret: "2026-12-14"},
	{name: "mail auto subject japanese",
		text: mailMsg("Yuki Sato <yuki@example.jp>", "自動応答: Check-in 2", "",
			"現在不在にしております。\n"),
		class: ClassAutoReply},
	{name: "mail bounce not delivered",
		text: mailMsg("Mail System <bounce@mail.example.net>", "Message not delivered", "",
			"Your message could not be delivered to grace@example.org.\n"),
		class: ClassBounce},
	{name: "mail person fresh unsubscribe",
		text: mailMsg("Sam Lee <sam@example.org>", "unsubscribe", "",
			"Please unsubscribe me.\n\nSam\nhttps://samlee.example.org\n"),
		cmds: []string{"stop"}},
	{name: "mail auto fr de retour le",
		text: mailMsg("Camille Roy <camille@exemple.ca>", "Re: Suivi 2", "",
			"Bonjour,\n\nJe suis absente du bureau. De retour le 5 janvier.\n\nCamille\n"),
		class: ClassAutoReply, ret: "2027-01-05"},
}
