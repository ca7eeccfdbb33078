package parser

// batteryEN: replies in English (and a few that mix in French words). The
// reference day is Saturday 28 November 2026 (batteryAt).
var batteryEN = []batteryCase{
	// Meetings, free text.
	{name: "en_zoom_upcoming_interview", text: "We met on Zoom yesterday for about 45 minutes. We chatted about her upcoming interview and how to prepare.",
		meetings: []string{"2026-11-27 45 video [interviews] -"}},
	{name: "en_had_a_call", text: "Had a call with Priya on Tuesday, about an hour. She walked me through my cover letter line by line.",
		meetings: []string{"2026-11-24 60 phone [job_applications] -"}},
	{name: "en_call_on_teams", text: "had a call on teams tuesday, 30 min",
		meetings: []string{"2026-11-24 30 video [] -"}},
	{name: "en_met_twice", text: "Met twice this month: Nov 3 (coffee, 1h) and Nov 17 (zoom 45 min)",
		meetings: []string{"2026-11-03 60 in_person [] -", "2026-11-17 45 video [] -"}},
	{name: "en_monday_and_thursday", text: "Met with Sam on Monday over Zoom and again on Thursday by phone, 30 minutes each time.",
		meetings: []string{"2026-11-23 30 video [] -", "2026-11-26 30 phone [] -"}},
	{name: "en_outlook_signature", text: "Hi team,\n\nMet with Daniel last Wednesday at the branch for an hour, we went over my LinkedIn profile and networking.\n\nThanks,\nAisha Rahman\nReference Librarian | Toronto Public Library\nT: 416-555-0199",
		meetings: []string{"2026-11-25 60 in_person [lis_resources] -"}},
	{name: "en_mobile_terse", text: "met w/ mentor today, 30min phone. talked abt the job market & part time contracts\n\nSent from my iPhone",
		meetings: []string{"2026-11-28 30 phone [job_precarity] -"}},
	{name: "en_bullets", text: "- Date: Nov 24\n- 1 hour\n- Zoom\n- discussed conferences, esp. the OLA Super Conference\n- next: Dec 8",
		meetings: []string{"2026-11-24 60 video [conferences] 2026-12-08"}},
	{name: "en_lowercase_typos", text: "had a zoom call yesterday for 1hr, talked abt work life balance and burnout",
		meetings: []string{"2026-11-27 60 video [work_life_balance] -"}},
	{name: "en_phone_lowercase", text: "spoke on the phone thursday for 20 mins, mostly about managing a team",
		meetings: []string{"2026-11-26 20 phone [management] -"}},
	{name: "en_lunch_next", text: "We met for lunch on Nov 19 and she told me about her move into management. Next meeting Dec 10.",
		meetings: []string{"2026-11-19 - in_person [management] 2026-12-10"}},
	{name: "en_email_vague", text: "We went back and forth by email yesterday about my application for the archives position.",
		meetings: []string{"2026-11-27 - email [job_applications specialties] -"}},
	{name: "en_iso_date_meet", text: "Meeting went well! 2026-11-23, 45 minutes, Google Meet. Topics 7 and 8.",
		meetings: []string{"2026-11-23 45 video [interviews job_applications] -"}},
	{name: "en_chatty_cafe", text: "Hi! Sorry for the late reply. We met on Monday at a cafe near campus and chatted for about an hour and a half about her career path and the MLIS program. Next time we'll look at my resume.",
		meetings: []string{"2026-11-23 90 in_person [career_path current_role] -"}},
	{name: "en_wed_abbrev", text: "My mentee and I met Wed. for 50 min via Teams. Covered time management & prioritizing. Next: Dec 9.",
		meetings: []string{"2026-11-25 50 video [time_management] 2026-12-09"}},
	{name: "en_call_evening", text: "We had a call Thursday evening (~40 min). Mostly conferences, she's presenting at OLA in January.",
		meetings: []string{"2026-11-26 40 phone [conferences] -"}},
	{name: "en_in_person_18th", text: "Quick update: met in person at the central branch on the 18th for about 2 hours. we talked about precarious contracts and the union.",
		meetings: []string{"2026-11-18 120 in_person [job_precarity] -"}},
	{name: "en_we_met_exclaim", text: "We met! Nov. 25, 1 hr, zoom. She gave me great interview tips.",
		meetings: []string{"2026-11-25 60 video [interviews] -"}},
	{name: "en_quoted_prompt", text: "We met yesterday on zoom, 1h.\n\nOn Fri, Nov 27, 2026 at 9:00 AM Mentorship Program <program@mentormail.ca> wrote:\n> Suggested topics: 7. Interviews, 13. Technology\n> How did your last meeting go?",
		meetings: []string{"2026-11-27 60 video [] -"}},
	{name: "en_caught_up_helped", text: "Caught up with my mentor on Tuesday by phone. She helped me think through a difficult colleague situation and gave me some resources.",
		meetings: []string{"2026-11-24 - phone [work_scenarios lis_resources] -"}},

	// Nothing to log.
	{name: "en_not_yet", text: "not yet"},
	{name: "en_not_met_hoping", text: "We haven't had a chance to meet yet, things have been hectic. Hoping for next week!"},
	{name: "en_cancelled", text: "Our meeting on Thursday was cancelled, she was sick. We'll try again Dec 3."},
	{name: "en_plan_only", text: "Thanks for the reminder! We're meeting next Tuesday on Zoom."},
	{name: "en_didnt_meet", text: "Sorry, we didn't meet this time, both swamped with year-end reports."},

	// Goals in prose.
	{name: "en_finished_cv_goal", text: "I finished my CV goal!", goals: []string{"CV done"}},
	{name: "en_completed_goal_2", text: "Good news: I've completed goal 2.", goals: []string{"2 done"}},
	{name: "en_goal_lines", text: "Goal 1: done. Goal 3 - in progress, sent two applications.", goals: []string{"1 done", "3 in_progress"}},
	{name: "en_goal_dropped", text: "goal 3 dropped, not relevant anymore", goals: []string{"3 dropped"}},
	{name: "en_new_goal", text: "New short-term goal: present a poster at a conference", goals: []string{"present a poster at a conference new short"}},

	// Commands as requests and sentences.
	{name: "en_pause_question", text: "Can we pause until January 5?", cmds: []string{"pause 2027-01-05"}},
	{name: "en_away_hold", text: "I'll be away until the 15th, please hold the emails.", cmds: []string{"pause 2026-12-15"}},
	{name: "en_pause_weeks", text: "I'm swamped at the moment. Could you pause the check-ins for 3 weeks?", cmds: []string{"pause 2026-12-19"}},
	{name: "en_leave_pause", text: "I'm going to be on parental leave until March 2, could you pause my emails?", cmds: []string{"pause 2027-03-02"}},
	{name: "en_remove_me", text: "Please remove me from the program. Thank you for everything.", cmds: []string{"stop"}},
	{name: "en_withdraw", text: "I think I need to withdraw from the mentorship program, my new job doesn't leave me any time.", cmds: []string{"stop"}},
	// "Stop sending me emails" alone does not say to leave (issue 13): the mildest reading, with a notice.
	{name: "en_stop_sending", text: "Please stop sending me these emails", cmds: []string{"fewer_reminders"}},
	{name: "en_resume", text: "I'm back! You can resume the emails.", cmds: []string{"resume"}},
	{name: "en_undo", text: "Oops, I logged the wrong date. Please undo my last log.", cmds: []string{"undo"}},
	{name: "en_help_how", text: "How do I log a meeting?", cmds: []string{"help"}},
	{name: "en_help_what", text: "hi, what am I supposed to write back to these emails?", cmds: []string{"help"}},
	{name: "en_help_again", text: "Could you send me the help text again?", cmds: []string{"help"}},

	// Questions for the committee.
	{name: "en_question_committee", text: "I have a question for the committee: is it ok if we meet only once in December because of the holidays?",
		question: "is it ok if we meet only once in December"},
	{name: "en_question_dash", text: "Quick question for the committee - can we extend our pairing into February?",
		question: "can we extend our pairing into February?"},

	// Survey answers.
	{name: "en_rate_4_5", text: "I'd rate it 4/5", cmds: []string{"rating 4"}},
	{name: "en_5_stars", text: "I'd give the program 5 stars overall, it was great.", cmds: []string{"rating 5"}},
	{name: "en_rate_out_of", text: "I would rate the program 4 out of 5. More social events would help.", cmds: []string{"rating 4"}},
	{name: "en_rating_no_colon", text: "Rating 5. Thanks to everyone on the committee.", cmds: []string{"rating 5"}},
	{name: "en_my_rating_no_colon", text: "My rating 4", cmds: []string{"rating 4"}},

	// Mixed English and French.
	{name: "mix_hier_soir", text: "Salut! We met hier soir on Zoom, 1h, on a parlé de mon entrevue.",
		meetings: []string{"2026-11-27 60 video [interviews] -"}},
	{name: "mix_super_rencontre", text: "We met Tuesday in person, super rencontre! On a parlé du congrès de l'ABQLA.",
		meetings: []string{"2026-11-24 - in_person [conferences] -"}},

	// Seen while probing the first version of this battery.
	{name: "en_two_goals_one_sentence", text: "We met yesterday. I finished my cover letter goal and started goal 3.",
		meetings: []string{"2026-11-27 - - [] -"}, goals: []string{"cover letter done", "3 in_progress"}},
	{name: "en_conference_date_not_meeting", text: "She's presenting at the conference on Dec 5, we met Thursday to rehearse, 1h on zoom.",
		meetings: []string{"2026-11-26 60 video [conferences] -"}},
	{name: "en_both_on_teams", text: "Met on the 10th and the 24th. Both on Teams, about an hour each.",
		meetings: []string{"2026-11-10 60 video [] -", "2026-11-24 60 video [] -"}},
	{name: "en_coffee_then_call", text: "Met Nov 3 for coffee. Also had a quick call Nov 17.",
		meetings: []string{"2026-11-03 - in_person [] -", "2026-11-17 - phone [] -"}},
	{name: "en_take_a_break", text: "Could we please take a break until February?", cmds: []string{"pause 2027-02-01"}},
	{name: "en_not_available", text: "I won't be available until January 8th.", cmds: []string{"pause 2027-01-08"}},
	{name: "en_no_longer_wish", text: "I no longer wish to participate in the program.", cmds: []string{"stop"}},
	{name: "en_overall_5_5", text: "Overall 5/5, thank you!", cmds: []string{"rating 5"}},
	{name: "en_question_figured_out", text: "I had a question for the committee but I figured it out."},
	{name: "en_should_we_pause", text: "Should we pause the meetings over the holidays?"},
	{name: "en_interview_tips_question", text: "How do I prepare for a panel interview? Any tips?"},
}
