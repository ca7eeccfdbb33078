V, T, H, W, S, E = "America/Vancouver", "America/Toronto", "America/Halifax", "America/Winnipeg", "America/St_Johns", "America/Edmonton"

def add(case, M, G, CMD):
    # ---------------- meeting ----------------
    case(id="en-meet-001", tz=T, when="2026-11-12 09:14", style="gmail", sig="title", enc="qp",
         body="Date: yesterday\nLength: 45 min\nHow: video\nTopics: 7\nNotes: practised answers for the Markham interview, Alicia gave me great feedback",
         meeting=M("D-1", 45, "video", ["interviews"]), has=["practised answers for the Markham interview"],
         note="Filled-in template: yesterday from Thu Nov 12 = Nov 11, 45 min video, topic 7 = interviews.")
    case(id="en-meet-002", tz=V, when="2026-11-17 20:40", style="iphone",
         body="hey! we met yesterady for 1hr and a half over zoom, mostly on my cover letter for the VPL job. super helpful",
         meeting=M("D-1", 90, "video", ["job_applications"]), has=["we met yesterady for 1hr and a half over zoom"],
         note="Typos: 'yesterady' = yesterday (Nov 16 local), '1hr and a half' = 90 min, zoom = video, cover letter = job_applications.")
    case(id="en-meet-003", tz=H, when="2026-11-23 12:05", prompt="nudge", style="outlook",
         body="Hi there,\n\nSorry for the silence! Rosa and I did talk last Thursday, maybe an hr by phone. We covered her plans for the next five years.\n\nThanks,\nKwame",
         meeting=M("W-thu", 60, "phone", ["career_goals"]), has=["maybe an hr by phone"],
         note="'last Thursday' from Mon Nov 23 = Nov 19; 'maybe an hr' = 60 min; phone; five years = career_goals.")
    case(id="en-meet-004", tz=T, when="2026-11-09 08:02", style="gmail", sig="first",
         body="Good morning,\n\nMarcus and I grabbed coffee at Bridgehead on Bank St on Saturday, about 40 minutes. Mostly chatted about what a typical day looks like in a law library.",
         meeting=M("W-sat", 40, "in_person", ["typical_day"]), has=["grabbed coffee at Bridgehead on Bank St"],
         note="A named cafe means in person; Saturday before Mon Nov 9 = Nov 7; 40 min; typical day.")
    case(id="en-meet-005", tz=W, when="2026-10-21 13:22", style="gmail",
         body="Talked by phone at lunch today for half an hour with Sunita. She walked me through how she manages her team's schedule.",
         meeting=M("D-0", 30, "phone", ["management"]), has=["Talked by phone at lunch today"],
         note="'by phone at lunch today' is one way (phone), not in person; today = Oct 21; half an hour = 30.")
    case(id="en-meet-006", tz=T, when="2026-11-05 16:45", style="html_outlook", sig="land_on",
         body="Hi,\n\nBen and I did a Teams chat on Nov 3, about 20 min of typing back and forth since his mic was broken. We talked about AI tools for reference work.\n\nThanks!",
         meeting=M("2026-11-03", 20, "chat", ["technology"]), has=["Ben and I did a Teams chat on Nov 3"],
         note="'Teams chat' with typing = chat, a single mode; Nov 3; 20 min; AI tools = technology. HTML-only with land acknowledgement.")
    case(id="en-meet-007", tz=W, when="2026-11-27 10:30", style="gmail",
         body="We met Thursday, no wait, Wednesday, on Google Meet for an hour. Talked about the reorganization at my branch.",
         meeting=M("W-wed", 60, "video", ["change_management"]), has=["We met Thursday, no wait, Wednesday"],
         note="Self-correction resolves clearly to Wednesday (Nov 25, sent Fri Nov 27); Google Meet = video; reorganization = change_management.")
    case(id="en-meet-008", tz=T, when="2026-11-24 19:10", style="apple",
         body="Hello,\n\nWe met early in the month for about an hour, in person at the Lillian H. Smith branch. It went really well!\n\nGrace",
         meeting=M(None, 60, "in_person"), warn=True, has=["We met early in the month for about an hour"],
         note="'early in the month' is a vague date: date null and warn; an hour; in person at a branch.")
    case(id="en-meet-009", tz=V, when="2026-10-14 11:00", style="gmail", sig="land_bc",
         body="Had a great chat with Imran about interview prep, 45 min on the phone. He's going to send me some sample questions.",
         meeting=M(None, 45, "phone", ["interviews"]), warn=True, has=["Had a great chat with Imran about interview prep"],
         note="A meeting with no date at all: date null, warn; 45 min phone; interviews.")
    case(id="en-meet-010", tz=V, when="2026-11-16 21:30", utc=True, style="gmail",
         body="We had our call this morning on Zoom, about 50 minutes. Talked about job postings in the Lower Mainland.",
         meeting=M("D-0", 50, "video", ["job_applications"]), has=["We had our call this morning on Zoom"],
         note="Date header is UTC (Tue Nov 17 05:30 +0000) but in Vancouver it is Mon Nov 16: 'this morning' = 2026-11-16.")
    case(id="en-meet-011", tz=T, when="2026-11-05 14:12", style="outlook", sig="uni",
         body="Hi,\n\nCatching up on logging: we met Oct 20 on video for 1 hour, and again Nov 3 in person at the Central Library for 30 min. Both times we talked about committees and how to get involved with OLA.",
         meeting=M("2026-10-20", 60, "video", ["committees"]), count=2, has=["we met Oct 20 on video for 1 hour"],
         note="Two meetings logged; the first is Oct 20, 60 min, video; committees.")
    case(id="en-meet-012", tz=E, when="2026-11-19 08:55", style="gmail",
         body="Met on Tuesday for 45 min on Zoom. Next one is booked for Dec 1.\n\nCheers,\nVikram",
         meeting=M("W-tue", 45, "video", [], next="2026-12-01"), has=["Met on Tuesday for 45 min on Zoom"],
         note="Tuesday before Thu Nov 19 = Nov 17; next meeting Dec 1.")
    case(id="en-meet-013", tz=W, when="2026-10-29 15:40", style="origmsg", sig="disc_en",
         body="Quick phone call yesterday, 25 minutes. We went over her LinkedIn profile.",
         meeting=M("D-1", 25, "phone", ["lis_resources"]), has=["Quick phone call yesterday, 25 minutes"],
         note="Phone, not email: the disclaimer's 'e-mail' must not count as the way of meeting; LinkedIn = lis_resources.")
    case(id="en-meet-014", tz=H, when="2026-11-11 17:03", style="gmail", sig="dash",
         body="We didn't manage a call this time, but Helen and I emailed back and forth on Monday about my application to the Dalhousie posting. Counting that one!",
         meeting=M("W-mon", None, "email", ["job_applications"]), has=["emailed back and forth on Monday"],
         note="An email exchange counts as a meeting by email; Monday before Wed Nov 11 = Nov 9; no length given.")
    case(id="en-meet-015", tz=S, when="2026-11-22 18:20", style="iphone",
         body="Met Tariq Nov. 20th at the Tim Hortons on Kenmount Rd, an hour and a quarter. Talked about the union and my part-time contract.",
         meeting=M("2026-11-20", 75, "in_person", ["job_precarity"]), has=["an hour and a quarter"],
         note="'Nov. 20th'; 'an hour and a quarter' = 75 min; coffee shop = in person; union/part-time = job_precarity. St. John's offset -0330.")
    case(id="en-meet-016", tz=T, when="2026-12-01 09:40", style="html_outlook",
         body="Good morning,\n\nMet with Alicia last Friday from 3 to 4 pm via Teams video. We discussed time management with a heavy desk schedule.\n\nRegards,\nNadia",
         meeting=M("W-fri", 60, "video", ["time_management"]), has=["Met with Alicia last Friday from 3 to 4 pm"],
         note="HTML-only Outlook; 'last Friday' from Tue Dec 1 = Nov 27; 3 to 4 pm = 60 min; Teams video.")

    # ---------------- topics ----------------
    case(id="en-top-001", tz=T, when="2026-10-08 10:10", style="gmail",
         body="We had an hour on video yesterday. Sunita told me how she ended up in libraries after ten years in banking, which was really reassuring since I'm switching from retail.",
         meeting=M("D-1", 60, "video", ["career_path"]), has=["how she ended up in libraries"],
         note="A career path story in other words ('ended up in libraries after ten years in banking') = career_path.")
    case(id="en-top-002", tz=V, when="2026-11-03 12:30", style="gmail", sig="title",
         body="Phone call yesterday, 40 min. We talked a lot about what it's like being the only racialized person on staff at my branch. Felt good to be heard.",
         meeting=M("D-1", 40, "phone", ["diversity"]), has=["being the only racialized person on staff"],
         note="Being the only racialized person on staff = diversity, though no catalogue keyword appears.")
    case(id="en-top-003", tz=H, when="2026-11-26 21:15", style="apple",
         body="We met on Monday by Zoom for about 35 min. I admitted I'm feeling pretty burnt out and Ben shared how he disconnects from work email on weekends.",
         meeting=M("W-mon", 35, "video", ["work_life_balance"]), has=["feeling pretty burnt out"],
         note="Burnt out / disconnecting from work on weekends = work_life_balance; Monday before Thu Nov 26 = Nov 23.")
    case(id="en-top-004", tz=W, when="2026-11-13 16:00", style="gmail",
         body="Video call today, 30 minutes. I'm juggling three grant deadlines this month so we mostly talked about how to fit it all in.",
         meeting=M("D-0", 30, "video", ["time_management"]), has=["juggling three grant deadlines"],
         note="Deadlines and fitting it all in = time_management.")
    case(id="en-top-005", tz=T, when="2026-10-16 07:50", style="outlook",
         body="Hi,\nMet Marcus on Wednesday in person for an hour. We mostly talked about my job at the campus library and whether I should stay or look elsewhere.\nThanks",
         meeting=M("W-wed", 60, "in_person", ["current_role"]), has=["my job at the campus library"],
         note="'my job' = current_role; Wednesday before Fri Oct 16 = Oct 14.")
    case(id="en-top-006", tz=W, when="2026-11-20 11:11", style="gmail", sig="env", enc="qp",
         body="Had a 50 minute phone call with Rosa yesterday. I'm thinking of running for a spot on the Manitoba Library Association executive and she walked me through what it involves.",
         meeting=M("D-1", 50, "phone", ["committees"]), has=["Manitoba Library Association executive"],
         note="An association's executive = committees.")
    case(id="en-top-007", tz=T, when="2026-11-30 13:35", style="gmail",
         body="We met Friday on Zoom (1h). Topics: my current role, and whether to present at the OLA Super Conference in January.",
         meeting=M("W-fri", 60, "video", ["current_role", "conferences"]), has=["whether to present at the OLA Super Conference"],
         note="Catalogue words themselves: 'current role' = current_role and a named conference = conferences.")
    case(id="en-top-008", tz=V, when="2026-11-25 09:05", style="gmail",
         body="Date: Nov 23\nLength: 1 hour\nHow: video\nTopics: 8, 19",
         meeting=M("2026-11-23", 60, "video", ["job_applications", "time_management"]), has=["Topics: 8, 19"],
         note="Topics by number from the quoted check-in list: 8 = job applications, 19 = time management.")

    # ---------------- goals ----------------
    case(id="en-goal-001", tz=T, when="2026-10-05 20:20", prompt="goals_prompt", style="gmail",
         body="Short term: finish my cover letter for the TPL posting\nLong term: become a branch manager in 5 yrs",
         goals=[G("new", "cover letter", horizon="short"), G("new", "branch manager", horizon="long")], has=["finish my cover letter for the TPL posting"],
         note="Two new goals, one short-term and one long-term, in the prompt's format.")
    case(id="en-goal-002", tz=V, when="2026-10-06 22:47", prompt="goals_prompt", style="gmail", sig="land_bc",
         body="Hi! In the short term I want to get more confident in interviews, and longer term I'd like to move into a liaison role at an academic library. Thanks for setting this up.",
         goals=[G("new", "interview", horizon="short"), G("new", "academic", horizon="long")], has=["get more confident in interviews"],
         note="Both a short-term and a long-term goal in one prose paragraph: both must be found.")
    case(id="en-goal-003", tz=H, when="2026-11-18 08:30", prompt="digest", style="gmail",
         body="goal 2 is done!! I got the permanent position at Dal, start in January.",
         goals=[G("done", ref="2")], has=["goal 2 is done"],
         note="'goal 2 is done' = numbered goal 2, done.")
    case(id="en-goal-004", tz=T, when="2026-11-10 18:02", prompt="checkin", style="iphone",
         body="Quick update, I finished my cover letter and sent it off to Hamilton Public yesterday!",
         goals=[G("done", "cover letter")], has=["I finished my cover letter"],
         note="Goal update in prose without a number: the cover letter goal is done. No meeting is logged.")
    case(id="en-goal-005", tz=W, when="2026-11-02 12:44", prompt="midsession", style="gmail",
         body="Things are going fine. Still working on my LinkedIn, it's slow going but I've added my projects.",
         goals=[G("in_progress", "linkedin")], has=["Still working on my LinkedIn"],
         note="'still working on my LinkedIn' = that goal in progress.")
    case(id="en-goal-006", tz=T, when="2026-11-19 15:15", prompt="digest", style="outlook", sig="land_on",
         body="Goal 1 (CV): I've redone the experience section, I'd say I'm about halfway there.",
         goals=[G("in_progress", ref="1")], has=["I'd say I'm about halfway there"],
         note="Progress on numbered goal 1 = in progress.")
    case(id="en-goal-007", tz=V, when="2026-11-09 10:00", prompt="midsession", style="gmail",
         body="I'm dropping goal 3 - the metadata certificate isn't offered until next fall, so it doesn't make sense this session.",
         goals=[G("dropped", ref="3")], has=["I'm dropping goal 3"],
         note="Goal 3 explicitly dropped.")
    case(id="en-goal-008", tz=S, when="2026-10-04 14:30", prompt="goals_prompt", style="gmail",
         body="Short-term: practise mock interviews with Tariq\nLong-term: get a permanent full-time position\n\nThanks so much for organizing this!\nAll the best,\nAmara",
         goals=[G("new", "interview", horizon="short"), G("new", "permanent", horizon="long")], has=["practise mock interviews with Tariq"],
         note="Exactly two goals; the thank-you line and sign-off are not goals.")
    case(id="en-goal-009", tz=T, when="2026-11-21 09:45", prompt="digest", style="gmail",
         body="Thanks for the digest. New short-term goal: submit a poster proposal to the OLA Super Conference.",
         goals=[G("new", "poster", horizon="short")], has=["submit a poster proposal"],
         note="A new short-term goal added from a digest reply.")
    case(id="en-goal-010", tz=H, when="2026-10-07 07:25", prompt="goals_prompt", style="apple", sig="dash",
         body="For my part as a mentor: short term, get better at giving constructive feedback. Long term, I'd like to move into a director role within the next few years.",
         goals=[G("new", "feedback", horizon="short"), G("new", "director", horizon="long")], has=["get better at giving constructive feedback"],
         note="A mentor's own goals: one short-term and one long-term.")
    case(id="en-goal-011", tz=W, when="2026-11-24 16:50", prompt="checkin", style="gmail",
         body="No meeting since last time, but: done with goal 1, and goal 2 is going slowly.",
         goals=[G("done", ref="1"), G("in_progress", ref="2")], has=["done with goal 1"],
         note="Two numbered updates in one line: 1 done, 2 in progress; no meeting.")
    case(id="en-goal-012", tz=T, when="2026-10-09 11:20", prompt="goals_prompt", style="html_gmail",
         body="My short term goal is to finish the archives certificate by April.\n\nLong term, I see myself as head of special collections somewhere.",
         goals=[G("new", "certificate", horizon="short"), G("new", "special collections", horizon="long")], has=["finish the archives certificate by April"],
         note="HTML-only Gmail reply with one short and one long goal in prose.")

    # ---------------- commands ----------------
    case(id="en-cmd-001", tz=T, when="2026-11-16 09:00", prompt="nudge", style="gmail",
         body="Hi, I'm back from parental leave so you can start sending me reminders again. I'll reach out to Tariq this week.",
         commands=[CMD("resume")], has=["I'm back from parental leave"],
         note="'I'm back ... start sending me reminders again' = resume.")
    case(id="en-cmd-002", tz=V, when="2026-12-01 13:10", prompt="nudge", style="gmail",
         body="Could you hold off on the reminders until Jan 5? I'm swamped with end-of-term stuff.",
         commands=[CMD("pause", "2027-01-05")], has=["hold off on the reminders until Jan 5"],
         note="A pause asked as a question; until Jan 5 = 2027-01-05 (next January).")
    case(id="en-cmd-003", tz=H, when="2026-11-13 10:30", prompt="", subject="Re: Meeting logged", style="none",
         body="Can you undo that last meeting I logged? I put it in by mistake, we haven't actually met yet.",
         commands=[CMD("undo")], has=["undo that last meeting I logged"],
         note="An undo asked as a question; not a meeting.")
    case(id="en-cmd-004", tz=T, when="2026-11-27 17:30", prompt="nudge", style="gmail",
         body="I'm swamped wrapping things up until my contract ends on December 11, so please pause everything until then.",
         commands=[CMD("pause", "2026-12-11")], has=["please pause everything until then"],
         note="'until then' refers to December 11 earlier in the sentence: pause until 2026-12-11.")
    case(id="en-cmd-005", tz=T, when="2026-12-02 10:05", prompt="wrapup", style="inline",
         body="Answers below!\n\n{ATTR}\n> The session has come to an end.\n>\n> Rating:\n4\n> What worked well?\nHaving someone outside my workplace to talk to.\n> What could be better?\nMore reminders near the end.\n> Would you take part again, perhaps one day as a mentor?\nYes!",
         commands=[CMD("rating", value=4)], has=["Having someone outside my workplace to talk to"],
         note="A rating answered inline under the quoted 'Rating:' line: 4.")
    case(id="en-cmd-006", tz=W, when="2026-12-01 20:00", prompt="wrapup", style="gmail",
         body="Overall I'd give it a 5 out of 5. Rosa was wonderful and I learned a lot about management. Would happily be a mentor next time.",
         commands=[CMD("rating", value=5)], has=["I'd give it a 5 out of 5"],
         note="Rating in prose: 5.")
    case(id="en-cmd-007", tz=V, when="2026-11-06 08:15", prompt="checkin", style="outlook", sig="title",
         body="Hello,\n\nPlease remove me from the program. My new position doesn't leave me any time and I've already let Helen know. Sorry to drop out.",
         commands=[CMD("stop")], has=["Please remove me from the program"],
         note="A clear request to leave the program = stop.")
    case(id="en-cmd-008", tz=T, when="2026-11-04 11:45", prompt="nudge", style="gmail",
         body="Please don't send me emails every few days, the fortnightly check-ins are enough. We're meeting fine on our own.",
         commands=[CMD("fewer_reminders")], has=["the fortnightly check-ins are enough"],
         note="Less mail is not leaving: fewer_reminders; 'don't send me emails' is not a meeting by email.")
    case(id="en-cmd-009", tz=H, when="2026-11-20 14:00", prompt="digest", style="gmail",
         body="I don't really need the digest emails, can you turn those off? The check-ins are fine.",
         commands=[CMD("digest_off")], has=["can you turn those off"],
         note="Turning off the digest only = digest_off.")
    case(id="en-cmd-010", tz=E, when="2026-10-13 09:30", prompt="checkin", style="gmail",
         body="help",
         commands=[CMD("help")], has=["help"],
         note="A bare 'help' = help command.")
    case(id="en-cmd-011", tz=T, when="2026-11-10 07:40", prompt="nudge", style="iphone",
         body="Busy until Nov 30 with the budget cycle. Will get back to it after that!",
         commands=[CMD("pause", "2026-11-30")], has=["Busy until Nov 30"],
         note="'Busy until Nov 30' = pause until 2026-11-30.")
    case(id="en-cmd-012", tz=W, when="2026-11-18 12:00", prompt="nudge", style="gmail",
         body="pause until next Monday please, I'm at a training all week",
         commands=[CMD("pause", "N-mon")], has=["pause until next Monday please"],
         note="'next Monday' from Wed Nov 18 = Nov 23.")
    case(id="en-cmd-013", tz=V, when="2026-11-02 10:22", prompt="", subject="Re: Your reminders are paused", style="none",
         body="Unpause me please, my leave ended early and Marcus and I want to get going again.",
         commands=[CMD("resume")], has=["Unpause me please"],
         note="'Unpause me' = resume.")
    case(id="en-cmd-014", tz=T, when="2026-10-27 15:05", prompt="nudge", style="gmail", sig="land_on",
         body="Could you send me fewer reminders? Once a month would be plenty for me.",
         commands=[CMD("fewer_reminders")], has=["send me fewer reminders"],
         note="A request for fewer reminders, not a pause or a stop.")
    case(id="en-cmd-015", tz=S, when="2026-12-02 11:48", prompt="wrapup", style="outlook", sig="uni",
         body="Rating: 3/5\n\nWhat could be better? More structure for the first meeting, we didn't really know where to start.",
         commands=[CMD("rating", value=3)], has=["More structure for the first meeting"],
         note="'Rating: 3/5' = rating 3.")

    # ---------------- question ----------------
    case(id="en-q-001", tz=T, when="2026-11-25 16:20", prompt="midsession", style="gmail",
         body="Is it OK if Sunita and I keep meeting after the session ends in December? We'd both like to.",
         q=True, has=["keep meeting after the session ends"],
         note="A question for the committee without the word 'question'.")
    case(id="en-q-002", tz=V, when="2026-11-08 19:35", prompt="nudge", style="gmail",
         body="My mentee hasn't answered my last three emails since October. Not sure what to do at this point.",
         q=True, has=["hasn't answered my last three emails"],
         note="Asks for help with a problem in the pair, without a question mark.")
    case(id="en-q-003", tz=H, when="2026-10-19 09:50", prompt="checkin", style="outlook",
         body="Question: can I get a certificate of participation for my professional development hours?",
         q=True, has=["certificate of participation"],
         note="Explicit 'Question:'.")
    case(id="en-q-004", tz=T, when="2026-11-14 22:05", prompt="confidentiality", style="gmail",
         body="Something came up that I'm uncomfortable with: my partner made a comment about my accent during our last call. Who on the committee can I talk to about this?",
         q=True, has=["made a comment about my accent"],
         note="A confidential concern about the pair, asked of the committee; no meeting is logged.")
    case(id="en-q-005", tz=W, when="2026-10-22 13:13", prompt="checkin", style="gmail", sig="env",
         body="Would the committee be able to match me with a second mentor who works in cataloguing? Marcus is great but that's not his area.",
         q=True, has=["match me with a second mentor"],
         note="A request to the committee phrased as a question.")
    case(id="en-q-006", tz=T, when="2026-11-18 12:40", prompt="checkin", style="gmail",
         body="We met yesterday, 30 min by phone, all about interview prep. Who knew mock interviews could be fun, right?",
         meeting=M("D-1", 30, "phone", ["interviews"]), q=False, has=["Who knew mock interviews could be fun"],
         note="A rhetorical question is not a question for the committee; the meeting is logged.")
    case(id="en-q-007", tz=E, when="2026-11-26 10:10", prompt="checkin", style="gmail",
         body="Met Tuesday by video for an hour. Also, do meetings need to be a full hour, or do short calls count too?",
         meeting=M("W-tue", 60, "video"), q=True, has=["do short calls count too"],
         note="A meeting log plus a real question about the program.")

    # ---------------- not a meeting ----------------
    case(id="en-not-001", tz=T, when="2026-12-01 18:30", prompt="wrapup", style="gmail",
         body="What worked well? We met about every two weeks, mostly on Zoom, and Alicia always came prepared.\nWhat could be better? Nothing really.",
         has=["We met about every two weeks"],
         note="A survey answer describing how often they met is a habit, not a meeting log; no rating given.")
    case(id="en-not-002", tz=V, when="2026-11-12 15:00", prompt="checkin", style="gmail",
         body="Not yet! We're meeting next Tuesday at noon on Zoom, I'll report back after.",
         has=["We're meeting next Tuesday at noon on Zoom"],
         note="A plan only: no meeting.")
    case(id="en-not-003", tz=H, when="2026-11-05 08:40", prompt="checkin", style="iphone",
         body="Our call yesterday got cancelled, Ben was sick. We'll reschedule for next week.",
         has=["Our call yesterday got cancelled"],
         note="A cancelled meeting is not a meeting.")
    case(id="en-not-004", tz=T, when="2026-10-20 12:15", prompt="nudge", style="gmail",
         body="We haven't managed to meet yet, we've been playing phone tag for two weeks. Hopefully soon.",
         has=["playing phone tag for two weeks"],
         note="'phone tag' is not a phone meeting.")
    case(id="en-not-005", tz=W, when="2026-11-16 09:25", prompt="midsession", style="outlook",
         body="It's going well. We usually chat by phone on Friday mornings, it's become a nice routine.",
         has=["We usually chat by phone on Friday mornings"],
         note="A habit, not a dated meeting: no meeting.")
    case(id="en-not-006", tz=T, when="2026-11-20 16:55", prompt="checkin", style="gmail", sig="first",
         body="We were supposed to meet Monday but it got pushed to next week because of the storm.",
         has=["it got pushed to next week"],
         note="A postponed meeting is not a meeting.")

    # ---------------- reply text ----------------
    case(id="en-txt-001", tz=T, when="2026-11-09 10:50", prompt="checkin", style="html_outlook", sig="land_on",
         body="Thanks for the reminder! We haven't met yet this cycle but we have something planned for next week.",
         has=["We haven't met yet this cycle"],
         note="HTML-only Outlook reply: the land acknowledgement, title and quoted check-in must be removed.")
    case(id="en-txt-002", tz=W, when="2026-10-26 14:35", prompt="midsession", style="origmsg", sig="disc_en",
         body="Hi,\n\nThe conversations are covering what I hoped. Rosa has been very generous with her time.",
         has=["Rosa has been very generous with her time"],
         note="The legal disclaimer and the -----Original Message----- quote must go.")
    case(id="en-txt-003", tz=V, when="2026-11-21 11:05", prompt="confidentiality", style="iphone",
         body="Thanks for the reminder, all good on our end. Merci!",
         has=["all good on our end"],
         note="iPhone footer and quoted confidentiality reminder removed.")
    case(id="en-txt-004", tz=H, when="2026-10-30 16:10", prompt="midsession", style="flowed", sig="dash",
         body="Honestly the first half went by too fast. We've talked about a lot of things but I think we need to focus more on my actual applications in the second half, so that's what we'll do.",
         has=["we need to focus more on my actual applications"],
         note="format=flowed: soft line breaks; the '-- ' signature with title and the quote must go.")
    case(id="en-txt-005", tz=T, when="2026-11-13 13:00", prompt="midsession", style="gmail", sig="env", enc="base64",
         body="Going fine, thank you. Marcus sends me a lot of useful postings.",
         has=["Marcus sends me a lot of useful postings"],
         note="base64 body; the environment footer and title must go.")
    case(id="en-txt-006", tz=S, when="2026-11-17 09:35", prompt="midsession", style="outlook", sig="uni", enc="latin1",
         body="Everything's fine here. We'd like to keep the same rhythm for the second half.",
         has=["keep the same rhythm for the second half"],
         note="ISO-8859-1 quoted-printable; title and Outlook-quoted program email must go.")
