package parser

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"sync"
	"unicode"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
	"github.com/mentormail/mentormail/topics"
)

// Words to meaning: a phraseIndex finds the catalogue's topic keywords and the words
// for meeting modes in a piece of text. The text is cut into folded words (letters and
// digits; apostrophes, hyphens and slashes separate, so "work/life", "work-life" and
// "work life" are the same three words), and at each word the longest phrase starting
// there wins, so "time management" is time_management and not management. A phrase
// may map to nothing: it hides a shorter one ("of course" is not a course,
// "video conference" is not a conference). A keyword written with capitals ("AI",
// "IA", "Teams") matches only when written exactly so.

// maxPhraseWords bounds the words in one phrase, and so the work at each word.
const maxPhraseWords = 6

// phraseIndex maps word sequences to values.
type phraseIndex struct {
	root *phraseNode
}

type phraseNode struct {
	next  map[string]*phraseNode
	value string // "" with set: a stop phrase
	set   bool
	upper string // the phrase as written when it must match in capitals
}

// word is one word of a text: its folded form and its offsets in the folded text.
type word struct {
	w          string
	start, end int
}

// phraseHit is a phrase found in a text.
type phraseHit struct {
	value      string
	start, end int // byte offsets in the folded text
}

func newPhraseIndex() *phraseIndex { return &phraseIndex{root: &phraseNode{}} }

// add maps phrase to value; value "" makes it a stop phrase.
func (ix *phraseIndex) add(phrase, value string) {
	words := splitWords(fold(phrase))
	if len(words) == 0 || len(words) > maxPhraseWords {
		return
	}
	n := ix.root
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*phraseNode{}
		}
		c, ok := n.next[w.w]
		if !ok {
			c = &phraseNode{}
			n.next[w.w] = c
		}
		n = c
	}
	if n.set && n.value != "" && value == "" {
		return // a keyword wins over a stop phrase of the same words
	}
	n.value, n.set = value, true
	if len(phrase) > 1 && strings.ToLower(phrase) != phrase {
		n.upper = phrase
	}
}

// find returns the phrases of t, longest first at each word, in order.
func (ix *phraseIndex) find(t text) []phraseHit {
	words := splitWords(t.norm)
	var hits []phraseHit
	for i := 0; i < len(words); {
		n, best, bestEnd := ix.root, (*phraseNode)(nil), i
		for j := i; j < len(words) && j-i < maxPhraseWords; j++ {
			c, ok := n.next[words[j].w]
			if w := words[j].w; !ok && len(w) > 4 && strings.HasSuffix(w, "s") {
				c, ok = n.next[w[:len(w)-1]] // "balances", "committees": the plural or the verb of a listed word
			}
			if !ok {
				break
			}
			n = c
			if c.set && (c.upper == "" || t.span(words[i].start, words[j].end) == c.upper) {
				best, bestEnd = c, j+1
			}
		}
		if best == nil {
			i++
			continue
		}
		if best.value != "" {
			hits = append(hits, phraseHit{value: best.value, start: words[i].start, end: words[bestEnd-1].end})
		}
		i = bestEnd
	}
	return hits
}

// splitWords cuts folded text into words of letters and digits.
func splitWords(s string) []word {
	var out []word
	for w := range words(s) {
		out = append(out, w)
	}
	return out
}

// words yields the words of s in order without collecting them: the cue scan
// runs over every clause of a reply, and a slice per clause was most of what a
// long one-line message allocated.
func words(s string) iter.Seq[word] {
	return func(yield func(word) bool) {
		start := -1
		for i, r := range s {
			inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
			switch {
			case inWord && start < 0:
				start = i
			case !inWord && start >= 0:
				if !yield(word{w: s[start:i], start: start, end: i}) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(word{w: s[start:], start: start, end: len(s)})
		}
	}
}

// topicStops are phrases that look like topic keywords but are not topics.
var topicStops = []string{
	"of course", "au cours", "en cours", "au cours de", "good news", "great news", "bonne nouvelle",
	"bonnes nouvelles", "video conference", "videoconference", "conference call", "visioconference",
	"visio conference", "video conference call", "on board", "this session", "cette session",
	"no problem", "in the background", "cover letter goal", "pas de probleme",
}

// topicIndexes caches each catalogue's phrase index: a catalogue does not change
// once loaded, and building its index is a good part of a short reply's cost.
var topicIndexes sync.Map // *topics.Catalogue -> *phraseIndex

// topicIndex returns the phrase index of a catalogue's keywords. The index is
// only read after it is built, so one is shared by every parse.
func topicIndex(cat *topics.Catalogue) *phraseIndex {
	if ix, ok := topicIndexes.Load(cat); ok {
		return ix.(*phraseIndex)
	}
	ix, _ := topicIndexes.LoadOrStore(cat, buildTopicIndex(cat))
	return ix.(*phraseIndex)
}

func buildTopicIndex(cat *topics.Catalogue) *phraseIndex {
	ix := newPhraseIndex()
	for _, s := range topicStops {
		ix.add(s, "")
	}
	for _, t := range cat.All() {
		ix.add(t.Key, t.Key) // "time_management" written as a key
		for _, k := range t.Keywords {
			ix.add(k, t.Key)
		}
	}
	// The tables' words for a topic, and what only looks like one.
	for _, tbl := range wordTables {
		for _, t := range cat.All() {
			for _, k := range tbl["topic:"+t.Key] {
				ix.add(k, t.Key)
			}
		}
		for _, k := range tbl["topicStop"] {
			ix.add(k, "")
		}
	}
	return ix
}

var (
	// topicNumbersRe finds "topics 3 and 7", "sujets 3, 7", "topic #3", "sujet no 5".
	topicNumbersRe = regexp.MustCompile(`\b(?:topics?|sujets?|themes?)\s*(?:#|nos?\.?|n°|numeros?|numbers?)?\s*:?\s*(#?\d{1,2}(?:\s*(?:,|and|et|&|/|\+|or|ou|-)\s*#?\d{1,2}\b)*)`)
	// hashNumberRe finds "#3" on its own.
	hashNumberRe = regexp.MustCompile(`(?:^|[\s(,;])#(\d{1,2})\b`)
	numberRe     = regexp.MustCompile(`\d+`)
	// numberedThingRe ends the text before a "#3" that numbers something else.
	numberedThingRe = regexp.MustCompile(`\b(?:meeting|meetings|session|sessions|call|calls|check-in|goal|goals|rencontre|rencontres|seance|appel|objectif|objectifs|suivi|ticket|no|number|numero)\s*$`)
)

// topicNumbers returns the topic numbers written in t ("topics 3 and 7", "#3"). With
// bare, any number counts (the value of a "Topics:" field).
func topicNumbers(t text, bare bool) []int {
	var out []int
	if bare {
		for _, w := range splitWords(t.norm) {
			if n, ok := smallNumber(w.w); ok {
				out = append(out, n)
			}
		}
		return out
	}
	if cuesOf(t.norm)&cueTopicNum == 0 {
		if !strings.Contains(t.norm, "#") {
			return nil
		}
	}
	for _, m := range topicNumbersRe.FindAllStringSubmatch(t.norm, -1) {
		for _, n := range numberRe.FindAllString(m[1], -1) {
			out = append(out, atoi(n))
		}
	}
	for _, m := range hashNumberRe.FindAllStringSubmatchIndex(t.norm, -1) {
		if numberedThingRe.MatchString(wordsBefore(t.norm, m[0])) {
			continue // "meeting #3", "goal #2": not a topic
		}
		out = append(out, atoi(t.norm[m[2]:m[3]]))
	}
	return out
}

// smallNumber reads a word of one or two digits.
func smallNumber(w string) (int, bool) {
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	return atoi(w), true
}

// topicSet collects topics in the order they were first named.
type topicSet struct {
	keys []string
	seen map[string]bool
}

func (s *topicSet) add(key string) {
	if s.seen == nil {
		s.seen = map[string]bool{}
	}
	if !s.seen[key] {
		s.seen[key] = true
		s.keys = append(s.keys, key)
	}
}

// refs returns the topics as TopicRefs labelled in lang.
func (s *topicSet) refs(cat *topics.Catalogue, lang string) []TopicRef {
	out := make([]TopicRef, 0, len(s.keys))
	for _, k := range s.keys {
		if t, ok := cat.ByKey(k); ok {
			out = append(out, TopicRef{Key: k, Label: t.Label(lang)})
		}
	}
	return out
}

// addNumbers adds the topics numbered ns, warning about numbers not in the catalogue.
func (x *extractor) addTopicNumbers(s *topicSet, ns []int) {
	for _, n := range ns {
		t, ok := x.cat.ByNumber(n)
		if !ok {
			x.warn(NoticeOther, strconv.Itoa(n), fmt.Sprintf("Topic %d is not in the list of topics (1 to %d); it was not recorded.", n, len(x.cat.All())))
			continue
		}
		s.add(t.Key)
	}
}

// modeIndex maps the words for ways of meeting to modes. Weak words ("call", "chat",
// "online") count only when no stronger word names another mode.
var modeIndex = sync.OnceValue(func() *phraseIndex {
	ix := newPhraseIndex()
	for mode, words := range map[Mode][]string{
		ModeVideo: {"Teams", "zoom", "on teams", "via teams", "over teams", "sur teams", "par teams", "en teams", "teams meeting", "ms teams", "microsoft teams", "google meet", "skype", "webex", "facetime",
			"video", "videos", "video call", "videocall", "video chat", "videoconference", "video conference",
			"zoom call", "teams call", "skype call", "facetime call", "meet call", "whereby", "jitsi",
			"on meet", "via meet", "over meet", "sur meet", "par meet", "appel meet", "en meet", "google hangouts", "hangouts",
			"visio", "en visio", "visioconference", "appel video", "appel zoom", "appel teams", "zoomed",
			"skyped", "facetimed", "on camera", "webcam", "coffee chat on zoom"},
		ModePhone: {"phone", "phone call", "telephone", "on the phone", "by phone", "over the phone",
			"au telephone", "par telephone", "appel telephonique", "cell", "cellphone", "conference call",
			"tel", "phoned"},
		ModeInPerson: {"in person", "face to face", "at the library", "at her library", "at his library", "at my library",
			"at their library", "at the branch", "at a cafe", "at the cafe", "in the office", "went for a walk", "walk-and-talk", "walk and talk", "walking meeting", "on a walk", "a walk around", "walked around",
			"une promenade", "promenade", "une marche", "en marchant", "marche dehors",
			"en personne", "en presentiel", "face a face", "a la bibliotheque", "a sa bibliotheque", "a ma bibliotheque", "sur place",
			"in-person", "irl"},
		ModeEmail: {"emailed", "by email", "over email", "via email", "through email", "by e mail", "over e mail",
			"par courriel", "echange de courriels", "echanges de courriels", "exchanged emails", "email exchange",
			"emailing", "e mailing", "mailing back and forth", "par courriels", "par e mail", "par mail"},
		ModeChat: {"slack", "texts", "texted", "texting", "text message", "text messages", "by text",
			"over text", "messages texte", "message texte", "texto", "textos", "sms", "whatsapp", "messenger",
			"clavardage", "clavarde", "teams chat", "over teams chat", "on teams chat", "via teams chat", "in teams chat", "by teams chat", "sur le chat teams", "dans le chat teams", "clavardage teams", "clavardage sur teams", "chat on teams",
			"chat teams", "teams message", "teams messages", "message teams", "messages teams", "slack chat", "slack call", "imessage", "dm", "dms", "messages textes", "message textes",
			"par texto", "par textos", "par message texte", "par messages textes", "messaging", "instant messaging"},
	} {
		for _, w := range words {
			ix.add(w, string(mode))
		}
	}
	for w, mode := range weakModeWords {
		ix.add(w, "weak:"+string(mode))
	}
	// A meal or a coffee is in person when nothing else says how ("by phone at
	// lunch" is a phone call); a place people meet at always is.
	for _, t := range wordTables {
		for _, w := range t["meal"] {
			ix.add(w, "weak:"+string(ModeInPerson))
		}
		for _, w := range t["venue"] {
			ix.add(w, string(ModeInPerson))
		}
	}
	return ix
})

// venueRe is a place met at, named with words of its own between: "at the SFU
// library", "at her branch's café", "à la petite bibliothèque du quartier".
var venueRe = regexp.MustCompile(`\b(?:at|in) (?:the |her |his |my |their |our |a |an )?(?:[a-z'&-]+ ){0,2}(?:library|branch|office|campus|cafe|coffee shop|bookstore|restaurant|diner|pub|market|park|museum|mall|gallery)\b` +
	`|\b(?:a|au|dans) (?:la |le |l'|un |une |sa |son |ma |mon |notre |leur )?(?:[a-z'-]+ ){0,1}(?:bibliotheque|succursale|bureau|cafe|campus|resto|restaurant)\b`)

// topicBeforeRe: what follows is what was talked about.
var topicBeforeRe = regexp.MustCompile(`\b(?:about|regarding|re|au sujet|a propos|concernant|discussed|talked about|told me|explained|described|covered|went over|went through|parle de|parle d'|raconte|explique|decrit|cheminement|parcours)\b`)

// venueHits returns the places met at in a clause as in-person hits, for when no
// word of the mode index names how the pair met.
func venueHits(n string) []phraseHit {
	var hits []phraseHit
	for _, m := range venueRe.FindAllStringIndex(n, 4) {
		if topicBeforeRe.MatchString(n[:m[0]]) {
			continue // "we talked about her job at the library": what, not where
		}
		hits = append(hits, phraseHit{value: string(ModeInPerson), start: m[0], end: m[1]})
	}
	return hits
}

// weakModeWords name a way of meeting only when nothing stronger does.
var weakModeWords = map[string]Mode{
	"call": ModePhone, "called": ModePhone, "calls": ModePhone, "appel": ModePhone, "appele": ModePhone,
	"appelee": ModePhone, "appelees": ModePhone, "appeles": ModePhone,
	"chat": ModeChat, "chatted": ModeChat, "chats": ModeChat, "text": ModeChat,
	// A bare "email" is as often what was talked about ("answering emails at 10pm")
	// or a disclaimer's word as the way of meeting.
	"email": ModeEmail, "emails": ModeEmail, "e mail": ModeEmail, "e mails": ModeEmail, "courriel": ModeEmail,
	"courriels": ModeEmail, "mail": ModeEmail, "mails": ModeEmail,
	"online": ModeVideo, "en ligne": ModeVideo, "virtual": ModeVideo, "virtually": ModeVideo, "virtuel": ModeVideo,
	"virtuelle": ModeVideo, "en virtuel": ModeVideo,
}
