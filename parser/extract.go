package parser

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
	"github.com/mentormail/mentormail/topics"
)

// How extract reads a reply, in one pass over its lines:
//
//  1. Every line is folded (lower case, accents removed, typographic apostrophes,
//     dashes and non-breaking spaces made plain) for matching; the original is kept for
//     the text the sender wrote (notes, goal titles, the question); see text.go.
//  2. A line is, in order: a labelled field ("Date: Nov 20", "Durée : 1h30",
//     "Goal 2: done", "Question: ..."), a command ("pause until Dec 15", "stop"), a goal
//     update without a colon ("goal 1 - in progress"), an item of a goal list, or free
//     text. Free text is cut into clauses and each clause read for a meeting (meeting.go).
//  3. When every line is read, the meeting, goals, commands and question are settled and
//     what was not understood becomes warnings.
//
// Every step runs a fixed set of RE2 expressions over one line or clause, so the whole
// read is linear in the length of the reply.

// maxReadBytes bounds how much reply text is read for meaning. Replies people write
// are a few kilobytes; a longer text is read up to here (at a line end) and the rest is
// kept for the committee but not searched, so a huge message costs a bounded time.
const maxReadBytes = 64 << 10

// maxNoteRunes bounds a meeting's notes; longer notes are cut at a word and marked "…".
const maxNoteRunes = 600

// defaultCatalogue is the built-in topic catalogue, read once.
var defaultCatalogue = sync.OnceValue(topics.Default)

// extract fills r.Meeting, r.Goals, r.Commands, r.Question and r.Warnings from
// r.ReplyText and r.Envelope.Subject. ref is the message's date in the sender's time
// zone; relative dates ("yesterday", "mardi dernier") count back from its calendar day.
func extract(r *Reply, opts Options, ref time.Time) {
	cat := opts.Topics
	if cat == nil {
		cat = defaultCatalogue()
	}
	x := newExtractor(r.Language, cat, ref)
	x.prompt = opts.Prompt
	x.fromName = fold(strings.TrimSpace(r.Envelope.FromName))
	x.readSubject(r.Envelope.Subject)
	body := r.ReplyText
	if len(body) > maxReadBytes {
		cut := strings.LastIndexByte(body[:maxReadBytes], '\n')
		if cut < 0 {
			cut = maxReadBytes
		}
		body = body[:cut]
		x.warn(NoticeTruncated, "", fmt.Sprintf("The reply is longer than %d KB; only its first %d KB were read.", maxReadBytes/1024, maxReadBytes/1024))
	}
	if x.prompt == PromptConfirm || x.prompt == PromptConsent {
		if cmd, ok := oneWordAnswer(body); ok {
			x.addCommand(Command{Name: cmd})
			x.finish(r)
			return
		}
	}
	x.noMeetingSaid = saysNoMeeting(body)
	for line := range strings.SplitSeq(body, "\n") {
		x.readLine(line)
	}
	x.finish(r)
}

var (
	yesRe = phrasesRe("yes", `^(?:`, `)$`)
	noRe  = phrasesRe("no", `^(?:`, `)$`)
)

// oneWordAnswer reads a reply that is only a yes or a no ("Yes", "oui merci", "No
// thanks"), perhaps with a greeting, a closing and a name around it. It returns
// CmdConfirm or CmdDecline.
func oneWordAnswer(body string) (string, bool) {
	var answer string
	n := 0
	for line := range strings.SplitSeq(body, "\n") {
		t := newText(strings.TrimSpace(line)).trim(".!,;")
		switch {
		case t.norm == "":
			continue
		case n > 0 && (closingRe.MatchString(t.norm) || looksLikeName(t.orig)):
			continue
		case n == 0 && greetRe.MatchString(t.norm) && !yesRe.MatchString(t.norm) && !noRe.MatchString(t.norm):
			continue
		}
		n++
		if n > 1 {
			return "", false
		}
		answer = strings.Trim(t.norm, " .!,")
		answer = strings.Join(strings.FieldsFunc(answer, func(r rune) bool { return r == ' ' || r == ',' }), " ")
	}
	switch {
	case yesRe.MatchString(answer):
		return CmdConfirm, true
	case noRe.MatchString(answer):
		return CmdDecline, true
	}
	return "", false
}

// extractor holds what has been understood so far from one reply.
type extractor struct {
	lang     string
	prompt   string // the program email the reply answers (Options.Prompt)
	fromName string // the sender's display name, folded: a line that is only it is a signature
	// lineQuestions is how many questions were read before the line being read.
	lineQuestions int
	line          text // the line being read
	cat           *topics.Catalogue
	topics        *phraseIndex
	ref           time.Time // the reference calendar day, midnight UTC

	// questionSubject: the subject marks the message as a question for the committee,
	// so its free text is the question. goalsSubject: the subject is about goals, so
	// "Goal 1: text" defines a goal rather than reporting on one.
	questionSubject bool
	goalsSubject    bool

	meeting  meetingDraft
	goals    []Goal
	commands []Command
	question []string
	warnings []string
	notices  []Notice // one per warning
	concern  bool     // the sender asks for help with their pairing
	// noMeetingSaid: the reply said no meeting took place ("Nothing on our side
	// yet."): a clause must name the pair to log one.
	noMeetingSaid bool
	// maybeAsked are sentences that end with a question mark and may be put to the
	// committee, though nothing in them says so: the program asks the sender.
	maybeAsked []string
	// correctedAway: the dates a correction took back ("Thursday, no wait, ...").
	correctedAway map[string]bool
	// looseDates are past days said in clauses that tell of nothing else ("It was
	// last Thursday."); an undated meeting takes the one there is.
	looseDates []datePhrase
	// pauseWarns: the warnings of pauses without a readable day, taken back when
	// the reply gives the day elsewhere.
	pauseWarns []string
	// goalTalk: the line being read already told of a goal.
	goalTalk bool
	// lessMailGuess: "stop sending me emails" was read as fewer reminders, with a
	// warning; a clear request to leave in the same reply settles it instead.
	lessMailGuess string
	// spoke: a command was read from words other than "I'm away until ...", which
	// automatic answers say too.
	spoke bool

	inQuestion  bool   // the lines that follow continue a "Question:" paragraph
	inGoalList  bool   // the lines that follow are items of a goal list
	listHorizon string // the horizon of that list
	signedOff   bool   // a closing line ("Thanks,", "Merci") was seen
	// committeePrompt: the wrap-up's "Anything else for the committee?" was answered
	// on this line or one above it, with no blank line since.
	committeePrompt bool
	// cmdClauses says, for each clause of the line last read for commands, whether
	// it held one.
	cmdClauses []bool
}

func newExtractor(lang string, cat *topics.Catalogue, ref time.Time) *extractor {
	return &extractor{
		lang:   lang,
		cat:    cat,
		topics: topicIndex(cat),
		ref:    time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC),
	}
}

// warn records a warning once, with its notice: code (a Notice constant) and the
// words it is about.
func (x *extractor) warn(code, quote, w string) {
	for _, have := range x.warnings {
		if have == w {
			return
		}
	}
	x.warnings = append(x.warnings, w)
	x.notices = append(x.notices, Notice{Code: code, Quote: quote})
}

var (
	subjectPrefixRe   = regexp.MustCompile(`^(?:\s*(?:re|fwd?|tr|aw|sv|wg|rep|ref)\s*(?:\[\d+\])?\s*:\s*)+`)
	questionSubjectRe = regexp.MustCompile(`^question\b|^q\s*:|\bquestions? (?:for|to) (?:the )?(?:mentorship )?committee\b|\bquestions? (?:pour|au|a) (?:le )?comite\b|\bask the committee\b`)
	goalsSubjectRe    = regexp.MustCompile(`\b(?:goals?|objectifs?)\b`)
	checkinSubjectRe  = regexp.MustCompile(`\b(?:check-?in|progress|suivi|bilan|progres)\b`)
)

// readSubject notes what the subject says about the message: a question for the
// committee, an answer to the goals prompt, or a command on its own.
func (x *extractor) readSubject(subject string) {
	s := fold(strings.TrimSpace(subject))
	s = strings.TrimSpace(subjectPrefixRe.ReplaceAllString(s, ""))
	if s == "" {
		return
	}
	x.questionSubject = questionSubjectRe.MatchString(s)
	x.goalsSubject = goalsSubjectRe.MatchString(s) && !checkinSubjectRe.MatchString(s)
	if !x.questionSubject {
		x.readCommand(newText(strings.TrimSpace(subjectPrefixRe.ReplaceAllString(strings.TrimSpace(subject), ""))), true)
	}
}

var (
	bulletRe  = regexp.MustCompile(`^(?:[-*•·▪◦>]+|\d{1,2}[.)]|[a-h][.)])\s+`)
	greetRe   = regexp.MustCompile(`^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|allo|cher|chere|chers|cheres)\b[^.!?:]{0,40}[,!.]?$`)
	closingRe = regexp.MustCompile(`^(?:thanks|thank you|many thanks|thx|cheers|best|all the best|regards|best regards|kind regards|warm regards|warmly|sincerely|take care|talk soon|merci|merci beaucoup|merci encore|mille mercis|cordialement|bien cordialement|salutations|bonne journee|bonne soiree|bonne fin de semaine|a bientot|au plaisir|amities|bien a vous|a la prochaine)\b[^.?:]{0,40}$`)
)

// readLine reads one line of the reply text.
func (x *extractor) readLine(raw string) {
	line := strings.TrimSpace(raw)
	if line == "" {
		x.inQuestion, x.inGoalList, x.committeePrompt = false, false, false
		return
	}
	x.cmdClauses = x.cmdClauses[:0]
	x.lineQuestions = len(x.question)
	t := fixTypos(newText(line))
	x.line = t
	x.readConcern(t)
	if pieces := goalPieces(t); pieces != nil {
		for _, p := range pieces {
			x.readLine(p.orig)
		}
		return
	}
	item := bulletRe.FindStringIndex(t.norm)
	if item != nil {
		t = t.sub(item[1], len(t.norm))
	}
	if x.readField(t, item != nil) {
		return
	}
	if x.inQuestion {
		x.question = append(x.question, t.orig)
		return
	}
	if x.readQuestionLead(t) {
		return
	}
	if x.readCommand(t, false) {
		x.inGoalList = false
		x.readGoalStatusProse(t) // "I'm away until the 14th but goal 1 is done"
		return
	}
	if x.readGoalLine(t) {
		x.inGoalList = false
		x.readGoalClauses(t)  // "L'objectif 2 est atteint. Pour le 1, j'avance."
		x.readNewGoalProse(t) // "Goal 1 is done. My new short-term goal is to ..."
		return
	}
	if x.inGoalList {
		x.addListGoal(t)
		return
	}
	switch {
	case greetRe.MatchString(t.norm):
		return
	case closingRe.MatchString(t.norm):
		x.signedOff = true
		return
	case x.signedOff && len(strings.Fields(t.norm)) <= 4:
		return // a name under the closing
	}
	if x.questionSubject {
		x.question = append(x.question, t.orig)
		return
	}
	x.readProseQuestion(t)
	goals, questions, evidence, commands := len(x.goals), len(x.question), x.meeting.evidence, len(x.commands)
	x.readGoalProse(t)
	x.readFree(t, true)
	// Under the goals prompt, a line nothing else understood is a goal; a line that
	// told of a meeting, asked a question or gave a command is not.
	if len(x.goals) == goals && len(x.question) == questions && len(x.commands) == commands &&
		(evidence || !x.meeting.evidence) && x.readPromptGoal(t) {
		x.meeting.notes = x.meeting.notes[:len(x.meeting.notes)-1]
	}
}

// finish settles what was read into r.
func (x *extractor) finish(r *Reply) {
	if m := &x.meeting; m.evidence && !m.hasField && len(m.date.found) == 0 && len(m.minutes.found) == 0 && len(m.mode.found) == 0 && (len(m.modeWeak) == 0 || x.noMeetingSaid) &&
		m.vague == "" && len(m.topics.keys) == 0 && (x.noMeetingSaid || slices.ContainsFunc(x.commands, func(c Command) bool { return c.Name == CmdUndo || c.Name == CmdHelp })) {
		// "J'ai envoyé la rencontre deux fois par erreur, pourriez-vous annuler la
		// dernière?", "je ne sais plus comment on inscrit une rencontre": the
		// meeting named is the entry the command is about, not one to log; and
		// in a reply that says no meeting took place, a meeting named with
		// nothing about it is none ("Pas encore de rencontre. On s'écrit à son
		// retour").
		m.evidence = false
	}
	if m := &x.meeting; m.evidence && len(m.date.found) == 0 && m.vague == "" && len(x.looseDates) == 1 {
		x.placeMeeting(x.looseDates[0]) // "Logging one from last week. It was last Thurs."
	}
	r.Meetings = x.meeting.settle(x)
	if r.Meetings == nil {
		r.Meetings = []Meeting{}
	}
	if len(r.Meetings) > 0 {
		first := r.Meetings[0]
		r.Meeting = &first
	}
	x.goals = ordinalGoals(splitGoalLists(x.goals))
	x.inferHorizons()
	r.Goals = x.goals
	// "Stop sending me emails" read as fewer reminders was a guess: a stop, or a
	// pause with its day ("ne m'envoyez plus de courriels, je suis débordée
	// jusqu'à la fin du mois"), says what was meant.
	if x.lessMailGuess != "" && slices.ContainsFunc(x.commands, func(c Command) bool { return c.Name == CmdStop || c.Name == CmdPause && c.Until != "" }) {
		x.commands = slices.DeleteFunc(x.commands, func(c Command) bool { return c.Name == CmdFewerReminders })
		if i := slices.Index(x.warnings, x.lessMailGuess); i >= 0 {
			x.warnings = slices.Delete(x.warnings, i, i+1)
			x.notices = slices.Delete(x.notices, i, i+1)
		}
	}
	// A pause without a day is the same request as one with it: "don't send me
	// emails until after exams, I'm swamped until Dec 10".
	if slices.ContainsFunc(x.commands, func(c Command) bool { return c.Name == CmdPause && c.Until != "" }) {
		x.commands = slices.DeleteFunc(x.commands, func(c Command) bool { return c.Name == CmdPause && c.Until == "" })
		for _, w := range x.pauseWarns {
			if i := slices.Index(x.warnings, w); i >= 0 {
				x.warnings = slices.Delete(x.warnings, i, i+1)
				x.notices = slices.Delete(x.notices, i, i+1)
			}
		}
	}
	r.Commands = x.commands
	r.busyOnly = len(x.commands) > 0 && !x.spoke
	if q := strings.TrimSpace(strings.Join(x.question, "\n")); q != "" {
		r.Question = &q
	} else if x.questionSubject && strings.TrimSpace(r.ReplyText) != "" {
		x.warn(NoticeOther, "", "The subject marks a question for the committee, but the message has no text to forward.")
	}
	if r.Question == nil && !x.concern && len(x.maybeAsked) > 0 {
		q := strings.Join(x.maybeAsked, "\n")
		r.MaybeQuestion = &q
	}
	r.Warnings = x.warnings
	r.Notices = x.notices
	r.Concern = x.concern
}

// fieldKind is what a labelled line ("Date: Nov 20") gives.
type fieldKind int

const (
	fieldDate fieldKind = iota + 1
	fieldLength
	fieldMode
	fieldTopics
	fieldNotes
	fieldNext
	fieldQuestion
	fieldRating
	fieldNoteOrRating // "Note : 5" is a rating in French, "Note: we ..." a note
)

// fieldKinds maps a folded label to what it gives. Check-ins suggest the first label of
// each group; the others are what people write instead.
var fieldKinds = map[string]fieldKind{
	"date": fieldDate, "meeting date": fieldDate, "date of meeting": fieldDate, "date of the meeting": fieldDate,
	"date met": fieldDate, "when": fieldDate, "day": fieldDate, "last meeting": fieldDate,
	"date de la rencontre": fieldDate, "date de rencontre": fieldDate, "quand": fieldDate, "jour": fieldDate,
	"derniere rencontre": fieldDate,

	"length": fieldLength, "duration": fieldLength, "how long": fieldLength, "time": fieldLength,
	"meeting length": fieldLength, "length of meeting": fieldLength, "time spent": fieldLength, "minutes": fieldLength,
	"duree": fieldLength, "longueur": fieldLength, "temps": fieldLength, "duree de la rencontre": fieldLength,

	"how": fieldMode, "mode": fieldMode, "format": fieldMode, "via": fieldMode, "medium": fieldMode,
	"how we met": fieldMode, "where": fieldMode, "platform": fieldMode, "method": fieldMode, "type": fieldMode,
	"comment": fieldMode, "moyen": fieldMode, "ou": fieldMode, "plateforme": fieldMode, "mode de rencontre": fieldMode,
	"methode": fieldMode, "format de la rencontre": fieldMode,

	"topics": fieldTopics, "topic": fieldTopics, "topics covered": fieldTopics, "topics discussed": fieldTopics,
	"sujets": fieldTopics, "sujet": fieldTopics, "themes": fieldTopics, "theme": fieldTopics,
	"sujets abordes": fieldTopics, "sujets discutes": fieldTopics, "themes abordes": fieldTopics,

	"notes": fieldNotes, "comments": fieldNotes, "summary": fieldNotes, "discussion": fieldNotes,
	"details": fieldNotes, "what we discussed": fieldNotes, "what we talked about": fieldNotes, "highlights": fieldNotes,
	"commentaires": fieldNotes, "commentaire": fieldNotes, "resume": fieldNotes, "remarques": fieldNotes,
	"points saillants": fieldNotes, "ce dont nous avons parle": fieldNotes,

	"next meeting": fieldNext, "next": fieldNext, "next call": fieldNext, "next session": fieldNext,
	"next chat": fieldNext, "next meeting date": fieldNext, "next check-in": fieldNext,
	"prochaine rencontre": fieldNext, "prochain rendez-vous": fieldNext, "prochaine reunion": fieldNext,
	"prochaine seance": fieldNext, "prochain appel": fieldNext, "prochaine fois": fieldNext,
	"prochaine date": fieldNext, "rencontre suivante": fieldNext,

	"question": fieldQuestion, "q": fieldQuestion, "my question": fieldQuestion, "ma question": fieldQuestion,
	"question for the committee": fieldQuestion, "question pour le comite": fieldQuestion,
	"question au comite": fieldQuestion, "questions": fieldQuestion,

	"rating": fieldRating, "score": fieldRating, "overall rating": fieldRating, "my rating": fieldRating,
	"stars": fieldRating, "evaluation": fieldRating, "note globale": fieldRating, "ma note": fieldRating,
	"etoiles": fieldRating, "overall": fieldRating,

	"note": fieldNoteOrRating,
}

var fieldRe = regexp.MustCompile(`^([^:]{1,48}?)\s*:\s*`)

// readField reads a labelled line. It reports whether the line was one.
func (x *extractor) readField(t text, bulleted bool) bool {
	m := fieldRe.FindStringSubmatchIndex(t.norm)
	if m == nil {
		return false
	}
	key := strings.Join(strings.Fields(t.norm[m[2]:m[3]]), " ")
	val := t.sub(m[1], len(t.norm)).trim("")
	kind, ok := fieldKinds[key]
	if !ok {
		if k := t.sub(m[2], m[3]); len(findLengths(k)) > 0 || len(findDates(k)) > 0 && modeIndex().find(k) != nil {
			return false // "Vidéo mardi, 30 min : où elle se voit dans cinq ans": a meeting told, then its talk
		}
		if x.readGoalField(t, key, val) {
			x.inQuestion = false
			return true
		}
		return false
	}
	x.inQuestion, x.inGoalList = false, false
	if kind == fieldNoteOrRating {
		kind = fieldNotes
		if ratingValueRe.MatchString(val.norm) || ratingWordRe.MatchString(val.norm) && (x.prompt == PromptWrapup || x.prompt == PromptMidsession) {
			kind = fieldRating // "Note : 4", and "Note : trois" under the survey
		}
	}
	if val.norm == "" || placeholderRe.MatchString(val.norm) {
		if kind == fieldQuestion {
			x.inQuestion = true
		}
		return true // a field of the form left blank
	}
	switch kind {
	case fieldDate:
		x.meeting.fieldDate(x, val)
	case fieldLength:
		x.meeting.fieldLength(x, val)
	case fieldMode:
		x.meeting.fieldMode(x, val)
	case fieldTopics:
		x.meeting.fieldTopics(x, val)
	case fieldNotes:
		x.meeting.fieldNotes(x, val)
	case fieldNext:
		x.meeting.fieldNext(x, val)
	case fieldQuestion:
		x.question = append(x.question, val.orig)
		x.inQuestion = true
	case fieldRating:
		x.readRating(val, true)
	}
	return true
}

// placeholderRe matches a form field left as the template wrote it: "___", "[date]", "...".
var placeholderRe = regexp.MustCompile(`^(?:[_.\-?x ]+|\[[^\]]*\]|<[^>]*>|n/?a|none|aucune?|s\.?o\.?|-)$`)

// cue says which kinds of expression a text's words could start. The larger regular
// expressions run only on text with their cue, so most prose is never searched for
// dates or lengths at all.
type cue uint8

const (
	cueDigit    cue = 1 << iota // a word with a digit
	cueMonth                    // a month name or abbreviation
	cueRelative                 // yesterday, hier, weekdays, "days ago", "the 12th", "le 12"
	cueLength                   // min, hour, heure, demi, 1h30, 45m
	cueTopicNum                 // topic, sujet, theme
	cueGoal                     // goal, objectif
)

// cueWords are the folded words that give a cue.
var cueWords = func() map[string]cue {
	m := map[string]cue{}
	add := func(c cue, words string) {
		for _, w := range strings.Fields(words) {
			m[w] |= c
		}
	}
	add(cueMonth, `jan january janv janvier feb february fev fevr fevrier mar march mars apr april avr avril may mai
		jun june juin jul july juil juillet aug august aout sep sept september septembre oct october octobre
		nov november novembre dec december decembre`)
	add(cueRelative, `yesterday yest yday today tonight tomorrow night nite morning afternoon evening hier aujourd demain avant
		apres matin soir ago day days week weeks weekend month jour jours semaine semaines mois y quelques
		monday tuesday wednesday thursday friday saturday sunday tue tues wed weds thu thur thurs fri lundi
		mardi mercredi jeudi vendredi samedi dimanche am pm midi`)
	add(cueLength, `min mins minute minutes mn h hr hrs hour hours heure heures demi half quart quarter quarters quarts pm am`)
	add(cueTopicNum, `topic topics sujet sujets theme themes`)
	add(cueGoal, `goal goals objectif objectifs obj`)
	return m
}()

// cuesOf returns the cues of the words of a folded text.
func cuesOf(norm string) cue {
	var c cue
	prev := ""
	for w := range words(norm) {
		c |= cueWords[w.w]
		if d := strings.IndexFunc(w.w, unicode.IsDigit); d >= 0 {
			c |= cueDigit
			if prev == "le" || prev == "du" || prev == "the" {
				c |= cueRelative
			}
			tail := strings.TrimLeftFunc(w.w, unicode.IsDigit)
			switch tail {
			case "st", "nd", "rd", "th", "er", "e":
				c |= cueRelative
			case "h", "m", "min", "mins", "mn", "hr", "hrs":
				c |= cueLength
			}
			if strings.HasPrefix(tail, "h") {
				c |= cueLength // 1h30
			}
		}
		prev = w.w
	}
	return c
}
