package parser

import (
	"slices"
	"strings"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Goals told in sentences, beyond the forms goals.go reads: a goal dropped in
// words ("I'm going to drop the goal about the cataloguing course", "let's forget
// about the certification goal", "je laisse tomber l'objectif du cours"), a goal
// named by a remark in brackets ("I completed the training (it was goal 1)", "the
// grant application (my short term goal)"), a numbered goal's news told after
// "Re goal 2 -", a goal as the subject of its status ("the resume is done"), and a
// numbered goal said to be unchanged, which is no update at all.

// The words of these forms are in the tables (words_*.go): goalDropVerb,
// goalNoChange, goalLexDone, goalLexDropped, goalLexProgress.
var (
	// goalDropRe: a verb of dropping and a goal named by its words or number.
	goalDropRe = regexp.MustCompile(`\b(?:` + strings.Join(phrasesOf("goalDropVerb"), "|") + `)\s+` +
		`(?:(?:the|my|that|this|our|mon|ma|l'|cet|ce|notre)\s*)?` +
		`(?:(?:goal|objectif)\s*(?:#|no\.?|n°)?\s*(\d{1,2})\b|#(\d{1,2})\b|` +
		`(?:goal|objectif|idee|idea|projet|plan)\s+(?:about|of|on|to|for|around|regarding|des|du|de|d'|sur le|sur la|sur|concernant|lie au|lie a)\b\s*(?:the\s+|my\s+|le\s+|la\s+|les\s+|l')?([^.,;:!?()]{2,60})|` +
		`([^.,;:!?()\s]+(?:\s+[^.,;:!?()\s]+){0,3})\s+(?:goal|idea|plan)\b)`)
	// goalNoChangeRe: a numbered goal's news that is no news: "the same as before",
	// "unchanged", "pas de changement".
	goalNoChangeRe = phrasesRe("goalNoChange", `^(?:(?:is|est|has been|remains|reste|stays|stay)\s+)?(?:`, `)\b`)
	// goalAboutRe opens a line about a numbered goal without saying its status
	// first: "Re goal 2 -", "About goal 1:", "Pour l'objectif 2 :", "Objectif 2 -".
	goalAboutRe = regexp.MustCompile(`^(?:re|re:|about|regarding|as for|on|for|pour|concernant|quant a|au sujet de|pour ce qui est de)\s+(?:(?:my|the|mon|le)\s+|l'\s*)?(?:(?:goal|objectif)\s*(?:#|no\.?|n°)?|(?:number|numero|no\.?|n°|#))\s*(\d{1,2})\b\s*[-–:,]?\s*`)
	// goalBracketRe: a remark in brackets that says the thing just named is a goal,
	// perhaps with its number: "(it was goal 1)", "(my short term goal)", "(goal #2)",
	// "(c'était l'objectif 1)", "(mon objectif à court terme)".
	goalBracketRe = regexp.MustCompile(`\(\s*(?:(?:it was|it's|that was|that's|this was|this is|c'etait|c'est|soit)\s+)?(?:(?:my|the|mon|l')\s*)?` +
		`(?:(?:short|long)[- ]?term\s+|first\s+|second\s+|premier\s+|deuxieme\s+|second\s+)?(?:goal|objectif)(?:\s+a\s+(?:court|long)\s+terme)?\s*(?:#|no\.?|n°)?\s*(\d{1,2})?\s*\)`)
	// goalSubjectRe: a goal as the subject of its status, "the resume is done",
	// "my LinkedIn profile is finally updated", "mon portfolio est terminé".
	goalSubjectRe = regexp.MustCompile(`(?:^|[.!?,;:]\s+|\s[-–—]+\s+|\b(?:and|but|so|update:|et|mais|donc|that|que|qu')\s+)(?:the|my|mon|ma|mes|le|la|les|l')\s*([^.,;:!?()]{2,40}?)(?:\s+(?:is|are|was|has been|got|est|sont|a ete|ont ete)\s+|\s*:\s*)` +
		`(?:(?:now|finally|officially|all|at last|also|basically|pretty much|still|maybe|about|roughly|almost|nearly|probably|maintenant|enfin|officiellement|aussi|bel et bien|pas mal|vraiment|toujours|encore|peut-etre|environ|presque)\s+)*` +
		`(done|finished|complete|completed|submitted|sent off|sent|published|updated|up to date|launched|live|a jour|termine|terminee|termines|terminees|fini|finie|complete|completee|envoye|envoyee|soumis|soumise|publie|publiee|mis a jour|mise a jour|en ligne|regle|reglee|atteint|atteinte|reached|achieved` +
		// in progress
		`|in progress|underway|ongoing|going|on track|moving|coming along|happening|(?:half|\d{1,3}\s*%)\s*(?:done|complete|there|through|written|finished)|en cours|en marche|en route|a moitie (?:fait|faite|termine|terminee)|a \d{1,3}\s*%|avance bien|progresse|sur la bonne voie` +
		// dropped
		`|on hold|off the table|dropped|cancelled|canceled|scrapped|shelved|abandonne|abandonnee|en suspens|en pause|mis de cote|mise de cote|tombe a l'eau|(?:in|out)(?:\s*$|\s*[.,;!)]))`)
	// goalSubjectProgressRe and goalSubjectDroppedRe sort goalSubjectRe's status.
	goalSubjectProgressRe = regexp.MustCompile(`^(?:in progress|underway|ongoing|going|on track|moving|coming along|happening|en cours|en marche|en route|avance bien|progresse|sur la bonne voie|a \d|a moitie|half|\d)`)
	goalSubjectDroppedRe  = regexp.MustCompile(`^(?:on hold|off the table|dropped|cancel|scrapped|shelved|abandonne|en suspens|en pause|mis|tombe)`)
)

// hashRefAlt is a goal's number written "#1", which names a goal without the word;
// hashRefRe finds one in a line.
const hashRefAlt = `(?:^|[\s(,:])#(\d{1,2})\b`

var hashRefRe = regexp.MustCompile(hashRefAlt)

// refWordRe is a goal's number alone: "#1", "2".
var refWordRe = regexp.MustCompile(`^#?\s*\d{1,2}$`)

// readGoalSentence reads the goal forms above in one line. It reports whether it
// found a goal.
func (x *extractor) readGoalSentence(t text) bool {
	n := t.norm
	found := false
	if m := goalAboutRe.FindStringSubmatchIndex(n); m != nil {
		rest := t.sub(m[1], len(n))
		if s := goalLexStatus(rest.norm); s != "" {
			x.goals = append(x.goals, Goal{Ref: n[m[2]:m[3]], Status: s, Note: strings.TrimSpace(rest.orig)})
			return true
		}
	}
	for _, m := range goalDropRe.FindAllStringSubmatchIndex(n, -1) {
		g := Goal{Status: "dropped"}
		if ref, ok := goalBracket(n[m[1]:min(len(n), m[1]+80)]); ok && ref != "" {
			// "the conference presentation goal (goal 3)": goal 3
			x.goals = append(x.goals, Goal{Ref: ref, Status: "dropped"})
			found = true
			continue
		}
		switch {
		case m[2] >= 0:
			g.Ref = n[m[2]:m[3]]
		case m[4] >= 0:
			g.Ref = n[m[4]:m[5]] // "I'm dropping #3"
		case m[6] >= 0:
			g.Title = goalWords(t, m[6], m[7])
		default:
			g.Title = goalWords(t, m[8], m[9])
		}
		if g.Ref == "" && (g.Title == "" || goalObjectStopRe.MatchString(fold(g.Title))) {
			continue
		}
		x.goals = append(x.goals, g)
		found = true
	}
	if found {
		return true
	}
	for _, m := range goalSubjectRe.FindAllStringSubmatchIndex(n, -1) {
		obj := n[m[2]:m[3]]
		if refWordRe.MatchString(obj) {
			continue // "le #1 est réglé": a number, read by readGoalClauses
		}
		if goalObjectStopRe.MatchString(obj) || meetingWordRe.MatchString(obj) || len(strings.Fields(obj)) > 4 || goalSelfRe.MatchString(obj) {
			continue
		}
		status := "done" // "the application is in"
		switch v := n[m[4]:m[5]]; {
		case goalSubjectProgressRe.MatchString(v):
			status = "in_progress"
		case goalSubjectDroppedRe.MatchString(v):
			status = "dropped"
		}
		x.goals = append(x.goals, Goal{Title: goalWords(t, m[2], m[3]), Status: status})
		found = true
	}
	return found
}

// New goals announced with when they are for: "this fall I want to ...", "longer-term
// I'm hoping to ...", "my goal for the next few weeks is to ...", "a short-term one:
// ...", "à plus long terme, je me vois ...". The horizon words are in the tables
// (horizonShort, horizonLong), and so are the words of wanting (goalDesire).
var (
	horizonShortAlt = `(?:` + strings.Join(phrasesOf("horizonShort"), "|") + `)`
	horizonLongAlt  = `(?:` + strings.Join(phrasesOf("horizonLong"), "|") + `)`
	horizonShortRe  = regexp.MustCompile(`\b` + horizonShortAlt + `\b`)
	horizonLongRe   = regexp.MustCompile(`\b` + horizonLongAlt + `\b`)
	// horizonLabelRe is a label that names only a horizon: "Soon", "Next few years",
	// "For now", "Bientôt", "Dans les prochaines années".
	horizonLabelRe = regexp.MustCompile(`^(?:(?:my|mes|mon|a|in the|for the)\s+)?(?:(` + horizonShortAlt + `)|(` + horizonLongAlt + `))(?:\s+(?:goals?|objectifs?))?$`)
	goalDesireAlt  = `(?:` + strings.Join(phrasesOf("goalDesire"), "|") + `)`
	// goalLeadHorizonRe: a horizon, then the wish.
	goalLeadHorizonRe = regexp.MustCompile(`(?:^|[.;:!?]\s+|,\s*|\b(?:and|et|but|mais|puis|pis|then|so)\s+)(?:(?:and|et|but|mais|pis)\s+)?(?:(?:pour|for)\s+)?(?:(` + horizonShortAlt + `)|(` + horizonLongAlt + `)),?:?\s+(?:[^,.;:!?]{1,30},\s+)?` +
		`(?:(?:honestly|really|ideally|idealement|vraiment|franchement|personally|personnellement),?\s+)?` + goalDesireAlt + `\s+(?:(?:to|de|a)\s+|d')?`)
	// goalLabelLeadRe: a horizon as a label inside a line: "... not yet. For now: ...".
	goalLabelLeadRe = regexp.MustCompile(`(?:^|[.;!?]\s+)(?:(` + horizonShortAlt + `)|(` + horizonLongAlt + `))\s*:\s*`)
	// goalAndLeadRe: a second horizon that shares the first one's wish ("this fall
	// I'd like to ..., and longer-term, sit on the board"); read under the goals
	// prompt only, where each part of an answer is a goal.
	goalAndLeadRe = regexp.MustCompile(`(?:(?:,\s*|\s)(?:and|et|but|mais|then|puis|pis),?\s+|(?:^|[.;!?]\s+)(?:(?:and|et|pis|puis)\s+)?)(?:(` + horizonShortAlt + `)|(` + horizonLongAlt + `)),?\s+(?:[^,.;:!?]{1,30},\s+)?(?:(?:honestly|really|ideally|idealement|vraiment|franchement|just|simply|juste|simplement),?\s+)?`)
	// goalForLeadRe: "my goal for the next few weeks is to", "mon objectif pour les
	// prochaines semaines :", "a short-term one:", "un objectif à court terme :".
	goalForLeadRe = regexp.MustCompile(`\b(?:(?:my|our|mon|notre)\s+(?:main\s+|big\s+|principal\s+)?(?:goal|objectif|but)\s+(?:for|pour)\s+(?:the\s+|les\s+|la\s+|cette\s+|ce\s+|cet\s+)?(?:(` + horizonShortAlt + `)|(` + horizonLongAlt + `)),?\s*(?:is to|is|would be to|will be to|c'est de|c'est d'|c'est|est de|est d'|serait de|sera de|:)\s*` +
		`|(?:a|an|one|un|une)\s+(?:new\s+|nouvel\s+|nouveau\s+)?(?:(short(?:er)?[- ]?term)|(long(?:er)?[- ]?term))\s+(?:one|goal)\s*:\s*` +
		`|(?:un|une|nouvel|nouveau)\s+objectif\s+(?:(a (?:plus )?court terme)|(a (?:plus )?long terme))\s*:\s*` +
		// "my short-term goal this session is to", "mon objectif à long terme est de"
		`|(?:my|our)\s+(?:new\s+)?(?:(short(?:er)?[- ]?term)|(long(?:er)?[- ]?term))\s+(?:goal|one)\s+(?:[^,.;:!?]{0,30}?\s+)?(?:is to|is|would be to|will be to)\s+` +
		`|(?:mon|notre)\s+(?:nouvel\s+)?objectif\s+(?:(a (?:plus )?court terme)|(a (?:plus )?long terme))\s+(?:[^,.;:!?]{0,30}?\s+)?(?:est de|est d'|c'est de|c'est d'|serait de|sera de)\s*)`)
)

// goalListLeadRe announces several goals for the session: "J'ai deux objectifs pour
// la session :", "My goals for this program:".
var goalListLeadRe = regexp.MustCompile(`\b(?:j'ai|i have|i've got|my|mes|voici mes|here are my)\s+(?:deux|trois|two|three|\d\s+)?\s*(?:objectifs|goals|buts)\s+(?:pour|for)\s+(?:la|cette|this|the)\s+(?:session|program|programme|mentorship|mentorat)\s*:\s*`)

// goalItemSepRe separates the goals listed after such a lead.
var goalItemSepRe = regexp.MustCompile(`,\s*(?:et|and|puis|pis)\s+|;\s*`)

// newGoalInlineRe announces a new goal inside a line, without its horizon.
var newGoalInlineRe = regexp.MustCompile(`(?:^|[.;!?]\s+|,\s*|\b(?:par contre|aussi|also|and|et|but|mais|pis)\s+)(?:(?:i've|i have|i) (?:started|set|got|added|have) )?(?:(?:un |une |a |an |one )?(?:nouvel objectif|nouveau but|new goal|new one|another goal|un autre objectif)(?:\s+[^:.;!?]{1,60})?|(?:je voudrais|j'aimerais|je veux|i'd like to|i would like to|i want to) (?:ajouter|add)(?: (?:un|une|a|an|another|one more) (?:nouvel |nouveau |new )?(?:objectif|but|goal|one))?|(?:replacing|replace|replaced|swapping|swap) it (?:with|for)|(?:je l'ai |je le |je la |l'ai )?remplacee? par(?: un autre| une autre)?|(?:je |i'm |i am |i'll |i will |i want to |je veux |je vais )?(?:remplace|remplacer|replace|replacing|swap|swapping)\b[^:.;!?]{0,80}?\b(?:par|with|for)\b[^:.;!?]{0,50}|un autre|une autre)\s*:\s*` + `(?:` + goalDesireAlt + `\s+(?:(?:to|de|a)\s+|d')?)?`)

// goalInsteadRe announces a goal that takes a dropped one's place: "instead I want
// to ...", "Instead of a certificate, I'll take one workshop", "à la place, j'aimerais ...".
var goalInsteadRe = regexp.MustCompile(`(?:^|[.;:!?,]\s*|\s)(?:instead|rather|a la place|plutot)(?:\s+(?:of|than|que|de|que de)\s+[^,.;:!?]{1,60},)?\s*,?\s+(?:i|je|j')\s*(?:want|would like|'d like|'ll|will|plan|am going|'m going|veux|voudrais|aimerais|vais|compte|prefere)\s+(?:to\s+)?`)

// goalLead is where an announced goal's words start (end) and when it is for.
type goalLead struct {
	start, end int
	horizon    string
	list       bool // "J'ai deux objectifs pour la session : A, et B": several goals follow
}

// goalLeads finds the announcements of new goals in n, in order, without overlaps.
func goalLeads(n string, goalsPrompt bool) []goalLead {
	var leads []goalLead
	for _, m := range newGoalLeadRe.FindAllStringSubmatchIndex(n, -1) {
		h := ""
		for g := 1; g <= 4; g++ {
			if m[2*g] >= 0 {
				h = firstHorizon(n[m[2*g]:m[2*g+1]])
			}
		}
		leads = append(leads, goalLead{m[0], m[1], h, false})
	}
	res := []*regexp.Regexp{goalLeadHorizonRe, goalForLeadRe, goalLabelLeadRe}
	if goalsPrompt {
		res = append(res, goalAndLeadRe)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(n, -1) {
			if stateAfterRe.MatchString(n[m[1]:]) {
				continue // "For now, that's the big one": a remark, not a goal
			}
			h := "long"
			for g := 1; 2*g < len(m); g += 2 {
				if m[2*g] >= 0 {
					h = "short"
				}
			}
			leads = append(leads, goalLead{m[0], m[1], h, false})
		}
	}
	for _, m := range newGoalInlineRe.FindAllStringIndex(n, -1) {
		// "Par contre nouvel objectif : je veux apprendre Python d'ici le printemps",
		// "I've started a new one: shadowing our CEO": its horizon is in its words.
		end := len(n)
		if k := strings.IndexAny(n[m[1]:], ".;!?"); k >= 0 {
			end = m[1] + k
		}
		leads = append(leads, goalLead{m[0], m[1], horizonOf(n[m[0]:end]), false})
	}
	for _, m := range goalInsteadRe.FindAllStringIndex(n, -1) {
		// "Scratch the webinar idea; instead I want to shadow a reference librarian"
		end := len(n)
		if k := strings.IndexAny(n[m[1]:], ".;!?"); k >= 0 {
			end = m[1] + k
		}
		leads = append(leads, goalLead{m[0], m[1], horizonOf(n[m[0]:end]), false})
	}
	for _, m := range goalListLeadRe.FindAllStringIndex(n, -1) {
		leads = append(leads, goalLead{m[0], m[1], "short", true})
	}
	slices.SortFunc(leads, func(a, b goalLead) int { return a.start - b.start })
	out := leads[:0]
	for _, l := range leads {
		if len(out) > 0 && l.start < out[len(out)-1].end {
			continue
		}
		out = append(out, l)
	}
	return out
}

// nextHorizonRe: a sentence inside a goal's words that starts with a horizon.
var nextHorizonRe = regexp.MustCompile(`(?:[.;!?]|,?\s*(?:and|et|puis|pis),?)\s+(?:(?:over|in|for)\s+the\s+)?(?:(?:mon |my |l'|un |a )?(?:objectif|goal|but)\s+)?(?:(` + horizonShortAlt + `)|(` + horizonLongAlt + `))\b\s*[,:]?\s*(?:(?:honestly|really|ideally|idealement|vraiment|franchement),?\s+)?`)

// goalDesireStartRe is a wish that opens a goal's words: "I'd love to be ...".
var goalDesireStartRe = regexp.MustCompile(`^` + goalDesireAlt + `\s+(?:(?:to|de|a)\s+|d')?`)

// stripDesire returns the words of t without a wish that opens them.
func stripDesire(t text) string {
	t = t.trim("")
	if m := goalDesireStartRe.FindStringIndex(t.norm); m != nil && m[1] < len(t.norm) {
		return t.sub(m[1], len(t.norm)).orig
	}
	return t.orig
}

// inlineItemRe marks an item numbered inside a line: "1)", "2.", "b)".
var inlineItemRe = regexp.MustCompile(`(?:^|\s)(?:\d{1,2}|[a-e])[).]\s+`)

// maxInlineItems bounds the items read from one line.
const maxInlineItems = 12

// inlineItems cuts t at its inline numbered items, or returns nil when there are
// fewer than two.
func inlineItems(t text) []text {
	ms := inlineItemRe.FindAllStringIndex(t.norm, maxInlineItems)
	if len(ms) < 2 {
		return nil
	}
	var out []text
	for k, m := range ms {
		end := len(t.norm)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		if it := t.sub(m[1], end).trim(" ,;."); it.norm != "" {
			out = append(out, it)
		}
	}
	return out
}

// horizonAsideRe is a horizon said aside in a goal's words: "(short-term)",
// "(court terme)", or leading "in the long run,".
var horizonAsideRe = regexp.MustCompile(`\s*\(\s*(?:` + horizonShortAlt + `|` + horizonLongAlt + `)\s*\)|^(?:` + horizonShortAlt + `|` + horizonLongAlt + `)\s*(?:[,:]|\s[-–—])\s*`)

// stripHorizon returns t without a horizon said aside.
func stripHorizon(t text) text {
	if m := horizonAsideRe.FindStringIndex(t.norm); m != nil {
		if m[0] == 0 {
			return t.sub(m[1], len(t.norm))
		}
		return newText(strings.TrimSpace(t.span(0, m[0]) + " " + t.sub(m[1], len(t.norm)).orig))
	}
	return t
}

// goalDeclineRe declines to set a goal (words_*.go goalDecline).
var goalDeclineRe = phrasesRe("goalDecline", `\b(?:`, `)`)

// horizonRemarkRe is a short sentence after a goal that only says its horizon:
// "Adding it as a long-term one.", "Court terme, évidemment!"
var horizonRemarkRe = regexp.MustCompile(`[.!;]\s+(?:(?:i'm |i am )?(?:adding|add|put|putting|count|counting|call|calling) it |it's |it is |c'est |ce serait |je le mets |je la mets |mettez-le |ajoutez-le )?(?:as |comme |en )?(?:a |an |one |un |une )?(?:objectif |goal )?(?:a )?(?:(short(?:er)?|court)|(long(?:er)?))(?:[- ]?(?:term|terme))?(?: one| goal| objectif)?(?:,?\s*(?:obviously|of course|for sure|evidemment|bien sur|bien entendu|je pense|i think|i guess))?[.!]*\s*$`)

// horizonOf returns the horizon a phrase names, or "".
func horizonOf(s string) string {
	switch {
	case horizonShortRe.MatchString(s):
		return "short"
	case horizonLongRe.MatchString(s):
		return "long"
	}
	return ""
}

// goalDesireAnyRe is a wish anywhere in a sentence.
var goalDesireAnyRe = regexp.MustCompile(`\b` + goalDesireAlt + `\s+(?:(?:to|de|a)\s+|d')?`)

// readWishSentences reads, under the goals prompt, the sentences of t that hold a
// wish but no announcement (leads), each a new goal with the horizon its words give.
func (x *extractor) readWishSentences(t text, leads []goalLead) {
	from := 0
	for _, s := range splitSentences(t) {
		at := strings.Index(t.norm[from:], s.norm)
		if at < 0 {
			continue
		}
		start, end := from+at, from+at+len(s.norm)
		from = end
		covered := false
		for _, l := range leads {
			covered = covered || l.end > start && l.end <= end // the lead's last word is in this sentence
		}
		m := goalDesireAnyRe.FindStringIndex(s.norm)
		if covered || m == nil || goalDeclineRe.MatchString(s.norm) {
			continue
		}
		title := stripHorizon(s.sub(m[1], len(s.norm)).trim(" .!"))
		if len(strings.Fields(title.norm)) < 2 || x.hasGoal(title.orig) {
			continue
		}
		x.goals = append(x.goals, Goal{Title: trimTitle(title.orig), Horizon: horizonOf(s.norm), Status: "new"})
	}
}

// hasGoal reports whether a goal with this title was already read from the reply,
// or one whose words hold it or are held by it ("certificat", "objectif du certificat").
func (x *extractor) hasGoal(title string) bool {
	t := fold(strings.TrimSpace(title))
	if t == "" {
		return false
	}
	for _, g := range x.goals {
		have := fold(strings.TrimSpace(g.Title))
		if have != "" && (have == t || strings.Contains(t, have) || strings.Contains(have, t)) {
			return true
		}
	}
	return false
}

// goalWords returns a goal's words in t.norm[i:j], cut where the sentence turns to
// something else and without a final "goal".
func goalWords(t text, i, j int) string {
	obj := t.sub(i, j)
	if cut := titleCut(obj.norm); cut > 0 {
		obj = obj.sub(0, cut)
	}
	title := strings.TrimSpace(obj.orig)
	title = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(title, " goal"), " objectif"))
	return trimTitle(title)
}

// goalSelfRe is "my goal" itself as a subject ("mon objectif à long terme est
// atteint"): which goal that is, the words do not say.
var goalSelfRe = regexp.MustCompile(`^(?:goal|objectif|but)\b`)

// meetingWordRe names a meeting, which is never a goal's subject: "the call was
// done by noon".
var meetingWordRe = regexp.MustCompile(`\b(?:meeting|call|chat|session|conversation|coffee|lunch|rencontre|appel|reunion|seance|discussion|day|week|month|journee|semaine|mois|weather|move|renovation)\b`)

// goalRemarkRe: the same remark after a comma or a dash, with its verb: ",
// c'était mon objectif 1", "- that was my goal 2", ", which was goal 1".
var goalRemarkRe = regexp.MustCompile(`^\s*(?:[,;]|\s[-–—])\s*(?:(?:it|that|this|which) (?:was|is)|c'etait|c'est|qui etait|soit)\s+(?:(?:my|the|mon|l')\s*)?` +
	`(?:(?:short|long)[- ]?term\s+|first\s+|second\s+|premier\s+|deuxieme\s+)?(?:goal|objectif)(?:\s+a\s+(?:court|long)\s+terme)?\s*(?:#|no\.?|n°)?\s*(\d{1,2})?\b`)

// goalBracket returns the number and whether a remark in s says the thing just
// named is a goal: in brackets later in the same sentence, or after a comma.
func goalBracket(s string) (string, bool) {
	if m := goalBracketRe.FindStringSubmatchIndex(s); m != nil && !strings.ContainsAny(s[:m[0]], ".!?") {
		return groupOr(s, m, 1), true
	}
	if m := goalRemarkRe.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	return "", false
}

// groupOr returns capture g of a submatch index, or "".
func groupOr(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// A goal's news said anywhere in a clause, once the clause names one goal by its
// number ("I'm still at goal 2", "I don't think goal 2 is realistic anymore, so
// let's scrap it") or by its words ("mon objectif de présenter à l'APLA, je le
// laisse tomber", "pour mon objectif court terme (mettre à jour mon CV), c'est
// fait"). The status words are the tables' goalLexDone, goalLexDropped and
// goalLexProgress; a status said negated ("not done yet", "pas encore fini") is
// progress.
var (
	goalRefRe = regexp.MustCompile(`\b(?:goal|objectif|obj\.?)\s*(?:#|no\.?|n°)?\s*(\d{1,2}|one|two|three|four|un|deux|trois|quatre)\b` +
		`|\b(?:my|the|mon|ma|le|la)\s+(first|second|third|fourth|premier|premiere|deuxieme|second|seconde|troisieme|quatrieme)\s+(?:goal|objectif|one)\b` +
		`|` + hashRefAlt)
	goalNamedRe = regexp.MustCompile(`\b(?:my|mon|the|l'|le)\s*(?:(?:short|long)[- ]?term\s+)?(?:goal|objectif)(?:\s+(?:a\s+)?(?:court|long)(?:\s+terme)?)?` +
		`(?:\s*\(([^()]{2,60})\)|\s+(?:of|to|about|on|for|des|du|de|d'|sur|concernant)\b\s*(?:the\s+|le\s+|la\s+|les\s+|l')?([^,.;:!?()]{2,60}))`)
	goalLexDoneRe     = phrasesRe("goalLexDone", `\b(?:`, `)\b`)
	goalLexDroppedRe  = phrasesRe("goalLexDropped", `\b(?:`, `)\b`)
	goalLexProgressRe = phrasesRe("goalLexProgress", `\b(?:`, `)\b`)
	goalStillStandsRe = phrasesRe("goalStillStands", `\b(?:`, `)\b`)
	goalLexPartialRe  = phrasesRe("goalLexPartial", `\b(?:`, `)\b|\b\d{1,2}\s?(?:%|percent\b|pour ?cent\b)`)
	goalLexNotDoneRe  = regexp.MustCompile(`\b(?:not (?:yet |quite )?(?:done|finished|complete)|pas (?:encore |tout a fait )?(?:fini|finie|termine|terminee|fait|faite)|(?:plus qu'une?|encore une?|reste (?:juste )?une?) (?:\w+ )?(?:pis|et) c'est|one more (?:\w+ )?(?:and|then) (?:it's|i'm|that's)|(?:done|finished|completed|fait|faits|faites|termine|terminees?) \d+ (?:of|out of|sur|de) \d+|nothing (?:finished|done|complete|completed) yet|rien de (?:fini|termine|complete) (?:encore|pour l'instant))\b`)
)

// refOf returns the number a goalRefRe match names ("2", "two", "second", "#2").
func refOf(n string, m []int) string {
	for g := 1; 2*g < len(m); g++ {
		if m[2*g] >= 0 {
			w := n[m[2*g]:m[2*g+1]]
			if r, ok := ordinalRef[w]; ok {
				return r
			}
			return w
		}
	}
	return ""
}

// ordinalRef names goals by words: "goal one", "my second goal", "l'objectif deux".
var ordinalRef = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "un": "1", "deux": "2", "trois": "3", "quatre": "4",
	"first": "1", "second": "2", "third": "3", "fourth": "4", "premier": "1", "premiere": "1", "deuxieme": "2", "seconde": "2", "troisieme": "3", "quatrieme": "4"}

// refTopicBeforeRe: a number after these is a topic's or a question's, not a goal's.
var refTopicBeforeRe = regexp.MustCompile(`\b(?:topics?|sujets?|questions?|items?|points?|page|meetings?|rencontres?|sessions?|calls?|appels?|check-ins?|suivis?|cohort|cohorte)\s*(?:and|et|,)?\s*$`)

// goalLexStatus returns the status the words of s give a goal, or "".
func goalLexStatus(s string) string {
	switch {
	case goalNoChangeRe.MatchString(strings.TrimSpace(s)), goalStillStandsRe.MatchString(s):
		return ""
	case goalLexNotDoneRe.MatchString(s), goalLexPartialRe.MatchString(s):
		return "in_progress"
	case goalLexDroppedRe.MatchString(s):
		return "dropped"
	case goalLexDoneRe.MatchString(s):
		return "done"
	case goalLexProgressRe.MatchString(s):
		return "in_progress"
	}
	return ""
}

// readGoalClauses reads, clause by clause, the news of one goal named in the
// clause that the other readers left: a number not yet updated, or a goal's words.
func (x *extractor) readGoalClauses(t text) {
	if cuesOf(t.norm)&cueGoal == 0 && !hashRefRe.MatchString(t.norm) &&
		!(x.reportPrompt() && (goalOneRe.MatchString(t.norm) || numberRefRe.MatchString(t.norm) || doneForLineRe.MatchString(t.norm))) {
		return
	}
	for _, c := range splitClauses(t) {
		refs := goalRefRe.FindAllStringSubmatchIndex(c.norm, 3)
		refs = slices.DeleteFunc(refs, func(m []int) bool { return refTopicBeforeRe.MatchString(wordsBefore(c.norm, m[0])) })
		if len(refs) == 0 && len(x.goals) > 0 {
			// "L'objectif 2 est atteint! Le 1 avance bien": a goal named by its
			// number alone once the reply talks of numbered goals.
			numbered := slices.ContainsFunc(x.goals, func(g Goal) bool { return g.Ref != "" })
			if m := bareRefRe.FindStringSubmatchIndex(c.norm); m != nil && (numbered || x.reportPrompt() && numberMarkRe.MatchString(c.norm[m[0]:m[2]])) {
				refs = [][]int{{m[2], m[3], m[2], m[3]}}
			} else if m := bareNumRe.FindStringSubmatchIndex(c.norm); m != nil && numbered {
				refs = [][]int{{m[2], m[3], m[2], m[3]}} // "Done with goal 1, and 3 is moving along"
			}
		}
		if len(refs) == 0 && (len(x.goals) > 0 || cuesOf(x.line.norm)&cueGoal != 0) {
			// "le deuxième avance bien et j'ai laissé tomber le troisième": a goal
			// named by its rank alone, once the reply talks of goals.
			for _, m := range ordinalRefRe.FindAllStringSubmatchIndex(c.norm, 3) {
				refs = append(refs, []int{m[2], m[3], m[2], m[3]})
			}
		}
		if len(refs) > 0 && len(refs) < 3 {
			// "J'ai atteint mon objectif 1 et le 2 avance bien": a number alone after
			// "and" names the next goal.
			last := refs[len(refs)-1][1]
			for _, m := range andRefRe.FindAllStringSubmatchIndex(c.norm[last:], 2) {
				refs = append(refs, []int{last + m[2], last + m[3], last + m[2], last + m[3]})
			}
		}
		for k, r := range refs {
			// Each number takes the news said between it and the next one: "objectif
			// 1 terminé et objectif 2 toujours en cours".
			ref := refOf(c.norm, r)
			if ref == "" || x.hasRef(ref) {
				continue
			}
			end := len(c.norm)
			if k+1 < len(refs) {
				end = refs[k+1][0]
			}
			rest := c.norm[r[1]:end]
			if k == 0 {
				rest = c.norm[:r[0]] + " " + rest
			}
			if s := goalLexStatus(rest); s != "" {
				x.goals = append(x.goals, Goal{Ref: ref, Status: s})
			}
		}
		if len(refs) > 0 {
			continue
		}
		if m := doneForRe.FindStringSubmatchIndex(c.norm); m != nil && x.reportPrompt() {
			// "C'est fait pour le CV!", "Done with the portfolio".
			if title := trimTitle(goalWords(c, m[2], m[3])); title != "" && !x.hasGoal(title) && !goalObjectStopRe.MatchString(fold(title)) {
				x.goals = append(x.goals, Goal{Title: title, Status: "done"})
				continue
			}
		}
		if m := goalOneRe.FindStringSubmatchIndex(c.norm); m != nil && (len(x.goals) > 0 || cuesOf(x.line.norm)&cueGoal != 0 || x.reportPrompt()) {
			// "The portfolio one is still going", "Celui du portfolio continue".
			i, j := m[2], m[3]
			if i < 0 {
				i, j = m[4], m[5]
			}
			title := trimTitle(strings.TrimSpace(c.span(i, j)))
			if s := goalLexStatus(c.norm[:m[0]] + " " + c.norm[m[1]:]); s != "" && title != "" && !x.hasGoal(title) && !oneAdjRe.MatchString(fold(title)) {
				x.goals = append(x.goals, Goal{Title: title, Status: s})
				continue
			}
		}
		if m := goalPartForRe.FindStringSubmatchIndex(c.norm); m != nil && (len(x.goals) > 0 || x.reportPrompt()) {
			// "je suis à peu près à la moitié pour LinkedIn", "I'm halfway through the course"
			if title := goalWords(c, m[2], m[3]); title != "" && !x.hasGoal(title) && !goalObjectStopRe.MatchString(fold(title)) && !meetingWordRe.MatchString(fold(title)) {
				x.goals = append(x.goals, Goal{Title: title, Status: "in_progress"})
				continue
			}
		}
		m := goalNamedRe.FindStringSubmatchIndex(c.norm)
		if m == nil {
			continue
		}
		i, j := m[2], m[3]
		if i < 0 {
			i, j = m[4], m[5]
		}
		rest := c.norm[:m[0]] + " " + c.norm[m[1]:]
		if k := copulaRe.FindStringIndex(c.norm[i:j]); k != nil && k[0] > 0 {
			// "mon objectif sur la gestion du temps est pas mal réglé": the title
			// ends at the verb, and its news follows.
			rest = c.norm[:m[0]] + " " + c.norm[i+k[0]:] // the verb may be the news: "avance"
			j = i + k[0]
		}
		title := trimTitle(strings.TrimSpace(c.span(i, j)))
		if title == "" || x.hasGoal(title) {
			continue
		}
		if s := goalLexStatus(rest); s != "" {
			x.goals = append(x.goals, Goal{Title: title, Status: s})
		}
	}
}

// goalPartForRe: the writer is part of the way through something named after:
// "je suis à la moitié pour LinkedIn", "I'm about halfway through the course".
var goalPartForRe = regexp.MustCompile(`\b(?:je suis|j'en suis|i'm|i am|we're|we are|on est)\s+(?:(?:a peu pres|environ|rendue?|about|roughly|maybe|probably|now|already|deja|maintenant)\s+)*(?:a (?:la )?moitie|a mi-chemin|halfway|half way|part way|partway|\d{1,2}\s?%)\s+(?:pour|sur|dans|de|du|avec|through|with|on|into|of|in)\s+(?:le |la |les |l'|mon |ma |mes |my |the )?([^.,;:!?()]{2,40})`)

// copulaRe is the verb that ends a goal's words and starts its news.
var copulaRe = regexp.MustCompile(`\s(?:is|are|was|has been|got|est|sont|a ete|avance|progresse|continue)\b`)

// bareRefRe is a goal named by its number alone at the head of a clause: "Le 1
// avance bien", "pour le 1,", "#2 is done", "number 2 is done".
var bareRefRe = regexp.MustCompile(`^(?:(?:and|et|pis|pour|quant au|as for|for|re)\s+)?(?:(?:le|la)\s*(?:number|numero|no\.?|n°|#)?|number|numero|no\.?|n°|#)\s*([1-4])\b`)

// bareNumRe is a number alone that opens a clause with its news, once the reply
// talks of numbered goals: "and 3 is moving along", "et 2 avance".
var bareNumRe = regexp.MustCompile(`^(?:(?:and|et|but|mais|while|alors que|pis)\s+)?([1-4])\s+(?:is|was|has|are|est|etait|a|avance|progresse|continue)\b`)

// ordinalRefRe is a goal named by its rank alone: "the second", "le troisième,",
// "the first one still fits".
var ordinalRefRe = regexp.MustCompile(`\b(?:the|my|le|la|mon|ma|au|du)\s+(first|second|third|fourth|premier|premiere|deuxieme|seconde|troisieme|quatrieme)(?:\s+(?:one|goal|objectif))?(?:\s*$|\s*[,.;:!?)(]|\s+(?:is|was|has|est|a|avance|progresse|continue|still|toujours|qui|which|that|and|et|c'est|it's)\b)`)

// andRefRe is a further goal's number after "and" in a clause that named one.
var andRefRe = regexp.MustCompile(`(?:\b(?:and|et|but|mais|while|pis)|,)\s+(?:(?:the|le|la)\s+)?(?:(?:number|numero|no\.?|n°|#)\s*)?([1-4]|second|third|fourth|deuxieme|seconde|troisieme|quatrieme)\s+(?:(?:one|goal|objectif)\s+)?(?:is|was|has|are|est|etait|a|avance|progresse|continue|va|goes|still|toujours|en|in|on)\b`)

// numberRefRe is a number marked as one ("no 1", "#2"); doneForLineRe a clause of
// the line that opens with doneForRe's words. In answer to a check-in or the digest
// either is enough to read the line for goals.
var (
	numberRefRe   = regexp.MustCompile(`\b` + numberMarkAlt + `\s*[1-4]\b`)
	doneForLineRe = regexp.MustCompile(`(?:^|[.!?;,]\s*)` + doneForAlt)
)

// numberMarkRe says a number is one: "no 1", "#2", "number 3" (in answer to a
// check-in or the digest, a goal's number).
var numberMarkRe = regexp.MustCompile(`(?:` + numberMarkAlt + `|#)\s*$`)

// numberMarkAlt is the word that marks a number: "no", "n°", "numéro", "number".
const numberMarkAlt = `(?:number|numero|no\.?|n°)`

// goalOneRe names a goal by its words and "one": "the portfolio one", "celui du
// portfolio", "celui sur le leadership".
var goalOneRe = regexp.MustCompile(`\b(?:the|my)\s+((?:[a-z'-]+\s+){0,2}[a-z'-]+)\s+one\b|\b(?:celui|celle)\s+(?:du|de la|des|de l'|d'|sur le|sur la|sur les|sur l')\s*((?:[a-z'-]+\s+){0,2}[a-z'-]+)`)

// oneAdjRe is a word before "one" that ranks or picks rather than names a goal:
// "it's the best one she's read", "the next one".
var oneAdjRe = regexp.MustCompile(`^(?:(?:very|most|least|really)\s+)?(?:best|worst|first|last|next|other|same|only|right|wrong|new|old|big|small|main|hard|easy|good|bad|great|latest|previous|favou?rite|hardest|easiest|biggest|longest|shortest|nicest|strongest|weakest)$`)

// doneForRe is a goal said done with its words after: "c'est fait pour le CV",
// "done with my portfolio".
var doneForRe = regexp.MustCompile(`^` + doneForAlt + ` (?:pour |avec )?(?:le |la |les |l'|mon |ma |mes |my |the )([^.,;:!?()]{2,40})`)

// doneForAlt is a goal said done before its words: "c'est fait pour", "done with".
const doneForAlt = `(?:(?:c'est|c'etait) (?:fait|termine|regle|fini)|(?:all |finally |officially )?(?:done|finished) with)`

// reportPrompt reports a reply to an email that asks how the goals are going (a
// check-in, the digest, the surveys), where "the resume one" is a goal.
func (x *extractor) reportPrompt() bool {
	switch x.prompt {
	case PromptCheckin, PromptDigest, PromptMidsession, PromptWrapup:
		return true
	}
	return false
}

// hasRef reports whether the goal numbered ref was already read from the reply.
func (x *extractor) hasRef(ref string) bool {
	for _, g := range x.goals {
		if g.Ref == ref {
			return true
		}
	}
	return false
}
