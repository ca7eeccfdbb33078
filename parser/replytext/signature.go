package replytext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// The end of a reply, once the quoted history is cut: a sign-off and the name
// under it are what the sender wrote and stay; the contact block of a signature
// (title, library, phone, address) and a legal disclaimer go. Only the last
// sigWindow lines are read, so the cost does not grow with the body. Everything
// here errs on the side of keeping: a block is dropped only when each of its
// lines looks like a signature's and one of them names a title, a phone, an
// address or a web site; a sentence or a "Key: value" line keeps it all.

// sigWindow is how many lines at the end of a reply are read for a signature.
const sigWindow = 14

var (
	// signOffRE is a closing line on its own: "Regards,", "Best,", "Merci!",
	// "Cordialement,", "Bien à vous,", or a dash.
	signOffRE = regexp.MustCompile(`(?i)^\s*(` +
		`(best|kind|warm|warmest|many|with|my)?\s*(regards|wishes)|all the best|best|cheers|sincerely|yours (truly|sincerely)|respectfully|` +
		`(many )?thanks( again| a lot| so much)?|thank you( again| so much)?|thx|take care|talk soon|` +
		`cordialement|bien cordialement|salutations( distinguées| cordiales)?|sinc[èe]res salutations|meilleures salutations|` +
		`bien [àa] (vous|toi)|amicalement|amitiés|merci( encore| beaucoup| bien)?|au plaisir|[àa] bient[ôo]t|bonne (journée|soirée|fin de semaine)|` +
		`mit freundlichen gr[üu](ß|ss)en|saludos|un saludo|cordiali saluti|` +
		`[-–—]{1,5}` + // a dash above the name, as some write instead of "-- "

		`)\s*[,.!]*\s*$`)

	// disclaimerRE finds the phrases of a legal or environmental notice, in
	// English and French.
	disclaimerRE = regexp.MustCompile(`(?i)(destin[ée]e?s? (uniquement|exclusivement|seulement) (au|aux|[àa] la|[àa] l.|[àa]) ?(destinataire|personne|usage)|intended (only |solely |exclusively )?(for (the )?(use of the )?)?(named |intended )?(recipient|addressee)|` +
		`destinataire (vis[ée]|pr[ée]vu|d[ée]sign[ée]|indiqu[ée])|^\s*(disclaimer|legal notice|avertissement|avis juridique|avis de non-responsabilit[ée])\s*:|` +
		`(received|re[çc]u) (this|it|ce|le pr[ée]sent|cette)?\s*(e-?mail|message|communication|transmission|courriel|correspondance)?\s*(in error|by mistake|par erreur)|` +
		`(information|renseignements) (transmitted|contained|contenus|transmis)\b.{0,60}\b(confidential|privileged|confidentiel|intended|destin[ée])|` +
		`may contain (confidential|privileged)|(peut|peuvent) contenir des (renseignements|informations)|` +
		`confidentiality notice|avis de confidentialit[ée]|this (e-?mail|message|communication) is confidential|` +
		`[àa] l.usage exclusif d[ue]s? (destinataire|personne)|for the (sole|exclusive) use of|(sont|est) confidentiel(le)?s? et|toute diffusion non autoris[ée]e|` +
		`(consider|think of) the environment before printing|(pensez|songez) [àa] l.environnement avant d.imprimer|` +
		// the "my working hours may not be yours" notice
		`(my|our) (working|work|office) hours may (not be|differ from) yours?|(do not|don.t) feel (obligated|obliged|pressured) to (reply|respond)|` +
		`mes heures de travail ne sont (peut-[êe]tre )?pas (les|n[ée]cessairement les) v[ôo]tres|ne vous sentez pas oblig[ée]?\S{0,3} de r[ée]pondre)`)

	// contactRE is what a signature's contact lines hold: a phone number, an
	// address, a web site, an inline image, pronouns.
	contactRE = regexp.MustCompile(`(?i)(^|\D)(\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(\D|$)|\+\d{1,3}[\s\d().-]{8,}|` +
		`[^\s<>()"]+@[^\s<>()"]+\.[a-z]{2,}|https?://|\bwww\.|\b[a-z0-9-]+\.(ca|com|org|net|qc\.ca)(/\S*)?\s*$|\[cid:|` +
		`\((he|she|they|il|elle|iel)\s*/`)
	// titleRE names a job or an institution, as the second line of a name block does.
	titleRE = regexp.MustCompile(`(?i)\b(librar(y|ian|ies)|biblioth[eèé]|universit|college|coll[eè]ge|c[ée]gep|school|[ée]cole|` +
		`director|directeur|directrice|manager|gestionnaire|coordinat|coordonnat|head|chef|archiv|technician|technicien|` +
		`conseill|advis[oe]r|specialist|sp[ée]cialiste|officer|agent|analyst|analyste|professor|professeur|` +
		`department|d[ée]partement|faculty|facult[ée]|services?|branch|succursale|ministry|minist[eè]re|` +
		`student|[ée]tudiante?|candidate|candidat|ma[îi]trise|master'?s|mlis|mist|phd|doctora)`)
	// companyRE is a company's suffix, a title line after a sign-off only.
	companyRE = regexp.MustCompile(`(?i)\b(inc|ltd|llc|corp|lt[ée]e)\b`)
	// fieldRE is a "Key: value" line, which is content (a meeting form, a goal),
	// unless its key is a contact's.
	fieldRE   = regexp.MustCompile(`^[\p{L}][\p{L}\d ]{0,30}\s*:\s*\S`)
	contactKe = regexp.MustCompile(`(?i)^(t|tel|t[ée]l|phone|cell|mobile|c|f|fax|e|email|e-mail|courriel|web|site|w|office|bureau|ext|poste|pronouns?|pronoms?)\.?\s*:`)
	// psRE starts a postscript, always the sender's.
	psRE = regexp.MustCompile(`(?i)^\s*(p\.?\s?s|n\.?\s?b)\b`)
)

// mottoRE is a line that is only a quotation, as signatures carry under the name.
var mottoRE = regexp.MustCompile(`^["“«][^"“”«»]{3,140}["”»](?:\s*[-–—~]\s*\S.{0,40})?$`)

// nameParticles may stand lower case in a person's name.
var nameParticles = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "van": true, "von": true, "da": true, "di": true, "dos": true, "el": true, "bin": true, "ben": true}

// trimSignature returns where the reply ends once a trailing disclaimer and
// signature block are cut; ls has no trailing blank line.
func trimSignature(ls []string) int {
	end := len(ls)
	floor := max(0, end-sigWindow)
	// A disclaimer paragraph, perhaps after the signature; a land acknowledgement
	// or a pronouns line, which signatures carry too.
	for end > floor {
		if p := paraStart(ls, end, floor); p > 0 && strings.TrimSpace(ls[p-1]) == "" && isDisclaimer(ls[p:end]) {
			end = trimBlank(ls, p)
			continue
		}
		if p := noticeStart(ls, end, floor); p > 0 {
			end = trimBlank(ls, p)
			continue
		}
		break
	}
	// A name block: a full name, then title, library, phone lines.
	// It stays when the text above announces it ("My new mentor is:").
	if p := paraStart(ls, end, floor); p > 0 && strings.TrimSpace(ls[p-1]) == "" && end-p >= 2 && end-p <= 8 &&
		isFullName(ls[p]) && sigLines(ls[p+1:end], false) && !announces(ls, p) && !signedAbove(ls, p) {
		end = trimBlank(ls, p)
	} else if p > 1 && strings.TrimSpace(ls[p-1]) == "" && end-p <= 6 && sigLines(ls[p:end], false) {
		// The name alone, a blank line, then the title block: "Karim Haddad",
		// "", "Bibliothécaire de disciplines", "Direction des bibliothèques".
		if n := trimBlank(ls, p); n > 0 {
			if q := paraStart(ls, n, floor); q > 0 && n-q == 1 && strings.TrimSpace(ls[q-1]) == "" && isFullName(ls[q]) && !announces(ls, q) && !signedAbove(ls, q) {
				end = trimBlank(ls, q)
			}
		}
	}
	// A sign-off: it and the name under it stay, the block after them goes.
	for i := end - 1; i > 0 && i >= max(floor, end-sigWindow/2); i-- {
		if !signOffRE.MatchString(ls[i]) {
			continue
		}
		k := i + 1
		for k < end && strings.TrimSpace(ls[k]) == "" {
			k++
		}
		if k < end {
			k++ // the name, however it is written: a lost name is worse than a kept title
		}
		if k < end && sigLines(ls[k:end], true) {
			end = trimBlank(ls, k)
		}
		break
	}
	return end
}

// landAckRE opens a land acknowledgement; pronounsRE is a line of pronouns alone.
var (
	landAckRE = regexp.MustCompile(`(?i)(traditional (and |unceded |ancestral )*(territor|land)|unceded|treaty \d+|(ancestral|traditional) (lands|homelands)|` +
		`territoire(s)? (traditionnel|non c[ée]d[ée]|ancestra|autochtones?|de la nation|des nations|du peuple|des peuples)|(jamais|pas) (été )?c[ée]d[ée]|non c[ée]d[ée]s?\b|terres? (ancestrales|non c[ée]d[ée]es)|land acknowledge?ment|reconnaissance territoriale|territoire (coutumier|ancestral|traditionnel)|` +
		`trait[ée] (no |n° ?|num[ée]ro )?\d+|(situ[ée]e?s?|vivons|travaillons|vis|travaille) sur (le|les) territoires? (du|de la|des|traditionnels?|ancestra)|` +
		`i (acknowledge|live|work|am writing|write) (that i work )?(on|from) the .{0,40}(territor|lands?)\b|` +
		`(located|situated|based|gather|live and work) on (the )?(original|ancestral|traditional|unceded|treaty|stolen) (lands?|territor)|(original|ancestral) lands? of (the )?\p{Lu}|national homeland of)`)
	pronounsRE = regexp.MustCompile(`(?i)^\s*(\(?\s*(pronouns?|pronoms?)\s*:?\s*)?\(?(she|he|they|ze|xe|elle|il|iel|ille)\s*/\s*(her|him|them|hers|his|theirs|la|lui|elle|il|iel|ille|elles|eux)(\s*/\s*\w+)?\s*\)?\s*$`)
)

// noticeStart returns where a trailing land acknowledgement, pronouns line or legal
// disclaimer starts when it follows the text without a blank line (HTML signatures,
// phones), or 0. The notice runs to the end and is at most a short paragraph.
func noticeStart(ls []string, end, floor int) int {
	if end > 0 && pronounsRE.MatchString(ls[end-1]) {
		return end - 1
	}
	size := 0
	for i := end - 1; i > floor && i >= end-4; i-- {
		size += len(ls[i])
		if size > 1200 || strings.TrimSpace(ls[i]) == "" {
			return 0
		}
		if landAckRE.MatchString(ls[i]) || disclaimerRE.MatchString(ls[i]) && size >= 50 {
			return i
		}
	}
	return 0
}

// signedAbove reports whether the last line of text before line p is a sign-off:
// the name under it then stays, and only the block after the name goes (below).
func signedAbove(ls []string, p int) bool {
	p = trimBlank(ls, p)
	return p > 0 && signOffRE.MatchString(ls[p-1])
}

// announces reports whether the last line of text before line p ends with a
// colon, introducing what follows.
func announces(ls []string, p int) bool {
	p = trimBlank(ls, p)
	return p > 0 && strings.HasSuffix(strings.TrimSpace(ls[p-1]), ":")
}

// paraStart returns where the paragraph ending at end starts, not before floor.
func paraStart(ls []string, end, floor int) int {
	p := end
	for p > floor && strings.TrimSpace(ls[p-1]) != "" {
		p--
	}
	return p
}

// trimBlank returns end moved back over blank lines.
func trimBlank(ls []string, end int) int {
	for end > 0 && strings.TrimSpace(ls[end-1]) == "" {
		end--
	}
	return end
}

// isDisclaimer reports a paragraph that opens with a legal or environmental notice.
func isDisclaimer(para []string) bool {
	n := 0
	for _, l := range para {
		n += len(l)
	}
	return n >= 50 && disclaimerRE.MatchString(para[0])
}

// isFullName reports a line that holds a person's full name only: two to four
// capitalised words, perhaps with pronouns or letters after it ("Kevin Nguyen
// (he/him)", "Daniel Okafor, MLIS").
func isFullName(line string) bool {
	t := strings.TrimSpace(line)
	if i := strings.IndexByte(t, '('); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	if i := strings.IndexByte(t, ','); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	if i := strings.IndexByte(t, '|'); i > 0 {
		t = strings.TrimSpace(t[:i]) // "Sam Lee | Library Assistant"
	}
	f := strings.Fields(t)
	return len(f) >= 2 && len(f) <= 4 && nameWords(f)
}

func nameWords(f []string) bool {
	for i, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && nameParticles[w] {
			continue
		}
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789@:/") {
			return false
		}
	}
	return true
}

// sigLines reports lines that are all a signature's: short, no sentence, no
// postscript, no "Key: value" content, and at least one that names a job or an
// institution. After a sign-off (signed), the evidence may be weaker: a phone,
// an address, a company or a line in title case ("Senior Engineer", "Acme
// Corp"). Without a sign-off a phone alone is not enough: a reply may well end
// with a name and a number to call.
func sigLines(ls []string, signed bool) bool {
	cue := false
	for _, l := range ls {
		t := strings.TrimSpace(l)
		if t == "" || mottoRE.MatchString(t) {
			continue // a quotation under the name: "Reading is to the mind ..."
		}
		if len(t) > 100 || psRE.MatchString(t) || isSentence(t) {
			return false
		}
		contact := contactRE.MatchString(t) || contactKe.MatchString(t)
		if fieldRE.MatchString(t) && !contact {
			return false
		}
		if titleRE.MatchString(t) || (signed && (contact || companyRE.MatchString(t) || isTitleCase(t))) {
			cue = true
		}
	}
	return cue
}

// isSentence reports prose: several lower-case words and a final stop, or many
// lower-case words.
func isSentence(t string) bool {
	lower := 0
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) > 1 {
			lower++
		}
	}
	return lower >= 8 || (lower >= 3 && strings.ContainsAny(t[len(t)-1:], ".!?"))
}

// isTitleCase reports a line whose words all start with a capital, a digit or
// a sign, like a job title or an organisation's name.
func isTitleCase(t string) bool {
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[w] && w != "of" && w != "and" && w != "et" {
			return false
		}
	}
	return true
}
