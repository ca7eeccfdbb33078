package templates

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mentormail/mentormail/topics"
)

// wrapWidth is the width that long free text (backgrounds, questions) is wrapped to
// in the text alternative.
const wrapWidth = 72

// words holds the words of one language that the template functions use.
type words struct {
	french           bool
	months, weekdays []string
	roles            map[Role]string
	modes            map[Mode]string
	horizons         map[Horizon]string
	states           map[GoalStatus]string
	flags            map[Flag]string
	langs            map[string]string
}

var en = words{
	months:   []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	weekdays: []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	roles:    map[Role]string{RoleMentor: "mentor", RoleMentee: "mentee"},
	modes: map[Mode]string{ModeVideo: "video", ModePhone: "phone", ModeInPerson: "in person",
		ModeEmail: "email", ModeChat: "chat"},
	horizons: map[Horizon]string{HorizonShort: "short term", HorizonLong: "long term"},
	states: map[GoalStatus]string{GoalNew: "new", GoalInProgress: "in progress", GoalDone: "done",
		GoalDropped: "set aside"},
	flags: map[Flag]string{FlagLapsing: "lapsing", FlagPaused: "paused", FlagBouncing: "bouncing",
		FlagLeft: "left", FlagQuestion: "open question"},
	langs: map[string]string{"en": "English", "fr": "French"},
}

var fr = words{
	french: true,
	months: []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre"},
	weekdays: []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	roles:    map[Role]string{RoleMentor: "personne mentore", RoleMentee: "personne mentorée"},
	modes: map[Mode]string{ModeVideo: "vidéo", ModePhone: "téléphone", ModeInPerson: "en personne",
		ModeEmail: "courriel", ModeChat: "clavardage"},
	horizons: map[Horizon]string{HorizonShort: "court terme", HorizonLong: "long terme"},
	states: map[GoalStatus]string{GoalNew: "nouveau", GoalInProgress: "en cours", GoalDone: "terminé",
		GoalDropped: "mis de côté"},
	flags: map[Flag]string{FlagLapsing: "à relancer", FlagPaused: "en pause",
		FlagBouncing: "courriels refusés", FlagLeft: "départ", FlagQuestion: "question en attente"},
	langs: map[string]string{"en": "anglais", "fr": "français"},
}

// provinces maps the two-letter codes to English and French names.
var provinces = map[string][2]string{
	"AB": {"Alberta", "Alberta"},
	"BC": {"British Columbia", "Colombie-Britannique"},
	"MB": {"Manitoba", "Manitoba"},
	"NB": {"New Brunswick", "Nouveau-Brunswick"},
	"NL": {"Newfoundland and Labrador", "Terre-Neuve-et-Labrador"},
	"NS": {"Nova Scotia", "Nouvelle-Écosse"},
	"NT": {"Northwest Territories", "Territoires du Nord-Ouest"},
	"NU": {"Nunavut", "Nunavut"},
	"ON": {"Ontario", "Ontario"},
	"PE": {"Prince Edward Island", "Île-du-Prince-Édouard"},
	"QC": {"Quebec", "Québec"},
	"SK": {"Saskatchewan", "Saskatchewan"},
	"YT": {"Yukon", "Yukon"},
}

// zones maps Canada's IANA zones to their common names.
var zones = map[string][2]string{
	"America/St_Johns":      {"Newfoundland time", "heure de Terre-Neuve"},
	"America/Halifax":       {"Atlantic time", "heure de l'Atlantique"},
	"America/Moncton":       {"Atlantic time", "heure de l'Atlantique"},
	"America/Glace_Bay":     {"Atlantic time", "heure de l'Atlantique"},
	"America/Goose_Bay":     {"Atlantic time", "heure de l'Atlantique"},
	"America/Toronto":       {"Eastern time", "heure de l'Est"},
	"America/Montreal":      {"Eastern time", "heure de l'Est"},
	"America/Iqaluit":       {"Eastern time", "heure de l'Est"},
	"America/Winnipeg":      {"Central time", "heure du Centre"},
	"America/Rankin_Inlet":  {"Central time", "heure du Centre"},
	"America/Regina":        {"Saskatchewan time", "heure de la Saskatchewan"},
	"America/Swift_Current": {"Saskatchewan time", "heure de la Saskatchewan"},
	"America/Edmonton":      {"Mountain time", "heure des Rocheuses"},
	"America/Yellowknife":   {"Mountain time", "heure des Rocheuses"},
	"America/Cambridge_Bay": {"Mountain time", "heure des Rocheuses"},
	"America/Inuvik":        {"Mountain time", "heure des Rocheuses"},
	"America/Vancouver":     {"Pacific time", "heure du Pacifique"},
	"America/Whitehorse":    {"Yukon time", "heure du Yukon"},
	"America/Dawson":        {"Yukon time", "heure du Yukon"},
}

// funcs returns the template functions for one language.
func funcs(lang string, o Options) map[string]any {
	w, side, program, committee := en, 0, o.ProgramName, o.CommitteeName
	if lang == "fr" {
		w, side, program, committee = fr, 1, o.ProgramNameFR, o.CommitteeNameFR
	}
	lookup := func(m map[string][2]string, s string) string {
		if v, ok := m[s]; ok {
			return v[side]
		}
		if v, ok := m[strings.ToUpper(s)]; ok {
			return v[side]
		}
		return s
	}
	return map[string]any{
		"program":        func() string { return program },
		"programAddress": func() string { return o.ProgramAddress },
		// French elision before a name: {{de .Name}} is "de Marcus" or
		// "d'Émilie", {{que .Name}} "que Marcus" or "qu'Émilie".
		"de":        func(name string) string { return elide("de", name) },
		"que":       func(name string) string { return elide("que", name) },
		"committee": func() string { return committee },
		"catalogue": func() []topics.Topic { return o.Topics.All() },
		"label":     func(t topics.Topic) string { return t.Label(lang) },
		"day":       w.day,
		"longDate":  w.longDate,
		"length":    w.length,
		"mode":      func(m Mode) string { return orRaw(w.modes[m], string(m)) },
		"role":      func(r Role) string { return orRaw(w.roles[r], string(r)) },
		"horizon":   func(h Horizon) string { return orRaw(w.horizons[h], string(h)) },
		"status":    func(s GoalStatus) string { return orRaw(w.states[s], string(s)) },
		"flag":      func(f Flag) string { return orRaw(w.flags[f], string(f)) },
		"langName":  func(l string) string { return orRaw(w.langs[Lang(l)], l) },
		"province":  func(p string) string { return lookup(provinces, p) },
		"tz":        func(z string) string { return lookup(zones, z) },
		"nums":      exampleNumbers,
		"plural":    w.plural,
		"wrap":      wrap,
		"bullet":    bullet,
		"goalList":  func(gs ...GoalSummary) []GoalSummary { return gs },
		"hang":      hang,
		"ownedBy": func(gs []GoalSummary, role string) []GoalSummary {
			var out []GoalSummary
			for _, g := range gs {
				if string(g.Owner) == role {
					out = append(out, g)
				}
			}
			return out
		},
		"kindName":    func(k Kind) string { return orRaw(kindNames[k][side], string(k)) },
		"dateTime":    w.dateTime,
		"dayTime":     w.dayTime,
		"clock":       w.clock,
		"noticeNames": func(codes string) string { return noticeNames(w, side, codes) },
		"labels": func(ts []topics.Topic) string {
			ls := make([]string, len(ts))
			for i, t := range ts {
				ls[i] = t.Label(lang)
			}
			return strings.Join(ls, "; ")
		},
		"pad":   pad,
		"padl":  padLeft,
		"add":   func(a, b int) int { return a + b },
		"flags": func(fs []Flag) string { return joinFlags(w, fs) },
	}
}

func orRaw(v, raw string) string {
	if v == "" {
		return raw
	}
	return v
}

// day is a date without the year, in the form the parser reads back:
// "November 20", "20 novembre", "1er décembre".
func (w words) day(t time.Time) string {
	if w.french {
		d := strconv.Itoa(t.Day())
		if t.Day() == 1 {
			d = "1er"
		}
		return d + " " + w.months[t.Month()-1]
	}
	return fmt.Sprintf("%s %d", w.months[t.Month()-1], t.Day())
}

// longDate is a full date: "Thursday, November 20, 2025", "jeudi 20 novembre 2025".
func (w words) longDate(t time.Time) string {
	if w.french {
		return w.weekdays[t.Weekday()] + " " + w.day(t) + " " + strconv.Itoa(t.Year())
	}
	return fmt.Sprintf("%s, %s, %d", w.weekdays[t.Weekday()], w.day(t), t.Year())
}

// length is a meeting length: "45 min", "1 h", "1 h 30 min" ("1 h 30" in French).
func (w words) length(minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case minutes <= 0:
		return "-"
	case h == 0:
		return fmt.Sprintf("%d min", m)
	case m == 0:
		return fmt.Sprintf("%d h", h)
	case w.french:
		return fmt.Sprintf("%d h %02d", h, m)
	default:
		return fmt.Sprintf("%d h %d min", h, m)
	}
}

// plural picks one or many for n: French uses the singular for 0 and 1.
func (w words) plural(n int, one, many string) string {
	if n == 1 || (n == 0 && w.french) {
		return one
	}
	return many
}

// exampleNumbers gives the numbers of the first two topics ("3, 7") for an example
// reply, or "3, 7" when there are fewer than two.
func exampleNumbers(ts []topics.Topic) string {
	if len(ts) < 2 {
		return "3, 7"
	}
	return fmt.Sprintf("%d, %d", ts[0].Number, ts[1].Number)
}

func joinFlags(w words, fs []Flag) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = orRaw(w.flags[f], string(f))
	}
	return strings.Join(out, ", ")
}

// wrap wraps each line of s at wrapWidth, prefixing every line with indent spaces.
func wrap(indent int, s string) string {
	prefix := strings.Repeat(" ", indent)
	var b strings.Builder
	for i, line := range strings.Split(strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")), "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(prefix)
		n := indent
		for j, word := range strings.Fields(line) {
			wl := utf8.RuneCountInString(word)
			if j > 0 && n+1+wl > wrapWidth {
				b.WriteString("\n" + prefix)
				n = indent
			} else if j > 0 {
				b.WriteByte(' ')
				n++
			}
			b.WriteString(word)
			n += wl
		}
	}
	return b.String()
}

// pad cuts or pads s to width runes, for text tables.
func pad(width int, s string) string {
	n := utf8.RuneCountInString(s)
	if n > width {
		r := []rune(s)
		return string(r[:width-1]) + "…"
	}
	return s + strings.Repeat(" ", width-n)
}

// padLeft right-aligns v in width runes.
func padLeft(width int, v any) string {
	s := fmt.Sprint(v)
	if n := utf8.RuneCountInString(s); n < width {
		return strings.Repeat(" ", width-n) + s
	}
	return s
}

// elide joins a French word that elides ("de", "que", "le") to a name, as
// "d'Émilie" before a vowel sound and "de Marcus" otherwise.
func elide(word, name string) string {
	if elides(name) {
		return word[:len(word)-1] + "'" + name
	}
	return word + " " + name
}

// elides reports whether a name starts with a vowel sound for elision: a vowel
// (accented or not), an h (names take the h muet: "d'Hélène"), or a y before a
// consonant ("d'Yves", but "de Yasmine").
func elides(name string) bool {
	rs := []rune(strings.ToLower(strings.TrimSpace(name)))
	if len(rs) == 0 {
		return false
	}
	vowel := func(r rune) bool { return strings.ContainsRune("aeiouàâäéèêëîïôöùûüœæ", r) }
	switch {
	case vowel(rs[0]) || rs[0] == 'h':
		return true
	case rs[0] == 'y':
		return len(rs) > 1 && !vowel(rs[1])
	}
	return false
}

// hang wraps one paragraph at wrapWidth, breaking only at ASCII spaces (a
// no-break space stays), and indents the lines after the first by two spaces:
// "Topics: a; b;" then "  c".
func hang(s string) string {
	var b strings.Builder
	n := 0
	for i, word := range strings.Split(strings.TrimSpace(s), " ") {
		wl := utf8.RuneCountInString(word)
		switch {
		case i > 0 && n+1+wl > wrapWidth:
			b.WriteString("\n  ")
			n = 2
		case i > 0:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += wl
	}
	return b.String()
}

// kindNames are the kinds of email in words, for the committee.
var kindNames = map[Kind][2]string{
	KindIntroduction:    {"the introduction", "la présentation"},
	KindGoalsPrompt:     {"the goals email", "le courriel sur les objectifs"},
	KindCheckin:         {"a check-in", "un suivi"},
	KindConfidentiality: {"the confidentiality reminder", "le rappel sur la confidentialité"},
	KindNudge:           {"a reminder to meet", "un rappel de rencontre"},
	KindDigest:          {"the mentor's digest", "le bilan de la personne mentore"},
	KindMidSession:      {"the mid-session email", "le courriel de mi-session"},
	KindWrapup:          {"the end-of-session email", "le courriel de fin de session"},
	KindReceiptMeeting:  {"a meeting receipt", "une confirmation de rencontre"},
	KindReceiptGoals:    {"a goals receipt", "une confirmation d'objectifs"},
	KindReceiptCommand:  {"a confirmation", "une confirmation"},
	KindNotUnderstood:   {"a reply we could not read", "une réponse non comprise"},
	KindHelp:            {"the help email", "le courriel d'aide"},
	KindIdentityNotice:  {"an identity notice", "un avis d'identité"},
	KindQuestionForward: {"a forwarded question", "une question transmise"},
	KindQuestionAnswer:  {"the committee's answer", "la réponse du comité"},
	KindCommitteeAlert:  {"an alert", "une alerte"},
	KindHealthDigest:    {"the health digest", "le bilan de santé"},
}

// dateTime is a day and a time in the time's own zone, which the program sets
// to its own: "November 20, 2025, 2:05 p.m. EST", "20 novembre 2025, 14 h 05 (HNE)".
func (w words) dateTime(t time.Time) string {
	if w.french {
		return fmt.Sprintf("%s %d, %s", w.day(t), t.Year(), w.clockZone(t))
	}
	return fmt.Sprintf("%s, %d, %s", w.day(t), t.Year(), w.clockZone(t))
}

// dayTime is a day without its year and a time, in the time's own zone:
// "November 6, 2:12 p.m. EST", "6 novembre, 14 h 12 (HNE)".
func (w words) dayTime(t time.Time) string {
	return w.day(t) + ", " + w.clockZone(t)
}

// clockZone is a time of day with its zone: "2:05 p.m. EST", "14 h 05 (HNE)".
func (w words) clockZone(t time.Time) string {
	zone := t.Format("MST")
	if w.french {
		if z, ok := frenchZones[zone]; ok {
			zone = z
		}
		return fmt.Sprintf("%d h %02d (%s)", t.Hour(), t.Minute(), zone)
	}
	return strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(t.Format("3:04 PM")) + " " + zone
}

// frenchZones are the French abbreviations of Canada's zones.
var frenchZones = map[string]string{
	"NST": "HNT", "NDT": "HAT", "AST": "HNA", "ADT": "HAA", "EST": "HNE", "EDT": "HAE",
	"CST": "HNC", "CDT": "HAC", "MST": "HNR", "MDT": "HAR", "PST": "HNP", "PDT": "HAP",
}

// noticeWords name the parser's notice codes for the committee (review lines
// give codes, never the words quoted).
var noticeWords = map[string][2]string{
	"meeting_undated":   {"meeting without a day", "rencontre sans jour"},
	"date_vague":        {"vague date", "date imprécise"},
	"date_ambiguous":    {"date with two readings", "date à double sens"},
	"date_unreadable":   {"unreadable date", "date illisible"},
	"date_future":       {"date to come", "date à venir"},
	"date_past":         {"date already past", "date déjà passée"},
	"conflict":          {"two answers for one meeting", "deux réponses pour une rencontre"},
	"length_unreadable": {"unreadable length", "durée illisible"},
	"goal_unclear":      {"unclear goal update", "mise à jour d'objectif floue"},
	"rating_invalid":    {"rating not from 1 to 5", "évaluation hors de 1 à 5"},
	"truncated":         {"too long, end not read", "trop long, fin non lue"},
}

// noticeNames words a comma-separated list of notice codes; a code without
// words is "other doubt", never shown raw.
func noticeNames(w words, side int, codes string) string {
	var out []string
	for _, c := range strings.Split(codes, ",") {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		n, ok := noticeWords[c]
		if !ok {
			n = [2]string{"other doubt", "autre doute"}
		}
		if !slices.Contains(out, n[side]) {
			out = append(out, n[side])
		}
	}
	return strings.Join(out, ", ")
}

// bullet is a list item: "- " and s wrapped to wrapWidth, continued lines indented
// by two. It breaks only at plain spaces, so a French no-break space before
// punctuation stays where it is.
func bullet(s string) string {
	var b strings.Builder
	b.WriteString("- ")
	n := 2
	for j, word := range strings.Split(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r'
	}), " "), " ") {
		wl := utf8.RuneCountInString(word)
		if j > 0 && n+1+wl > wrapWidth {
			b.WriteString("\n  ")
			n = 2
		} else if j > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(word)
		n += wl
	}
	return b.String()
}

// LongDay writes a calendar day ("2026-09-01") as a reader of lang would say
// it: "Tuesday, September 1, 2026", "mardi 1er septembre 2026". A day that does
// not read is returned as it is.
func LongDay(lang, day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	if lang == "fr" {
		return fr.longDate(t)
	}
	return en.longDate(t)
}

// clock is a time of day as people write it: "2:30 p.m.", "14 h 30" ("14 h" on the hour).
func (w words) clock(t time.Time) string {
	if w.french {
		if t.Minute() == 0 {
			return fmt.Sprintf("%d h", t.Hour())
		}
		return fmt.Sprintf("%d h %02d", t.Hour(), t.Minute())
	}
	return strings.NewReplacer("AM", "a.m.", "PM", "p.m.").Replace(t.Format("3:04 PM"))
}
