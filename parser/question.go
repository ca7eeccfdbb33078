package parser

import (
	"slices"
	"strings"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// A question for the committee, announced in prose: "I have a question for the
// committee: ...", "Quick question for the committee - ...", "J'ai une question pour
// le comité : ...". What follows the announcement on its line, and the lines after it
// up to a blank line, are the question (like a "Question:" field).

// questionLeadRe is the announcement, up to the question itself.
var questionLeadRe = regexp.MustCompile(`^(?:(?:i have|i've got|i have got|i had|here's|here is|just|j'ai|j'aurais|voici)\s+)?(?:a |one |une |another |une autre |two |deux |a few |quelques )?(?:quick |small |short |little |petite |courte )?questions?\s+(?:for|to|pour|au|a)\s+(?:the |le |you |vous )?(?:mentorship |program |programme )?(?:committee|comite|organizers|organisateurs|coordinators|coordonnateurs|coordonnatrices)\b\s*(?:[-:]\s*|,\s*|\s+|$)`)

// readQuestionLead reads a line that announces a question. It reports whether it did.
func (x *extractor) readQuestionLead(t text) bool {
	m := questionLeadRe.FindStringIndex(t.norm)
	if m == nil {
		return false
	}
	rest := t.sub(m[1], len(t.norm)).trim("")
	sep := strings.TrimSpace(t.norm[:m[1]])
	if rest.norm != "" && !strings.HasSuffix(sep, ":") && !strings.HasSuffix(sep, "-") && !strings.HasSuffix(rest.norm, "?") {
		return false // "I had a question for the committee but I figured it out"
	}
	if rest.norm != "" {
		x.question = append(x.question, rest.orig)
	}
	x.inQuestion = true
	return true
}

// A question asked in prose, without "Question:": a sentence that ends with a question
// mark and is plainly put to the program, because it names the committee or the
// program ("Could the committee tell me ...?"), asks the reader directly ("Can you
// ...?", "Pourriez-vous ...?"), asks what to do ("What should I do?", "Que dois-je
// faire?") or whether something is possible ("Would it be possible to ...?"), or
// answers the wrap-up's "Anything else for the committee?". Meeting notes are private
// to the pair, so a question about anything else ("she asked how to negotiate
// salary?", "should she join the library's committee?") is not sent on; the program's
// own questions, copied into a reply, are not questions either.
var (
	proseQuestionRe = regexp.MustCompile(`\b(?:(?:for|to|ask|asking) the (?:mentorship |program )?(?:committee|organizers|coordinators)|(?:can|could|would|does|do|will|may|should) the (?:mentorship |program )?(?:committee|organizers|coordinators)|dear committee` +
		`|(?:pour|a) l'equipe du programme|(?:pour|au|le) comite de mentorat|(?:pour le|au) comite\s*[:,-]|le comite (?:peut|pourrait|accepte|permet)|(?:the|this) program(?:me)? (?:allow|let|cover|pay|offer)|le programme (?:permet|peut|couvre|offre))\b` +
		`|^(?:(?:hi|hello|bonjour|also|and|so|but|sorry|one more thing|aussi|et|alors|mais|desolee?|petite question|quick question)[\s,:!-]+)*` +
		`(?:(?:can|could|would|will|do|did|have|are) you|is there|are there|am i allowed|are we allowed|is it (?:ok|okay|possible|allowed)|would it be (?:ok|okay|possible)|what should (?:i|we)|what do (?:i|we) do|what can (?:i|we) do|who should (?:i|we)|who can (?:i|we)|do (?:i|we) need to|should (?:i|we) (?:tell|contact|report|ask|switch|change|find|stop|continue|wait)` +
		`|(?:pouvez|pourriez|auriez|avez|savez|voulez)-vous|est-ce que vous|est-ce qu'il (?:est possible|y a)|y a-t-il|existe-t-il|est-il possible|serait-il possible|serait-ce possible|que dois-je|que devrais-je|que devons-nous|que faire|qu'est-ce que je (?:dois|devrais|peux) faire|a qui (?:dois-je|devrais-je|puis-je|dois|devrais|peux)|dois-je|devrais-je|faut-il)\b`)
	// programPromptRe is a question of the program's own mail, copied into a reply.
	programPromptRe = regexp.MustCompile(`^(?:did you meet since|how was your (?:last )?meeting\b.*|what worked well|what could be better|would you take part again\b.*|anything else for the committee|what would you like from this session|looking for something to talk about next|need a hand|vous vous etes parle depuis|comment s'est passee votre derniere rencontre\b.*|qu'est-ce qui a bien fonctionne|qu'est-ce qui pourrait etre ameliore|aimeriez-vous participer de nouveau\b.*|autre chose a dire au comite|qu'aimeriez-vous retirer de cette session|besoin d'idees pour la prochaine fois|besoin d'un coup de main)\s*\?$`)
	// rhetoricalRe is a question that asks nothing: "Can you believe it?"
	rhetoricalRe      = regexp.MustCompile(`^(?:can you (?:believe|imagine)|would you believe|guess what|you know what|isn't it|n'est-ce pas|vous savez quoi|le croirez-vous|le croiriez-vous)\b`)
	committeePromptRe = regexp.MustCompile(`^(?:anything else for the committee|autre chose a dire au comite)\s*\?$`)
)

// readProseQuestion records the questions for the committee asked in a line of prose.
func (x *extractor) readProseQuestion(t text) {
	if !strings.Contains(t.norm, "?") {
		// "I was wondering if the program runs again next fall."
		for _, c := range splitClauses(t) {
			if wonderRe.MatchString(c.norm) {
				x.question = append(x.question, c.orig)
			}
		}
		if len(x.question) == 0 && !strings.ContainsAny(t.norm, ".!") && len(strings.Fields(t.norm)) >= 5 && askRe.MatchString(t.norm) {
			// "do mentors count toward the meeting log too or just mentees": a
			// question typed without its mark, alone on its line.
			x.question = append(x.question, t.orig)
		}
		if len(x.question) == x.lineQuestions {
			for _, c := range splitSentences(t) {
				if unknowingRe.MatchString(c.norm) && programWordRe.MatchString(c.norm) && !dayWordRe.MatchString(c.norm) && !partnerAskRe.MatchString(c.norm) {
					x.maybeAsked = append(x.maybeAsked, c.trim(" ").orig)
				}
			}
		}
		return
	}
	// Commands were read clause by clause; a sentence that holds one is a request.
	var cmdAt []int // where each command clause starts in t.norm
	from := 0
	for i, c := range splitClauses(t) {
		at := strings.Index(t.norm[from:], c.norm)
		if at < 0 {
			continue
		}
		if i < len(x.cmdClauses) && x.cmdClauses[i] {
			cmdAt = append(cmdAt, from+at)
		}
		from += at + len(c.norm)
	}
	from = 0
	for _, c := range splitSentences(t) {
		start := from
		if at := strings.Index(t.norm[from:], c.norm); at >= 0 {
			start, from = from+at, from+at+len(c.norm)
		}
		c = c.trim(" ")
		if !strings.HasSuffix(c.norm, "?") {
			continue
		}
		command := false
		for _, a := range cmdAt {
			command = command || a >= start && a < start+len(c.norm)
		}
		if programPromptRe.MatchString(c.norm) {
			x.committeePrompt = x.committeePrompt || committeePromptRe.MatchString(c.norm)
			continue
		}
		if command || helpAskRe.MatchString(c.norm) || rhetoricalRe.MatchString(c.norm) || len(x.commands) > 0 && requestAskRe.MatchString(c.norm) && requestLikeRe.MatchString(c.norm) ||
			len(x.commands) > 0 && possibleAloneRe.MatchString(c.norm) {
			continue // "est-ce qu'on peut faire une pause?" is a request, read as one
		}
		if x.committeePrompt || proseQuestionRe.MatchString(c.norm) || askRe.MatchString(c.norm) || wonderRe.MatchString(c.norm) || x.concern && adviceAskRe.MatchString(c.norm) ||
			possibleEndRe.MatchString(c.norm) || whoToAskRe.MatchString(t.norm) || lastClauseAsks(c) {
			x.question = append(x.question, c.orig)
		} else if x.mayAsk(c) {
			x.maybeAsked = append(x.maybeAsked, c.orig)
		}
	}
}

// possibleEndRe ends a request with "is that possible?": "J'aurais besoin d'une
// attestation pour mon employeur, c'est possible?".
var possibleEndRe = regexp.MustCompile(`(?:^|[,;:-]\s*)(?:(?:c'est|est-ce|serait-ce|ce serait|est-ce que c'est|ca serait) (?:possible|correct|permis|faisable|ok|envisageable)|(?:is|would) (?:that|this|it) (?:be )?(?:possible|ok|okay|allowed|doable|an option))\s*\?$`)

// possibleAloneRe is a sentence that only asks whether the request before it can
// be done: "Can I pause until the 15th? Is that possible?".
var possibleAloneRe = regexp.MustCompile(`^(?:(?:and|so|et|alors)\s+)?(?:is (?:that|this|it) (?:possible|ok|okay|alright|all right|doable)|would (?:that|this|it) be (?:possible|ok|okay)|(?:est-ce|c'est|serait-ce|ce serait) (?:possible|correct|faisable|ok)|ca se peut|est-ce que c'est possible)\s*\?+$`)

// whoToAskRe says the sender does not know whom to ask, so what the line asks is
// put to the program: "Not sure who to ask - does the program run again?"
var whoToAskRe = regexp.MustCompile(`\b(?:not sure who (?:else )?to ask|(?:don't|do not) know who (?:else )?to ask|je ne sais pas (?:trop )?a qui (?:demander|m'adresser|poser))\b`)

// lastAskRe is a direct request to the reader after a comma, the last part of a
// sentence: "Sam wants to change his goals, can you tell us what to do?",
// "je ne trouve pas le guide, vous pourriez me le renvoyer?".
var lastAskRe = regexp.MustCompile(`^(?:(?:so|but|and|alors|mais|et|donc)\s+)?(?:(?:can|could|would) you|can someone|could someone|(?:pouvez|pourriez)-vous|vous (?:pourriez|pouvez)|quelqu'un (?:peut|pourrait))\b`)

// lastClauseAsks reports a sentence whose last clause, after a comma, asks the reader
// directly.
func lastClauseAsks(c text) bool {
	i := strings.LastIndexAny(c.norm, ",;:")
	if i < 0 {
		return false
	}
	return lastAskRe.MatchString(strings.TrimSpace(c.norm[i+1:]))
}

// requestLikeRe is a request about the program's mail asked as a question, which a
// command elsewhere in the reply already answers: "Est-ce possible d'en recevoir
// moins souvent?", "Pouvez-vous m'arrêter les courriels pour l'instant?".
var requestLikeRe = regexp.MustCompile(`\b(?:moins souvent|moins de (?:rappels|courriels|messages|relances|suivis)|fewer|less often|pause|suspend\w*|arreter|m'arreter|stop|hold off|digest|resume|bilan)\b`)

// requestAskRe opens a request put as a question ("Could you ...?", "Est-ce possible
// de ...?"); "Will the digest still come while I'm paused?" is a question, not one.
var requestAskRe = regexp.MustCompile(`^(?:(?:hi|hello|bonjour|so|and|et|alors|mais|ok|oops|oups)[\s,!]+)*(?:(?:could|can|would|will) you|is it possible|would it be possible|(?:pouvez|pourriez)-vous|est-ce possible|serait-il possible|est-ce que (?:je|on|vous|nous) (?:peux|pourrais|peut|pourrait|pouvez|pourriez|pouvons))\b`)

// askRe opens a question put to the program without naming it: "Is it ok if we meet
// only once?", "Do we get a certificate?", "Est-ce que je peux changer de mentor?"
// (words_*.go "ask"). It must open the sentence: "she asked me how do you ...?" is
// the pair's own talk.
var askRe = phrasesRe("ask", `^(?:(?:hi|hello|hey|bonjour|salut|also|and|so|but|sorry|one more thing|quick question|by the way|btw|aussi|et|alors|mais|desolee?|petite question|en passant|juste)[\s,:!-]+)*(?:`, `)\b`)

// adviceAskRe asks for advice (words_*.go "adviceAsk"): for the committee only when
// the reply tells of a problem in the pair; "how do I prepare for a panel interview?
// Any tips?" is for the mentor.
var adviceAskRe = phrasesRe("adviceAsk", `(?:^|[-–—:,;]\s*)(?:(?:hi|hello|so|but|and|et|alors|mais)[\s,:!-]+)*(?:`, `)\b`)

// wonderRe opens a question asked as a statement (words_*.go "wonder").
var wonderRe = phrasesRe("wonder", `^(?:(?:hi|hello|bonjour|also|and|so|but|aussi|et|alors|mais)[\s,:!-]+)*(?:`, `)\b`)

// concernRe is a sender asking for help with, or reporting a problem in, their
// pairing (words_*.go "concern"); concernNoRe before it takes it back ("no problem
// with my mentor").
var (
	concernRe = phrasesRe("concern", `\b(?:`, `)`)
	// concernOtherRe names someone outside the pair, whose trouble is a topic of the
	// talk, not a concern about the pairing (words_*.go "concernOther").
	concernOtherRe = phrasesRe("concernOther", `\b(?:`, `)\b`)
	concernNoRe    = regexp.MustCompile(`\b(?:no|not any|never a|aucune?|pas de|pas d'|sans)\s*$`)
)

// readConcern notes a concern in a line.
func (x *extractor) readConcern(t text) {
	if x.concern {
		return
	}
	for _, c := range splitClauses(t) {
		if concernOtherRe.MatchString(c.norm) {
			continue // "her manager hasn't answered": someone else's trouble
		}
		for _, m := range concernRe.FindAllStringIndex(c.norm, -1) {
			if !concernNoRe.MatchString(wordsBefore(c.norm, m[0])) {
				x.concern = true
				return
			}
		}
	}
}

// A sentence that ends with a question mark, in a reply to the program, is most
// often put to the program, even when nothing in it says so ("Le programme
// remet-il une attestation?"). When no rule above is sure of it, it is passed on
// only if its writer says so: the program asks (Reply.MaybeQuestion). It must be
// put as a question (a question word, an auxiliary or an inversion opens it or
// its last clause): "We met on the 14th, or was it the 15th?" and "Le cours sur
// la littératie?" are statements said with a doubt. Questions put to the partner
// ("Jordan, are we still on?", anything said with "tu"), told of ("she asked me
// ...?"), rhetorical ("Who knew?", "..., right?") or greetings ("How are you
// all?") are not asked about.
var (
	// askFormRe opens a question: a question word, an auxiliary verb, a French
	// inversion or "est-ce que".
	askFormRe = regexp.MustCompile(`^(?:(?:hi|hello|hey|also|and|so|but|ok|okay|oh|well|sorry|btw|anyway|one (?:more )?thing|quick question|bonjour|salut|alors|aussi|mais|et|donc|enfin|bref|desolee?|petite question|juste)[\s,:!-]+)*(?:(?:what|when|where|who|whom|whose|which|why|how|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|have|has|had|any|anyone|anybody|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't)\b|(?:qui|que|qu'|quoi|quand|ou|comment|pourquoi|combien|quel|quelle|quels|quelles|lequel|laquelle|est-ce|y a-t-il|y aurait-il)\b|(?:\S+\s+){0,5}\S+-(?:t-)?(?:il|elle|on|ils|elles|vous|je|nous)\b)`)
	// partnerAskRe is a question put to the partner: French "tu", or the partner's
	// name first ("Jordan, ...", "Jordan - ...").
	partnerAskRe = regexp.MustCompile(`(?:\b(?:tu|te|toi|ton|ta|tes)\b|\S-tu\b|\bt'\S)`)
	vocativeRe   = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:,|\s[-–—])\s`)
	// notNameRe opens a sentence with a word that is not a name before its comma.
	notNameRe = phrasesRe("notName", `^(?:`, `)\b`)
	// reportedAskRe tells of a question asked in the pair or at work: "she asked
	// me whether ...?", "on s'est demandé ...?".
	reportedAskRe = phrasesRe("reportedAsk", `\b(?:`, `)\b`)
	// emptyAskRe is a question that asks nothing of the reader: rhetorical, a tag
	// question, a greeting.
	emptyAskRe = regexp.MustCompile(`(?:^(?:(?:and|so|but|et|alors|mais|honestly|honnetement)[\s,]+)?(?:` + strings.Join(phrasesOf("emptyAsk"), "|") + `)\b|\bwhy (?:do|does|did|is|are|must) .*\balways\b|\bpourquoi .*\btoujours\b|[,;-]\s*(?:` + strings.Join(phrasesOf("tagAsk"), "|") + `)\s*\?+$)`)
)

// mayAsk reports whether a sentence ending with "?" may be a question for the
// committee.
func (x *extractor) mayAsk(c text) bool {
	last := c.norm
	if i := strings.LastIndexAny(c.norm, ",;:"); i >= 0 {
		last = strings.TrimSpace(c.norm[i+1:]) // "On s'entend à merveille, qui l'eût cru?"
	}
	if len(strings.Fields(c.norm)) < 4 || reportedAskRe.MatchString(c.norm) || emptyAskRe.MatchString(c.norm) || emptyAskRe.MatchString(last) ||
		partnerAskRe.MatchString(c.norm) || calledByName(c) || strings.ContainsAny(c.orig[:min(len(c.orig), 3)], "«\"“") ||
		slices.ContainsFunc(x.commands, func(cmd Command) bool { return cmd.Name == CmdHelp }) {
		return false
	}
	return askForm(c.norm)
}

// maxAskParts bounds the clauses of one sentence askForm tries, so that a long
// sentence of commas costs a bounded number of searches.
const maxAskParts = 8

// askForm reports whether a sentence is put as a question: a question word, an
// auxiliary or an inversion opens it or its last clause ("..., y a-t-il une
// limite?"). "On Tuesday over Zoom, maybe an hour?" is a statement with a doubt.
func askForm(norm string) bool {
	if askFormRe.MatchString(norm) {
		return true
	}
	// A clause after a comma: "not sure this is the right place, but can mentors
	// attend ...?"; one that offers another day ("or was it the 15th?") is a doubt.
	for i, parts := 0, 0; i < len(norm) && parts < maxAskParts; i++ {
		if norm[i] != ',' && norm[i] != ';' && norm[i] != ':' {
			continue
		}
		parts++
		part := strings.TrimSpace(norm[i+1:])
		if !strings.HasPrefix(part, "ou ") && !strings.HasPrefix(part, "or ") && askFormRe.MatchString(part) {
			return true
		}
	}
	return false
}

// unknowingRe is a writer saying what they do not know or would like to know,
// without a question mark: "I don't know what my obligations are as a mentor",
// "j'aimerais qu'on me dise ce qui est attendu". It may be a question for the
// committee (Reply.MaybeQuestion); a sentence that names a day is more often a
// doubt about a meeting's date ("I'm not sure whether it was the 3rd").
var unknowingRe = regexp.MustCompile(`\b(?:` + strings.Join(phrasesOf("unknowing"), "|") + `)\b.*\b(?:if|whether|what|how|who|where|when|which|why|si|quoi|comment|qui|ou|quand|ce qui|ce que|quels?|quelles?|pourquoi|resources|ressources|expected|attendu|obligations?|rules?|regles?)\b`)

// dayWordRe names a day or a date.
var dayWordRe = regexp.MustCompile(`\b(?:\d{1,2}(?:st|nd|rd|th|er|e)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)\b`)

// dashSplitRe cuts a sentence where a dash or colon starts another part: "Not yet
// this round -- Priya, did you want Thursday?".
var dashSplitRe = regexp.MustCompile(`\s[-–—]+\s|[:;]\s`)

// calledByName reports a sentence, or a part of it after a dash, that opens with a
// name and a comma: it is put to that person.
func calledByName(c text) bool {
	parts := []int{0}
	for _, m := range dashSplitRe.FindAllStringIndex(c.orig, 8) {
		parts = append(parts, m[1])
	}
	for _, at := range parts {
		rest := c.orig[at:]
		if vocativeRe.MatchString(rest) && !notNameRe.MatchString(fold(rest)) {
			return true
		}
	}
	return false
}

// programWordRe names the program, its people or its rules: a writer's doubt about
// them may be a question for the committee ("I don't know what my obligations are
// as a mentor"); a doubt about anything else ("je ne sais pas si je vais être
// reconduite") is their own news.
var programWordRe = phrasesRe("programWord", `\b(?:`, `)\b`)
