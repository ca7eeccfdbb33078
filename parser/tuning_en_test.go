package parser

import "strings"

// The quoted program emails of the tuning battery, as the clients quote them.

const checkinEN = `Hi Sam,

Time for check-in 2! You and Grace have logged 1 meeting so far.

Did you meet since? Reply to this email and tell us, for example:

Date: yesterday
Length: 45 min
How: video
Topics: 3, 7
Notes: went over my cover letter for the Halifax posting

Thank you!`

const wrapupEN = `Hi Sam,

The session has come to an end. Thank you for the time and care you
gave it with Grace.

We'd love to hear how it went. Reply to this email, give a rating
from 1 (not great) to 5 (excellent), and write your answers under
each question; skip any you like.

Rating:
What worked well?
What could be better?
Would you take part again, perhaps one day as a mentor?
Anything else for the committee?`

const goalsEN = `Hi Sam,

Knowing what you want from these two months helps Grace help
you. Just reply with a short-term and a long-term goal, one per line,
like this:

Short term: update my CV and send two applications
Long term: lead a public services team within five years

Thank you!`

const nudgeEN = `Hi Sam,

We haven't heard from you and Grace in a while. Did you meet? Just reply
with a line, like "We met yesterday for 30 minutes on Zoom".`

// gmailEN quotes body as Gmail does in English.
func gmailEN(body string) string {
	return "\n\nOn Tue, Dec 1, 2026 at 9:00 AM Mentorship Program <program@mentormail.ca> wrote:\n" + quoteLines(body)
}

// outlookEN quotes body as Outlook does: a header block, no ">".
func outlookEN(body string) string {
	return "\n\n________________________________\nFrom: Mentorship Program <program@mentormail.ca>\nSent: Tuesday, December 1, 2026 9:00 AM\nTo: Sam Lee <sam@example.org>\nSubject: Check-in 2\n\n" + body
}

// appleEN quotes body as Apple Mail on a phone does.
func appleEN(body string) string {
	return "\n\nSent from my iPhone\n\n> On Dec 1, 2026, at 9:00 AM, Mentorship Program <program@mentormail.ca> wrote:\n> \n" + quoteLines(body)
}

func quoteLines(body string) string {
	var b strings.Builder
	for l := range strings.SplitSeq(body, "\n") {
		if l == "" {
			b.WriteString(">\n")
			continue
		}
		b.WriteString("> " + l + "\n")
	}
	return b.String()
}

var tuningEN = []tuneCase{
	// Goal updates in prose.
	{name: "en goal finished cover letter", prompt: PromptCheckin,
		text:  "Quick update: I finished my cover letter for the Halifax job and sent it off on Monday!" + gmailEN(checkinEN),
		goals: []string{"~cover letter done"}},
	{name: "en goal still linkedin", prompt: PromptCheckin,
		text:  "Hi,\n\nNo meeting this time, but I'm still working on my LinkedIn profile, it's about half done.\n\nSam" + outlookEN(checkinEN),
		goals: []string{"~LinkedIn in_progress"}},
	{name: "en goal 2 is done", prompt: PromptCheckin,
		text:  "goal 2 is done!! finally" + gmailEN(checkinEN),
		goals: []string{"2 done"}},
	{name: "en goal progress numbered", prompt: PromptCheckin,
		text:  "Some progress on goal 1: I've sent three applications this week." + gmailEN(checkinEN),
		goals: []string{"1 in_progress"}},
	{name: "en goal short and long one paragraph", prompt: PromptGoals,
		text:  "Hi Grace and the committee, in the short term I would like to get my resume in shape for the spring postings, and in the long term I want to become a systems librarian at an academic library.\n\nThanks,\nSam" + gmailEN(goalsEN),
		goals: []string{"~resume new short", "~systems librarian new long"}},
	{name: "en goal signoff not goal", prompt: PromptGoals,
		text:  "Short term: finish my MLIS capstone\nLong term: manage a branch\n\nLooking forward to it!\nSam" + gmailEN(goalsEN),
		goals: []string{"~capstone new short", "~manage a branch new long"}},
	{name: "en goal completed my portfolio", prompt: PromptCheckin,
		text:  "We didn't meet yet, but good news: I completed my portfolio website last weekend." + appleEN(checkinEN),
		goals: []string{"~portfolio done"}},
	{name: "en goal gave up", prompt: PromptCheckin,
		text:  "I've decided to drop the certificate goal, too much on my plate right now." + gmailEN(checkinEN),
		goals: []string{"~certificate dropped"}},
	{name: "en goals prompt free lines", prompt: PromptGoals,
		text:  "1. Practice for interviews with a real panel\n2. Be working in a special collections department in 5 years\n\nBest,\nSam" + outlookEN(goalsEN),
		goals: []string{"~interviews new short", "~special collections new long"}}, // the prompt asks for both horizons

	// Commands in prose.
	{name: "en cmd resume back", prompt: PromptNudge,
		text: "Hi! I'm back from my leave, please start sending the check-ins again." + gmailEN(nudgeEN),
		cmds: []string{"resume"}},
	{name: "en cmd resume back alone", prompt: PromptReceipt,
		text: "I'm back!" + gmailEN("Your emails are paused until December 10."),
		cmds: []string{"resume"}},
	{name: "en cmd pause question", prompt: PromptCheckin,
		text: "Could you pause my emails until January 5? I'm moving this month." + gmailEN(checkinEN),
		cmds: []string{"pause 2027-01-05"}},
	{name: "en cmd undo question", prompt: PromptReceipt,
		text: "Oops, can you undo that last one? I logged the wrong date." + gmailEN("We logged your meeting of December 1."),
		cmds: []string{"undo"}},
	{name: "en cmd until then", prompt: PromptCheckin,
		text: "I'm off on January 8 for surgery, please pause everything until then." + gmailEN(checkinEN),
		cmds: []string{"pause 2027-01-08"}},
	{name: "en cmd fewer reminders", prompt: PromptNudge,
		text: "Please stop sending me so many reminders, one a week is enough." + gmailEN(nudgeEN),
		cmds: []string{"fewer_reminders"}},
	{name: "en cmd too many emails", prompt: PromptNudge,
		text: "Honestly this is too many emails. Can you send fewer reminders?" + outlookEN(nudgeEN),
		cmds: []string{"fewer_reminders"}},
	{name: "en cmd stop until 30th", prompt: PromptCheckin,
		text: "Can you stop sending me emails until the 30th?" + gmailEN(checkinEN),
		cmds: []string{"pause 2026-12-30"}},
	{name: "en cmd stop sending vague", prompt: PromptNudge,
		text:    "stop sending me emails" + gmailEN(nudgeEN),
		cmds:    []string{"fewer_reminders"},
		notices: []string{NoticeOther}},
	{name: "en cmd withdraw", prompt: PromptCheckin,
		text: "Hi, I want to withdraw from the program. My new job leaves me no time. Sorry!" + gmailEN(checkinEN),
		cmds: []string{"stop"}},
	{name: "en cmd remove me program", prompt: PromptNudge,
		text: "Please remove me from the program." + outlookEN(nudgeEN),
		cmds: []string{"stop"}},
	{name: "en cmd bare unsubscribe", prompt: PromptNudge,
		text: "Unsubscribe" + gmailEN(nudgeEN),
		cmds: []string{"stop"}},
	{name: "en cmd digest off", prompt: PromptDigest,
		text: "Please unsubscribe me from the digest, thanks." + gmailEN("Here is this week's digest for mentors."),
		cmds: []string{"digest_off"}},
	{name: "en cmd no weekly summary", prompt: PromptDigest,
		text: "I don't need the weekly summary anymore." + outlookEN("Here is this week's digest for mentors."),
		cmds: []string{"digest_off"}},
	{name: "en cmd digest on", prompt: PromptReceipt,
		text: "Actually, please turn the digest back on." + gmailEN("Your weekly digest is off."),
		cmds: []string{"digest_on"}},
	{name: "en cmd confirm yes", prompt: PromptConfirm,
		text: "Yes" + gmailEN("Reply YES to confirm that you are leaving the program."),
		cmds: []string{"confirm"}},
	{name: "en cmd decline no", prompt: PromptConsent,
		text: "no thanks" + gmailEN("Reply YES to pass your message to the committee."),
		cmds: []string{"decline"}},
	{name: "en cmd yes without prompt",
		text: "yes"},
	{name: "en cmd rating inline", prompt: PromptWrapup,
		text: "> Rating:\n4\n> What worked well?\nThe weekly calls.\n> What could be better?\nMore structure at the start.\n" +
			"\nOn Tue, Dec 1, 2026 at 9:00 AM Mentorship Program <program@mentormail.ca> wrote:\n" + quoteLines(wrapupEN),
		cmds: []string{"rating 4"}},
	{name: "en cmd rating bare number", prompt: PromptWrapup,
		text: "5" + gmailEN(wrapupEN),
		cmds: []string{"rating 5"}},
	{name: "en cmd rating in sentence", prompt: PromptWrapup,
		text: "I would rate it a 4. Grace was great, but scheduling was hard." + gmailEN(wrapupEN),
		cmds: []string{"rating 4"}},

	// Vacation replies from people.
	{name: "en class vacation pause",
		text: "Hi, I'm on vacation soon. pause until January 5",
		cmds: []string{"pause 2027-01-05"}},
	{name: "en class away please pause", prompt: PromptCheckin,
		text: "I'll be away until January 10th, please pause my emails." + gmailEN(checkinEN),
		cmds: []string{"pause 2027-01-10"}},

	// Meetings that are not logs.
	{name: "en meet survey how often", prompt: PromptWrapup,
		text: "Rating: 4\nWhat worked well? We met every two weeks on Zoom, about an hour each time, which kept us going." + gmailEN(wrapupEN),
		cmds: []string{"rating 4"}},
	{name: "en meet dont send email", prompt: PromptNudge,
		text: "Please don't send me emails on weekends." + gmailEN(nudgeEN),
		cmds: []string{"fewer_reminders"}},
	{name: "en meet pause date not meeting", prompt: PromptCheckin,
		text: "Please pause my emails until January 4." + gmailEN(checkinEN),
		cmds: []string{"pause 2027-01-04"}},
	{name: "en meet future plan", prompt: PromptCheckin,
		text: "We haven't met yet but we're meeting next Tuesday for coffee." + gmailEN(checkinEN),
		meet: nil},
	{name: "en meet undated", prompt: PromptCheckin,
		text:    "We met for 45 minutes on Zoom and talked about interviews." + gmailEN(checkinEN),
		meet:    []string{"- 45 video [interviews] -"},
		notices: []string{NoticeMeetingUndated}},
	{name: "en meet last week vague", prompt: PromptCheckin,
		text:    "We met sometime last week, maybe an hr, on the phone." + gmailEN(checkinEN),
		meet:    []string{"- 60 phone [] -"},
		notices: []string{NoticeDateVague}},

	// Ways of meeting.
	{name: "en mode coffee shop", prompt: PromptCheckin,
		text: "We met at a coffee shop near her library on Monday, about an hour." + gmailEN(checkinEN),
		meet: []string{"2026-11-30 60 in_person [] -"}},
	{name: "en mode named cafe", prompt: PromptCheckin,
		text: "Met Grace at Café Olimpico yesterday for 40 min, we talked about my job search." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 40 in_person [job_applications] -"}},
	{name: "en mode phone at lunch", prompt: PromptCheckin,
		text: "We talked by phone at lunch on Thursday for half an hour." + outlookEN(checkinEN),
		meet: []string{"2026-11-26 30 phone [] -"}},
	{name: "en mode teams chat", prompt: PromptCheckin,
		text: "Quick Teams chat with Grace yesterday, 20 minutes, mostly about time management." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 20 chat [time_management] -"}},
	{name: "en mode disclaimer email", prompt: PromptCheckin,
		text: "We met on Zoom Monday for an hour.\n\nSam Lee\nLibrary Technician, Centennial Public Library\n\n" +
			"This e-mail and any attachments may contain confidential information. If you received this e-mail in error, please delete it." + gmailEN(checkinEN),
		meet: []string{"2026-11-30 60 video [] -"},
		gone: []string{"confidential"}},
	{name: "en mode lunch at place", prompt: PromptCheckin,
		text: "We had lunch at the Scotiabank food court on Friday, 1hr and a half of great chat about management." + gmailEN(checkinEN),
		meet: []string{"2026-11-27 90 in_person [management] -"}},

	// Topics in other words.
	{name: "en topic career story", prompt: PromptCheckin,
		text: "We met yesterday on Zoom for an hour. Grace told me how she ended up in libraries after ten years in publishing." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 60 video [career_path] -"}},
	{name: "en topic only racialized", prompt: PromptCheckin,
		text: "Call on Monday, 45 min. We talked about what it's like being the only racialized person on staff." + gmailEN(checkinEN),
		meet: []string{"2026-11-30 45 phone [diversity] -"}},
	{name: "en topic disconnecting", prompt: PromptCheckin,
		text: "We met in person Thursday for an hour, mostly about avoiding burnout and disconnecting after work." + gmailEN(checkinEN),
		meet: []string{"2026-11-26 60 in_person [work_life_balance] -"}},
	{name: "en topic deadlines", prompt: PromptCheckin,
		text: "Zoom yesterday, 30 min, on juggling deadlines at work." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 30 video [time_management] -"}},
	{name: "en topic my job", prompt: PromptCheckin,
		text: "We had a phone call on Friday (40 minutes) about my job and whether to stay." + gmailEN(checkinEN),
		meet: []string{"2026-11-27 40 phone [current_role] -"}},
	{name: "en topic executive", prompt: PromptCheckin,
		text: "Met yesterday over Zoom, 1 hour. Grace encouraged me to run for the OLA student chapter executive." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 60 video [committees] -"}},
	{name: "en topic current role words", prompt: PromptCheckin,
		text: "We met Monday on Teams for 50 minutes and discussed my current role." + gmailEN(checkinEN),
		meet: []string{"2026-11-30 50 video [current_role] -"}},
	{name: "en topic named conference", prompt: PromptCheckin,
		text: "Met yesterday on zoom, 1h. We talked about going to the OLA Super Conference in January." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 60 video [conferences] -"}},

	// Lengths and dates.
	{name: "en date typo yesterady", prompt: PromptCheckin,
		text: "met yesterady on zoom for 1hr and a half" + gmailEN(checkinEN),
		meet: []string{"2026-12-01 90 video [] -"}},
	{name: "en date typo tusday", prompt: PromptCheckin,
		text: "we talked on the phone tusday, 30 mins" + gmailEN(checkinEN),
		meet: []string{"2026-12-01 30 phone [] -"}},
	{name: "en date typo ystrday", prompt: PromptCheckin,
		text: "coffee w/ Grace ystrday, maybe an hr" + appleEN(checkinEN),
		meet: []string{"2026-12-01 60 in_person [] -"}},
	{name: "en date typo wensday", prompt: PromptNudge,
		text: "Sorry! We met last wendsay on zoom for 45 min" + gmailEN(nudgeEN),
		meet: []string{"2026-11-25 45 video [] -"}},
	{name: "en date self correction", prompt: PromptCheckin,
		text: "We met Thursday, no wait, Wednesday, on Zoom for an hour." + gmailEN(checkinEN),
		meet: []string{"2026-12-02 60 video [] -"}}, // Wednesday, written on a Wednesday: that day
	{name: "en length half an hour", prompt: PromptCheckin,
		text: "Half an hour on the phone yesterday." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 30 phone [] -"}},
	{name: "en length hour and fifteen", prompt: PromptCheckin,
		text: "We met Monday in person, an hour and fifteen minutes." + gmailEN(checkinEN),
		meet: []string{"2026-11-30 75 in_person [] -"}},
	{name: "en form filled", prompt: PromptCheckin,
		text: "Date: Nov 30\nLength: 1 hr\nHow: zoom\nTopics: 7\nNotes: mock interview" + gmailEN(checkinEN),
		meet: []string{"2026-11-30 60 video [interviews] -"}},

	// Signatures, land acknowledgements, pronouns, disclaimers.
	{name: "en sig land ack", prompt: PromptCheckin,
		text: "We met yesterday on Zoom for 45 minutes.\n\nSam Lee (they/them)\nLibrary Assistant | Toronto Public Library\nI work on the traditional territory of many nations including the Mississaugas of the Credit, the Anishnabeg, the Chippewa, the Haudenosaunee and the Wendat peoples." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 45 video [] -"},
		gone: []string{"traditional territory", "they/them"}},
	{name: "en sig pronouns line", prompt: PromptCheckin,
		text: "Met Monday by phone, 30 min.\n\nCheers,\nSam\nPronouns: she/her" + gmailEN(checkinEN),
		meet: []string{"2026-11-30 30 phone [] -"},
		gone: []string{"she/her"}},

	// Questions without the word "question".
	{name: "en q meet once", prompt: PromptCheckin,
		text: "Is it ok if we meet only once this month? December is busy for both of us." + gmailEN(checkinEN),
		q:    "meet only once"},
	{name: "en q change mentor", prompt: PromptNudge,
		text: "Hi, would it be possible to be paired with someone else?" + gmailEN(nudgeEN),
		q:    "paired with someone else", concern: true},
	{name: "en q certificate", prompt: PromptWrapup,
		text: "Do we get a certificate at the end of the program?" + gmailEN(wrapupEN),
		q:    "certificate"},
	{name: "en q notes private not question", prompt: PromptCheckin,
		text: "Met yesterday on zoom, 1h. She asked me how do you negotiate salary?" + gmailEN(checkinEN),
		meet: []string{"2026-12-01 60 video [] -"}},

	// Concerns.
	{name: "en concern not going well", prompt: PromptCheckin,
		text:    "Honestly it's not going well. Grace cancelled twice and hasn't answered my last email. I don't know what to do." + gmailEN(checkinEN),
		concern: true},
	{name: "en concern unresponsive", prompt: PromptNudge,
		text: "My mentor has not responded to any of my emails since October. Is there anything the committee can do?" + gmailEN(nudgeEN),
		q:    "anything the committee can do", concern: true},
	{name: "en concern none happy", prompt: PromptCheckin,
		text: "All good, we met yesterday on the phone for 40 min and it's going really well." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 40 phone [] -"}},
}
