package parser

import (
	"fmt"
	"slices"
	"strings"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Goals: new goals ("new short-term goal: update my LinkedIn", "nouvel objectif à long
// terme : ...", a goals-prompt answer "Short term: ... / Long term: ...", or a list under
// "Short-term goals:") and updates to goals ("Goal 2: done", "goal 1 - in progress,
// sent three applications", "objectif 2 : abandonné", "CV goal: done").
//
// An update names its goal by number (Ref) or by a word or two (Title, "CV"). Its
// status is done, in_progress or dropped when a status word says so, and "" when the
// sender only reported progress ("goal 2: sent three applications"): the program decides
// what a note without a status means. In an answer to the goals prompt (the subject
// is about goals, not a check-in), "Goal 1: get a job" defines goal 1 instead.

var (
	// numberedGoalKeyRe: "goal 2", "objectif #1", "my goal no. 3".
	numberedGoalKeyRe = regexp.MustCompile(`^(?:(?:my|mon|our|notre)\s+)?(?:goal|objectif|obj\.?)\s*(?:#|no\.?|n°)?\s*(\d{1,2})$`)
	// newGoalKeyRe: "new goal", "new short-term goal", "long-term goal", "my goals",
	// "nouvel objectif à court terme", "objectifs à long terme".
	newGoalKeyRe = regexp.MustCompile(`^(?:(?:my|a|one|another|mon|mes|un|une|autre)\s+)?(?:(new|nouvel|nouveau|nouveaux|nouvelle|nouvelles)\s+)?(?:(short|long)[- ]?term\s+)?(?:goals?|objectifs?)(?:\s+(?:a|de)\s+(court|long)\s+terme)?(?:\s*\((short|long)[- ]?term\))?$`)
	// goalKeyLeadRe is what may open a goal's label without changing it: a list
	// number, a connector, a wish to add ("1) Short:", "Par contre nouvel objectif :",
	// "Je voulais ajouter un objectif :", "New goal for me:").
	goalKeyLeadRe = regexp.MustCompile(`^(?:(?:\d{1,2}[).]|[-•*])\s*|(?:also|and|but|plus|then|finally|oh and|par contre|aussi|et|mais|puis|enfin|sinon|bon)\s*,?\s+|` +
		`(?:i'd like to add|i would like to add|i want to add|i'm adding|adding|add|je voulais ajouter|je veux ajouter|j'aimerais ajouter|j'ajoute|ajouter|ajout d')\s+(?:a |an |one |un |une )?)+|\s+(?:for me|pour moi)$`)
	// horizonKeyRe: "short term", "long-term goals", "à court terme".
	horizonKeyRe = regexp.MustCompile(`^(?:(?:my|mes|mon|a)\s+)?(?:(short|long)(?:[- ]?term)?|(court|long)(?:\s+terme)?)(?:\s+(?:goals?|objectifs?))?$`)
	// titledGoalKeyRe: "CV goal", "my LinkedIn goal", "objectif CV", "objectif du CV".
	titledGoalKeyRe = regexp.MustCompile(`^(?:(?:my|the|our|mon|notre|l')\s*)?(?:(.{1,40}?)\s+goal|objectif\s+(?:(?:de|du|des|d'|sur le|sur la)\s*)?(.{1,40}))$`)

	// goalLineRe: an update without a colon, "goal 1 - in progress", "Goal 2 done".
	goalLineRe = regexp.MustCompile(`^(?:(?:my|mon|our|notre|the|le)\s+|l'\s*)?(?:goal|objectif|obj\.?)\s*(?:#|no\.?|n°)?\s*(\d{1,2})\b(?:\s*\([^()]{1,60}\))?\s*(?:[-.)]\s*|\s+(?:is|est|has been|a ete)\s+|\s+)`)
	// titledGoalLineRe: "CV goal done", "my LinkedIn goal is in progress".
	titledGoalLineRe = regexp.MustCompile(`^(?:(?:my|the|our|mon|notre|l')\s*)?(?:(.{1,40}?)\s+goal|objectif\s+(?:(?:de|du|des|d'|sur le|sur la)\s*)?(.{1,40}?))\s*(?:-\s*|\s+(?:is|est|has been|was|a ete)\s+|\s+)`)

	// almostRe: a hedge that makes "done" not yet done.
	almostRe = regexp.MustCompile(`\b(?:almost|nearly|mostly|pretty much|practically|not quite|presque|quasiment|pratiquement|a peu pres|pas tout a fait)\b`)
	// statusRe reads a status word at the start of an update.
	statusRe  = regexp.MustCompile(`^(?:(?:still|now|toujours|encore|maintenant|bien|officially|officiellement|about|almost|nearly|mostly|pretty much|practically|not quite|more or less|roughly|a peu pres|presque|environ|plus ou moins|quasiment|pratiquement|pas tout a fait)\s+)*(?:(done|completed?|finished|achieved|accomplished|reached|checked off|termine(?:e?s?)?|faite?s?|finie?s?|completee?s?|atteinte?s?|accomplie?s?|reussie?s?|realisee?s?|c'est fait)|(in progress|ongoing|underway|under way|working on it|going(?: well| ok| okay| strong)?|still going|started|progressing|on track|halfway(?: there| done)?|partly done|partially done|in the works|en cours|en progres|commencee?|amorcee?|en bonne voie|ca avance|a moitie fait|avance(?: bien| un peu)?|progresse(?: bien)?|progressing well|going well|moving along|\d{1,3}\s?%|j'ai (?:commence|debute|entame)|a mi-chemin|a (?:la )?moitie)|(dropped|abandoned|giving up|gave up|cancell?ed|no longer|not pursuing|scrapped|can go|can be dropped|is off the list|abandonnee?|laisse tomber|annulee?|plus d'actualite|peut (?:partir|sauter|etre retire))|(new|nouveau|nouvel|nouvelle))\b`)
	noteSepRe = regexp.MustCompile(`^[\s,;:.!\-()]*`)
)

// readGoalField reads a labelled goal line; key is the folded label, val the rest.
func (x *extractor) readGoalField(t text, key string, val text) bool {
	key = goalKeyLeadRe.ReplaceAllString(key, "")
	if m := numberedGoalKeyRe.FindStringSubmatch(key); m != nil {
		val, more := splitAtGoalRef(val)
		x.addGoalUpdate(m[1], "", x.goalTail(val))
		x.readMoreGoals(more)
		return true
	}
	if m := progressKeyRe.FindStringSubmatch(key); m != nil {
		// "Some progress on goal 1: ...", "J'avance bien sur l'objectif 1 : ..."
		x.goals = append(x.goals, Goal{Ref: m[1], Status: "in_progress", Note: strings.TrimSpace(val.orig)})
		return true
	}
	if m := newGoalKeyRe.FindStringSubmatch(key); m != nil {
		horizon := firstHorizon(m[2], m[3], m[4])
		if m[1] == "" && horizon == "" && statusRe.MatchString(val.norm) {
			x.warn(NoticeGoalUnclear, t.orig, fmt.Sprintf("“%s” does not say which goal; write its number, like “Goal 2: done”.", t.orig))
			return true
		}
		x.addNewGoals(val, horizon)
		return true
	}
	if m := horizonKeyRe.FindStringSubmatch(key); m != nil {
		x.addNewGoals(val, firstHorizon(m[1], m[2]))
		return true
	}
	if m := horizonLabelRe.FindStringSubmatch(key); m != nil && (x.prompt == PromptGoals || x.goalsSubject) {
		h := "long"
		if m[1] != "" {
			h = "short"
		}
		x.addNewGoals(val, h) // "Soon: ...", "Dans les prochaines années : ..."
		return true
	}
	if m := titledGoalKeyRe.FindStringSubmatchIndex(key); m != nil && statusRe.MatchString(val.norm) {
		// key is t.norm's label with spaces collapsed; find the title in t itself.
		title := titleOf(t)
		x.addGoalUpdate("", title, val)
		return true
	}
	return false
}

// readGoalLine reads a goal update written without a colon.
func (x *extractor) readGoalLine(t text) bool {
	if cuesOf(t.norm)&cueGoal == 0 {
		return false
	}
	if m := goalLineRe.FindStringSubmatchIndex(t.norm); m != nil {
		val, more := splitAtGoalRef(t.sub(m[1], len(t.norm)))
		x.addGoalUpdate(t.norm[m[2]:m[3]], "", x.goalTail(val))
		x.readMoreGoals(more)
		return true
	}
	m := titledGoalLineRe.FindStringSubmatchIndex(t.norm)
	if m == nil || !statusRe.MatchString(t.norm[m[1]:]) {
		return false
	}
	i, j := m[2], m[3]
	if i < 0 {
		i, j = m[4], m[5]
	}
	x.addGoalUpdate("", strings.TrimSpace(t.span(i, j)), t.sub(m[1], len(t.norm)))
	return true
}

// nextGoalRefRe is where a numbered update starts another in the same line:
// "Goal 1 done, goal 2 still in progress", "Objectif 1 : terminé. L'objectif 2 avance".
var nextGoalRefRe = regexp.MustCompile(`[.,;!]\s+(?:(?:and|et|while|mais|but)\s+)?((?:(?:my|mon|our|notre|the|le)\s+|l'\s*)?(?:goal|objectif|obj\.?)\s*(?:#|no\.?|n°)?\s*\d{1,2}\b)`)

// maxGoalsPerLine bounds the numbered updates read from one line.
const maxGoalsPerLine = 10

// splitAtGoalRef cuts val where another numbered goal's update starts.
func splitAtGoalRef(val text) (text, []text) {
	cuts := nextGoalRefRe.FindAllStringSubmatchIndex(val.norm, maxGoalsPerLine)
	if cuts == nil {
		return val, nil
	}
	first := val.sub(0, cuts[0][0])
	var more []text
	for k, c := range cuts {
		end := len(val.norm)
		if k+1 < len(cuts) {
			end = cuts[k+1][0]
		}
		more = append(more, val.sub(c[2], end).trim(" ,"))
	}
	return first, more
}

// readMoreGoals reads the further numbered updates of a line.
func (x *extractor) readMoreGoals(more []text) {
	for _, t := range more {
		if m := goalLineRe.FindStringSubmatchIndex(t.norm); m != nil {
			x.addGoalUpdate(t.norm[m[2]:m[3]], "", x.goalTail(t.sub(m[1], len(t.norm))))
		}
	}
}

// maxTailCommands bounds the command sentences read at the end of a goal update.
const maxTailCommands = 3

// goalTail reads the sentences that end a goal update and are commands ("Goal 1:
// done. Pause until January 5.") and returns the update without them.
func (x *extractor) goalTail(val text) text {
	clauses := splitClauses(val)
	end := len(val.norm)
	for i := len(clauses) - 1; i >= max(1, len(clauses)-maxTailCommands); i-- {
		at := strings.LastIndex(val.norm[:end], clauses[i].norm)
		if at <= 0 || !x.readCommand(clauses[i], false) {
			break
		}
		end = at
	}
	return val.sub(0, end).trim(" ")
}

// titleOf finds the title in a labelled titled update ("CV goal: done").
func titleOf(t text) string {
	colon := strings.IndexByte(t.norm, ':')
	if m := titledGoalLineRe.FindStringSubmatchIndex(t.norm[:colon] + " "); m != nil {
		i, j := m[2], m[3]
		if i < 0 {
			i, j = m[4], m[5]
		}
		return strings.TrimSpace(t.span(i, j))
	}
	return strings.TrimSpace(t.span(0, colon))
}

// addGoalUpdate records an update to the goal numbered ref or titled title.
func (x *extractor) addGoalUpdate(ref, title string, rest text) {
	rest = rest.trim("")
	if goalNoChangeRe.MatchString(strings.TrimLeft(rest.norm, " -:,")) {
		return // "Goal 1 is the same as before": no update
	}
	g := Goal{Ref: ref, Title: title}
	first := rest.norm // the update's first sentence, which may say only a part is done
	if k := strings.IndexAny(first, ".!?;"); k >= 0 {
		first = first[:k]
	}
	if mark := doneMark(rest.orig); mark > 0 {
		g.Status = "done"
		rest = rest.sub(mark, len(rest.norm))
	} else if m := statusRe.FindStringSubmatchIndex(rest.norm); m != nil {
		switch {
		case m[2] >= 0 && almostRe.MatchString(rest.norm[:m[2]]):
			g.Status = "in_progress" // "almost done", "presque terminé": not yet
		case m[2] >= 0:
			g.Status = "done"
		case m[4] >= 0:
			g.Status = "in_progress"
		case m[6] >= 0:
			g.Status = "dropped"
		default:
			g.Status = "new"
		}
		rest = rest.sub(m[1], len(rest.norm))
	} else if s := goalLexStatus(rest.norm); s != "" {
		g.Status = s // "Objectif 2 : je laisse tomber", "goal 1 (the grant) - submitted it"
	}
	sep := noteSepRe.FindStringIndex(rest.norm)
	note := strings.TrimSpace(rest.sub(sep[1], len(rest.norm)).orig)
	if g.Status == "" && x.goalsSubject && ref != "" && note != "" {
		g.Title, g.Status = trimTitle(note), "new" // "Goal 1: get a job" answers the goals prompt
	} else {
		g.Note = note
	}
	if g.Status == "" && g.Note == "" {
		x.warn(NoticeGoalUnclear, ref+title, fmt.Sprintf("Goal %s is named without an update; write its status, like “Goal %s: done”.", ref+title, ref+title))
		return
	}
	if g.Status == "done" && goalLexPartialRe.MatchString(first) {
		g.Status = "in_progress" // "Goal 1: done two modules out of four"
	}
	x.goals = append(x.goals, g)
}

// addNewGoals records the new goals in val (one, or several separated by
// semicolons); an empty val starts a list of goals on the lines that follow.
func (x *extractor) addNewGoals(val text, horizon string) {
	if val.norm == "" {
		x.inGoalList, x.listHorizon = true, horizon
		return
	}
	if goalDeclineRe.MatchString(val.norm) {
		return // "Long terme : je sais pas encore, honnêtement."
	}
	// A closing remark that only says the horizon: "... by next fall. Adding it as
	// a long-term one."
	if m := horizonRemarkRe.FindStringSubmatchIndex(val.norm); m != nil && horizon == "" {
		h := "long"
		if m[2] >= 0 {
			h = "short"
		}
		x.addNewGoals(val.sub(0, m[0]+1), h)
		return
	}
	// Items numbered inline are goals of their own: "1) a first library job
	// (short-term) 2) in the long run, a PhD".
	if items := inlineItems(val); len(items) >= 2 {
		for _, it := range items {
			h := horizon
			if h == "" {
				h = horizonOf(it.norm)
			}
			x.addNewGoals(stripHorizon(it), h)
		}
		return
	}
	// A later sentence that starts with another horizon is another goal: "long-term:
	// head of special collections someday. short-term honestly just my probation".
	if m := nextHorizonRe.FindStringSubmatchIndex(val.norm); m != nil && !stateAfterRe.MatchString(val.norm[m[1]:]) {
		h := "long"
		if m[2] >= 0 {
			h = "short"
		}
		x.addNewGoals(val.sub(0, m[0]+1), horizon)
		x.addNewGoals(val.sub(m[1], len(val.norm)), h)
		return
	}
	if horizon == "" {
		if h := horizonOf(val.norm); h != "" {
			x.addNewGoals(stripHorizon(val), h) // "Apprendre à monter un budget (ce trimestre)"
			return
		}
	}
	start := 0
	for i := 0; i <= len(val.norm); i++ {
		if i < len(val.norm) && val.norm[i] != ';' {
			continue
		}
		if title := trimTitle(stripDesire(val.sub(start, i))); title != "" {
			x.goals = append(x.goals, Goal{Title: title, Horizon: horizon, Status: "new"})
		}
		start = i + 1
	}
}

// stateAfterRe opens a sentence that tells how things are, not a goal: "Pour
// l'instant je suis technicienne", "For now, that's the big one".
var stateAfterRe = regexp.MustCompile(`^(?:je suis|j'ai|i am|i'm|i have|i've|c'est|that's|that is|it's|it is|ce sera|voila)\b`)

// addListGoal records an item of a goal list.
func (x *extractor) addListGoal(t text) {
	if closingRe.MatchString(t.norm) || greetRe.MatchString(t.norm) {
		x.inGoalList = false
		x.signedOff = x.signedOff || closingRe.MatchString(t.norm)
		return
	}
	x.addNewGoals(t, x.listHorizon)
}

// trimTitle trims a goal's title of spaces and a final period.
func trimTitle(s string) string {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), "."))
	if m := goalOfRe.FindStringIndex(s); m != nil && m[1] < len(s) {
		s = s[m[1]:] // "goal of reading the CFLA docs": the goal is the reading
	}
	if t, ok := strings.CutSuffix(s, " one"); ok && strings.TrimSpace(t) != "" {
		s = strings.TrimSpace(t) // "the LinkedIn one"
	}
	return s
}

// goalOfRe opens a title with the word goal itself: "goal of", "objectif de".
var goalOfRe = regexp.MustCompile(`^(?i:(?:my |the |mon |l')?(?:goal|objectif) (?:of|to|de|d'|du)\s*)`)

// firstHorizon returns "short" or "long" from the first non-empty capture
// ("short", "long", "court").
func firstHorizon(caps ...string) string {
	for _, c := range caps {
		switch c {
		case "short", "court":
			return "short"
		case "long":
			return "long"
		}
	}
	return ""
}

var (
	// goalProseRe: an update told in a sentence, "I finished my CV goal", "I've completed
	// goal 2", "j'ai terminé mon objectif 2", "j'ai atteint mon objectif de ...".
	goalProseRe = regexp.MustCompile(`\b(?:i|i've|i have|we|we've|we have|j'ai|nous avons|on a|and|et|then|puis|also|aussi)\s+(?:(?:just|finally|already|officially|now|also|enfin|finalement|deja|officiellement|maintenant|aussi)\s+)?` +
		`((?:finished|completed|achieved|reached|met|accomplished|hit|nailed|crossed off|checked off|termine|atteint|complete|realise|accompli|fini|reussi|coche)|(?:started|started on|begun|began|made progress on|commence|entame|avance sur|progresse sur)|(?:dropped|abandoned|gave up on|given up on|abandonne|laisse tomber))\s+` +
		`(?:(?:(?:my|our|the|mon|notre|l')\s*)?(?:goal|objectif)\s*(?:#|no\.?|n°)?\s*(\d{1,2})\b|(?:my|our|the|mon|notre|l')\s*(?:(?:goal|objectif)\s+(?:of|de|d'|du|sur)\s*([^.!?,;]{1,60})|((?:[^\s.!?,;]+\s+){0,2}?[^\s.!?,;]+)\s+goal\b|objectif\s+([^.!?,;\s]+)))`)
	goalDoneVerbRe    = regexp.MustCompile(`^(?:finished|completed|achieved|reached|met|accomplished|hit|nailed|crossed off|checked off|termine|atteint|complete|realise|accompli|fini|reussi|coche)$`)
	goalDroppedVerbRe = regexp.MustCompile(`^(?:dropped|abandoned|gave up on|given up on|abandonne|laisse tomber)$`)

	// goalSplitRe is where a line turns to another numbered goal: "Goal 1: done. Goal 3 - ...".
	goalSplitRe = regexp.MustCompile(`[.;!]\s+(?:(?:my|mon|our|notre)\s+)?(?:goal|objectif)\s*(?:#|no\.?|n°)?\s*\d{1,2}\b`)
)

var (
	// newGoalLeadRe announces a new goal in a sentence: "my short-term goal is to ...",
	// "long term I'd like to ...", "mon objectif à long terme est de ...", "à court
	// terme, j'aimerais ...". What follows, to the end of the sentence or the next
	// announcement, is the goal.
	newGoalLeadRe = regexp.MustCompile(`\b(?:(?:my|our)\s+(short|long)[- ]?term\s+(?:career\s+)?goals?,?\s+(?:is|are|would be|will be|for now is)\s+(?:to\s+)?` +
		`|(?:(?:in|over|for)\s+the\s+)?(short|long)(?:er)?[- ]?(?:term|run),?\s+(?:i'd like|i would like|i want|i hope|i plan|i'm hoping|i am hoping|i aim|i'm aiming|i'd love|i would love|i wish|i intend|my goal is|the goal is)\s+to\s+` +
		`|(?:mon|notre)\s+(?:objectif|but)\s+(?:de\s+carriere\s+)?a\s+(court|long)\s+terme,?\s+(?:est|serait|c'est)\s+(?:de\s+|d')?` +
		`|(?:a|a plus)\s+(court|long)\s+terme,?\s+(?:j'aimerais|je voudrais|je veux|je souhaite|j'espere|je vise a|je compte|mon but est de|mon objectif est de)\s+)`)
	// goalTitleEndRe ends a goal told in a sentence.
	goalTitleEndRe = regexp.MustCompile(`[.;!?](?:\s|$)`)
	// goalTitleTrimRe is what ties a goal to the next one: ", and", "et".
	goalTitleTrimRe = regexp.MustCompile(`[\s,]*(?:\b(?:and|while|but|et|mais|puis)\b)?[\s,]*$`)
)

// readNewGoalProse records the new goals announced in sentences of a line.
func (x *extractor) readNewGoalProse(t text) {
	leads := goalLeads(t.norm, x.prompt == PromptGoals || x.goalsSubject)
	if x.prompt == PromptGoals && len(leads) > 0 {
		// Under the goals prompt, a sentence with a wish and no horizon of its own
		// before it is a goal too: "j'aimerais améliorer ... (cet automne). Et d'ici
		// cinq ans, je voudrais ..."
		defer x.readWishSentences(t, leads)
	}
	if x.prompt == PromptGoals && len(leads) > 0 && leads[0].start > 0 {
		x.readGoalBeforeLead(t, leads[0])
	}
	for i, l := range leads {
		end := len(t.norm)
		if i+1 < len(leads) {
			end = leads[i+1].start
		}
		if e := goalTitleEndRe.FindStringIndex(t.norm[l.end:end]); e != nil {
			end = l.end + e[0]
		}
		title := t.sub(l.end, end)
		if cut := goalTitleTrimRe.FindStringIndex(title.norm); cut != nil {
			title = title.sub(0, cut[0])
		}
		tt := trimTitle(title.orig)
		switch {
		case tt == "" || statusRe.MatchString(title.norm) || goalDeclineRe.MatchString(title.norm):
			// "mon objectif à long terme est atteint", "long term: not sure yet"
		case len(strings.Fields(title.norm)) < 3 && len(x.goals) > 0 && x.goals[len(x.goals)-1].Status == "new" && x.goals[len(x.goals)-1].Horizon == "":
			x.goals[len(x.goals)-1].Horizon = l.horizon // "..., court terme, évidemment!"
		case len(strings.Fields(title.norm)) < 2:
		case l.list:
			from := 0
			for _, sep := range append(goalItemSepRe.FindAllStringIndex(title.norm, maxInlineItems), []int{len(title.norm), len(title.norm)}) {
				if it := trimTitle(stripDesire(title.sub(from, sep[0]))); len(strings.Fields(it)) >= 2 {
					x.goals = append(x.goals, Goal{Title: it, Horizon: l.horizon, Status: "new"})
				}
				from = sep[1]
			}
		default:
			x.goals = append(x.goals, Goal{Title: tt, Horizon: l.horizon, Status: "new"})
		}
	}
}

// andLeadRe joins two goals: ", and", ", et".
var andLeadRe = regexp.MustCompile(`^[\s,]*(?:and|et|puis|pis)\b|,?\s*(?:and|et|puis|pis)\s*$`)

// readGoalBeforeLead reads, under the goals prompt, the goal said before the first
// announced one in its sentence: "Mentor goals, since you asked: get better at giving
// feedback (this session), and in the next few years, mentor two more new grads".
func (x *extractor) readGoalBeforeLead(t text, l goalLead) {
	from := 0
	if k := strings.LastIndexAny(t.norm[:l.start], ".;:!?"); k >= 0 {
		from = k + 1
	}
	if !andLeadRe.MatchString(t.norm[l.start:l.end]) && !andLeadRe.MatchString(t.norm[max(from, l.start-6):l.start]) {
		return // only a goal joined to the announced one: "A (this session), and in the next few years, B"
	}
	before := t.sub(from, l.start)
	if cut := goalTitleTrimRe.FindStringIndex(before.norm); cut != nil {
		before = before.sub(0, cut[0])
	}
	before = before.trim(" ,")
	if len(strings.Fields(before.norm)) < 3 || goalChatterRe.MatchString(before.norm) || greetRe.MatchString(before.norm) ||
		closingRe.MatchString(before.norm) || goalDeclineRe.MatchString(before.norm) || stateAfterRe.MatchString(before.norm) {
		return
	}
	title := trimTitle(stripDesire(stripHorizon(before)))
	if x.hasGoal(title) {
		return
	}
	x.goals = append(x.goals, Goal{Title: title, Horizon: horizonOf(before.norm), Status: "new"})
}

// readGoalProse records the goal updates told in sentences of a line.
func (x *extractor) readGoalProse(t text) {
	defer x.readGoalClauses(t)
	before := len(x.goals)
	if x.readGoalSentence(t) {
		x.readNewGoalProse(t) // "drop the Python goal; a short-term one instead: SQL"
		// The line talks of goals: "the ..." after a goal's verb is one too ("the
		// resume is done and I'm still plugging away at the portfolio").
		x.goalTalk = true
		x.readGoalStatusProse(t)
		x.goalTalk = false
		return
	}
	x.readNewGoalProse(t)
	defer func() {
		if len(x.goals) == before {
			x.readGoalStatusProse(t)
			return
		}
		// A new goal was announced; a goal finished or dropped in the same line is
		// news too: "j'ai abandonné l'idée du certificat. Par contre nouvel
		// objectif : ...". Work still going on is the new goal's own description.
		n := len(x.goals)
		x.readGoalStatusProse(t)
		x.goals = append(x.goals[:n], slices.DeleteFunc(x.goals[n:], func(g Goal) bool { return g.Status == "in_progress" })...)
	}()
	if cuesOf(t.norm)&cueGoal == 0 {
		return
	}
	for _, m := range goalProseRe.FindAllStringSubmatchIndex(t.norm, -1) {
		g := Goal{Status: "in_progress"}
		switch verb := t.norm[m[2]:m[3]]; {
		case goalDoneVerbRe.MatchString(verb):
			g.Status = "done"
		case goalDroppedVerbRe.MatchString(verb):
			g.Status = "dropped"
		}
		switch {
		case m[4] >= 0:
			g.Ref = t.norm[m[4]:m[5]]
		case m[6] >= 0:
			g.Title = trimTitle(t.span(m[6], m[7]))
		case m[8] >= 0:
			g.Title = trimTitle(t.span(m[8], m[9]))
		default:
			g.Title = trimTitle(t.span(m[10], m[11]))
		}
		x.goals = append(x.goals, g)
	}
}

// goalPieces cuts a line where it turns to another numbered goal, or returns nil.
func goalPieces(t text) []text {
	if cuesOf(t.norm)&cueGoal == 0 {
		return nil
	}
	cuts := goalSplitRe.FindAllStringIndex(t.norm, -1)
	if cuts == nil {
		return nil
	}
	var out []text
	start := 0
	for _, m := range cuts {
		out = append(out, t.sub(start, m[0]+1))
		start = m[0] + 1
	}
	return append(out, t.sub(start, len(t.norm)).trim(""))
}

var (
	// progressKeyRe is a label that reports progress on a numbered goal: "some progress
	// on goal 1", "update on goal 2", "j'avance bien sur l'objectif 1".
	progressKeyRe = regexp.MustCompile(`^(?:(?:i'm|i am|i've|i have|je|j'|on|we|we've|nous)\s*)?(?:(?:some|good|a bit of|more|great|a little|un peu de|du|des|quick|petite?)\s+)?(?:progress|progres|avancement|update|mise a jour|` +
		strings.Join(phrasesOf("goalProgress"), "|") + `)\s+(?:(?:on|sur|de|for|pour|with|avec)\s+)?(?:(?:my|mon|the|le)\s+|l')?(?:goal|objectif)\s*(?:#|no\.?|n°)?\s*(\d{1,2})$`)
	// goalNumberStatusRe is a numbered goal's status said inside a sentence: "... but
	// goal 1 is done", "et l'objectif 2 est atteint".
	goalNumberStatusRe = regexp.MustCompile(`\b(?:(?:my|mon|the|le)\s+|l')?(?:goal|objectif)\s*(?:#|no\.?|n°)?\s*(\d{1,2})(?:\s*\([^()]{0,80}\))?,?\s+(?:is|est|has been|a ete|was|etait)\s+(?:(?:now|finally|officially|maintenant|enfin|officiellement)\s+)?`)
	// goalNumbersStatusRe is two numbered goals' status said together.
	goalNumbersStatusRe = regexp.MustCompile(`\b(?:(?:my|mes|the|les)\s+)?(?:goals|objectifs)\s*(?:#|nos?\.?|n°)?\s*(\d{1,2})\s*(?:,|and|et|&)\s*#?\s*(\d{1,2})\s+(?:are|sont|have been|ont ete|were|etaient)\s+(?:(?:now|finally|both|all|maintenant|enfin|tous les deux|toutes les deux)\s+)?`)
	// goalVerbProseRe is an update told with a verb and the goal's own words: "I
	// finished my cover letter", "still working on my LinkedIn", "j'ai terminé mon
	// portfolio" (words_*.go goalDone, goalProgress, goalDropped). Only "my ..." (or
	// "the ... goal") is a goal: "I finished the book" is not.
	goalVerbProseRe = regexp.MustCompile(`(?:\b(?:i|i've|i have|i'm|i am|i just|we|we've|j'ai|je|j'|nous avons|on a)\s+|^|[.!?;]\s+)(?:(?:just|finally|already|also|now|officially|still|currently|enfin|finalement|deja|aussi|maintenant|toujours|encore|bien|presque)\s+)*` +
		`(?:(` + strings.Join(phrasesOf("goalDone"), "|") + `)|(` + strings.Join(phrasesOf("goalProgress"), "|") + `)|(` + strings.Join(phrasesOf("goalDropped"), "|") + `))\s+` +
		`(?:(?:on|sur|with|avec)\s+)?(?:(my|mon|ma|mes)\s+|(the|l'|le|la)\s*)([^.,;:!?()]{2,60})`)
	// goalTitleCutRe ends a goal's words told in prose: "my portfolio website last
	// weekend", "mon portfolio en ligne la semaine dernière".
	goalTitleCutRe = regexp.MustCompile(`\s+(?:and|but|so|which|because|since|last|this|yesterday|today|on|at|in|from|with|to|for|after|before|until|et|mais|donc|qui|car|parce|hier|aujourd'hui|en|pour|avec|au|a|cette|ce|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine|le mois|it's|its|c'est|elle|il)\b`)
	// goalTitlePrepRe: the cut words that may join a verb to its object inside a
	// goal's words ("présenter au congrès", "move to a metadata role").
	goalTitlePrepRe  = regexp.MustCompile(`^\s+(?:on|at|in|with|to|for|en|pour|avec|au|a)$`)
	goalObjectStopRe = phrasesRe("goalObjectStop", `^(?:`, `)\b`)
	goalWordRe       = regexp.MustCompile(`^(?:objectif\b|.*\bgoal$)`)
	// goalChatterRe opens a line that is not a goal in an answer to the goals
	// prompt: thanks, greetings, "looking forward", "here are my goals:".
	goalChatterRe = phrasesRe("goalChatter", `^(?:`, `)\b`)
)

// ideaOfRe opens a dropped goal's words with the idea of it.
var ideaOfRe = regexp.MustCompile(`^(?:idea of|idee (?:du|de la|des|de|d'))\s*(?:the |a |an |le |la |les |l'|un |une )?`)

// titleCut returns where goalTitleCutRe ends a goal's words in n, or -1. A
// preposition right after the first word joins that word to its object and does
// not cut: "présenter au congrès", "apply to the archives".
func titleCut(n string) int {
	for _, c := range goalTitleCutRe.FindAllStringIndex(n, 4) {
		if c[0] > 0 && !strings.Contains(strings.TrimSpace(n[:c[0]]), " ") && goalTitlePrepRe.MatchString(n[c[0]:c[1]]) {
			continue
		}
		return c[0]
	}
	return -1
}

// readGoalStatusProse records the goal updates told in a sentence that the other
// readers did not find: a numbered goal's status inside the sentence, or a verb and
// the goal's own words. It reports whether it found one.
func (x *extractor) readGoalStatusProse(t text) bool {
	found := false
	if cuesOf(t.norm)&cueGoal != 0 {
		for _, m := range goalNumberStatusRe.FindAllStringSubmatchIndex(t.norm, -1) {
			rest := t.sub(m[1], len(t.norm))
			if !statusRe.MatchString(rest.norm) {
				continue
			}
			x.addGoalUpdate(t.norm[m[2]:m[3]], "", rest)
			found = true
		}
		for _, m := range goalNumbersStatusRe.FindAllStringSubmatchIndex(t.norm, -1) {
			// "Les objectifs 1 et 2 sont complétés", "goals 1 and 3 are done"
			rest := t.sub(m[1], len(t.norm))
			if !statusRe.MatchString(rest.norm) {
				continue
			}
			for _, g := range []int{2, 4} {
				if ref := t.norm[m[g]:m[g+1]]; !x.hasRef(ref) {
					x.addGoalUpdate(ref, "", rest)
				}
			}
			found = true
		}
		if found {
			return true
		}
	}
	for _, m := range goalVerbProseRe.FindAllStringSubmatchIndex(t.norm, -1) {
		if r := goalRefRe.FindStringIndex(t.norm[:m[0]]); r != nil {
			continue // "objectif 2 toujours en cours, je travaille encore sur ma lettre": goal 2's news
		}
		obj := t.sub(m[12], m[13])
		if r := goalRefRe.FindStringIndex(obj.norm); r != nil && r[0] == 0 {
			continue // "j'ai terminé mon objectif 2": goal 2, read by number
		}
		if k := ideaOfRe.FindStringIndex(obj.norm); k != nil && k[1] < len(obj.norm) {
			obj = obj.sub(k[1], len(obj.norm)) // "l'idée du certificat", "the idea of a PhD"
		}
		if cut := titleCut(obj.norm); cut >= 0 {
			obj = obj.sub(0, cut)
		}
		title := strings.TrimSpace(obj.orig)
		if x.hasGoal(strings.TrimSuffix(strings.TrimSuffix(title, " goal"), " objectif")) || x.hasGoal(title) {
			continue // already read by readGoalSentence
		}
		ref, bracket := goalBracket(t.norm[m[1]:min(len(t.norm), m[1]+80)])
		if m[8] < 0 && m[6] < 0 && !goalWordRe.MatchString(obj.norm) && !bracket && !x.goalTalk && len(x.goals) == 0 {
			continue // "the book": a goal is "my ...", "the ... goal" or "the ... (goal 1)"
		}
		if ref != "" {
			s := "done"
			switch {
			case m[4] >= 0:
				s = "in_progress"
			case m[6] >= 0:
				s = "dropped"
			}
			x.goals = append(x.goals, Goal{Ref: ref, Status: s})
			found = true
			continue
		}
		if title == "" || goalObjectStopRe.MatchString(obj.norm) || x.hasGoal(title) || x.hasGoal(trimTitle(title)) {
			continue
		}
		title = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(title, " goal"), " objectif"))
		g := Goal{Title: trimTitle(title), Status: "done"}
		switch {
		case m[4] >= 0:
			g.Status = "in_progress"
		case m[6] >= 0:
			g.Status = "dropped"
		}
		x.goals = append(x.goals, g)
		found = true
	}
	return found
}

// readPromptGoal reads a line of an answer to the goals prompt that nothing else
// understood: each list item or short line that is not chatter is a new goal.
func (x *extractor) readPromptGoal(t text) bool {
	n := t.norm
	if x.prompt != PromptGoals || len(strings.Fields(n)) < 2 || len(n) > 200 || strings.HasSuffix(n, "?") ||
		strings.HasSuffix(n, ":") || goalChatterRe.MatchString(n) || closingRe.MatchString(n) || greetRe.MatchString(n) || goalDeclineRe.MatchString(n) ||
		x.isSenderName(t) {
		return false // ... and the sender's name alone under the text ("Olivier Fortin")
	}
	horizon := ""
	if m := horizonWordRe.FindStringSubmatch(n); m != nil {
		horizon = firstHorizon(m[1], m[2])
	} else {
		horizon = horizonOf(n)
	}
	// The goal is the first sentence; one that only remarks on it ("That's my main
	// one for now.") is not another goal.
	title := t
	if ss := splitSentences(t); len(ss) > 1 {
		title = ss[0]
		for _, s := range ss[1:] {
			if !goalChatterRe.MatchString(s.trim(" ").norm) && !goalRemarkSentenceRe.MatchString(s.trim(" ").norm) {
				title = t
				break
			}
		}
	}
	x.goals = append(x.goals, Goal{Title: trimTitle(stripDesire(title)), Horizon: horizon, Status: "new"})
	return true
}

// isSenderName reports a line that is the sender's name, or its first word, as the
// From header gives it.
func (x *extractor) isSenderName(t text) bool {
	n := strings.TrimSpace(strings.Trim(t.norm, " .,!-"))
	if x.fromName == "" || n == "" || len(strings.Fields(n)) > 4 {
		return false
	}
	return n == x.fromName || strings.HasPrefix(x.fromName, n+" ") || strings.HasPrefix(n, x.fromName)
}

// goalRemarkSentenceRe is a sentence that only remarks on the goal before it:
// "That's my main one for now.", "C'est mon objectif principal."
var goalRemarkSentenceRe = regexp.MustCompile(`^(?:that's|that is|this is|it's|c'est|ce sera|voila)\s+(?:(?:my|the|mon|le|la)\s+)?(?:main|big|biggest|only|top|first|real|principal|seul|gros|grand)?\s*(?:one|goal|priority|objectif|priorite|but)?\b`)

// inferHorizons gives a horizon to the new goals of an answer to the goals prompt
// that say none, when another goal is long-term: the prompt asks for a short-term
// and a long-term goal, so the others are the short-term ones ("Get feedback on my
// cover letter / Long term - finish my MLIS").
func (x *extractor) inferHorizons() {
	if x.prompt != PromptGoals && !x.goalsSubject {
		return
	}
	long := slices.ContainsFunc(x.goals, func(g Goal) bool { return g.Status == "new" && g.Horizon == "long" })
	if !long {
		return
	}
	for i := range x.goals {
		if g := &x.goals[i]; g.Status == "new" && g.Horizon == "" && g.Ref == "" {
			g.Horizon = "short"
		}
	}
}

// horizonWordRe names a goal's horizon inside its words.
var horizonWordRe = regexp.MustCompile(`\b(?:(short|long)[- ]?term|(court|long) terme)\b`)

// doneMark returns the length in bytes of a check mark that opens s ("✓", "✔",
// "✅", "☑"), or 0. Folding keeps these runes, so the length is the same in norm.
func doneMark(s string) int {
	for _, m := range []string{"✓", "✔", "✅", "☑", "☑️", "✔️"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// goalListCutRe cuts a list of goals said in one breath: "practice interviewing,
// figure out whether a second master's is worth it, and meet more people";
// "refaire mon CV, devenir membre de l'ABQLA et préparer une présentation".
var goalListCutRe = regexp.MustCompile(`\s*;\s*|,\s+(?:(?:and|et|&)\s+)?|\s+(?:and|et)\s+`)

// goalListEndRe ends a list with its last item after "and" or "et".
var goalListEndRe = regexp.MustCompile(`,\s+(?:(?:and|et|&)\s+)?[^,]+$|\s(?:and|et)\s[^,]+$`)

// nounStartRe opens a list item that is a thing, not a thing to do.
var nounStartRe = regexp.MustCompile(`^(?:a|an|the|my|our|no|more|less|some|un|une|le|la|les|l'|mon|ma|mes|des|du|de|plus|moins|pas)\b`)

// maxGoalListItems bounds the goals one list can give.
const maxGoalListItems = 6

// splitGoalLists makes each item of a new goal that is a list of three or more
// things to do (commas, then "and") a goal of its own, with the same horizon. Two
// things joined by "and" stay one goal ("update my CV and LinkedIn").
func splitGoalLists(goals []Goal) []Goal {
	var out []Goal
	for _, g := range goals {
		if g.Status != "new" || g.Ref != "" || !strings.Contains(g.Title, ",") && !strings.Contains(g.Title, ";") {
			out = append(out, g)
			continue
		}
		items := splitGoalList(g.Title)
		if items == nil {
			out = append(out, g)
			continue
		}
		horizon := g.Horizon
		for _, it := range items {
			if m := horizonLabelRe.FindStringSubmatch(fold(it)); m != nil {
				// "finir mon cours, et d'ici deux ans, obtenir un poste": a horizon
				// between commas is the next item's.
				horizon = "short"
				if m[2] != "" {
					horizon = "long"
				}
				continue
			}
			h := g
			h.Title, h.Horizon = it, horizon
			out = append(out, h)
		}
	}
	return out
}

// splitGoalList returns the items of a list of goals, or nil when title is not one:
// at least three items of two to twelve words (or two around a semicolon), no more
// than maxGoalListItems, the last joined by "and" or "et".
func splitGoalList(title string) []string {
	semi := strings.Contains(title, ";")
	lower := fold(title)
	if !semi && !goalListEndRe.MatchString(lower) {
		return nil
	}
	var items []string
	last := 0
	for _, m := range goalListCutRe.FindAllStringIndex(title, maxGoalListItems) {
		items = append(items, strings.TrimSpace(title[last:m[0]]))
		last = m[1]
	}
	items = append(items, strings.TrimSpace(title[last:]))
	if len(items) > maxGoalListItems || len(items) < 3 && !(semi && len(items) == 2) {
		return nil
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n < 2 || n > 12 || nounStartRe.MatchString(fold(it)) {
			return nil // "a permanent, full-time position, no more contracts": one goal
		}
	}
	return items
}

// ordinalTitleRe is a goal's title that is only its rank: "first", "the second
// one", "deuxième", "premier objectif".
var ordinalTitleRe = regexp.MustCompile(`^(?:(?:the|my|le|la|mon|ma)\s+)?(first|second|third|fourth|premier|premiere|deuxieme|seconde|troisieme|quatrieme)(?:\s+(?:one|goal|objectif))?$`)

// ordinalGoals gives a goal named only by its rank ("my first goal is done") that
// rank's number, and keeps the first update of each numbered goal.
func ordinalGoals(goals []Goal) []Goal {
	seen := map[string]bool{}
	out := goals[:0]
	for _, g := range goals {
		if m := ordinalTitleRe.FindStringSubmatch(fold(strings.TrimSpace(g.Title))); m != nil && g.Ref == "" {
			g.Ref, g.Title = ordinalRef[m[1]], ""
		}
		if g.Ref != "" && g.Title == "" {
			if seen[g.Ref] {
				continue
			}
			seen[g.Ref] = true
		}
		out = append(out, g)
	}
	return out
}
