from build import *

T, V, H, W, E, S = "America/Toronto", "America/Vancouver", "America/Halifax", "America/Winnipeg", "America/Edmonton", "America/St_Johns"

# ============================================================ meetings
reply("en-meet-001", "en", "meeting", "checkin", T,
 "Zoom 'yesterday' (Tue 24 Nov -> 23 Nov), 'about 45 min', mock interview = interviews; signature and quoted example must go",
 ("Priya Raman", "priya.raman@tpl.example.ca"), "2026-11-24 14:12",
 """Hi there,

We met yesterday over Zoom for about 45 min. Daniel ran a mock interview with me for the branch head posting in Mississauga and gave me a lot of feedback on my STAR answers. Super helpful!

Thanks,""",
 R(M("2026-11-23", 45, "video", ["interviews"]), has=["We met yesterday over Zoom", "mock interview"], not_=["Library Technician", "Time for check-in"]),
 pe=checkin("en", "Priya", "Daniel", 2, 1, "2026-11-06", ["career_goals", "interviews", "conferences"]),
 sig="Priya\n\n--\nPriya Raman (she/her)\nLibrary Technician | Toronto Public Library\n416-555-0182",
 client="gmail", fmt="alt")

reply("en-meet-002", "en", "meeting", "checkin", V,
 "typo 'last tusday' from Thu 12 Nov -> Tue 10 Nov; 'maybe an hr' = 60; phone call; 'my job' = current_role; land acknowledgement cut",
 ("Rohan Mehta", "rohan.mehta@vpl.example.ca"), "2026-11-12 10:40",
 """Hello,

Li Na and I had a phone call last tusday, maybe an hr. We talked about my job at the branch and how I can take on more programming responsibilites without getting overwhelmed.

Rohan""",
 R(M("2026-11-10", 60, "phone", ["current_role"]), has=["last tusday, maybe an hr"], not_=["I acknowledge that I live and work", "Time for check-in"]),
 pe=checkin("en", "Rohan", "Li Na", 2, 1, "2026-10-27", ["current_role", "management"]),
 sig="Rohan Mehta\nLibrary Assistant II, Collingwood Branch\nVancouver Public Library\n\nI acknowledge that I live and work on the unceded traditional territories of the xʷməθkʷəy̓əm (Musqueam), Sḵwx̱wú7mesh (Squamish), and səlilwətaɬ (Tsleil-Waututh) Nations.",
 client="outlook", qdays=2)

reply("en-meet-003", "en", "meeting", "checkin", H,
 "typo 'yesterady' (Tue 27 Oct -> 26 Oct), coffee at Java Blend = in person, '1hr and a half' = 90; her story into libraries = career_path",
 ("Kwame Mensah", "kmensah@hfxpl.example.ca"), "2026-10-27 07:55",
 """Met with Amara yesterady over coffee at Java Blend on North St, 1hr and a half. She told me the whole story of how she ended up in libraries after ten years as a civil engineer in Accra. Really inspiring""",
 R(M("2026-10-26", 90, "in_person", ["career_path"]), has=["yesterady over coffee"], not_=["Sent from my iPhone", "Did you meet since?"]),
 pe=checkin("en", "Kwame", "Amara", 1, 0, None, ["career_path", "current_role", "career_goals"]),
 footer="Sent from my iPhone", client="iphone", cte="qp")

reply("en-meet-004", "en", "meeting", "checkin", T,
 "self-correction 'Thursday, no wait, Wednesday' -> Wed 4 Nov (message Fri 6 Nov); 30 min Teams = video; juggling deadlines = time_management; HTML-only Outlook",
 ("Mei-Ling Chen", "meiling.chen@utoronto.example.ca"), "2026-11-06 16:20",
 """Hi,
Hana and I met Thursday, no wait, Wednesday - sorry, long week. 30 min on Teams.
We talked about how to juggle three project deadlines that all land before the holidays.
Mei-Ling""",
 R(M("2026-11-04", 30, "video", ["time_management"]), has=["no wait, Wednesday", "30 min on Teams"], not_=["Metadata Librarian", "Did you meet since?"]),
 pe=checkin("en", "Mei-Ling", "Hana", 1, 0, None, ["time_management", "technology"]),
 sig="Mei-Ling Chen | Metadata Librarian\nUniversity of Toronto Libraries\nPronouns: she/her",
 client="outlook", fmt="html", cte="qp", qdays=3)

reply("en-meet-005", "en", "meeting", "checkin", W,
 "two meetings in one reply: Nov 3 phone 20 min, Nov 17 lunch at the library ~1 h on cover letter; first is Nov 3",
 ("Oluwaseun Adeyemi", "seun.adeyemi@umanitoba.example.ca"), "2026-11-19 20:05",
 """Hi everyone,

Catching up on two meetings with Tanvir:

- Nov 3: quick phone check-in, 20 minutes, mostly scheduling and what I'm reading
- Nov 17: lunch at the Millennium Library, about an hour. We went through my cover letter for the U of M liaison librarian job line by line.

Thanks!
Seun""",
 R(M("2026-11-03", 20, "phone", []), count=2, has=["quick phone check-in", "Millennium Library"], not_=["Did you meet since?"]),
 pe=checkin("en", "Oluwaseun", "Tanvir", 2, 1, "2026-10-22", ["job_applications", "lis_resources"]),
 client="gmail", qdays=2)

reply("en-meet-006", "en", "meeting", "checkin", E,
 "meeting with no date at all: 45 min Zoom about going to the OLA Super Conference -> date null, warn",
 ("Arjun Singh", "arjun.singh@epl.example.ca"), "2026-11-25 12:30",
 """We met, 45 minutes on Zoom. Good chat about whether it's worth flying out to the OLA Super Conference from Alberta or if I should save the money for something closer to home.""",
 R(M(None, 45, "video", ["conferences"]), warn=True, has=["45 minutes on Zoom"], not_=["Sent from my Galaxy", "Plain sentences work too"]),
 pe=checkin("en", "Arjun", "Kaveh", 3, 2, "2026-11-05", ["conferences", "lis_resources"]),
 footer="Sent from my Galaxy", client="android")

reply("en-meet-007", "en", "meeting", "checkin", T,
 "vague date 'sometime last week' -> date null + warn; half an hour by phone; union drive and contract = job_precarity",
 ("Farah Siddiqui", "farah.siddiqui@opl.example.ca"), "2026-11-30 09:14",
 """Sometime last week Yusuf and I had a quick phone chat, half an hour maybe. I honestly can't remember which day, it was a blur. We talked about the union drive at my library and what it might mean for my contract.""",
 R(M(None, 30, "phone", ["job_precarity"]), warn=True, has=["half an hour maybe"], not_=["Reference Librarian (term)", "Did you meet since?"]),
 pe=checkin("en", "Farah", "Yusuf", 3, 2, "2026-11-09", ["job_precarity", "career_goals"]),
 sig="-- \nFarah Siddiqui\nReference Librarian (term), Ottawa Public Library",
 client="tbird", fmt="flowed", qdays=6)

reply("en-meet-008", "en", "meeting", "checkin", V,
 "'On the 12th' from Mon 16 Nov -> 12 Nov; 90 minutes on Google Meet; resume rewrite = job_applications",
 ("Thanh Pham", "thanh.pham@ubc.example.ca"), "2026-11-16 13:45",
 """We did meet! On the 12th, 90 minutes on Google Meet. Samira went through my resume with a red pen (figuratively) and we rewrote the summary section together. Next up is the cover letter.

Thanh""",
 R(M("2026-11-12", 90, "video", ["job_applications"]), has=["On the 12th, 90 minutes on Google Meet"], not_=["Plain sentences work too"]),
 pe=checkin("en", "Thanh", "Samira", 2, 1, "2026-10-29", ["job_applications", "interviews"]),
 client="gmail", fmt="alt", qdays=6)

reply("en-meet-009", "en", "meeting", "checkin", H,
 "meeting by email on Nov 20 (comments on cover letter); no length; legal disclaimer cut",
 ("Keisha Campbell", "keisha.campbell@hpl.example.ca"), "2026-11-23 11:02",
 """No call this round - we did it by email. On Nov 20 Grace sent me detailed comments on my cover letter for the Dal posting and I replied with a revised draft the same day. (Your email said a few emails count too, so I'm logging it.)""",
 R(M("2026-11-20", None, "email", ["job_applications"]), has=["we did it by email"], not_=["intended only for the named recipient", "Time for check-in"]),
 pe=checkin("en", "Keisha", "Grace", 2, 1, "2026-11-02", ["job_applications"]),
 sig="Keisha Campbell\nLibrary Technician, Alderney Gate\nHalifax Public Libraries\n\nCONFIDENTIALITY: This e-mail and any attachments are intended only for the named recipient(s) and may contain information that is privileged or confidential. If you received this in error, please notify the sender and delete it.",
 client="outlook", qdays=3)

reply("en-meet-010", "en", "meeting", "checkin", T,
 "'Teams chat this morning' = chat on the message day (1 Dec); 20 min; OLA Super Conference proposal = conferences",
 ("Diego Castillo", "dcastillo@mississauga.example.ca"), "2026-12-01 11:47",
 """Quick Teams chat with Nadia this morning, 20 min or so, about my OLA Super Conference proposal. She thinks I should cut it down to one case study. Submitting Friday!""",
 R(M("2026-12-01", 20, "chat", ["conferences"]), has=["Quick Teams chat with Nadia this morning"], not_=["Digital Services Librarian", "Sending your questions a few days ahead"]),
 pe=checkin("en", "Diego", "Nadia", 3, 3, "2026-11-18", ["conferences", "technology"]),
 sig="Diego Castillo\nDigital Services Librarian\nMississauga Library | 905-555-0147",
 client="outlook", fmt="alt")

reply("en-meet-011", "en", "meeting", "checkin", T,
 "'by phone at lunch on Monday' is ONE mode (phone), Wed 25 Nov -> Mon 23 Nov; 40 minutes; only racialized person on staff = diversity",
 ("Layla Hassan", "layla.hassan@mississauga.example.ca"), "2026-11-25 17:30",
 """talked w/ Anita by phone at lunch on Monday, 40 minutes. I told her what it's like being the only racialized person on staff at my branch and the comments I get from some patrons. She shared how she handled it at her first job. I feel less alone honestly.""",
 R(M("2026-11-23", 40, "phone", ["diversity"]), has=["by phone at lunch on Monday"], not_=["Remember that the agenda is yours"]),
 pe=checkin("en", "Layla", "Anita", 3, 2, "2026-11-04", ["diversity", "work_scenarios"]),
 client="gmail", quote="gmail_wrapped")

reply("en-meet-012", "en", "meeting", "checkin", "America/Montreal",
 "last Friday (from Tue 24 Nov) = 20 Nov at Café Olimpico = in person, an hour; 'Next one is Dec 4' = next_meeting",
 ("Jun Park", "jun.park@mcgill.example.ca"), "2026-11-24 21:10",
 """Met Sophie last Friday at Café Olimpico for an hour. Next one is Dec 4, same place probably.""",
 R(M("2026-11-20", 60, "in_person", [], next="2026-12-04"), has=["last Friday at Café Olimpico"], not_=["Sent from my iPhone", "Did you meet since?"]),
 pe=checkin("en", "Jun", "Sophie", 2, 1, "2026-11-03", ["career_goals", "specialties"]),
 footer="Sent from my iPhone", client="iphone", cte="qp")

reply("en-meet-013", "en", "meeting", "checkin", W,
 "inline answers under the quoted check-in: 'Tuesday the 10th' (msg Thu 12 Nov) about 50 min Zoom; 'We did 7 and 18' = the numbered topics in the quote (interviews, LIS resources)",
 ("Tomás Herrera", "tomas.herrera@wpl.example.ca"), "2026-11-12 15:20", "",
 R(M("2026-11-10", 50, "video", ["interviews", "lis_resources"]), has=["Tuesday the 10th", "We did 7 and 18"], not_=["Remember that the agenda is yours"]),
 pe=checkin("en", "Tomás", "Adaeze", 2, 1, "2026-10-27", ["interviews", "lis_resources", "management"]),
 top="Answers below :)",
 inline_answers={"Did you meet since?": "Yes! Tuesday the 10th, about 50 minutes on Zoom.",
                 "think them over.": "We did 7 and 18. She's sending me a list of webinars to look at."},
 sig="T.", client="gmail", qdays=2)

reply("en-meet-014", "en", "meeting", "checkin", V,
 "Date header is in UTC (Fri 20 Nov 03:40 +0000) but the sender is in Vancouver (Thu 19 Nov 19:40 local): 'yesterday' = 18 Nov; 25 min phone; restructuring/new protocols = change_management",
 ("Hiroshi Tanaka", "htanaka@fastmail.example.com"), "2026-11-19 19:40",
 """Spoke with Marisol yesterday on the phone for 25 min, mostly about the restructuring at my library and how to handle all the new protocols our director keeps rolling out.

Hiroshi""",
 R(M("2026-11-18", 25, "phone", ["change_management"]), has=["yesterday on the phone for 25 min"], not_=["Did you meet since?"]),
 pe=checkin("en", "Hiroshi", "Marisol", 2, 1, "2026-11-02", ["change_management", "work_scenarios"]),
 client="generic", date_hdr="Fri, 20 Nov 2026 03:40:00 +0000", xmailer="Fastmail")

reply("en-meet-015", "en", "meeting", "checkin", T,
 "lower-case run-on: 'on teams tues' (msg Thu 10 Dec) = 8 Dec; 'an hour and a quarter' = 75; managing student staff = management",
 ("Bilal Qureshi", "bilal.q@gmail.example.com"), "2026-12-10 22:48",
 """met w/ grace on teams tues for like an hour and a quarter talked about managing a team of student staff and how to say no when my manager keeps adding projects lol anyway good meeting""",
 R(M("2026-12-08", 75, "video", ["management"]), has=["an hour and a quarter"], not_=["Did you meet since?"]),
 pe=checkin("en", "Bilal", "Grace", 4, 3, "2026-11-24", ["management", "time_management"]),
 client="android", qdays=2)

reply("en-meet-016", "en", "meeting", "checkin", H,
 "format=flowed; December 3rd in person at Halifax Central Library for two hours (120); running for the APLA executive / board = committees; signature cut",
 ("Naledi Dube", "naledi.dube@dal.example.ca"), "2026-12-05 10:15",
 """We finally met in person! December 3rd at the Halifax Central Library, we grabbed a table on the fifth floor and ended up talking for two hours. Most of it was about whether I should run for the APLA executive next year - Chidi has been on the board twice and was very honest about the time commitment. He thinks I should go for the secretary position first.""",
 R(M("2026-12-03", 120, "in_person", ["committees"]), has=["December 3rd at the Halifax Central Library"], not_=["Collections Librarian, Dalhousie", "Did you meet since?"]),
 pe=checkin("en", "Naledi", "Chidi", 3, 2, "2026-11-12", ["committees", "career_goals"]),
 sig="-- \nNaledi Dube (she/her)\nCollections Librarian, Dalhousie University\nKjipuktuk, Mi'kma'ki",
 client="tbird", fmt="flowed", qdays=4)

# ============================================================ topics in other words
reply("en-top-001", "en", "topics", "checkin", T,
 "career path story (teaching in Lagos -> MLIS) = career_path; 'last Wednesday' from Mon 2 Nov = 28 Oct; Teams ~50 min",
 ("Ana-Maria Popescu", "ana.popescu@hamiltonpl.example.ca"), "2026-11-02 12:10",
 """Hi! We had our first real video call last Wednesday (Teams, ~50 min). Ngozi shared her career path story: teaching high school in Lagos, then moving to Canada, then an MLIS at Western while working nights at a call centre. I had no idea. We also compared how we each ended up in public libraries.""",
 R(M("2026-10-28", 50, "video", ["career_path"]), has=["our first real video call last Wednesday"], not_=["Did you meet since?"]),
 pe=checkin("en", "Ana-Maria", "Ngozi", 1, 0, None, ["career_path", "current_role"]),
 client="gmail", qdays=5)

reply("en-top-002", "en", "topics", "checkin", E,
 "only person of colour in the department = diversity; 'Friday the 13th' from Tue 17 Nov = 13 Nov; Zoom hour",
 ("Zainab Malik", "zainab.malik@ucalgary.example.ca"), "2026-11-17 16:05",
 """Good afternoon,

We met on Friday the 13th (ha) on Zoom for an hour. I wanted to talk through being the only person of colour in my department and constantly being asked to lead anything EDI-related on top of my actual work. Nikhil had a lot of practical advice about setting boundaries around that.

Zainab""",
 R(M("2026-11-13", 60, "video", ["diversity"]), has=["Friday the 13th (ha) on Zoom"], not_=["Did you meet since?"]),
 pe=checkin("en", "Zainab", "Nikhil", 2, 1, "2026-10-30", ["diversity", "work_scenarios"]),
 client="outlook", qdays=1)

reply("en-top-003", "en", "topics", "checkin", V,
 "mentor logs: 'Saturday morning by phone' (msg Mon 9 Nov) = 7 Nov, 45 min; burnout and disconnecting = work_life_balance",
 ("Ravi Patel", "ravi.patel@sfu.example.ca"), "2026-11-09 19:22",
 """Quick log from my side: Sunita and I spoke Saturday morning by phone, about 45 minutes. She's been close to burnout since the fall term started, so we spent most of it on how to actually disconnect: no work email on the phone, blocking Friday afternoons, that kind of thing. I'll check in with her again before the holidays.

Ravi""",
 R(M("2026-11-07", 45, "phone", ["work_life_balance"]), has=["Saturday morning by phone"], not_=["A reminder for mentors"]),
 pe=checkin("en", "Ravi", "Sunita", 2, 1, "2026-10-24", ["work_life_balance", "time_management"], role="mentor"),
 client="apple", cte="qp")

reply("en-top-004", "en", "topics", "checkin", T,
 "'Monday's meeting' (msg Wed 18 Nov) = 16 Nov; video 1 hour; prioritising three deadlines = time_management",
 ("Sun-Hee Kim", "sunhee.kim@mcmaster.example.ca"), "2026-11-18 08:40",
 """Hi, logging Monday's meeting with Adebayo: video, 1 hour. Topic was basically how I prioritise when three deadlines land in the same week (grant report, instruction sessions, the LibGuides migration). He made me rank everything by who is waiting on it. Very practical.""",
 R(M("2026-11-16", 60, "video", ["time_management"]), has=["how I prioritise when three deadlines"], not_=["Looking for something to talk about next?"]),
 pe=checkin("en", "Sun-Hee", "Adebayo", 2, 1, "2026-11-02", ["time_management", "management"]),
 sig="Sun-Hee", client="gmail", fmt="alt")

reply("en-top-005", "en", "topics", "checkin", V,
 "'on Tuesday' (msg Thu 26 Nov) = 24 Nov in person at the library cafe, ~40 min; BCLA executive / serving on a board = committees; HTML-only",
 ("Tenzin Dolma", "tenzin.dolma@sfu.example.ca"), "2026-11-26 14:00",
 """Hello committee,
We met in person on Tuesday at the SFU library cafe for about 40 minutes. I asked Wei whether I'm ready to join the BCLA executive, and what serving on a board actually looks like week to week. He was on it for three years so very useful.
Tenzin""",
 R(M("2026-11-24", 40, "in_person", ["committees"]), has=["We met in person on Tuesday"], not_=["Did you meet since?"]),
 pe=checkin("en", "Tenzin", "Wei", 3, 2, "2026-11-09", ["committees", "lis_resources"]),
 client="outlook", fmt="html", qdays=2)

reply("en-top-006", "en", "topics", "checkin", T,
 "'Video call on Thursday' (msg Sun 6 Dec) = 3 Dec, 35 min; OLA Super Conference poster tips = conferences",
 ("Kavya Iyer", "kavya.iyer@torontomu.example.ca"), "2026-12-06 20:15",
 """Video call on Thursday, 35 min. Marc is presenting at the OLA Super Conference in January and gave me tips for my first poster session: how to make it readable from 2 metres away, and to bring business cards.""",
 R(M("2026-12-03", 35, "video", ["conferences"]), has=["Video call on Thursday, 35 min"], not_=["Sent from my iPhone", "Did you meet since?"]),
 pe=checkin("en", "Kavya", "Marc", 4, 3, "2026-11-20", ["conferences", "professional_development"]),
 footer="Sent from my iPhone", client="iphone", fmt="alt", qdays=2)

reply("en-top-007", "en", "topics", "checkin", T,
 "structured form using the catalogue's own labels: Nov 25, 1 hour, in person, Management + Job precarity",
 ("Ibrahim Farah", "ibrahim.farah@carleton.example.ca"), "2026-11-27 09:00",
 """Date: Nov 25
Length: 1 hour
How: in person
Topics: Management tips and strategies; Job precarity, unions and the job market
Notes: talked about my term contract ending in March and whether to apply for the supervisor role""",
 R(M("2026-11-25", 60, "in_person", ["management", "job_precarity"]), has=["term contract ending in March"], not_=["went over my cover letter for the Halifax posting"]),
 pe=checkin("en", "Ibrahim", "Elena", 3, 2, "2026-11-10", ["management", "job_precarity"]),
 client="generic", xmailer="Roundcube Webmail/1.6.9", qdays=3)

reply("en-top-008", "en", "topics", "checkin", E,
 "'on Tuesday' (msg Thu 22 Oct) = 20 Oct; Zoom 45 min; generative AI / ChatGPT = technology; cataloguing = specialties",
 ("Lucía Fernández", "lucia.fernandez@ualberta.example.ca"), "2026-10-22 13:30",
 """Met with Joseph on Tuesday (Zoom, 45 min). We discussed the article he sent me about using generative AI for cataloguing - we're both skeptical but curious. He also showed me how his team uses ChatGPT for first-draft subject headings. I want to try it with our zine collection.""",
 R(M("2026-10-20", 45, "video", ["technology", "specialties"]), has=["Met with Joseph on Tuesday"], not_=["Did you meet since?"]),
 pe=checkin("en", "Lucía", "Joseph", 1, 0, None, ["technology", "specialties", "current_topics"]),
 sig="Lucía\n\nLucía Fernández, MLIS\nCataloguing Librarian | University of Alberta Library",
 client="gmail", qdays=2)

# ============================================================ goals
reply("en-goal-001", "en", "goals", "goals_prompt", T,
 "new goals one per line: short term cover letter, long term head of reference; quoted example goals must not count",
 ("Yasmin Abdi", "yasmin.abdi@yorku.example.ca"), "2026-10-15 10:20",
 """Hi,

Short term: finish my cover letter for the York U posting
Long term: become head of reference at an academic library in 5 years

Thanks!
Yasmin""",
 R(None, [G("new", horizon="short", title="cover letter"), G("new", horizon="long", title="reference")], has=["finish my cover letter"], not_=["lead a public services team"]),
 pe=goals_prompt("en", "Yasmin", "Daniel", reply_by="2026-10-20"),
 client="gmail", qdays=1)

reply("en-goal-002", "en", "goals", "goals_prompt", H,
 "short- and long-term goal in one paragraph: presenting at all-staff meeting (short), management role within five years (long)",
 ("Chidi Nwosu", "chidi.nwosu@hpl.example.ca"), "2026-10-16 15:45",
 """Good afternoon,

In the short term I'd like to get comfortable presenting at our monthly all-staff meeting (I freeze up every time). Longer term, I'm hoping to move into a management role within the next five years or so, ideally in a regional library system.

Regards,
Chidi""",
 R(None, [G("new", horizon="short", title="presenting"), G("new", horizon="long", title="management")], has=["comfortable presenting"], not_=["Knowing what you want from these two months"]),
 pe=goals_prompt("en", "Chidi", "Naledi"),
 sig="Chidi Nwosu\nBranch Assistant, Keshen Goodman\nHalifax Public Libraries",
 client="outlook", qdays=2)

reply("en-goal-003", "en", "goals", "midsession", T,
 "prose progress: finished cover letter = done; still working on LinkedIn = in_progress; 'Best, Sam' is a sign-off, not a goal",
 ("Sam Okonkwo", "sam.okonkwo@gmail.example.com"), "2026-11-12 18:30",
 """Update on my goals: finished my cover letter and sent it off to Hamilton PL last week! Still working on my LinkedIn, the headline is harder than it looks.

Best,
Sam""",
 R(None, [G("done", title="cover letter"), G("in_progress", title="linkedin")], has=["Still working on my LinkedIn"], not_=["Are your conversations covering what you hoped"]),
 pe=midsession("en", "Sam", "Olivia", 2, 2, 2, 0, "2026-12-11"),
 client="gmail")

reply("en-goal-004", "en", "goals", "midsession", V,
 "numbered updates: 'Goal 2 is done' and 'Goal 1: halfway there' (in progress); HTML-only Outlook",
 ("Wei Zhang", "wei.zhang@ubc.example.ca"), "2026-11-13 09:10",
 """Hi,
Goal 2 is done - I submitted the application for the co-op placement!
Goal 1: halfway there, I've drafted 3 of the 6 LibGuides.
Wei""",
 R(None, [G("done", ref="2"), G("in_progress", ref="1")], has=["Goal 2 is done", "halfway there"], not_=["goal 1: done"]),
 pe=midsession("en", "Wei", "Tenzin", 2, 2, 3, 0, "2026-12-11"),
 client="outlook", fmt="html")

reply("en-goal-005", "en", "goals", "midsession", W,
 "'I'm dropping goal 3' = dropped; goals 1 and 2 still in progress",
 ("Marisol Quispe", "marisol.quispe@uwinnipeg.example.ca"), "2026-11-16 07:30",
 """I'm dropping goal 3 - the cataloguing certificate isn't offered until next fall so there's no point keeping it this session. Goals 1 and 2 are still in progress.""",
 R(None, [G("dropped", ref="3"), G("in_progress", ref="1"), G("in_progress", ref="2")], has=["dropping goal 3"], not_=["Sent from my iPhone", "Steer the conversation"]),
 pe=midsession("en", "Marisol", "Hiroshi", 1, 2, 3, 0),
 footer="Sent from my iPhone", client="iphone", qdays=4)

reply("en-goal-006", "en", "goals", "goals_prompt", T,
 "mentor's own goals in prose: short term better CV feedback, long term publish an article; disclaimer cut; Original Message quoting",
 ("Samuel Osei", "sosei@yorku.example.ca"), "2026-10-14 11:00",
 """Thanks for the prompt. For me, short term: get better at giving useful feedback on CVs instead of just saying "looks good". Long term: I'd like to publish an article on mentoring internationally trained librarians in the next few years.""",
 R(None, [G("new", horizon="short", title="feedback"), G("new", horizon="long", title="article")], has=["giving useful feedback on CVs"], not_=["intended only for the addressee", "Mentors grow through this program too"]),
 pe=goals_prompt("en", "Samuel", "Priya", role="mentor"),
 sig="Samuel Osei, PhD\nAssociate University Librarian, Research & Learning\nYork University Libraries\n\nThis message is intended only for the addressee. If you have received it in error, please notify the sender and delete it.",
 client="outlook_orig")

reply("en-goal-007", "en", "goals", "goals_prompt", E,
 "bulleted goals under headings: two short-term (resume, apply to three academic jobs) and one long-term (permanent position)",
 ("Lan Nguyen", "lan.nguyen@ualberta.example.ca"), "2026-10-15 21:05",
 """Hi! Here are mine:

Short-term goals:
- update my resume
- apply to at least three academic library jobs before the holidays

Long-term:
- land a permanent position in an academic library (I'm on my third contract)

Lan""",
 R(None, [G("new", horizon="short", title="resume"), G("new", horizon="short", title="apply"), G("new", horizon="long", title="permanent")], has=["update my resume"], not_=["update my CV and send two applications"]),
 pe=goals_prompt("en", "Lan", "Lucía"),
 client="gmail", fmt="alt")

reply("en-goal-008", "en", "goals", "goals_prompt", T,
 "casual 'short term - ...' / 'long term - ...'; 'Cheers, Jordan' is not a goal (exactly two goals)",
 ("Jordan Baptiste", "jordan.baptiste@kpl.example.ca"), "2026-10-16 08:12",
 """short term - practice interviewing with someone who isn't my mom
long term - library director someday!!

Cheers,
Jordan""",
 R(None, [G("new", horizon="short", title="interviewing"), G("new", horizon="long", title="director")], has=["practice interviewing"], not_=["lead a public services team"]),
 pe=goals_prompt("en", "Jordan", "Kofi"),
 client="generic", xmailer="Zimbra", qdays=2)

reply("en-goal-009", "en", "goals", "midsession", V,
 "numbered progress in prose: goal 1 (CV) done; goal 2 two of five applications sent = in progress",
 ("Carlos Ortega", "carlos.ortega@vpl.example.ca"), "2026-11-16 12:00",
 """Goal 1 (CV refresh) - done, Hyun-woo signed off on it.
Goal 2 - I've applied to two of the five jobs on my list so far, so still going.

Carlos""",
 R(None, [G("done", ref="1"), G("in_progress", ref="2")], has=["Hyun-woo signed off on it"], not_=["Do your goals still fit"]),
 pe=midsession("en", "Carlos", "Hyun-woo", 2, 2, 2, 0, "2026-12-11"),
 client="gmail", qdays=2)

reply("en-goal-010", "en", "goals", "checkin", T,
 "no meeting this time; portfolio finally done = done; letting go of the French course goal = dropped",
 ("Mariam Yousef", "mariam.yousef@uoft.example.ca"), "2026-12-08 19:40",
 """No meeting to report this time (exams!), but two goal updates: my teaching portfolio is finally done, and I've decided to let go of the French course goal, it's just not realistic this year with my schedule.""",
 R(None, [G("done", title="portfolio"), G("dropped", title="french")], has=["portfolio is finally done"], not_=["Did you meet since?"]),
 pe=checkin("en", "Mariam", "Abdullah", 4, 4, "2026-11-26", ["professional_development"]),
 client="apple", cte="qp")

reply("en-goal-011", "en", "goals", "", H,
 "reply to the goals receipt adding a new short-term goal (poster proposal for the APLA conference)",
 ("Aziz Rahimi", "aziz.rahimi@smu.example.ca"), "2026-11-04 14:30",
 """Hi, one more to add please - new short-term goal: submit a poster proposal to the APLA conference by the January deadline.

Aziz""",
 R(None, [G("new", horizon="short", title="poster")], has=["submit a poster proposal"], not_=["Thanks! Here is what we recorded"]),
 pe=receipt_goals("en", "Aziz", [(1, "finish my MLIS capstone", "short term", "new"), (2, "work in an academic library in Atlantic Canada", "long term", "new")]),
 client="outlook", qdays=1)

# ============================================================ commands
reply("en-cmd-001", "en", "commands", "nudge", T,
 "'pause until January 5' in a December message -> 2027-01-05",
 ("Grace Liu", "grace.liu@tpl.example.ca"), "2026-12-14 09:30",
 """Hi, Daniel and I are both off over the holidays. pause until January 5 please. Thanks!""",
 R(None, commands=[P("2027-01-05")], has=["pause until January 5"], not_=["Life gets busy"]),
 pe=nudge("en", "Grace", "Daniel", 17, "2026-11-27"),
 client="gmail")

reply("en-cmd-002", "en", "commands", "nudge", W,
 "pause request in prose: 'could you pause everything until Jan 11?' -> pause until 2027-01-11 (a command, not a committee question)",
 ("Adwoa Boateng", "adwoa.boateng@brandonu.example.ca"), "2026-12-10 18:20",
 """I'm travelling to Kumasi to see family and won't have reliable internet, could you pause everything until Jan 11? I've let Tomás know.""",
 R(None, commands=[P("2027-01-11")], has=["pause everything until Jan 11"], not_=["Sent from my iPhone", "Life gets busy"]),
 pe=nudge("en", "Adwoa", "Tomás", 19, "2026-11-21"),
 footer="Sent from my iPhone", client="iphone")

reply("en-cmd-003", "en", "commands", "checkin", V,
 "'I'm busy until the 15th' from Sat 28 Nov -> pause until 2026-12-15",
 ("Hyun-woo Lee", "hyunwoo.lee@vpl.example.ca"), "2026-11-28 11:15",
 """Swamped with year-end reports and the branch move, I'm busy until the 15th. Could you hold the reminders till then?

Hyun-woo""",
 R(None, commands=[P("2026-12-15")], has=["busy until the 15th"], not_=["A reminder for mentors"]),
 pe=checkin("en", "Hyun-woo", "Carlos", 3, 3, "2026-11-19", ["management"], role="mentor"),
 client="outlook", qdays=4)

reply("en-cmd-004", "en", "commands", "nudge", T,
 "'off from Dec 20 to Jan 3, pause until then' -> until 2027-01-03 (the date is given before 'until then')",
 ("Priyanka Das", "priyanka.das@uoguelph.example.ca"), "2026-12-16 13:05",
 """Hi! I'm off from Dec 20 to Jan 3, pause until then please. Happy holidays to the committee!""",
 R(None, commands=[P("2027-01-03")], has=["off from Dec 20 to Jan 3"], not_=["pause until [a date]"]),
 pe=nudge("en", "Priyanka", "Ayo", 16),
 client="gmail", fmt="alt")

reply("en-cmd-005", "en", "commands", "", H,
 "'I'm back! You can start sending again' in reply to the pause receipt = resume",
 ("Rania Haddad", "rania.haddad@mta.example.ca"), "2026-11-23 08:05",
 """I'm back! You can start sending again.""",
 R(None, commands=[C("resume")], has=["start sending again"], not_=["hold off on reminders"]),
 pe=receipt_pause("en", "Rania", "2026-11-22"),
 client="gmail", qdays=12)

reply("en-cmd-006", "en", "commands", "", E,
 "'oops, undo that last one' in reply to a meeting receipt = undo; the wrong-date remark is not a new log",
 ("Mohammed Al-Sayed", "m.alsayed@macewan.example.ca"), "2026-11-18 17:55",
 """oops, undo that last one - I put the wrong date, it was last week not this week. I'll resend it properly.""",
 R(None, commands=[C("undo")], has=["undo that last one"], not_=["Something wrong?"]),
 pe=receipt_meeting("en", "Mohammed", "Lucía", "2026-11-17", 45, "video", 3),
 client="android", qdays=0, qtime="17:40")

reply("en-cmd-007", "en", "commands", "", V,
 "'Can you undo that?' after pasting the partner's goals by mistake = undo (a command, not a question)",
 ("Sophie Tran", "sophie.tran@kpu.example.ca"), "2026-10-19 10:25",
 """Hmm, that's not what I meant - those were my partner's goals that I pasted by mistake. Can you undo that?""",
 R(None, commands=[C("undo")], has=["Can you undo that?"], not_=["To update a goal later"]),
 pe=receipt_goals("en", "Sophie", [(1, "finish the grant report", "short term", "new"), (2, "become a department head", "long term", "new")]),
 client="outlook", fmt="html", qdays=0, qtime="10:02")

reply("en-cmd-008", "en", "commands", "checkin", T,
 "one-word 'help' from a phone",
 ("Olumide Balogun", "olumide.b@icloud.example.com"), "2026-11-10 07:12",
 """help""",
 R(None, commands=[C("help")], has=["help"], not_=["Sent from my iPhone"]),
 pe=checkin("en", "Olumide", "Ritu", 2, 0, None, ["career_path", "interviews"]),
 footer="Sent from my iPhone", client="iphone", qdays=0, qtime="06:30")

reply("en-cmd-009", "en", "commands", "checkin", T,
 "clear request to leave: 'I want to withdraw from the program' = stop",
 ("Thi-Ha Vo", "thiha.vo@rpl.example.ca"), "2026-11-11 16:45",
 """Dear committee,

I want to withdraw from the program. I've just started a new position and I can't give Rebecca the time she deserves. I've already told her. Thank you for everything you do.

Kind regards,
Thi-Ha""",
 R(None, commands=[C("stop")], has=["withdraw from the program"], not_=["Richmond Hill Public Library", "Did you meet since?"]),
 pe=checkin("en", "Thi-Ha", "Rebecca", 2, 1, "2026-10-30", ["career_goals"]),
 sig="Thi-Ha Vo\nYouth Services Librarian\nRichmond Hill Public Library",
 client="outlook")

reply("en-cmd-010", "en", "commands", "nudge", V,
 "'stop sending me so many reminders, one a week is enough' = fewer_reminders, NOT leaving",
 ("Marcus Oyelaran", "marcus.oyelaran@gmail.example.com"), "2026-11-20 21:40",
 """Please stop sending me so many reminders, one a week is enough. We're meeting, I just forget to log it.""",
 R(None, commands=[C("fewer_reminders")], has=["one a week is enough"], not_=["Life gets busy"]),
 pe=nudge("en", "Marcus", "Ravi", 16, "2026-11-04"),
 client="gmail")

reply("en-cmd-011", "en", "commands", "checkin", T,
 "'Can you stop sending me emails until the 30th?' (Wed 18 Nov) = pause until 2026-11-30, not stop",
 ("Neha Kapoor", "neha.kapoor@brampton.example.ca"), "2026-11-18 10:10",
 """Can you stop sending me emails until the 30th? I'm covering two branches this week and next.""",
 R(None, commands=[P("2026-11-30")], has=["until the 30th"], not_=["Did you meet since?"]),
 pe=checkin("en", "Neha", "Jasmine", 2, 1, "2026-11-03", ["work_life_balance"]),
 client="gmail", qdays=1)

reply("en-cmd-012", "en", "commands", "digest", V,
 "mentor asks to be unsubscribed from the digest only = digest_off; keep the check-ins",
 ("Rebecca Tsang", "rebecca.tsang@bpl.example.ca"), "2026-11-19 15:30",
 """Hi there, could you unsubscribe me from the digest? I keep track of things with Mei directly and the extra email just gets buried. Everything else is fine, please keep the check-ins coming.""",
 R(None, commands=[C("digest_off")], has=["unsubscribe me from the digest"], not_=["Found an article, a webinar or a posting"]),
 pe=digest("en", "Rebecca", "Mei", [{"date": "2026-11-04", "minutes": 30, "mode": "video", "topics": ["time_management"]}],
           [(1, "finish the metadata audit", "short term", "in progress")], "2026-12-11", "2026-11-04", 15, ["time_management"], ["technology", "management"]),
 client="outlook")

reply("en-cmd-013", "en", "commands", "wrapup", T,
 "survey answered inline: '4' under the quoted 'Rating:' line = rating 4; feedback about frequency is not a command",
 ("Efosa Igbinedion", "efosa.igbinedion@uottawa.example.ca"), "2026-12-11 16:00", "",
 R(None, commands=[RATE(4)], has=["Nkechi was always prepared"], not_=["Your answers go to the committee only"]),
 pe=wrapup("en", "Efosa", "Nkechi", logged=4, done=2, survey_by="2026-12-18"),
 inline_answers={"Rating:": "4", "What worked well?": "Having someone outside my own library to think out loud with. Nkechi was always prepared.",
                 "What could be better?": "The check-in emails felt a bit frequent near the end.",
                 "Would you take part again": "Yes, maybe as a mentor in a couple of years!",
                 "Anything else for the committee?": "Nope, thank you all."},
 client="gmail", qdays=1)

reply("en-cmd-014", "en", "commands", "wrapup", E,
 "'4/5 from me' = rating 4; mentor happy to mentor again",
 ("Pooja Venkatesh", "pooja.venkatesh@calgarylibrary.example.ca"), "2026-12-12 10:20",
 """4/5 from me. The matching was great; the only thing I'd change is a shorter survey, ha. Happy to mentor again in the spring.

Pooja""",
 R(None, commands=[RATE(4)], has=["4/5 from me"], not_=["What could be better?"]),
 pe=wrapup("en", "Pooja", "Arjun", role="mentor", logged=5, done=2),
 client="outlook", qdays=1)

reply("en-cmd-015", "en", "commands", "digest", T,
 "'I don't need the weekly summary anymore' (the digest) = digest_off",
 ("Kofi Asante", "kofi.asante@kpl.example.ca"), "2026-11-20 07:45",
 """I don't need the weekly summary anymore, thanks. I'm in touch with Jordan every week anyway.""",
 R(None, commands=[C("digest_off")], has=["weekly summary"], not_=["Sent from my iPhone", "MEETINGS"]),
 pe=digest("en", "Kofi", "Jordan", [{"date": "2026-11-12", "minutes": 60, "mode": "in_person"}], [(1, "practice interviewing", "short term", "in progress")],
           "2026-12-11", "2026-11-12", 7),
 footer="Sent from my iPhone", client="iphone", cte="qp")

# ============================================================ questions
reply("en-q-001", "en", "question", "checkin", T,
 "asks permission without the word 'question': 'Is it ok if we meet only once in December?'",
 ("Hana Yoshida", "hana.yoshida@tpl.example.ca"), "2026-11-24 12:35",
 """Hi! Is it ok if we meet only once in December? Mei-Ling is away at a conference for two weeks and then it's the holidays. We'd do one longer call to make up for it.""",
 R(None, question=True, has=["Is it ok if we meet only once in December?"], not_=["Did you meet since?"]),
 pe=checkin("en", "Hana", "Mei-Ling", 3, 2, "2026-11-04", ["current_topics"], role="mentor"),
 client="gmail")

reply("en-q-002", "en", "question", "midsession", H,
 "'Who do I contact about the certificate of participation?' = question for the committee",
 ("Kwabena Owusu", "kwabena.owusu@stfx.example.ca"), "2026-11-13 10:05",
 """Who do I contact about the certificate of participation? My manager wants it for my performance review in January.

Thanks,
Kwabena""",
 R(None, question=True, has=["certificate of participation"], not_=["The committee reads every message"]),
 pe=midsession("en", "Kwabena", "Keisha", 2, 2, 2, 1),
 client="outlook_orig", qdays=1)

reply("en-q-003", "en", "question", "nudge", V,
 "help-seeking about the pair (partner cancelled twice, silent) without a question mark = question true; no meeting",
 ("Aaliyah Mohamed", "aaliyah.mohamed@surreylibraries.example.ca"), "2026-11-26 22:10",
 """Honestly it's not going well. Grace cancelled twice and hasn't answered my last two emails… I don't know what to do. I don't want to get her in trouble but I also joined this to actually get some guidance.""",
 R(None, question=True, has=["it's not going well"], not_=["Sent from my iPhone", "Life gets busy"]),
 pe=nudge("en", "Aaliyah", "Grace", 22),
 footer="Sent from my iPhone", client="iphone")

reply("en-q-004", "en", "question", "checkin", W,
 "'Where can I find the guide...?' asks the committee for the program guide",
 ("Dev Malhotra", "dev.malhotra@umanitoba.example.ca"), "2026-10-27 14:50",
 """Hello, where can I find the guide with the list of discussion topics? I deleted the welcome email by mistake and my mentor mentioned it.

Dev""",
 R(None, question=True, has=["where can I find the guide"], not_=["Did you meet since?"]),
 pe=checkin("en", "Dev", "Oluwaseun", 1, 0, None, ["career_path", "current_role"]),
 client="gmail", fmt="alt")

reply("en-q-005", "en", "question", "checkin", T,
 "a meeting (Zoom yesterday = 2 Dec, 45 min) AND a question about an OLA Super Conference meetup",
 ("Nkechi Eze", "nkechi.eze@uottawa.example.ca"), "2026-12-03 09:25",
 """We met on Zoom yesterday for 45 min, goals check and his LinkedIn headline.
Also, is there going to be a meetup for mentors and mentees at the OLA Super Conference? Would love to meet Efosa in person.""",
 R(M("2026-12-02", 45, "video", []), question=True, has=["We met on Zoom yesterday for 45 min", "meetup for mentors and mentees"], not_=["A reminder for mentors"]),
 pe=checkin("en", "Nkechi", "Efosa", 4, 3, "2026-11-18", ["conferences", "lis_resources"], role="mentor"),
 client="outlook", fmt="html")

reply("en-q-006", "en", "question", "midsession", V,
 "asks about being matched with an academic librarian next session = question",
 ("Gurpreet Sandhu", "gurpreet.sandhu@surreylibraries.example.ca"), "2026-11-14 11:11",
 """Things are fine with Marcus. Would it be possible to be paired with someone in an academic library next session though? I'm thinking of switching sectors.

- Gurpreet""",
 R(None, question=True, has=["paired with someone in an academic library"], not_=["Steer the conversation"]),
 pe=midsession("en", "Gurpreet", "Marcus", 3, 2, 2, 1),
 client="generic", xmailer="Roundcube Webmail/1.6.9", qdays=2)

reply("en-q-007", "en", "question", "midsession", S,
 "pair not working (time zones, no call yet), 'Can someone help us figure out a way forward?' = question; sender in St. John's",
 ("Ayesha Karim", "ayesha.karim@mun.example.ca"), "2026-11-16 10:30",
 """Our pairing isn't really working. Lucy is in Vancouver and I'm in St. John's, so with the 4.5 hour difference and both of us on evening shifts we haven't managed a single call yet. Can someone help us figure out a way forward? Maybe a different match would be easier?""",
 R(None, question=True, has=["haven't managed a single call yet"], not_=["Memorial University Libraries", "Are your conversations covering"]),
 pe=midsession("en", "Ayesha", "Lucy", 0, 2, 0, 0),
 sig="Ayesha Karim\nPublic Services Assistant\nMemorial University Libraries",
 client="outlook", qdays=2)

# ============================================================ not meetings
reply("en-nm-001", "en", "not_meeting", "wrapup", T,
 "survey: 'I'd give it a 5' = rating 5; 'we met about every two weeks' describes a habit, not a meeting to log",
 ("Mohan Raj", "mohan.raj@torontomu.example.ca"), "2026-12-12 18:05",
 """I'd give it a 5. We met about every two weeks, usually on Zoom on Sunday evenings, and Andrea always came with good questions. Nothing to add, thank you for running this!""",
 R(None, commands=[RATE(5)], has=["I'd give it a 5"], not_=["Your answers go to the committee only"]),
 pe=wrapup("en", "Mohan", "Andrea", role="mentor", logged=4, done=1),
 client="apple", cte="qp")

reply("en-nm-002", "en", "not_meeting", "nudge", V,
 "'we meet every Tuesday, don't send me emails asking whether we've met, once a month is plenty' = fewer_reminders; no meeting logged",
 ("Jasmine Wong", "jasmine.wong@richmondlibrary.example.ca"), "2026-11-25 09:50",
 """We meet every Tuesday at noon like clockwork, so please don't send me emails asking whether we've met. Once a month would be plenty.""",
 R(None, commands=[C("fewer_reminders")], has=["every Tuesday at noon"], not_=["Life gets busy"]),
 pe=nudge("en", "Jasmine", "Neha", 16, "2026-11-09"),
 client="gmail")

reply("en-nm-003", "en", "not_meeting", "checkin", T,
 "meeting cancelled; 'we'll meet next Thursday on Zoom' is a plan only -> meeting null",
 ("Omar Farouk", "omar.farouk@hamiltonpl.example.ca"), "2026-11-23 08:30",
 """We had to cancel this week because of the snowstorm, we'll meet next Thursday on Zoom instead.""",
 R(None, has=["we'll meet next Thursday on Zoom"], not_=["Sent from my iPhone", "Did you meet since?"]),
 pe=checkin("en", "Omar", "Sun-Hee", 3, 2, "2026-11-05", ["career_goals"]),
 footer="Sent from my iPhone", client="iphone")

reply("en-nm-004", "en", "not_meeting", "nudge", "America/Montreal",
 "no meeting since October; a plan to meet on December 9 is not a log -> meeting null",
 ("Sabrina Joseph", "sabrina.joseph@concordia.example.ca"), "2026-11-30 15:15",
 """Sorry for the silence! We haven't managed to meet since October but we're planning to get together on December 9 at the Atwater Library.

Sabrina""",
 R(None, has=["planning to get together on December 9"], not_=["Life gets busy"]),
 pe=nudge("en", "Sabrina", "Jun", 33, "2026-10-28"),
 client="outlook")

reply("en-nm-005", "en", "not_meeting", "checkin", E,
 "'We were supposed to meet yesterday but Paolo got sick' -> no meeting; rescheduled to Monday is only a plan",
 ("Ikram Yusuf", "ikram.yusuf@epl.example.ca"), "2026-11-26 19:00",
 """We were supposed to meet yesterday but Paolo got sick, so we pushed it to Monday. Will report back after!""",
 R(None, has=["supposed to meet yesterday"], not_=["Did you meet since?"]),
 pe=checkin("en", "Ikram", "Paolo", 3, 2, "2026-11-10", ["typical_day"]),
 client="gmail", qdays=2)

# ============================================================ reply text cutting
reply("en-txt-001", "en", "reply_text", "checkin", T,
 "bilingual legal disclaimer must be cut; meeting Friday Nov 6, 1 hour, Teams; typical day at the courthouse library = typical_day",
 ("Olivia Mensah-Brown", "omensah-brown@lawfirm.example.ca"), "2026-11-10 12:20",
 """Hello,

Logging our meeting: Friday Nov 6, 1 hour, video (Teams). We talked about what a typical day looks like for her at the courthouse library versus mine at the firm.

Olivia""",
 R(M("2026-11-06", 60, "video", ["typical_day"]), has=["Friday Nov 6, 1 hour"], not_=["sole use of the intended recipient", "AVIS DE CONFIDENTIALITÉ"]),
 pe=checkin("en", "Olivia", "Sam", 2, 1, "2026-10-26", ["typical_day", "specialties"]),
 sig="Olivia Mensah-Brown | Law Librarian\nBrennan Okafor LLP\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.\n\nAVIS DE CONFIDENTIALITÉ : Ce message, y compris toute pièce jointe, est destiné uniquement à son destinataire et peut contenir des renseignements confidentiels ou privilégiés.",
 client="outlook", fmt="alt", cte="qp")

reply("en-txt-002", "en", "reply_text", "checkin", E,
 "goal update 'goal 1: done!' with pronouns line and Treaty 6 land acknowledgement in the signature (must be cut); board presentation is not a meeting",
 ("Simran Gill", "simran.gill@epl.example.ca"), "2026-11-19 14:10",
 """goal 1: done! I presented my community engagement project to the library board on Tuesday and it went well.""",
 R(None, [G("done", ref="1")], has=["presented my community engagement project"], not_=["Treaty 6 territory", "Did you meet since?"]),
 pe=checkin("en", "Simran", "Zainab", 2, 1, "2026-11-05", ["specialties"]),
 sig="Simran Gill (she/her/hers)\nCommunity Librarian | Edmonton Public Library\n\nI acknowledge that I work on Treaty 6 territory, the traditional lands of First Nations and Métis people.",
 client="gmail", fmt="alt", qdays=2)

reply("en-txt-003", "en", "reply_text", "checkin", T,
 "HTML-only Outlook reply with divRplyFwdMsg: 'this morning' = message day 28 Oct, Toronto Reference Library = in person, 45 min; current job = current_role",
 ("Rashid Karimi", "rashid.karimi@tpl.example.ca"), "2026-10-28 13:15",
 """We met this morning at the Toronto Reference Library for about 45 minutes. Mostly about my current job at the branch and whether to take the acting supervisor role they offered me.""",
 R(M("2026-10-28", 45, "in_person", ["current_role"]), has=["this morning at the Toronto Reference Library"], not_=["Did you meet since?", "Circulation Supervisor"]),
 pe=checkin("en", "Rashid", "Farah", 1, 0, None, ["current_role", "management"]),
 sig="Rashid Karimi\nCirculation Supervisor (acting)\nToronto Public Library",
 client="outlook", fmt="html", cte="qp")

reply("en-txt-004", "en", "reply_text", "checkin", W,
 "base64 body from a Samsung phone: call on Saturday (msg Mon 19 Oct) = 17 Oct, phone, 1 hour, interview questions; footer cut",
 ("Abena Darko", "abena.darko@gmail.example.com"), "2026-10-19 18:40",
 """Had our call on Saturday, phone, 1 hour. Talked about interview questions for the Brandon University job and how to answer "tell me about yourself".""",
 R(M("2026-10-17", 60, "phone", ["interviews"]), has=["Had our call on Saturday"], not_=["Sent from my Galaxy", "Did you meet since?"]),
 pe=checkin("en", "Abena", "Dev", 1, 0, None, ["interviews", "job_applications"]),
 footer="Sent from my Galaxy", client="android", cte="b64", qdays=5)

reply("en-txt-005", "en", "reply_text", "checkin", T,
 "Outlook mobile footer 'Get Outlook for Android' cut; Monday evening (msg Wed 2 Dec) = 30 Nov, Teams, 'an hour and 10 min' = 70; union bargaining / part-time = job_precarity",
 ("Jamal Hussein", "jamal.hussein@lpl.example.ca"), "2026-12-02 07:50",
 """Met Carmen Monday evening on Teams, about an hour and 10 min. We talked about the union bargaining at my library and whether part-time staff can even get a permanent job these days.""",
 R(M("2026-11-30", 70, "video", ["job_precarity"]), has=["Monday evening on Teams"], not_=["Get Outlook for Android", "Did you meet since?"]),
 pe=checkin("en", "Jamal", "Carmen", 3, 2, "2026-11-16", ["job_precarity"]),
 footer="Get Outlook for Android", client="outlook", qdays=1)

reply("en-cmd-016", "en", "commands", "wrapup", V,
 "top-posted survey answers starting 'Rating: 4' = rating 4; the rest is feedback, not a question or command",
 ("Nasrin Akbari", "nasrin.akbari@ubc.example.ca"), "2026-12-14 10:05",
 """Rating: 4

What worked well: having a mentor who had also immigrated and re-qualified here.
What could be better: more structure at the start, maybe a kickoff call with all the pairs.
Would I take part again: yes, hopefully as a mentor one day.

Nasrin""",
 R(None, commands=[RATE(4)], has=["Rating: 4", "re-qualified here"], not_=["Your answers go to the committee only"]),
 pe=wrapup("en", "Nasrin", "Thanh", logged=4, done=1, survey_by="2026-12-18"),
 client="outlook", qdays=3)
