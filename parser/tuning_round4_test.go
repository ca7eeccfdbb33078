package parser

// A fourth round of tuning cases (2026-12-03, second sitting), written from the kinds
// of replies issue 14 lists before the mechanisms were changed: hedged goal statuses,
// several numbered updates in one line, a pause "until then" after a span, a named
// café, "don't send me emails" with words after it.
var tuningRound4 = []tuneCase{
	{name: "r4 goal about halfway", prompt: PromptCheckin,
		text:  "Goal 2 is done. Goal 1 is about halfway there." + gmailEN(checkinEN),
		goals: []string{"2 done", "1 in_progress"}},
	{name: "r4 goal almost done", prompt: PromptCheckin,
		text:  "Goal 3 is almost done!" + appleEN(checkinEN),
		goals: []string{"3 in_progress"}},
	{name: "r4 goal fr presque termine", prompt: PromptCheckin,
		text:  "Objectif 1 : presque terminé. L'objectif 2 est à peu près à moitié fait." + gmailFR(checkinFR),
		goals: []string{"1 in_progress", "2 in_progress"}},
	{name: "r4 goal two in one line", prompt: PromptCheckin,
		text:  "Goal 1 done, goal 2 still in progress" + outlookEN(checkinEN),
		goals: []string{"1 done", "2 in_progress"}},
	{name: "r4 goal colon then and", prompt: PromptCheckin,
		text:  "Goal 1: done, and goal 2 is in progress. Pause until Jan 5." + gmailEN(checkinEN),
		goals: []string{"1 done", "2 in_progress"}, cmds: []string{"pause 2027-01-05"}},
	{name: "r4 cmd until then after span", prompt: PromptCheckin,
		text: "I'll be travelling from Dec 7 to Dec 18 — can you hold off until then?" + gmailEN(checkinEN),
		cmds: []string{"pause 2026-12-18"}},
	{name: "r4 cmd dont send emails about this", prompt: PromptCheckin,
		text: "Please don't send me emails anymore about this." + gmailEN(checkinEN),
		cmds: []string{"fewer_reminders"}, notices: []string{NoticeOther}},
	{name: "r4 meet named cafe", prompt: PromptCheckin,
		text: "We met at the Second Cup on Tuesday for about an hour." + gmailEN(checkinEN),
		meet: []string{"2026-12-01 60 in_person [] -"}},
	{name: "r4 meet little cafe", prompt: PromptCheckin,
		text: "Met Monday at a little café near her branch, 1h." + appleEN(checkinEN),
		meet: []string{"2026-11-30 60 in_person [] -"}},
}
