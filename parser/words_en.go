package parser

// English words, folded. See words.go.
var wordsEN = map[string][]string{
	// lessMail: asking for less mail while staying in the program (fewer reminders).
	"lessMail": {
		`stop sending me (?:so many|all these|this many|too many|that many) (?:reminders|emails|e-mails|messages|check-ins)`,
		`(?:send|sending) (?:me |us )?(?:fewer|less)(?: of (?:these|those|the|your|them))? (?:reminders|emails|e-mails|messages|mail|nudges|check-ins|notifications|follow-ups)`,
		`(?:fewer|less)(?: of (?:these|those|the|your))? (?:reminders|emails|e-mails|mail|messages|nudges|check-ins|notifications|follow-ups)`,
		`(?:way |far |so |too )?many (?:reminders|emails|e-mails|messages|nudges|check-ins|notifications)`,
		`every (?:week|few days) is (?:a bit |a little |way |too )?(?:much|often|frequent)`, `(?:a bit|a little|way) too (?:often|frequent|much)`,
		`(?:don't|do not|dont|please don't) send me (?:emails|e-mails|messages|reminders|anything) (?:on|during|over) (?:weekends|the weekend|holidays|evenings)`,
		`one (?:reminder |email |e-mail |message |nudge )?(?:a|per|every) (?:week|month|two weeks|other week) (?:is|would be|'d be|would do it|is all) (?:enough|plenty|fine|more than enough|lots)`,
		`(?:the )?(?:nudges|reminders|emails|e-mails|check-ins|messages) (?:are|feel|seem) (?:a bit|a little|way|too|rather|kind of|kinda)(?: too)? (?:much|many|frequent|often)`,
		`(?:don't|do not|dont|no need to) (?:send|email|remind) (?:me|us) (?:emails |e-mails |reminders |messages )?(?:every|each) (?:week|day|two weeks|other week|few days)`,
		`(?:only )?once a (?:week|month) (?:is|would be) (?:enough|plenty|fine)`,
		`(?:reduce|cut down|cut back on|space out) (?:the )?(?:number of )?(?:reminders|emails|e-mails|messages)`,
	},
	// stopSending: "stop sending me emails", which alone does not say whether to pause,
	// send less or leave.
	"stopSending": {
		`stop (?:sending|emailing|e-mailing|contacting|messaging)(?: me)?(?: (?:these|those|all|the|your|any|more|all these|all the|any more))?(?: (?:emails|e-mails|messages|mail|reminders|things))?`,
		`stop (?:the |all |these |your )?(?:check-in |reminder |program |programme |weekly )?(?:emails|e-mails|messages|reminders|nudges|check-ins)`,
		`(?:don't|do not|dont) (?:send|email|e-mail|contact|nudge|remind|ping|chase) me(?: (?:emails|e-mails|messages|reminders|anymore|any more))*(?: (?:about|regarding|for) (?:this|that|it|the program|the programme|this program|this programme))?(?: for now)?`,
		`no more (?:emails|e-mails|messages|reminders)`,
	},
	// digestOff and digestOn: the mentors' weekly digest.
	"digestOff": {
		`(?:don't|do not|dont|please don't|please do not|stop|no need to) (?:send|sending) me (?:the |your |this |that )?(?:weekly |mentor )?(?:digest|summary|summaries|recap)`,
		`(?:unsubscribe|remove|take) me (?:from|off) (?:the |your |this |that )?(?:weekly |mentor |mentors' )?(?:digest|summary|summaries|recap|round-?up)`,
		`(?:don't|do not|dont|no longer) (?:need|want|read) (?:the |this |your |that )?(?:weekly |mentor )?(?:digest|summary|summaries|recap)`,
		`(?:turn|switch|shut) off (?:the |my |your )?(?:weekly )?(?:digest|summary)`,
		`(?:stop|no more|cancel) (?:sending me )?(?:the |your |this )?(?:weekly )?(?:digests?|summar(?:y|ies)|recaps?)`,
		`unsubscribe from (?:the |your )?(?:weekly )?(?:digest|summary)`,
		`^(?:the |my )?(?:weekly )?(?:digest|summary)(?:\s*:)? (?:off|no|stop|please stop|no thanks)$`, `^no (?:more )?(?:weekly )?(?:digests?|summary|summaries)(?: please)?$`,
	},
	"digestOn": {
		`(?:turn|switch) (?:the |my )?(?:weekly )?(?:digest|summary) (?:back )?on`,
		`(?:send|resume|restart) (?:me )?(?:the |my )?(?:weekly )?(?:digest|summary)(?: again)?`,
		`(?:i'd like|i want) (?:the |my )?(?:weekly )?(?:digest|summary) (?:back|again)`,
		`^(?:the |my )?(?:weekly )?(?:digest|summary)(?:\s*:)? (?:on|back on|yes)$`,
	},
	// leave: a clear request to leave the program.
	"leave": {
		`(?:remove|unsubscribe|take|drop|withdraw) me (?:from|off|out of) (?:the |this |your )?(?:mentorship |mentoring )?(?:program|programme)`,
		`(?:leave|quit|withdraw from|drop out of|exit|unsubscribe from) (?:the|this) (?:mentorship |mentoring )?(?:program|programme)`,
		`i (?:(?:want|would like|wish|need|'d like|have decided|decided|am going|'ve decided)\s+to\s+)?(?:leave|quit|withdraw from|drop out of|exit) (?:the|this) (?:mentorship |mentoring )?(?:program|programme)`,
		`i(?:'m| am) (?:leaving|quitting|withdrawing from|dropping out of) (?:the|this) (?:mentorship |mentoring )?(?:program|programme)`,
		`i (?:no longer|can no longer|can't|cannot|won't|will not|don't|do not) (?:(?:wish|want|be able) to )?(?:continue|participate|stay|take part)\b.{0,25}\b(?:program|programme)`,
		`(?:please )?withdraw me`, `i (?:need|have|want|would like|'d like|must|will have) to (?:drop out|withdraw|step away|step back|leave|quit)(?: now| for good| completely)?$`,
		`i(?:'m| am) (?:dropping out|withdrawing|stepping away|quitting)$`, `(?:remove|take) me (?:from|off) (?:the|your|this) (?:mailing |email )?list`,
	},
	// stopAlone: a whole reply that is only "stop": the program asks to confirm.
	"stopAlone": {`stop`, `unsubscribe`, `unsubscribe me`, `quit`, `leave`, `opt out`, `opt me out`, `remove me`, `drop out`, `withdraw`, `withdraw now`, `drop out now`},
	// resume: back from a pause.
	"resume": {
		`i'm back`, `i am back`, `we're back`, `we are back`, `back from (?:my |our )?(?:leave|vacation|holidays?|trip|break|travels)`,
		`(?:start|resume|restart) sending (?:me )?(?:the )?(?:check-ins|emails|e-mails|reminders|messages)(?: again)?`,
		`you can (?:start|resume|restart)(?: again| sending| the emails)?`, `i'm available again`, `i am available again`,
		`(?:ready|happy) to (?:start|resume|pick up) again`, `(?:forget|cancel|ignore|scratch) my (?:pause|request to pause|pause request)`,
		`you can (?:continue|carry on|keep going)(?: as before| as usual)?`, `(?:turn|switch|put) (?:the |my )?(?:reminders|emails|check-ins|nudges) back on`, `back from (?:my |our )?(?:parental |maternity |paternity |sick |medical |study )?leave`, `un-?pause(?: me| my emails)?`,
	},
	// resumeAlone: a clause that is only a resume.
	"resumeAlone": {`resume`, `restart`, `unpause`, `un-pause`, `back`, `resume (?:my |the )?(?:emails|check-ins|program|programme|reminders|mentorship)`},
	// undo: cancel the last thing recorded.
	"undo": {`undo (?:the|my|that) (?:pause|request|message|email|e-mail|reply|log)(?: (?:i|we) (?:just )?(?:sent|made|wrote|logged)\b.{0,30})?`, `undo(?: (?:that|this|it|the last (?:one|log|entry|message|update)|my last (?:one|log|message|update)|that last (?:one|log|entry)|the last meeting))?`,
		`cancel (?:that|the last (?:one|log|entry)|my last (?:log|entry|message))`, `(?:undo|delete|cancel|remove|erase) (?:it|that one)`, `delete (?:that|the last) (?:log|entry|meeting)`,
		`(?:undo|cancel|delete|remove|erase|take back|scratch) (?:that|this|the|my|our)(?: (?:last|latest|previous|most recent))? (?:one|log|entry|message|update|meeting|record|report)(?: (?:i|we) (?:just )?(?:logged|sent|recorded|entered|added|submitted|reported))?(?: (?:by mistake|in error|twice))?`},
	// untilThen: a pause until a date named earlier in the sentence.
	"untilThen": {`until then`, `till then`, `til then`, `until that (?:date|day)`, `through then`, `(?:during|for) that (?:time|period|stretch)`, `while i'm (?:away|gone|off|out)`,
		`until (?:i'm|i am|i get) back`, `until my return`, `till (?:i'm|i get) back`, `until i return`},
	// yes and no: a one-word answer to a confirmation.
	"yes": {`yes`, `yes please`, `yep`, `yeah`, `yup`, `ok`, `okay`, `sure`, `confirm`, `confirmed`, `i confirm`, `absolutely`,
		`yes thanks`, `yes thank you`, `yes i confirm`, `go ahead`, `y`},
	"no": {`no`, `nope`, `no thanks`, `no thank you`, `cancel`, `don't`, `do not`, `n`, `no don't`, `no please don't`},
	// concern: asking for help with, or reporting a problem in, the pairing.
	"concern": {
		`(?:it's|it is|things are|this is) not (?:going|working) (?:well|great|so well|out)`, `(?:isn't|is not|aren't|not) going (?:well|great)`,
		`not working out`, `(?:doesn't|does not|don't|do not) (?:seem to )?(?:click|get along|connect)`, `not (?:a|the) (?:good |great |right )?(?:fit|match)`,
		`cancell?ed (?:on me )?(?:twice|again|three times|several times|every time)`, `keeps? cancell?ing`,
		`(?:repeatedly|always|constantly|often|keeps?) (?:cancell?ing|cancels|rescheduling|reschedules|missing|misses)`, `cancell?(?:ing|s) (?:at|last) (?:the )?last[- ]minute`,
		`(?:hasn't|has not|haven't|have not|never) (?:answered|responded|replied|gotten back)`, `(?:not|stopped) (?:responding|answering|replying)`,
		`no (?:response|reply|answer) from (?:my |her |him |them )?(?:mentor|mentee)?`, `ghost(?:ed|ing)`,
		`(?:missed|skipped|didn't show up (?:to|for)|no-showed) (?:our |the )?(?:last )?(?:two |three |four |several |a few |\d )?(?:calls|meetings|sessions|chats)`, `run out of (?:things|stuff|topics) to (?:talk about|say|discuss)`,
		`(?:comments?|remarks?|jokes?) about my (?:accent|age|appearance|weight|background|religion|name|clothes|hair|family)`,
		`i (?:don't|do not) know what to do`, `(?:uncomfortable|unsafe|disrespectful|inappropriate)`,
		`(?:change|switch|swap) (?:my )?(?:mentors?|mentees?|partners?|pairing|match)`, `(?:a )?(?:new|different|another) (?:mentor|mentee|match|pairing)`,
		`paired with someone else`, `(?:problem|issue|trouble|difficulty|concern)s? with (?:my )?(?:mentor|mentee|partner|pairing)`,
		`(?:i'm|i am) (?:worried|concerned) about (?:my |the )?(?:mentor|mentee|pairing|partner|match)`,
		`(?:not sure|unsure|don't think|do not think|doubt) (?:if |whether |that )?(?:this|the|our|my) (?:pairing|match|mentorship|relationship)`,
		`(?:pairing|match|mentorship) (?:isn't|is not|hasn't been|has not been) (?:really |quite )?(?:working|great|helpful|a good fit)`,
		`no-?shows?`, `(?:hasn't|has not|haven't|have not) (?:written|contacted|reached out|emailed|called)(?: me| back)?(?: yet)?`, `(?:didn't|did not|never|doesn't|does not) show up`, `stood me up`, `not getting (?:much|anything) out of`,
		`(?:isn't|is not|doesn't seem|does not seem|don't think (?:she|he|they)(?:'s| is| are)?) (?:very |really )?(?:interested|engaged|invested|committed)`,
		`(?:haven't|have not|hasn't|has not) been able to (?:meet|connect|find a time|reach)`, `(?:can't|cannot|couldn't) (?:reach|get hold of) (?:my |her |him |them)`,
	},
	// otherEvent: an event of the writer's or someone else's that is not the pair's
	// meeting: "I had my interview yesterday", "she met with her other mentor",
	// "my manager's meeting".
	"otherEvent": {
		`i had (?:my|an|a|the|our) (?:[\w-]+ ){0,2}(?:interview|evaluation|performance review|review|appraisal|exam|class|webinar|workshop|training|presentation|orientation)`,
		`i (?:attended|went to|sat in on|sat through|joined|took|gave|presented at)\b`, `i was (?:at|in|on) (?:a|an|the|my|our|her|his)\b`,
		`(?:met|meeting|spoke|talked|call|lunch|coffee|chat)\s+(?:with\s+)?(?:my|her|his|their|the)\s+(?:manager|boss|supervisor|director|chief librarian|dean|team|colleagues?|coworkers?|co-workers?|other (?:mentor|mentee)|union rep|department head)\b`,
		`(?:my|her|his|their) (?:manager's|boss's|director's|team's|department's|supervisor's) (?:meeting|call)`,
		`(?:she|he|they) (?:met|had (?:a|an|her|his|their) (?:meeting|call|interview|lunch|coffee))`,
		`(?:my|her|his|a) (?:manager|boss|director|supervisor|colleague|coworker|co-worker|chief librarian|friend|classmate)(?: and (?:her|his|their|my) (?:mentor|mentee|manager|boss|team|colleagues?))? (?:met|had a meeting|had (?:a|an|their|her|his) (?:\w+ )?(?:call|meeting|coffee|lunch)|spoke|called)`,
	},
	// pairMark: words that put the pair in a clause: "we", "us", "together".
	"pairMark": {`we`, `we've`, `we'd`, `we're`, `us`, `our`, `me`, `together`, `with (?:my )?(?:mentor|mentee|partner)`},
	// noMeeting: a reply that says no meeting took place since the last one.
	"didNotHappen": {`didn't happen`, `did not happen`, `fell through`, `got cancell?ed`, `was cancell?ed`, `(?:had|have) to cancel`, `cancell?ed (?:on|our|the)`, `reschedul\w*`, `postpon\w*`, `pushed (?:it |our \w+ )?back`, `moved (?:it|our \w+|the \w+) to`},
	"noMeeting": {
		`nothing (?:new )?(?:meeting-wise|on the meeting front|mentorship-wise|mentoring-wise)`, `still (?:haven't|have not) (?:met|connected|talked|spoken|managed to meet)`, `no (?:meeting|call|chat) with \w+ (?:since|yet|this)`,
		`no (?:mentoring |mentorship )?(?:meeting|meetup|get-together)s? (?:yet|this time|so far|since|to report)`, `not (?:this time|yet)\s*[.,!-]`,
		`nothing (?:on our (?:side|end)|to report|new to report|(?:new )?to log)(?: yet| this time)?`, `no meeting (?:yet|this (?:time|round|cycle|month))`, `no (?:mentorship |mentoring )?meeting since`, `nothing since (?:last time|our last)`,
		`(?:we )?(?:didn't|did not|couldn't|could not) (?:get to |manage to )?(?:meet|talk|connect|speak)(?: this| last)?`, `(?:we )?(?:haven't|have not) (?:met|managed to meet|connected|had a chance to meet) (?:yet|since)`,
	},
	// earlierMeeting: a meeting named as one already told or logged: "last time",
	// "the meeting I logged".
	"earlierMeeting": {`last time`, `the last meeting`, `our last (?:meeting|chat|call|session)`},
	// loggedMeeting: a meeting named as the one logged before, whatever its day.
	"loggedMeeting": {`(?:meeting|call|chat|one) i (?:logged|recorded|entered|reported)`, `i (?:logged|recorded|entered|reported) (?:a|the|our|that|my) (?:meeting|call|chat)`},
	// habitual: how often a pair met, which is no meeting of its own.
	"habitual": {
		`every (?:other |single |second |third )?(?:week|two weeks|three weeks|month|couple of weeks|few weeks|monday|tuesday|wednesday|thursday|friday)`, `(?:mondays|tuesdays|wednesdays|thursdays|fridays)`, `(?:monday|tuesday|wednesday|thursday|friday) (?:mornings|afternoons|evenings|nights)`, `normally`, `generally`, `as a rule`,
		`(?:once|twice|three times) (?:a|per|every) (?:week|month)`, `(?:bi-?)?weekly`, `monthly`, `each (?:week|month)`,
		`most weeks`, `regularly`, `usually`, `typically`, `throughout the (?:session|program)`, `over the (?:session|program)`,
		`(?:we|i) (?:would|used to) (?:meet|talk|call|chat)`,
		`(?:met|talked|spoke|chatted|called|seen each other)\s+(?:(?:about|around|maybe|only|just)\s+)?(?:twice|three times|four times|five times|a few times|several times|\d+ times|many times|a couple of times)`,
		`(?:\d+|two|three|four|five|six) (?:meetings|calls|sessions) (?:so far|in total|altogether|this session|since)`,
	},
	// correction: a self-correction between two values ("Thursday, no wait, Wednesday").
	"correction": {`no wait`, `wait no`, `wait`, `sorry`, `i mean`, `i meant`, `actually`, `oops`, `correction`, `rather`, `make that`, `scratch that`, `my bad`, `no`, `well,? technically`, `technically`, `well actually`},
	// vagueDate: a past time with no day.
	"vagueDate": {`sometime last week`, `some time last week`, `earlier this month`, `early this month`, `earlier in the month`,
		`(?:at )?the (?:start|beginning) of the month`, `the other day`, `recently`, `a while (?:ago|back)`, `early last week`, `late last week`},
	// ask: the opening of a question put to the program.
	"ask": {
		`is it (?:ok|okay|alright|all right|fine|possible|allowed|a problem|acceptable)`, `would it be (?:ok|okay|possible|a problem|alright)`,
		`(?:do|will|would|can|could|may) (?:we|i) (?:get|need|have to|receive|be able|be allowed)`, `can (?:i|we)`, `could (?:i|we)`, `may (?:i|we)`,
		`am i (?:allowed|able|supposed|expected)`, `are we (?:allowed|able|supposed|expected|required)`, `is there (?:a|any)`,
		`how (?:many|often|long) (?:should|do|must|are) (?:we|i)`, `when (?:is|does|will) the (?:program|session)`, `what happens (?:if|when|after)`,
		`who (?:do|should) i`, `is the (?:program|session|committee)`, `does the (?:program|session)`, `(?:can|could) (?:someone|somebody|anyone)`, `who do (?:i|we) (?:talk|speak|write|go|reach out) to`, `who (?:can|could|should|would) (?:fix|help|change|update|correct|look at|handle)`, `any idea (?:when|if|whether|how|who|where|what)`,
		`does (?:the )?(?:confidentiality|survey|certificate|letter|program|programme|digest) (?:also )?(?:apply|count|cover|include|go)`, `is (?:that|this|it) something (?:i|we) can`, `how do (?:i|we) (?:update|change|correct|fix|get|request|switch)`, `how do (?:other|most) (?:mentors|mentees|pairs|participants|people in the program)`,
		`do (?:mentors|mentees|we|i|both of us) (?:count|need|have to|get)`, `will the (?:program|session)`, `does the program(?:me)?`,
		`how (?:many|often|long)\b.{0,30}\b(?:should|must|supposed|expected|required|do we|do i|are we)`, `where (?:can|do|should) (?:i|we)`,
		`(?:is|are) (?:we|i) (?:supposed|expected|required|allowed)`, `(?:is there )?any chance`, `will (?:the program|there be|we|i)`,
		`does (?:anyone|the committee|the program)`, `is (?:it|this|that) (?:normal|usual|common|expected)`, `what happens`,
		`(?:can|could|may|should|must|do|are) [a-z]+ and i\b`, `(?:does|would|will|do) (?:that|this|it|those|these) (?:still )?count`,
		`(?:will|would|does|do) (?:the|my) (?:digest|emails?|reminders|check-ins|program|programme|session|letter)s?\b`,
		`(?:do|does|would|will) [a-z ]{1,30}\b(?:count|counts|qualify|qualifies) as`,
	},
	// adviceAsk: asking for advice, a question for the committee when the reply
	// tells of a problem in the pair ("she keeps cancelling - any advice?").
	"adviceAsk": {`(?:any|some|got any) (?:advice|tips|suggestions|ideas|thoughts|recommendations|pointers)`, `what (?:should|would|do) you (?:suggest|recommend|advise)`,
		`how (?:should|do|can) i (?:handle|deal with|approach|manage)`},
	// meal: a meal or coffee names meeting in person only when nothing else says how.
	"meal": {"lunch", "breakfast", "brunch", "dinner", "tea", "coffee", "a coffee", "coffee chat", "drinks", "cafe"},
	// venue: a place where people meet in person.
	"venue": {"coffee shop", "coffeeshop", "at a cafe", "at the cafe", "restaurant", "bistro", "pub", "food court", "bakery",
		"at her office", "at his office", "at my office", "at their office", "at her library", "at my workplace", "on campus", "in the park",
		// coffee chains where Canadian colleagues meet: a named café is a place met in person.
		"second cup", "tim hortons", "tim horton's", "timmies", "tims", "tim's", "starbucks", "van houtte", "cafe depot", "balzac's", "bridgehead",
		"blenz", "jj bean", "waves coffee", "coffee place"},
	// goalDone, goalProgress, goalDropped: verbs of a goal update told in prose, before
	// "my ...".
	"goalDone": {`finished`, `completed`, `submitted`, `sent off`, `finalized`, `finalised`, `wrapped up`, `done with`, `achieved`, `reached`,
		`accomplished`, `nailed`, `checked off`, `crossed off`, `launched`, `published`, `updated`, `polished`, `got`},
	"goalProgress": {`(?:still |now |currently )?working on`, `(?:still )?plugging away at`, `(?:still )?plugging along (?:on|with)`, `(?:still )?grinding away at`, `(?:still )?chipping away at`, `(?:still )?hacking away at`, `making progress on`, `made (?:some |good )?progress on`, `halfway through`,
		`started(?: on| working on)?`, `in the middle of`, `(?:about |almost |roughly )?half(?:way)? (?:done|through) with`, `partway through`, `chipping away at`, `continuing (?:to work )?on`, `progressing on`, `(?:still )?revising`,
		`(?:still )?drafting`, `(?:still )?updating`},
	"goalDropped": {`(?:decided to )?drop(?:ped)?`, `give up on`, `gave up on`, `given up on`, `abandoned`, `put aside`, `shelved`, `letting go of`, `let go of`},
	// horizonShort, horizonLong: the words that say when a goal is for.
	"horizonShort": {`before the (?:session|program|programme|term|semester|year) (?:ends|is over|wraps up|finishes)`, `short(?:er)?[- ]?term`, `soon`, `for now`, `right now`, `right away`, `this quarter`, `in the immediate(?: term)?`, `near[- ]?term`, `immediately`, `in the short run`,
		`this (?:fall|autumn|winter|spring|summer|session|term|semester|month|year)`, `by (?:the )?(?:spring|summer|fall|autumn|winter)`, `(?:for )?the rest of the (?:session|program|programme|year)`, `before (?:the )?(?:summer|fall|winter|spring|end of the session)`, `during (?:the|this) (?:session|program|programme|mentorship)`, `out of (?:this|the) (?:session|program|programme|mentorship)`,
		`(?:in|over|within|for) the (?:next|coming) (?:few |couple of |two |three |four |six )?(?:weeks|months)`, `next few (?:weeks|months)`,
		`(?:by|before) (?:the end of (?:the |this )?(?:session|year|term|month|program|programme)|christmas|the holidays|(?:january|february|march|april|may|june|july|august|september|october|november|december))`},
	"horizonLong": {`long(?:er)?[- ]?term`, `(?:by|before|in) 20[2-9]\d`, `long(?:er)?[- ]range`, `(?:over |in |for )?the long haul`, `a la longue`, `in the long run`, `one day`, `someday`, `some day`, `eventually`, `down the road`, `later on`,
		`(?:in|over|within) (?:the )?(?:next )?(?:few|five|5|ten|10|two|three|couple of) years`, `next few years`, `in (?:five|5|ten|10) years(?: time)?`,
		`(?:in|within) (?:\d{1,2}|two|three|four|five|ten)(?:\s*(?:-|to|or)\s*(?:\d{1,2}|three|four|five|six|ten))? years`},
	// goalDesire: how people say what they want, before the goal itself.
	"goalDesire": {`i'd (?:really )?(?:like|love) to`, `i would (?:really )?(?:like|love) to`, `i (?:really )?want to`, `i hope to`, `i'm hoping to`, `i am hoping to`,
		`i plan to`, `i'm planning to`, `i aim to`, `i'm aiming to`, `i wish to`, `i intend to`, `i need to`, `i'm going to`, `i will`, `i'll`,
		`i see myself`, `my goal is to`, `the goal is to`, `the plan is to`, `i've set myself the goal of`, `i(?:'m| am) working toward(?:s)?`, `what i want (?:out of|from) (?:this|the) (?:session|program|programme|mentorship) is to`},
	// goalDecline: declining to set a goal, which sets none.
	"goalDecline": {`(?:not sure|no idea|don't know|do not know|haven't decided|not decided)(?: yet)?$`, `(?:not sure|no idea|don't know|haven't decided)(?: yet)?,`, `(?:i'd|i would) rather not`, `not (?:set|setting|ready to set|sure about) (?:a|any|my)`, `no (?:long|short)[- ]?term goal`, `(?:don't|do not) have (?:a|any) (?:long|short)`},
	// goalLexDone, goalLexDropped, goalLexProgress: what a clause that names one goal
	// says of it (goalsentence.go readGoalClauses).
	"goalLexDone": {`(?:i|we) (?:have |'ve )?(?:finished|completed|done|wrapped up|achieved|reached|nailed|submitted) (?:it|this one|that one|this|that)`, `it's done`, `it is done`, `done and dusted`, `all done`, `done`, `finished`, `complete`, `completed`, `submitted(?: it)?`, `achieved`, `reached`, `nailed(?: it)?`, `accomplished`,
		`calling (?:it|that) done`, `crossed (?:it )?off`, `checked (?:it )?off`, `wrapped up`, `got it`},
	"goalLexDropped": {`no longer (?:want|plan|intend|wish|need) to (?:pursue|do|work on)`, `not (?:pursuing|going to pursue|doing) (?:it|this one|that one|this)`,
		`(?:i'm|i am|we're) (?:dropping|giving up on|letting go of|abandoning) (?:it|this one|that one|this)`, `(?:drop|scratch|forget) (?:it|this one|that one)`, `scrap(?:ped)?(?: it)?`, `drop(?:ped|ping)?(?: it)?`, `forget(?: about)?(?: it)?`, `abandon(?:ed|ing)?`, `give up`, `gave up`, `giving up`,
		`(?:not|isn't|is not|no longer) realistic`, `unrealistic`, `no longer (?:want|plan|need|pursuing)`, `(?:put|set)(?: it)? aside`, `shelve(?:d)?(?: it)?`, `let (?:it )?go`, `can go`, `can be dropped`, `off the list`},
	"goalLexProgress": {`still (?:going|working on it|on it|in progress|ongoing)`, `(?:i'm|i am|we're) (?:still )?(?:working on it|making progress|on track)`, `in progress`, `on track`, `getting there`, `still`, `on track`, `(?:some |good |real |so )?progress`, `in progress`, `going`, `ongoing`, `working on(?: it)?`, `started`, `underway`,
		`moving along`, `getting there`, `not started(?: yet)?`, `still want to`, `halfway`, `\d{1,3}\s?% (?:there|done|of the way|complete|finished)`, `partway(?: there| through)?`, `part of the way`, `continues`, `carries on`, `keeps going`, `plugging away`, `chipping away`},
	// goalLexPartial: a part of a goal done, which is progress even beside a word of
	// finishing ("I've done about half of it"); a percentage under 100 is one too
	// (goalsentence.go goalLexPartialRe).
	"goalLexPartial": {`half(?:way)?`, `partly`, `partially`, `in part`, `part of(?: it| the way)?`, `partway`, `almost`, `nearly`, `most of(?: it)?`, `not all`, `some of(?: it)?`,
		// a count of things done toward it: "sent three applications", "two modules out of four"
		`(?:sent(?: off| out)?|submitted|applied to|finished|completed|done|did|wrote|written|read|took|taken|attended)\s+(?:(?:my|the)\s+)?(?:first\s+)?(?:two|three|four|five|six|several|a few|a couple of|\d+)\s+[a-z]+`,
		`(?:one|two|three|four|five|\d+)\s+(?:[a-z]+\s+)?(?:of|out of)\s+(?:two|three|four|five|six|seven|eight|ten|\d+)`},
	// goalDropVerb: verbs that drop a goal named after them ("scratch the goal about X").
	"goalDropVerb": {`drop`, `dropping`, `swap`, `swapping`, `replace`, `replacing`, `scratch`, `scrap`, `forget(?: about)?`, `let go of`, `letting go of`, `give up(?: on)?`, `giving up(?: on)?`,
		`abandon`, `abandoning`, `shelve`, `shelving`, `park`, `parking`, `set aside`, `put aside`, `remove`, `delete`, `cancel`, `retire`, `cross out`},
	// goalNoChange: a goal's news that is no news.
	// goalStillStands: a goal said to still hold, which is no news about it ("the
	// first one still fits").
	"goalStillStands": {`still (?:fits|stands|applies|holds|works for me|makes sense|relevant|valid|the same)`, `(?:is|are) still (?:relevant|valid|good|fine|the plan)`},
	"goalNoChange": {`the same(?: as before| as last time)?`, `same as before`, `unchanged`, `no change`, `no changes`, `no update`, `no news`,
		`nothing new`, `as before`, `as is`, `still the same`},
	// goalObjectStop: objects of those verbs that are not goals.
	"goalObjectStop": {"lunch", "coffee", "shift", "day", "week", "call", "meeting", "work", "email", "emails", "reply", "answer", "message", "book", "dinner", "breakfast", "vacation", "leave"},
	// returnCue: before the day an out-of-office sender is back.
	"returnCue": {`until`, `till`, `through`, `returning(?: on)?`, `return(?:ing)? (?:on|to the office on)`, `back (?:on|in the office on|at work on)`,
		`will be back(?: on)?`, `will return(?: on)?`, `back`},
	// receipt: an automatic acknowledgement.
	"receipt": {`we(?: have|'ve)? received your (?:request|message|e-?mail|inquiry|enquiry|ticket|application)`, `thank you for contacting`,
		`(?:this|an) automatic (?:confirmation|acknowledge?ment|reply|response|message)`, `lets? you know (?:that )?your (?:e-?mail|message|request) (?:has )?arrived`, `we aim to (?:answer|respond|reply) within`,
		`your (?:ticket|request|case) (?:number|#|id|no)`, `ticket (?:number |#|no\.? )\d+`, `this is an automated (?:message|response|reply|notification)`,
		`(?:do not|don't|please do not) reply to this (?:message|e-?mail)`, `this (?:mailbox|address|inbox) is not monitored`},
	// unsubscribeLink: how bulk mail offers to stop.
	"unsubscribeLink": {`unsubscribe`, `manage (?:your )?(?:email )?(?:preferences|subscriptions|notifications)`, `update your preferences`,
		`you are receiving this (?:email|message) because`, `view (?:this email )?in (?:your )?browser`, `opt out`},
	// typoTarget: the words whose typos are read as them (typos.go); typoStop: real
	// words close to one of them, never changed.
	"typoTarget": {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tomorrow",
		"january", "february", "august", "september", "october", "november", "december", "minutes", "minute", "hours", "weekend"},
	"typoStop": {"about", "domain", "hire", "toady", "mundane", "thirsty", "thursdays", "fridays", "mondays", "tuesdays", "wednesdays", "sundays", "saturdays",
		"minuet", "minuets", "houses", "hourly", "weekends", "tuesdays", "today's", "todays", "satisfy", "sunday's", "yesterday's", "someday", "sundae",
		"wedding", "weddings", "tomorrows", "octopus", "augusta", "novembers", "decembers", "houre", "minus", "minuteman"},
	// topic:KEY: more words for a catalogue topic (topics/catalogue.json), as people say
	// it; topicStop: phrases that look like a topic's words but are not.
	"topic:typical_day":              {"a normal shift", "normal shift", "a typical shift", "hour by hour", "what a week looks like", "what her week looks like", "what his week looks like", "what my week looks like", "what my job looks like", "my week", "her week", "his week", "a typical week", "her days", "his days", "my days", "daily routine", "desk shifts", "what her day looks like", "what a day looks like", "day-to-day", "day to day", "typical day", "normal day", "a day in the life", "daily routine"},
	"topic:current_topics":           {"a cbc piece", "cbc piece", "news story", "news piece", "graphic novels off the shelves", "off the shelves", "book challenges", "book challenge", "pulling books", "book bans", "book banning", "censorship", "challenged books", "intellectual freedom", "misinformation", "disinformation", "in the news", "a piece in", "an op-ed", "library journal"},
	"topic:career_goals":             {"down the road", "where i see myself", "five-year plan", "5-year plan", "next step in my career", "long-term goals", "career plans"},
	"topic:lis_resources":            {"slack group", "who i should follow", "who to follow", "lis journals", "slack groups", "journals", "open access", "podcasts", "blogs", "newsletters", "reading list", "mailing list", "mailing lists"},
	"topic:specialties":              {"rare books", "old maps", "map collection", "maps and rare books", "archives work", "special collections", "archival", "fonds", "metadata work", "systems librarian", "data services", "information literacy", "instruction", "youth services", "children's services", "government documents", "digital humanities", "scholarly communication"},
	"topic:work_scenarios":           {"coworker", "co-worker", "coworkers", "taking credit", "difficult patron", "difficult patrons", "conflict with", "tension with", "awkward situation"},
	"topic:professional_development": {"workshop", "workshops", "a webinar series", "micro-credential", "microcredential"},
	"topic:career_path": {"went back to school", "left teaching", "career switch", "switched from", "second career", "changed fields", "how you end up doing", "went from", "career change", "changed careers", "second career", "switched careers", "before libraries", "before library school", "got into libraries", "how she got into", "how he got into", "her path", "his path", "path into", "ended up in libraries", "ended up in librarianship", "ended up in the field", "how she ended up", "how he ended up",
		"how they ended up", "career story", "her career path", "his career path", "their career path", "her path", "his path", "her journey",
		"his journey", "how she became", "how he became", "how she started", "how he started", "got her start", "got his start", "path into"},
	"topic:diversity": {"only black", "the only black", "only person of colour", "only person of color", "only indigenous", "my accent", "her accent", "comments about my accent", "really from", "racialized", "racialised", "bipoc", "person of colour", "person of color", "people of colour", "people of color",
		"equity", "inclusion", "edi", "dei", "indigenous", "lgbtq", "lgbtq2s", "queer", "only black", "anti-racism", "antiracism"},
	"topic:work_life_balance": {"work messages at", "answering work messages", "not sleeping", "lunch break", "slack off my phone", "email off my phone", "work off my phone", "burning out", "burnout", "burn out", "work-life", "work life", "life balance", "exhausted", "work email", "work emails", "after hours", "at 11pm", "at midnight", "tired all the time", "running on empty", "at the end of her rope", "at the end of his rope", "disconnecting", "disconnect", "switching off", "unplugging", "unplug", "boundaries", "burned out", "burnt out",
		"burn out", "burn-out", "mental health", "exhaustion", "overwork", "overworked", "stress", "stressed", "after work"},
	"topic:time_management":   {"due dates", "due the same week", "all due", "push back on", "pushing back on", "say no to", "saying no to", "head above water", "too many projects", "stretched thin", "swamped", "competing priorities", "time crunch", "on top of everything", "time blocking", "time-blocking", "triage", "triages", "overwhelmed", "productivity", "deadlines", "prioritizing", "prioritising", "priorities", "juggling", "deadline", "workload", "to-do list", "procrastination", "procrastinating", "staying organized", "staying organised"},
	"topic:current_role":      {"my internship", "internship", "practicum", "my co-op", "my placement", "my program", "my studies", "the mlis", "my mlis", "her mlis", "my degree", "part-time job", "my position", "my role", "my current position", "my current job", "my work", "my team", "my workplace", "my employer"},
	"topic:job_applications":  {"the posting", "a posting", "posting for", "job ad", "what to put in the letter", "the letter", "her letter", "my letter", "apply for", "applied for", "applying for", "job search", "my job search", "my job hunt", "my job hunting", "my job applications", "my job application", "job hunt", "job hunting", "looking for work", "looking for a job", "job offer", "job offers"},
	"topic:interviews":        {"tell me about a time", "my answers", "practice answers", "practise answers", "answers i fumbled", "the interview", "an interview", "job interview", "second interview", "first interview", "interviewing", "hiring panel", "hiring panels", "hiring committee", "behavioural questions", "behavioral questions", "behavioural answers", "behavioral answers", "interview questions", "mock interview", "tell me about a time", "star method", "star format", "panel next week", "her panel", "his panel", "the panel"},
	"topic:change_management": {"migration", "migrating", "new ils", "new system", "system change", "going through changes", "keep staff on board", "big change", "folded into", "amalgamation", "amalgamated", "restructuring", "restructure", "reorg", "reorganization", "reorganisation", "merger", "being merged", "merging", "merged", "merge", "who reports to whom", "new org chart", "reorganized", "reorganised", "reorganizing"},
	"topic:job_precarity":     {"my term", "term ends", "term position", "renew my contract", "renew it", "get renewed", "be renewed", "casual position", "on-call", "on call shifts", "job security", "no security", "contract that ends", "contract ending", "my contract", "her contract", "his contract", "temp position", "temporary position"},
	"topic:technology":        {"chatbot", "chatbots", "chatgpt", "generative ai", "artificial intelligence", "machine learning", "software", "new tools", "digital tools", "automation", "copilot", "large language models"},
	"topic:management":        {"oversees", "oversee", "overseeing", "supervises", "supervisor", "student pages", "student workers", "student staff", "be the bad guy", "being the bad guy", "new manager", "first-time manager", "giving feedback", "give feedback", "feedback to staff", "delegating", "delegate", "my staff", "my reports", "performance reviews", "leading people", "managing staff", "lead a team", "leading a team", "supervising", "running meetings", "team meetings", "supervise", "supervising her first", "her first hire", "my first hire", "managing people", "manage a team", "managing a team", "direct reports"},
	"topic:committees":        {"executive", "exec", "student chapter", "chapter executive", "volunteering", "volunteer role"},
	"topic:conferences": {"apla", "ola", "bcla", "cla", "abqla", "acfas", "poster session", "submit a poster", "a poster", "registration", "present a paper", "speaking at", "call for proposals", "super conference", "superconference", "ola super conference", "ola conference", "cla conference", "ala annual",
		"ala midwinter", "acrl", "cfla conference", "the conference", "a conference"},
	"topicStop": {"after ten years", "for ten years", "ten years ago", "after 10 years", "for 10 years", "10 years ago", "after five years",
		"for five years", "five years ago", "5 years ago", "for 5 years", "after 5 years", "years in publishing", "board game", "board games", "job board", "job boards"},
	"goalChatter": {"thanks", "thank you", "looking forward", "excited", "glad", "happy to", "i hope", "hope", "hi", "hello", "here are", "here's",
		"below", "sorry", "cheers", "best", "my goals", "these are", "i'm looking", "i am looking", "so excited", "can't wait", "great to",
		"have a (?:great|good|nice|lovely)", "enjoy", "let me know", "answers", "my answers", "hope (?:that's|this is|that is)", "is that", "if that's", "not sure if", "see you", "talk soon", "take care", "all the best", "best wishes", "p\\.?s",
		"(?:i'm|i am|i was|we're) (?:\\w+ )?(?:excited|thrilled|happy|glad|grateful|thankful|delighted|honou?red)", "nice to", "great to", "it was"},
	// wonder: a question asked as a statement, without a question mark.
	"wonder": {`i was wondering`, `i am wondering`, `i'm wondering`, `i wonder`, `i would like to know`, `i'd like to know`, `i'd love to know`, `(?:i |we )?would love to know`,
		`we (?:were|are|'re) wondering`, `i'd (?:appreciate|welcome|value) (?:some |your )?(?:guidance|advice|help|input)`, `help me understand`, `i'd like (?:someone|somebody|you) to (?:tell|explain|let me know|clarify)`,
		`i'd like to (?:discuss|talk about|ask about|raise)\b.{0,60}\bwith (?:whoever|someone|somebody|the committee|you)`, `(?:i )?(?:don't|do not) know (?:if|whether|how|what|when) (?:i'm|i am|we're|we are|i|we) (?:supposed|expected|allowed|meant|required|should|need)`, `i (?:need|could use|would like|'d like|'d appreciate) (?:some |a bit of |your )?(?:guidance|advice)`, `not sure who (?:else )?to ask`, `(?:i )?(?:don't|do not) know who (?:else )?to ask`,
		`could you (?:please )?(?:let me know|tell me|confirm)`, `please (?:let me know|advise|confirm)`,
		`(?:i'm |i am |we're |we are )?not sure (?:if|whether|what|how often|how many|how long) (?:we're|we are|i'm|i am|we|i) (?:supposed|expected|allowed|meant|required|should|need|have)`,
		`what (?:should|do|can|would you suggest) (?:i|we) do$`, `(?:i'm |i am |just )?wondering (?:whether|if|what|how|when|who)`, `(?:i'm |i am )?curious (?:whether|if)`,
		`not sure how to (?:handle|deal with|approach|manage|bring up|raise|address)\b.{0,80}\b(?:advice|ideas|tips|suggestions)`, `(?:any|some) advice (?:on|about) (?:what|how) (?:to do|i should|we should)`},
	// newYear: the first of January, as people name it.
	"newYear": {`(?:the )?new year`, `new year's(?: day)?`},
	// pauseSpan: how long a pause runs, without a date ("over the holidays").
	"pauseSpan": {`over the (?:holidays|holiday season|break|summer|winter break)`, `during the (?:holidays|break|summer)`, `for (?:a while|now|the (?:holidays|summer|month))`, `for a bit`},
	"oooBody": {`(?:i am|i'm) currently (?:away|out|travell?ing|on leave|unavailable)`, `i will (?:respond|reply|get back to you) (?:to your (?:e-?mail|message) )?(?:when i return|upon my return|on my return)`,
		`(?:i will|i'll) (?:be back|return) (?:in the office )?on`, `(?:i am|i'm) (?:out|away) (?:of the office )?(?:with|and) (?:limited|no) access`,
		`thank you for your (?:email|message)[,.!]? i (?:am|will be) (?:out|away|on)`, `(?:i am|i'm) on (?:maternity|paternity|parental|medical|sick|study) leave`},
	// reportedAsk: a question told of, asked in the pair or at work.
	"reportedAsk": {`(?:she|he|they|mentee|mentor|partner|manager|boss|colleague|we|i) (?:asked|wondered|discussed|talked about|was asking|were asking|were wondering|was wondering)`, `asked me`},
	// emptyAsk: a question that asks nothing of the reader (rhetorical, a greeting).
	"emptyAsk": {`who knew`, `who would have (?:thought|guessed|known)`, `where (?:does|did) the time go`, `how could (?:i|we|anyone|you) not`,
		`how (?:cool|great|awesome|amazing|fun|lucky|crazy|wild|funny|neat) is (?:that|it)`, `what more could`, `how are you`, `how's it going`, `how is everyone`, `how are things`},
	// tagAsk: a tag question at the end of a sentence: "..., right?".
	"tagAsk": {`right`, `eh`, `no`, `isn't it`, `don't you think`},
	// unknowing: a writer saying what they do not know or would like to know.
	"unknowing": {`i (?:don't|do not|didn't|did not) (?:really )?know`, `i'm not (?:sure|certain|clear)`, `i am not (?:sure|certain|clear)`, `(?:i'm |i am )?(?:unclear|not clear) (?:on|about|whether|if|what|how)`,
		`i(?:'d| would) (?:like|love|appreciate|welcome) (?:to (?:know|understand|hear)|knowing|(?:some )?(?:clarity|clarification)|(?:someone|somebody|you) to)`, `(?:i was|i'm|i am|we were|we're|we are) wondering`},
	// programWord: the program, its people and its rules.
	"programWord": {`program`, `committee`, `mentors?`, `mentees?`, `mentorship`, `pairing`, `session`, `survey`, `certificate`, `rules?`, `obligations?`, `expected`, `allowed`, `supposed`,
		`confidential\w*`, `goals?`, `partner`, `log`, `logged`, `meetings`, `emails`, `reminders`, `digest`, `resources`},
	// notName: a word that opens a sentence before its comma and is not a name.
	"notName": {`hi`, `hello`, `hey`, `also`, `and`, `so`, `but`, `ok`, `okay`, `oh`, `well`, `sorry`, `btw`, `anyway`, `yes`, `no`, `thanks`, `honestly`, `actually`, `finally`, `lastly`, `otherwise`},
	"concernOther": {"manager", "boss", "colleague", "colleagues", "coworker", "co-worker", "coworkers", "employer", "director", "supervisor",
		"hiring committee", "recruiter", "patron", "patrons", "team lead", "her team", "his team", "client", "clients", "student", "students"},
}
