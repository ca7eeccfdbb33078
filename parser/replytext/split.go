package replytext

import (
	"strings"

	regexp "github.com/mentormail/mentormail/parser/internal/rx"
)

// Reply-text extraction from plain text. The body is read once, line by line;
// every pattern is an RE2 regexp over one line or over a window of at most
// splitWindow lines, so the cost is linear in the size of the body.

// splitWindow is how many lines a quote header may be wrapped over ("On ...,
// Name <" / "address> wrote:"), blank lines included.
const splitWindow = 6

// maxHeaderLen bounds the joined text of a wrapped quote header.
const maxHeaderLen = 500

// cutMarker is a line the HTML reader emits where a client marks the start of
// the quoted message (Outlook's divRplyFwdMsg, OLK_SRC_BODY_SECTION).
const cutMarker = "\uE000"

var (
	// quotedRE matches a line quoted with ">" (with or without a space, nested or
	// not); arrowRE excludes decorations like ">>> link <<<".
	quotedRE = regexp.MustCompile(`^[ \t]{0,3}>`)
	arrowRE  = regexp.MustCompile(`^[ \t]*>{2,}.*<{2,}[ \t]*$`)

	// wroteRE matches the end of an attribution line in the languages mail
	// clients write them in: "wrote:", "a écrit :", "schrieb:", "kirjoitti:"...
	wroteRE = regexp.MustCompile(`(?i)(\bwrote|\bwrites|\bsent|a [ée]crit|\bschrieb|\bgeschreven|\bschreef|escribi[óo]|ha scritto|\bescreveu|va escriure|napisa[łl](\(a\)|a)?|\bskrev|kirjoitti|[íi]rta|пишет|написал(\(а\)|а)?|đã viết|yazd[ıi]|napsal(\(a\)|a)?|kirjutas|raš[ėe]|rakst[īi]ja|写道|寫道|のメッセージ|のメール|작성)\s*[:：]\s*$|` +
		`(?i)(\bwrote|a [ée]crit)\s*-{2,}\s*$`)
	// wroteOnRE is Lotus Notes: "Name/Org wrote on 04/11/2024 10:00:00 AM:".
	wroteOnRE = regexp.MustCompile(`(?i)\b(wrote|a [ée]crit) on\b.{0,60}:\s*$`)
	// leadRE matches how attribution lines start in most languages.
	leadRE = regexp.MustCompile(`(?i)^\s*-*\s*((on|le|am|op|el|il|em|w dniu|dnia|den|på|vào|dne|dana|в)\s|\d{1,4}[-/., ])`)
	// inlineOnRE finds an attribution that shares its line with the reply:
	// "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:".
	inlineOnRE = regexp.MustCompile(`^(.*?\S)[\s\-]*\b(On|Le|Am)\s.{0,200}\d.{0,200}(wrote|a écrit|schrieb)\s*:\s*$`)
	// androidRE is "---- John Smith wrote ----" and its translations.
	androidRE = regexp.MustCompile(`(?i)^\s*-{2,}\s*.{1,120}\s(wrote|a écrit|schrieb|escribió|ha scritto|skrev)\s*:?\s*-{2,}\s*$`)
	// dateEmailRE is the old Gmail header "2014-10-17 11:28 GMT+03:00 Name <addr>:".
	dateEmailRE = regexp.MustCompile(`^\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.{0,200}<[^<>\s]+@[^<>\s]+>\s*:?\s*$`)
	// attribRE is any short line that names an address and ends with a colon,
	// like mail.ru's "Thu, 26 Jun 2014 14:00:51 +0400 от Name <addr>:"; it counts
	// only when quoted lines follow.
	attribRE = regexp.MustCompile(`^.{0,200}(@|\d).{0,200}[>)]?\s*[:：]\s*$`)
	// shapeRE, emailRE and clockRE recognise an attribution by its shape alone: a
	// time, an address, and a colon at the end.
	shapeRE    = regexp.MustCompile(`[>)\]"»]?\s*[:：]$`)
	emailRE    = regexp.MustCompile(`[^\s<>()"]+@[^\s<>()"]+\.[a-zA-Z]{2,}`)
	clockRE    = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)
	wroteMidRE = regexp.MustCompile(`(?i)\b(schrieb|schreef|skrev|escribió|a [ée]crit|wrote|napisał|napisała)\s+[^:]{1,100}[:：]$`)
	wroteEndRE = regexp.MustCompile(`(?i)(\bwrote|a [ée]crit|\bschrieb)$`)
	digitAtRE  = regexp.MustCompile(`\d|@`)
	timeRE     = regexp.MustCompile(`\d{1,2}[:.h]\d{2}|\d{4}`)

	// originalRE matches "-----Original Message-----" and its translations.
	originalRE = regexp.MustCompile(`(?i)^\s*[-_=*]{2,}\s*(original message|original|reply message|mail original|courriel original|courriel d'origine|ursprüngliche nachricht|antwort nachricht|oprindelig (meddelelse|besked)|opprinnelig melding|message d'origine|message original|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|ursprungligt meddelande|alkuperäinen viesti|původní zpráva|wiadomość oryginalna|oryginalna wiadomość|исходное сообщение|eredeti üzenet|原始邮件|元のメッセージ)\s*[-_=*]{2,}\s*$`)
	// forwardRE matches the lines clients put above a forwarded message.
	forwardRE = regexp.MustCompile(`(?i)^\s*[-_=*>]*\s*(forwarded message|forwarded e-?mail|begin forwarded message|message transféré|message réexpédié|début du message réexpédié|début du message transféré|weitergeleitete nachricht|anfang der weitergeleiteten nachricht|mensaje reenviado|messaggio inoltrato|inizio messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht|videresendt (melding|meddelelse)|vidarebefordrat meddelande|przekazana wiadomość|välitetty viesti|переадресованное сообщение|forwarded by .{1,80})\s*:?\s*[-_=*]*\s*$`)

	// headerRE matches one line of a quoted message's header block, as Outlook
	// and others write it ("From:", "*De :*", "Von:", "Från:", "От:").
	headerRE = regexp.MustCompile(`(?i)^\s*\*{0,2}\s*(from|de|von|van|fra|från|od|da|lähettäjä|feladó|от|kimden|từ|mittente|message du|sent|envoyé|gesendet|verzonden|sendt|skickat|wysłano|inviato|enviado|enviada|lähetetty|elküldve|отправлено|gönderildi|date|datum|dato|data|fecha|päivämäärä|dátum|дата|tarih|to|à|a|an|aan|til|till|do|para|per|vastaanottaja|címzett|кому|kime|đến|subject|objet|betreff|onderwerp|emne|ämne|temat|oggetto|asunto|assunto|aihe|tárgy|тема|konu|chủ đề|cc|kopie|kopia|copie|reply-to|répondre à)\s*\*{0,2}\s*[:：]`)
	// fromLikeRE is the subset of keys a header block starts with.
	fromLikeRE = regexp.MustCompile(`(?i)^\s*\*{0,2}\s*(from|de|von|van|fra|från|od|da|lähettäjä|feladó|от|kimden|từ|mittente|message du|date|datum|dato|data|fecha|sent|envoyé|gesendet)\s*\*{0,2}\s*[:：]`)
	// separatorRE is a rule line: Outlook's underscores, dashes, equals signs.
	separatorRE = regexp.MustCompile(`^\s*([-_=*~—–]\s*){5,}$`)
	// listRuleRE and listFooterRE find a mailing list's footer (Mailman, Google
	// Groups).
	listRuleRE   = regexp.MustCompile(`^\s*[_-]{2,}\s*$`)
	listFooterRE = regexp.MustCompile(`(?i)mailing list|listinfo|you received this message because you are subscribed`)
	// ruleRE is any line of punctuation only, dropped at the end of a reply (IsRule).
	ruleRE = regexp.MustCompile(`^[-_=*~—–#+.\s]{2,}$`)

	// footerRE matches mobile and webmail footers, as whole lines.
	footerRE = regexp.MustCompile(`(?i)^\s*(` +
		`(sent|envoyé|envoye|expédié|gesendet|enviado|inviato|verzonden|verstuurd|skickat|sendt|wysłane|lähetetty)\s+(from|with|via|using|de|depuis|à partir de|a partir de|avec|von|mit|desde|con|da|dal|vanaf|met|från|fra|z)\s+[^,;!?]{1,60}|` +
		`sent from my verizon, samsung[^,]{0,40}|` +
		`von meinem [^,]{1,40} gesendet|` +
		`(get|obtenir|obtenez|télécharger|téléchargez|holen sie sich|scarica|obtener|descargar|baixe) outlook (for|pour|für|per|para) (ios|android)` +
		`)\s*(<[^>\s]*>)?\.?\s*$`)
	// sigRE is the standard signature delimiter "-- " (RFC 3676 §4.3).
	sigRE = regexp.MustCompile(`^-- ?$`)
)

// Reply is the result of reading a plain-text body.
type Reply struct {
	// Text is what the person wrote: no quoted history, signature, disclaimer
	// or footer.
	Text string
	// Forwarded is the message a forward carries, kept apart.
	Forwarded string
	// ToEnd says the reply runs to the end of the text: no quote, signature
	// or footer ended it, and its last line is the reply's.
	ToEnd bool
	// AnswersQuote: an attribution line above a ">" quote was cut.
	AnswersQuote bool
}

// Split cuts the quoted history, signature and footers from a plain-text
// body and returns the reply and any forwarded message kept apart. fwd says the subject marks a forward
// (Fwd:, TR:), so that the first quoted message is kept as forwarded text.
func Split(text string, fwd bool) Reply {
	ls := strings.Split(text, "\n")
	var keep []string
	var out Reply
	dropBlank := false // blank lines right after a dropped quote go with it
	prevQuoted := false
	lastKept := false // the last line that was not blank went to the reply
	i := 0
	for ; i < len(ls); i++ {
		line := ls[i]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			prevQuoted = false
			if !dropBlank {
				keep = append(keep, line)
			}
			continue
		}
		lastKept = false
		if isQuoted(line) {
			dropBlank, prevQuoted = true, true
			continue
		}
		if prevQuoted && i+1 < len(ls) && isQuoted(ls[i+1]) && wrappedInQuote(ls[i-1], line) {
			continue // a quoted line wrapped by the client, like a long link
		}
		prevQuoted = false
		dropBlank = false
		if trimmed == cutMarker {
			if fwd {
				out.Forwarded = strings.Join(ls[i+1:], "\n")
			}
			break
		}
		if forwardRE.MatchString(line) {
			out.Forwarded = strings.Join(ls[i+1:], "\n")
			break
		}
		if sigRE.MatchString(strings.TrimRight(line, " \t")) || footerRE.MatchString(line) {
			break
		}
		if prefix, n, ok := splitterAt(ls, i); ok {
			if prefix != "" {
				keep = append(keep, prefix)
			}
			if n > 0 && nextIsQuoted(ls, i+n) {
				// An attribution above a ">" quote: drop both, keep reading, since
				// the sender may answer below or between the quoted lines.
				out.AnswersQuote = true
				i += n - 1
				dropBlank = true
				continue
			}
			if fwd && n > 0 {
				out.Forwarded = strings.Join(ls[i:], "\n")
			}
			break
		}
		keep = append(keep, line)
		lastKept = true
	}
	out.ToEnd = i == len(ls) && lastKept
	keep = dropBanner(keep)
	out.Text = tidy(keep)
	out.Forwarded = strings.TrimSpace(out.Forwarded)
	return out
}

// bannerRE is the warning a mail server puts at the top of mail from outside the
// organisation: "CAUTION: This email originated from outside of the organization",
// "ATTENTION : Ce courriel provient de l'extérieur de l'organisation".
var bannerRE = regexp.MustCompile(`(?i)^\s*(\[?(caution|attention|warning|external|externe|avertissement|mise en garde)\]?\s*:?\s*)?(this (e-?mail|message) (originated|came|comes|was sent) from outside|ce (courriel|message) provient de l.ext[ée]rieur|external (e-?mail|sender)\b|courriel externe\b)`)

// maxBannerLines bounds the lines a top banner may take.
const maxBannerLines = 3

// dropBanner removes an external-sender banner from the first lines of the reply,
// with the blank lines after it.
func dropBanner(ls []string) []string {
	for i := 0; i < len(ls) && i < maxBannerLines+2; i++ {
		if strings.TrimSpace(ls[i]) == "" {
			continue
		}
		if !bannerRE.MatchString(ls[i]) {
			return ls
		}
		j := i + 1
		for j < len(ls) && j <= i+maxBannerLines && strings.TrimSpace(ls[j]) != "" {
			j++ // the banner's own next lines ("Do not click links ...")
		}
		return ls[j:]
	}
	return ls
}

// isQuoted reports a ">" quoted line.
func isQuoted(line string) bool {
	return quotedRE.MatchString(line) && !arrowRE.MatchString(line)
}

// wrappedInQuote reports an unquoted line inside a quote that is the rest of the
// quoted line above, wrapped by the client: it starts with white space or a
// bracket, or the line above ends inside a link.
func wrappedInQuote(above, line string) bool {
	if line[0] == ' ' || line[0] == '\t' || line[0] == '(' || line[0] == '<' {
		return true
	}
	f := strings.Fields(above)
	if len(f) > 0 && strings.Contains(f[len(f)-1], "://") {
		return true
	}
	// A long quoted line cut mid-sentence was wrapped at the client's width.
	above = strings.TrimRight(above, " ")
	return len(above) >= 60 && !strings.ContainsAny(above[len(above)-1:], ".?!:")
}

// nextIsQuoted reports whether the next non-blank line from i on is quoted.
func nextIsQuoted(ls []string, i int) bool {
	for j := i; j < len(ls) && j < i+splitWindow; j++ {
		if strings.TrimSpace(ls[j]) != "" {
			return isQuoted(ls[j])
		}
	}
	return false
}

// splitterAt reports whether line i starts the quoted history: an attribution
// ("On ... wrote:"), possibly wrapped over a few lines or sharing its line with
// the reply (prefix), an "Original Message" line, or a header block. n is the
// number of lines the attribution spans.
func splitterAt(ls []string, i int) (prefix string, n int, ok bool) {
	line := ls[i]
	if originalRE.MatchString(line) || androidRE.MatchString(line) {
		return "", 1, true
	}
	if listRuleRE.MatchString(line) {
		// A mailing list's footer: "____" then "list-name mailing list".
		for j := i + 1; j < len(ls) && j <= i+2; j++ {
			if listFooterRE.MatchString(ls[j]) {
				return "", 1, true
			}
		}
	}
	if separatorRE.MatchString(line) {
		// Outlook's rule above a header block.
		for j := i + 1; j < len(ls) && j <= i+2; j++ {
			if strings.TrimSpace(ls[j]) == "" {
				continue
			}
			if headerBlockAt(ls, j) || fromLikeRE.MatchString(ls[j]) {
				return "", 1, true
			}
			break
		}
		return "", 0, false
	}
	if headerBlockAt(ls, i) {
		return "", 1, true
	}
	// The costly inline pattern runs only on lines ending with a colon.
	if strings.HasSuffix(strings.TrimRight(line, " \t"), ":") {
		if m := inlineOnRE.FindStringSubmatch(line); m != nil && !leadRE.MatchString(line) {
			return strings.TrimRight(m[1], " -"), 1, true
		}
	}
	if n, ok := attributionAt(ls, i); ok {
		return "", n, true
	}
	return "", 0, false
}

// attributionAt reports an attribution line starting at i, wrapped over at most
// splitWindow lines, and how many lines it spans.
func attributionAt(ls []string, i int) (int, bool) {
	first := ls[i]
	if len(first) > maxHeaderLen && len(strings.TrimSpace(first)) > maxHeaderLen {
		return 0, false // longer than a header may be joined (below), read in no time
	}
	startsPara := i == 0 || strings.TrimSpace(ls[i-1]) == "" || isQuoted(ls[i-1])
	if !startsPara && !leadRE.MatchString(first) && !strings.Contains(first, "@") {
		return 0, false
	}
	if !leadRE.MatchString(first) && !strings.ContainsAny(first, "0123456789@<") && !wroteRE.MatchString(first) {
		return 0, false // a header's first line names a date or an address
	}
	lead := leadRE.MatchString(first)
	joined := ""
	for j := i; j < len(ls) && j < i+splitWindow; j++ {
		l := strings.TrimSpace(ls[j])
		if l == "" {
			if !lead {
				break // only a header that starts like one may span a blank line
			}
			continue
		}
		if j > i && leadRE.MatchString(l) && !strings.HasSuffix(joined, "<") {
			break // the attribution, if any, starts on this later line
		}
		if j > i && isQuoted(ls[j]) {
			// Only the tail of a wrapped header may look quoted: "> wrote:", ">:".
			if rest := strings.TrimLeft(l, "> "); len(rest) > 20 || !strings.HasSuffix(rest, ":") {
				break
			}
		}
		if joined != "" && !strings.HasSuffix(joined, "<") && !strings.HasPrefix(l, ">") {
			joined += " "
		}
		joined += l
		if len(joined) > maxHeaderLen {
			break
		}
		if isAttribution(joined, lead, func() bool { return nextIsQuoted(ls, j+1) }) {
			return j - i + 1, true
		}
	}
	return 0, false
}

// isAttribution reports whether joined, the text of one or a few lines, is an
// attribution. The patterns anchored at the end run on its tail only, and each
// runs only when the last character allows it, so a line costs a bounded amount
// of work however long the body is.
func isAttribution(joined string, lead bool, quotedNext func() bool) bool {
	t := strings.TrimRight(joined, " \t")
	if t == "" {
		return false
	}
	tail := t[max(0, len(t)-tailLen):]
	switch last := t[len(t)-1]; {
	case last == '>':
		return dateEmailRE.MatchString(t) && quotedNext()
	case last == ':' || strings.HasSuffix(t, "："):
		if (wroteRE.MatchString(tail) || wroteOnRE.MatchString(tail)) && attributionFacts(t, lead, quotedNext) {
			return true
		}
		if dateEmailRE.MatchString(t) && quotedNext() {
			return true
		}
		if shapeRE.MatchString(tail) && emailRE.MatchString(t) && clockRE.MatchString(t) {
			return true // "30.09.2017, 18.30, "Name" <addr>:" in any language
		}
		if lead && wroteMidRE.MatchString(tail) && clockRE.MatchString(t) {
			return true // "Am 25.06.2015 um 10:55 schrieb Name:"
		}
		return len(t) < 200 && strings.Contains(t, "@") && attribRE.MatchString(t) && quotedNext()
	case last == '-':
		return wroteRE.MatchString(tail) && attributionFacts(t, lead, quotedNext)
	}
	return lead && wroteEndRE.MatchString(tail) && emailRE.MatchString(t) && digitAtRE.MatchString(t)
}

// tailLen is how much of a joined header the end-anchored patterns read.
const tailLen = 120

// attributionFacts checks what an attribution with a verb of writing must also
// hold: a date and time or an address, or else a quote right under it.
func attributionFacts(t string, lead bool, quotedNext func() bool) bool {
	if digitAtRE.MatchString(t) && (timeRE.MatchString(t) || strings.Contains(t, "@") || lead) {
		return true
	}
	return len(t) < 120 && quotedNext() // "John Smith wrote:" above a quote
}

// headerBlockAt reports a quoted message's header block starting at line i: a
// From- or Date-like line, and another header line within the next lines.
func headerBlockAt(ls []string, i int) bool {
	if !fromLikeRE.MatchString(ls[i]) {
		return false
	}
	for j := i + 1; j < len(ls) && j < i+splitWindow; j++ {
		if headerRE.MatchString(ls[j]) {
			return true
		}
	}
	return false
}

// tidy joins the kept lines, dropping trailing rule lines and blank runs, and
// trims the result.
func tidy(keep []string) string {
	end := len(keep)
	for end > 0 {
		t := strings.TrimSpace(keep[end-1])
		if t == "" || ruleRE.MatchString(t) || t == cutMarker {
			end--
			continue
		}
		break
	}
	end = trimSignature(keep[:end])
	var b strings.Builder
	for _, l := range keep[:end] {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return strings.TrimSpace(b.String())
}

// IsRule reports a line of punctuation only ("-----", "____", "* * *"), as a
// writer types it or FromHTML draws an <hr>: Split drops it at the end of a reply.
func IsRule(line string) bool { return ruleRE.MatchString(line) }
