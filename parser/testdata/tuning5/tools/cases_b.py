# English cases and classification cases (both languages)
from common import *

CASES = []
A = CASES.append

# ---------------- goals (en) ----------------
A(C("en-goal-01", "en", "goals", "goals_prompt", VA, "2026-10-06 20:45",
"Hi there,\n\nIn the next couple of months I want to get comfortable doing reference interviews at the desk on my own, and longer term I'd love to move into an academic liaison role, ideally at a university out west.\n\nThanks!",
"Prose paragraph: one short goal (reference interviews) and one long (liaison role).",
sig=[EN_SIG1, EN_LAND], goals=[("", "new", "short", "reference"), ("", "new", "long", "liaison")], has=["academic liaison role"]))
A(C("en-goal-02", "en", "goals", "checkin", TO, "2026-11-16 09:20",
"Finished my cover letter and sent it off Friday! Fingers crossed.",
"Unnumbered goal done in words (cover letter); sending it is not a meeting.",
goals=[("", "done", "", "cover letter")], has=["Finished my cover letter"]))
A(C("en-goal-03", "en", "goals", "midsession", HA, "2026-11-17 21:05",
"Still plugging away at my LinkedIn profile. Slow going but getting there.",
"Unnumbered update in progress (LinkedIn).",
sig=EN_IPHONE, quote="apple", goals=[("", "in_progress", "", "linkedin")], has=["Still plugging away at my LinkedIn profile"]))
A(C("en-goal-04", "en", "goals", "checkin", TO, "2026-11-25 13:30",
"Goal 2 is done: my poster got accepted for the OLA Super Conference in January.",
"Numbered goal 2 done; a future conference is not a meeting.",
goals=[("2", "done", "")], has=["my poster got accepted"]))
A(C("en-goal-05", "en", "goals", "midsession", WI, "2026-11-18 12:10",
"I'm dropping #3, the union steward thing just isn't going to happen this year with everything else going on.",
"Numbered goal 3 dropped, in words.",
goals=[("3", "dropped", "")], has=["the union steward thing"]))
A(C("en-goal-06", "en", "goals", "checkin", VA, "2026-11-20 16:40",
"goal one: about halfway there",
"Goal number written as a word, in progress.",
goals=[("1", "in_progress", "")], has=["about halfway there"]))
A(C("en-goal-07", "en", "goals", "goals_prompt", VA, "2026-10-05 11:00",
"Short term: redo my resume so it fits on two pages\nLong term: become a branch manager\n\nThanks so much,\nPriya",
"Two goals on labelled lines; the sign-off is not a goal; the title line must go.",
sig=EN_SIG3, goals=[("", "new", "short", "resume"), ("", "new", "long", "branch manager")], has=["become a branch manager"]))
A(C("en-goal-08", "en", "goals", "goals_prompt", TO, "2026-10-09 08:05",
"Where I'm heading: within 5 years I want to be running the makerspace program at my branch. For now, that's the big one.",
"Only a long-term goal, in prose.",
goals=[("", "new", "long", "makerspace")], has=["running the makerspace program"]))
A(C("en-goal-09", "en", "goals", "checkin", SJ, "2026-11-23 10:15",
"Goal 1 done (I got the job!!), goal 2 still in progress.",
"Two numbered updates: 1 done, 2 in progress.",
sig=EN_SIG2, goals=[("1", "done", ""), ("2", "in_progress", "")], has=["I got the job"]))
A(C("en-goal-10", "en", "goals", "goals_prompt", TO, "2026-10-07 17:30",
"As a mentor, what I want out of this session is to practise asking more open questions instead of jumping to advice. Longer range, I'm working toward a head of public services role in the next few years.",
"Mentor: short goal (open questions) and long goal (head of public services).",
goals=[("", "new", "short", "questions"), ("", "new", "long", "public services")], has=["asking more open questions"]))
A(C("en-goal-11", "en", "goals", "checkin", TO, "2026-11-12 07:55",
"Quick update: my first goal's done. Second one, not so much.",
"« first goal's done » = goal 1 done; « not so much » on goal 2 says no change, so only goal 1 is listed.",
goals=[("1", "done", "")], has=["my first goal's done"]))
A(C("en-goal-12", "en", "goals", "midsession", VA, "2026-11-16 19:00",
"I've given up on the cataloguing certificate. Not enough hours in the day with two part-time jobs.",
"Unnumbered goal dropped (cataloguing certificate).",
goals=[("", "dropped", "", "certificate")], has=["given up on the cataloguing certificate"]))
A(C("en-goal-13", "en", "goals", "midsession", TO, "2026-11-17 11:45",
"I'd like to add a goal: learn basic SQL before March so I can help with our ILS reports.",
"A new short-term goal added mid-session.",
goals=[("", "new", "short", "sql")], has=["learn basic SQL"]))
A(C("en-goal-14", "en", "goals", "goals_prompt", HA, "2026-10-06 13:25",
"My goals:\n* Get feedback on my cover letter from Jordan\n* Apply to at least three academic postings by December\n* Long term - finish my MLIS part-time and move into archives",
"Bulleted list: two short goals and one long goal.",
sig=EN_LAND2, goals=[("", "new", "short", "cover letter"), ("", "new", "short", "postings"), ("", "new", "long", "mlis")], has=["Apply to at least three academic postings"]))
A(C("en-goal-15", "en", "goals", "checkin", TO, "2026-11-30 15:05",
"Re: my goals, #2 (the mock interviews) is wrapped up, Jordan ran three with me. Onwards!",
"Numbered goal 2 wrapped up = done; the mock interviews are the goal, not a dated meeting.",
goals=[("2", "done", "")], has=["is wrapped up"]))

# ---------------- question (en) ----------------
A(C("en-q-01", "en", "question", "checkin", VA, "2026-10-20 09:40",
"Is there a way to switch to the French emails? My partner writes to me in French anyway.",
"Question to the committee without the word question.",
q=True, has=["switch to the French emails"]))
A(C("en-q-02", "en", "question", "confidentiality", TO, "2026-11-16 10:00",
"I was wondering whether my mentor can see the notes I send when I log a meeting.",
"« I was wondering whether » with no question mark: a question.",
sig=EN_DISC, quote="outlook_en", q=True, has=["I was wondering whether"]))
A(C("en-q-03", "en", "question", "nudge", TO, "2026-11-04 20:30",
"Not sure who to ask, but my mentee has missed our last three calls without a word. Any advice on how to handle this?",
"Asks for help with a problem in the pair; missed calls are not meetings.",
q=True, has=["missed our last three calls"]))
A(C("en-q-04", "en", "question", "checkin", TO, "2026-11-12 17:00",
"Where does the time go?? Anyway, all good on our end, nothing new to log this round.",
"Rhetorical question; no meeting.",
q=False, has=["all good on our end"]))
A(C("en-q-05", "en", "question", "checkin", VA, "2026-11-05 08:10",
"Jordan, did you still want to do Thursday at noon? Let me know and I'll send an invite. (cc'ing the program so it's on record)",
"Question to the partner, not to the committee; a plan only.",
q=False, has=["did you still want to do Thursday"]))
A(C("en-q-06", "en", "question", "introduction", TO, "2026-10-03 12:00",
"Could you resend the link to the program guide? I can't find it anywhere in my inbox.",
"Request to the committee needing an answer.",
sig=EN_SIG2, q=True, has=["resend the link to the program guide"]))
A(C("en-q-07", "en", "question", "wrapup", WI, "2026-12-01 14:20",
"Would love to know if mentors can get the participation letter too, for my PD file.",
"Question in a statement; no rating given.",
q=True, has=["mentors can get the participation letter"]))
A(C("en-q-08", "en", "question", "midsession", TO, "2026-11-16 22:10",
"I need some guidance. My partner keeps making comments about my accent and I'm not sure how to bring it up with her.",
"Asks for help with a problem in the pair (microaggressions).",
q=True, has=["comments about my accent"]))
A(C("en-q-09", "en", "question", "midsession", HA, "2026-11-17 08:30",
"Going well! Happy to keep going in the second half. Why wouldn't I? 😊",
"Rhetorical question only.",
q=False, has=["Happy to keep going"]))
A(C("en-q-10", "en", "question", "checkin", VA, "2026-11-09 13:13",
"do mentors count toward the meeting log too or just mentees",
"Lower-case question without a question mark.",
sig=EN_IPHONE, quote="apple", q=True, has=["do mentors count toward the meeting log"]))
A(C("en-q-11", "en", "question", "digest", TO, "2026-11-09 09:00",
"The digest says we met October 21 but I think that was Jordan's other mentee. Can someone check?",
"Asks the committee to check a logged meeting; the quoted date is not a new meeting.",
q=True, has=["Can someone check"]))

# ---------------- commands (en) ----------------
A(C("en-cmd-01", "en", "commands", "nudge", VA, "2026-11-26 10:00",
"Please hold off on reminders till Jan. 10th, I'm on leave.",
"Pause until 2027-01-10 (« till Jan. 10th »).",
cmds=[("pause", "2027-01-10")], has=["I'm on leave"]))
A(C("en-cmd-02", "en", "commands", "nudge", TO, "2026-11-30 08:00",
"I'm back!",
"Resume, two words.",
cmds=[("resume",)], has=["I'm back"]))
A(C("en-cmd-03", "en", "commands", "checkin", HA, "2026-11-23 09:30",
"Back from leave as of today, feel free to start the reminders again.",
"Resume in prose.",
sig=EN_SIG2, cmds=[("resume",)], has=["Back from leave as of today"]))
A(C("en-cmd-04", "en", "commands", "nudge", TO, "2026-11-03 12:45",
"Can you pause me until the 1st of December? Exams.",
"Pause asked as a question; until 2026-12-01.",
cmds=[("pause", "2026-12-01")], has=["Exams"]))
A(C("en-cmd-05", "en", "commands", "nudge", VA, "2026-11-10 18:10",
"I'm heading to Australia on the 14th and won't be back until the 4th of January, so please pause everything until then.",
"« until then » refers to January 4 written earlier.",
cmds=[("pause", "2027-01-04")], has=["heading to Australia"]))
A(C("en-cmd-06", "en", "commands", "checkin", TO, "2026-11-13 14:02",
"Please undo that last one, I logged the same meeting twice.",
"Undo; mentions a meeting but logs none.",
cmds=[("undo",)], has=["I logged the same meeting twice"]))
A(C("en-cmd-07", "en", "commands", "midsession", TO, "2026-11-16 15:40",
"Hi,\n\nI'd like to withdraw from the program. My new position doesn't leave room for it, and it isn't fair to Jordan to keep postponing. Thank you for everything.",
"Clear request to leave: stop.",
sig=[EN_SIG1, EN_DISC], quote="outlook_en", cmds=[("stop",)], has=["withdraw from the program"]))
A(C("en-cmd-08", "en", "commands", "nudge", WI, "2026-11-04 11:25",
"Could I get fewer reminders? Every two weeks feels like a lot when we're already meeting regularly.",
"Fewer reminders asked as a question; a habit is not a meeting.",
cmds=[("fewer_reminders",)], has=["Every two weeks feels like a lot"]))
A(C("en-cmd-09", "en", "commands", "digest", TO, "2026-11-09 07:40",
"I don't need the digest anymore, thanks, I keep my own notes.",
"Digest off.",
cmds=[("digest_off",)], has=["I keep my own notes"]))
A(C("en-cmd-10", "en", "commands", "wrapup", VA, "2026-12-01 16:00",
"> Rating:\n4\n> What worked well?\nHaving someone outside my library to think out loud with.\n> What could be better?\nMore structure for the first call.",
"Rating 4 answered inline under the quoted « Rating: » line.",
quote="none", subject="Re: Thank you, and a short survey", cmds=[("rating", None, 4)], has=["think out loud with"]))
A(C("en-cmd-11", "en", "commands", "wrapup", TO, "2026-12-02 09:15",
"I'd give it a solid 5. Jordan was fantastic, and I'd do it again as a mentor one day.",
"Rating in prose: 5.",
cmds=[("rating", None, 5)], has=["I'd give it a solid 5"]))
A(C("en-cmd-12", "en", "commands", "wrapup", HA, "2026-12-01 20:50",
"Rating: 3 - it was okay, but we really struggled with scheduling across time zones.",
"Rating 3 on the rating line.",
sig=EN_LAND2, cmds=[("rating", None, 3)], has=["struggled with scheduling"]))
A(C("en-cmd-13", "en", "commands", "nudge", TO, "2026-11-12 13:00",
"Don't unsubscribe me! Just pause until end of November please, it's budget season.",
"Pause until the end of the current month (2026-11-30), not stop.",
cmds=[("pause", "2026-11-30")], has=["it's budget season"]))
A(C("en-cmd-14", "en", "commands", "nudge", VA, "2026-11-19 17:20",
"pause until Monday pls, moving house this weekend",
"« until Monday » from Thursday 19 November = Monday 23 November.",
sig=EN_IPHONE, quote="apple", cmds=[("pause", "2026-11-23")], has=["moving house this weekend"]))
A(C("en-cmd-15", "en", "commands", "digest", TO, "2026-11-23 08:05",
"Please stop sending me the weekly digest but keep everything else coming.",
"« stop » applies to the digest only: digest_off, not stop.",
cmds=[("digest_off",)], has=["keep everything else coming"]))
A(C("en-cmd-16", "en", "commands", "checkin", TO, "2026-10-21 10:10",
"help",
"The bare help command.",
cmds=[("help",)], has=["help"]))
A(C("en-cmd-17", "en", "commands", "nudge", VA, "2026-11-25 22:00",
"Pause till after exams, so Dec 18. Sorry Jordan!",
"Pause with the date given after the vague phrase: 2026-12-18.",
cmds=[("pause", "2026-12-18")], has=["Sorry Jordan"]))
A(C("en-cmd-18", "en", "commands", "wrapup", SJ, "2026-12-02 11:30",
"Rating: 5/5\nWhat worked well? Everything honestly.\nAnything else for the committee? Nope, thanks for running this!",
"Rating 5 (« 5/5 »); « Anything else for the committee? Nope » is not a question.",
cmds=[("rating", None, 5)], has=["Everything honestly"]))
A(C("en-cmd-19", "en", "commands", "nudge", TO, "2026-11-04 09:50",
"Wait, is it possible to undo the pause I sent yesterday? Turns out the conference got cancelled.",
"Undo asked as a question (the pause sent yesterday).",
cmds=[("undo",)], has=["the conference got cancelled"]))
A(C("en-cmd-20", "en", "commands", "nudge", HA, "2026-11-27 12:00",
"Things are nuts until the 15th of December. Can you hold the nudges till then?",
"« till then » = 15 December written earlier.",
cmds=[("pause", "2026-12-15")], has=["Things are nuts"]))

# ---------------- meeting (en) ----------------
A(C("en-meet-01", "en", "meeting", "checkin", VA, "2026-11-13 09:05",
"Met Jordan at JJ Bean on Main yesterady for maybe an hr. Good chat.",
"Typo « yesterady » = yesterday; « maybe an hr » = 60; named café = in person.",
meeting=dict(date="@-1", minutes=60, mode="in_person"), has=["JJ Bean on Main"]))
A(C("en-meet-02", "en", "meeting", "checkin", TO, "2026-11-19 18:30",
"1hr and a half by phone on Tuesday. Covered interview prep and salary negotiation.",
"« 1hr and a half » = 90; Tuesday = most recent past; phone; interviews.",
meeting=dict(date="@tue", minutes=90, mode="phone", topics_include=["interviews"]), has=["salary negotiation"]))
A(C("en-meet-03", "en", "meeting", "checkin", WI, "2026-11-06 13:10",
"Spoke by phone at lunch yesterday, about 25 minutes.",
"« by phone at lunch » is one way (phone); yesterday; 25.",
meeting=dict(date="@-1", minutes=25, mode="phone"), has=["by phone at lunch"]))
A(C("en-meet-04", "en", "meeting", "checkin", TO, "2026-11-21 11:15",
"We talked Thursday, no wait, Wednesday. Video, 45 min.",
"Clear self-correction: Wednesday.",
sig=EN_SIG2, meeting=dict(date="@wed", minutes=45, mode="video"), has=["no wait, Wednesday"]))
A(C("en-meet-05", "en", "meeting", "checkin", TO, "2026-11-09 08:20",
"We caught up over Zoom on Nov 4th for about 45 mins. Talked about interviews and how rough the job market is right now.",
"Absolute date; 45; video; interviews and job market.",
meeting=dict(date="2026-11-04", minutes=45, mode="video", topics_include=["interviews", "job_precarity"]), has=["how rough the job market is"]))
A(C("en-meet-06", "en", "meeting", "checkin", HA, "2026-11-26 19:45",
"Two since last time: Nov 12 (phone, 30 min) and Nov 24 (in person at the Spring Garden library, an hour or so).",
"Two meetings; first is 12 November, 30, phone.",
meeting=dict(date="2026-11-12", minutes=30, mode="phone"), count=2, has=["Spring Garden library"]))
A(C("en-meet-07", "en", "meeting", "checkin", VA, "2026-11-17 12:30",
"Teams chat back and forth for 20 min this morning about my interview on Friday.",
"« Teams chat » = chat, one way; today; 20.",
meeting=dict(date="@0", minutes=20, mode="chat", topics_include=["interviews"]), has=["Teams chat back and forth"]))
A(C("en-meet-08", "en", "meeting", "nudge", TO, "2026-11-25 10:00",
"Yes we met mid-month, video, around 40 minutes.",
"« mid-month » is vague: no date, warn.",
meeting=dict(date=None, minutes=40, mode="video"), warn=True, has=["we met mid-month"]))
A(C("en-meet-09", "en", "meeting", "nudge", VA, "2026-11-10 15:35",
"We met last week! Sorry for not logging it. Phone, half an hour.",
"« last week » without a day: no date, warn.",
meeting=dict(date=None, minutes=30, mode="phone"), warn=True, has=["Sorry for not logging it"]))
A(C("en-meet-10", "en", "meeting", "checkin", TO, "2026-11-23 09:10",
"Had coffee at Tim's on Saturday, ~40 min. Mostly talked about my job and whether to stay in public libraries.",
"Tim Hortons = in person; Saturday; 40; my job = current role.",
sig=[EN_SIG1, EN_DISC], meeting=dict(date="@sat", minutes=40, mode="in_person", topics_include=["current_role"]), has=["Had coffee at Tim's"]))
A(C("en-meet-11", "en", "meeting", "checkin", SJ, "2026-11-05 21:40",
"Jordan and I had a video call this evening, 55 minutes. Next one is set for November 19.",
"St. John's zone: today (5 Nov local, 6 Nov UTC); 55; video; next meeting 19 November.",
meeting=dict(date="@0", minutes=55, mode="video", next_meeting="2026-11-19"), has=["Next one is set for November 19"]))
A(C("en-meet-12", "en", "meeting", "checkin", VA, "2026-11-30 20:30",
"Quick log: met in person Friday the 27th, 2 hrs, at the downtown branch.",
"Vancouver evening (UTC next day); « Friday the 27th »; 120; in person.",
meeting=dict(date="2026-11-27", minutes=120, mode="in_person"), has=["met in person Friday the 27th"]))
A(C("en-meet-13", "en", "meeting", "checkin", TO, "2026-11-18 14:00",
"Met over lunch in the staff room on Monday (45 min or so). Great convo.",
"Lunch in a staff room = in person; the disclaimer's « e-mail » must not count as a way of meeting.",
sig=EN_DISC, quote="outlook_en", meeting=dict(date="@mon", minutes=45, mode="in_person"), has=["in the staff room"]))
A(C("en-meet-14", "en", "meeting", "checkin", TO, "2026-11-11 16:30",
"We had a phone call on the 9th or the 10th, can't remember which. 30 min.",
"Self-correction that stays unclear: no date, warn.",
meeting=dict(date=None, minutes=30, mode="phone"), warn=True, has=["can't remember which"]))

# ---------------- topics (en) ----------------
A(C("en-top-01", "en", "topics", "checkin", TO, "2026-11-10 10:30",
"Video call yesterday, 1 hr. She told me how she got into libraries after ten years in retail management.",
"Career path told as a story (« how she got into libraries »).",
meeting=dict(date="@-1", minutes=60, mode="video", topics_include=["career_path"]), has=["ten years in retail"]))
A(C("en-top-02", "en", "topics", "checkin", VA, "2026-11-13 19:20",
"Phone call Wednesday, 40 mins. We talked about what it's like being the only racialized person on staff at my branch.",
"« only racialized person on staff » = diversity.",
meeting=dict(date="@wed", minutes=40, mode="phone", topics_include=["diversity"]), has=["the only racialized person on staff"]))
A(C("en-top-03", "en", "topics", "checkin", TO, "2026-11-24 08:15",
"Zoom yesterday, 50 min: burnout, and learning to actually disconnect after 5.",
"Burnout and disconnecting = work/life balance.",
meeting=dict(date="@-1", minutes=50, mode="video", topics_include=["work_life_balance"]), has=["learning to actually disconnect"]))
A(C("en-top-04", "en", "topics", "checkin", HA, "2026-11-20 12:00",
"Met at the Halifax Central Library Tuesday, an hour. Talked about juggling deadlines and the CLA executive nomination.",
"Juggling deadlines = time management; CLA executive = committees; library = in person.",
meeting=dict(date="@tue", minutes=60, mode="in_person", topics_include=["time_management", "committees"]), has=["CLA executive nomination"]))
A(C("en-top-05", "en", "topics", "checkin", TO, "2026-11-06 11:00",
"Phone, 30 min, Monday. Talked about my current role and the OLA Super Conference.",
"The catalogue's own words: current role and a named conference.",
meeting=dict(date="@mon", minutes=30, mode="phone", topics_include=["current_role", "conferences"]), has=["OLA Super Conference"]))

# ---------------- not_meeting (en) ----------------
A(C("en-nm-01", "en", "not_meeting", "wrapup", TO, "2026-12-01 10:30",
"> What worked well?\nWe met about every two weeks, usually on Zoom, which kept us on track.",
"Survey answer about a habit: no meeting, no rating.",
quote="none", subject="Re: Thank you, and a short survey", has=["We met about every two weeks"]))
A(C("en-nm-02", "en", "not_meeting", "checkin", VA, "2026-11-12 09:00",
"We're going to hop on a call next Tuesday. Will report back!",
"A plan only.",
has=["hop on a call next Tuesday"]))
A(C("en-nm-03", "en", "not_meeting", "checkin", TO, "2026-11-18 17:15",
"Had to cancel yesterday's call, Jordan's kid was sick. Rescheduling for next week.",
"Cancelled meeting: no meeting.",
has=["Had to cancel yesterday's call"]))
A(C("en-nm-04", "en", "not_meeting", "nudge", TO, "2026-11-03 08:40",
"Please don't send me emails every week about this, we talk all the time.",
"« don't send me emails » is a request for fewer reminders, not a meeting by email; the habit is not a meeting.",
cmds=[("fewer_reminders",)], has=["we talk all the time"]))
A(C("en-nm-05", "en", "not_meeting", "midsession", HA, "2026-11-16 14:50",
"It's going well. We usually do a phone call every second Friday.",
"Habit only.",
sig=EN_LAND2, has=["every second Friday"]))
A(C("en-nm-06", "en", "not_meeting", "checkin", TO, "2026-11-25 12:20",
"Not yet, but we've booked a video call for December 2 at 3pm.",
"Plan with a date is not a meeting log.",
has=["booked a video call for December 2"]))

# ---------------- reply_text (en) ----------------
A(C("en-rt-01", "en", "reply_text", "confidentiality", VA, "2026-11-16 10:05",
"Thanks for the reminder, understood.",
"HTML-only Gmail reply: signature and land acknowledgement must go.",
sig=[EN_SIG1, EN_LAND], enc="html", has=["Thanks for the reminder"]))
A(C("en-rt-02", "en", "reply_text", "introduction", TO, "2026-10-02 13:45",
"Thanks! Looking forward to it. I've already emailed Jordan.",
"Outlook HTML with divRplyFwdMsg and a legal disclaimer.",
sig=[EN_SIG2, EN_DISC], enc="html", quote="outlook_en", has=["Looking forward to it"]))
A(C("en-rt-03", "en", "reply_text", "digest", HA, "2026-11-09 18:00",
"Thanks for the summary, very handy to have it all in one place. We'll keep at it.",
"format=flowed, quoted digest includes a meeting that must not count.",
sig=EN_LAND2, enc="flowed", has=["very handy to have it all in one place"]))
A(C("en-rt-04", "en", "reply_text", "checkin", TO, "2026-11-11 07:30",
"Nothing new yet, we're meeting next week.",
"Base64 body; quoted example « Date: yesterday » must not count; plan only.",
sig=EN_IPHONE, enc="b64", quote="gmail", has=["Nothing new yet"]))
A(C("en-rt-05", "en", "reply_text", "midsession", SJ, "2026-11-17 09:30",
"All good here, thanks for checking in.",
"« -----Original Message----- » quoting, quoted-printable, signature.",
sig=[EN_SIG2, EN_DISC], quote="original", enc="qp", has=["thanks for checking in"]))

# ---------------- classification ----------------
def raw(id, lang, tz, dt, cls, frm, subj, headers, body, note, ct=None, prompt=""):
    return dict(id="t5-" + id, lang=lang, cat="classification", prompt=prompt, tz=tz, dt=dt, body="", note=note,
                cls=cls, enc="raw", raw_body=body, headers=headers, subject_raw=subj, **({"from": frm}),
                inreply=False, raw_ct=ct or [("Content-Type", "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", "8bit")])

A(raw("cls-01", "en", TO, "2026-11-02 08:00", "auto_reply", "Lena Vogel <lena.vogel@bib.example.ca>", "Abwesenheitsnotiz: Check-in 2",
      [("Auto-Submitted", "auto-replied")],
      "Vielen Dank für Ihre Nachricht. Ich bin bis zum 9. November nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails.\n\nMit freundlichen Grüßen\nLena Vogel\n",
      "German out-of-office subject and body."))
A(raw("cls-02", "en", TO, "2026-11-16 07:10", "auto_reply", "Agnieszka Nowak <a.nowak@library.example.ca>", "Automatyczna odpowiedź: Halfway through: how is it going?",
      [],
      "Dzień dobry,\n\nJestem na urlopie do 23 listopada. W pilnych sprawach proszę kontaktować się z biurem.\n\nAgnieszka Nowak\n",
      "Polish automatic reply, no auto headers."))
A(raw("cls-03", "en", WI, "2026-11-02 09:00", "auto_reply", "Jana Dvořáková <jana.d@uni.example.ca>", "Automatická odpověď: Check-in 2: have you met Jordan yet?",
      [("X-Autoreply", "yes")],
      "Dobrý den,\n\ndo 6. listopadu jsem mimo kancelář.\n\nS pozdravem\nJana\n",
      "Czech automatic reply."))
A(raw("cls-04", "en", VA, "2026-11-02 10:00", "auto_reply", "Lucía Fernández <lucia.f@vpl.example.ca>", "Respuesta automática: Check-in 2",
      [("X-Auto-Response-Suppress", "All")],
      "Gracias por su mensaje. Estoy fuera de la oficina hasta el 10 de noviembre, con acceso limitado al correo.\n\nLucía\n",
      "Spanish out-of-office."))
A(raw("cls-05", "fr", TO, "2026-11-16 06:30", "auto_reply", "Ana Souza <ana.souza@biblio.example.ca>", "Resposta automática: À mi-parcours : comment ça se passe?",
      [],
      "Olá,\n\nEstou de férias até 30 de novembro. Je suis en vacances jusqu'au 30 novembre.\n\nAna\n",
      "Portuguese/French out-of-office."))
A(raw("cls-06", "fr", TO, "2026-11-02 08:15", "auto_reply", "Sophie Lavoie <sophie.lavoie@ville.example.qc.ca>", "Réponse automatique : Suivi 2 : avez-vous rencontré Mathieu?",
      [("List-Id", "Personnel Bibliothèques <personnel.ville.example.qc.ca>"), ("Precedence", "list")],
      "Bonjour,\n\nJe suis absente du bureau jusqu'au 9 novembre inclusivement. Pour toute urgence, veuillez écrire à biblio@ville.example.qc.ca.\n\nSophie Lavoie\nBibliothécaire\n",
      "Absence du bureau qui porte un List-Id : reste une réponse automatique."))
A(raw("cls-07", "en", HA, "2026-11-02 08:45", "auto_reply", "Mark Doyle <mdoyle@library.example.ns.ca>", "Out of Office",
      [("Precedence", "junk")],
      "I am away until November 12 with no access to email. For urgent matters, contact the front desk.\n",
      "Out-of-office with Precedence: junk is still an auto-reply."))
A(raw("cls-08", "fr", TO, "2026-11-02 08:01", "auto_reply", "Service à la clientèle <ne-pas-repondre@biblio.example.qc.ca>", "Accusé de réception - Billet #48213",
      [("Auto-Submitted", "auto-generated")],
      "Bonjour,\n\nNous avons bien reçu votre message. Un membre de notre équipe y répondra dans un délai de 2 jours ouvrables.\n\nNuméro de billet : 48213\n",
      "Accusé de réception automatique (billet) : auto-reply."))
A(raw("cls-09", "en", TO, "2026-11-02 08:02", "bounce", "Mail Delivery System <no-reply@mail.example.ca>", "Undeliverable: Check-in 2: have you met Jordan yet?",
      [],
      "Delivery has failed to these recipients or groups:\n\nk.singh@oldlibrary.example.ca\nThe email address you entered couldn't be found.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
      "Bounce from a no-reply sender (not MAILER-DAEMON)."))
A(raw("cls-10", "fr", TO, "2026-11-02 08:03", "bounce", "MAILER-DAEMON", "Échec de la remise : Suivi 2",
      [],
      "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis aux destinataires suivants :\n\n  m.roy@cegep.example.qc.ca\n    550 5.1.1 Adresse inconnue\n",
      "Retour sans @ dans l'expéditeur : bounce."))
A(raw("cls-11", "en", TO, "2026-11-05 12:00", "bulk", "Library Journal <no-reply@news.example.com>", "This week: 5 trends reshaping academic libraries",
      [],
      "Hi reader,\n\nThis week in libraries: AI policies, open access deals and more.\n\nRead more: https://news.example.com/lj/1105\n\nYou are receiving this because you subscribed. Unsubscribe: https://news.example.com/u/abc123\n",
      "Newsletter without list headers: no-reply sender and unsubscribe link."))
A(raw("cls-12", "en", TO, "2026-11-05 12:05", "bulk", "CLA Notifications <notifications@cla.example.ca>", "[cla-members] Webinar reminder: Mentoring across generations",
      [("List-Id", "CLA members <cla-members.lists.example.ca>"), ("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<mailto:leave-cla-members@lists.example.ca>")],
      "Reminder: the webinar starts Thursday at 1 pm ET. Join link: https://cla.example.ca/webinar\n",
      "List mail with Auto-Submitted: auto-generated is bulk, not an auto-reply."))
A(raw("cls-13", "fr", TO, "2026-11-06 09:00", "bulk", "Teams <noreply@email.teams.example.com>", "Mathieu vous a mentionné dans Bibliothèque - Général",
      [],
      "Mathieu Pelletier vous a mentionné : « @Camille tu as vu le courriel du programme? »\n\nRépondre dans Teams\n\nPour ne plus recevoir ces notifications, modifiez vos paramètres.\n",
      "Notification d'application (no-reply, sans en-têtes de liste) : bulk."))
A(C("cls-14", "en", "classification", "checkin", TO, "2026-11-12 10:20",
"Video call on Tuesday, 45 minutes. We went through my interview answers.",
"An empty X-Autoreply header alone does not make a person's reply an auto-reply.",
headers=[("X-Autoreply", "")], meeting=dict(date="@tue", minutes=45, mode="video", topics_include=["interviews"]), has=["We went through my interview answers"]))
A(C("cls-15", "fr", "classification", "nudge", TO, "2026-11-04 08:00",
"Je suis de retour de vacances depuis lundi! Vous pouvez recommencer les rappels. On s'est parlé hier, 30 min au téléphone.",
"Réponse humaine qui ressemble à une absence (« de retour de vacances ») : c'est une vraie réponse avec reprise et rencontre.",
subject="Re: Des nouvelles de vos échanges avec Mathieu?", cmds=[("resume",)], meeting=dict(date="@-1", minutes=30, mode="phone"), has=["Vous pouvez recommencer les rappels"]))
