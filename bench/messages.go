package bench

// Replies as real mail clients write them: Gmail (text and HTML, quoted
// history), Outlook (HTML only, its style sheet, the original inline), iPhone
// (short plain text), Thunderbird (format=flowed); English and French; with the
// trace and authentication headers a receiving server adds.

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"time"

	"github.com/mentormail/mentormail/store"
)

var monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
	"octobre", "novembre", "décembre"}

// replyText is what the participant writes, in their language: mostly a meeting
// log (free form or the check-in's form), sometimes with a new goal, sometimes a
// question for the committee. i picks the variant.
func replyText(i int, pt, partner *store.Participant, sent time.Time) string {
	first := func(p *store.Participant) string { f, _, _ := strings.Cut(p.Name, " "); return f }
	a, b := 1+i%20, 1+(i*7)%20
	if pt.Language == "fr" {
		fr := func(d int) string {
			t := sent.AddDate(0, 0, d)
			return fmt.Sprintf("%d %s", t.Day(), monthsFR[t.Month()-1])
		}
		texts := []string{
			"Bonjour,\n\nOn s'est parlé au téléphone hier, environ 30 minutes. On a surtout parlé de réseautage et des congrès de l'automne.\n\nMerci!",
			fmt.Sprintf("Date : %s\nDurée : 1h\nMode : vidéo\nSujets : %d, %d\nNotes : on a préparé ma première conférence", fr(-2), a, b),
			fmt.Sprintf("Bonjour,\n\nNous nous sommes rencontrées en personne mardi dernier pendant une heure et demie. Sujets : %d, %d\n\n%s", a, b, first(pt)),
			fmt.Sprintf("Rencontre avec %s par vidéo hier, 45 minutes. On a parlé de mon CV et des entrevues.\n\nNouvel objectif à court terme : terminer ma lettre de présentation.", first(partner)),
			"Question : est-ce que je peux inviter ma mentore à une activité de mon association étudiante?",
		}
		return texts[pick(i)]
	}
	en := func(d int) string { return sent.AddDate(0, 0, d).Format("January 2") }
	texts := []string{
		fmt.Sprintf("Hi,\n\n%s and I met on Zoom yesterday for about an hour and talked about interview tips and my cover letter. We'll meet again next Thursday.\n\nThanks!", first(partner)),
		fmt.Sprintf("Date: %s\nLength: 45 min\nHow: video\nTopics: %d, %d\nNotes: we did a mock interview for the branch posting", en(-2), a, b),
		fmt.Sprintf("Met %s on Teams two days ago, half an hour. Topics: %d", first(partner), a),
		fmt.Sprintf("%s and I talked by phone yesterday for 40 minutes about time management and the contract renewal.\n\nNew short-term goal: send two applications before the end of the month.", first(partner)),
		"Question: can a colleague of mine join one of our meetings, or should it stay between the two of us?",
	}
	return texts[pick(i)]
}

// pick chooses among five texts: the four meeting logs in turn, and the
// question once in twenty replies.
func pick(i int) int {
	if i%20 == 19 {
		return 4
	}
	return i % 4
}

// replyMessage is the whole reply number i to the check-in sc, dated date.
func (e *env) replyMessage(i int, sc sentCheckin, date time.Time) []byte {
	pt := sc.to
	loc, err := time.LoadLocation(pt.TimeZone)
	if err != nil {
		loc = time.UTC
	}
	date = date.In(loc)
	text := replyText(i, pt, sc.partner, date)
	from := (&mail.Address{Name: pt.Name, Address: pt.Email}).String()
	to := e.addr.ReplyTo(sc.token)
	subject := "Re: " + sc.rendered.Subject
	if pt.Language == "fr" {
		subject = "RE : " + sc.rendered.Subject
	}
	var h bytes.Buffer
	e.traceHeaders(&h, i, to, date)
	fmt.Fprintf(&h, "From: %s\r\nTo: %s\r\n", from, to)
	fmt.Fprintf(&h, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", subject))
	fmt.Fprintf(&h, "Date: %s\r\n", date.Format(time.RFC1123Z))
	fmt.Fprintf(&h, "In-Reply-To: <%s>\r\nReferences: <%s>\r\n", sc.msgID, sc.msgID)
	sentAt := date.Add(-26 * time.Hour)
	switch i % 20 {
	case 0, 3, 5, 8, 11, 14, 17, 19: // Gmail, 40%
		e.gmail(&h, i, text, sc, sentAt)
	case 1, 6, 9, 13, 16: // Outlook, HTML only, 25%
		e.outlook(&h, i, text, sc, sentAt)
	case 2, 7, 12, 18: // iPhone, 20%
		e.iphone(&h, i, text, sc, sentAt)
	default: // Thunderbird, 15%
		e.thunderbird(&h, i, text, sc, sentAt)
	}
	return h.Bytes()
}

// traceHeaders writes what the receiving side adds: Received lines, DKIM,
// authentication results.
func (e *env) traceHeaders(h *bytes.Buffer, i int, to string, date time.Time) {
	stamp := date.Format("Mon, 2 Jan 2006 15:04:05 -0700")
	fmt.Fprintf(h, "Received: from mail-qk1-f%d.google.com (mail-qk1-f%d.google.com [209.85.222.%d])\r\n\tby mx.%s (Postfix) with ESMTPS id 4X%08X\r\n\tfor <%s>; %s\r\n",
		i%250, i%250, i%250, domain, e.rng.Uint32(), to, stamp)
	fmt.Fprintf(h, "Received: by mail-qk1-f%d.google.com with SMTP id af79cd13be357-%x\r\n        for <%s>; %s\r\n", i%250, e.rng.Uint64(), to, stamp)
	fmt.Fprintf(h, "Authentication-Results: mx.%s;\r\n\tdkim=pass (2048-bit key) header.d=gmail.com header.i=@gmail.com header.b=%s;\r\n\tspf=pass (mx.%s: domain of sender designates 209.85.222.%d as permitted sender) smtp.mailfrom=sender@gmail.com;\r\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com\r\n",
		domain, e.b64(6), domain, i%250)
	fmt.Fprintf(h, "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=gmail.com; s=20230601; t=%d; x=%d; darn=%s;\r\n        h=to:subject:message-id:date:from:in-reply-to:references\r\n         :mime-version:from:to:cc:subject:date:message-id:reply-to;\r\n        bh=%s;\r\n        b=%s\r\n",
		date.Unix(), date.Unix()+604800, domain, e.b64(32), e.foldedB64(256))
	fmt.Fprintf(h, "X-Google-Smtp-Source: AGHT+%s\r\nX-Received: by 2002:a05:620a:%x with SMTP id %s;\r\n        %s\r\n",
		e.b64(60), e.rng.Uint32()&0xffff, e.b64(12), stamp)
	h.WriteString("MIME-Version: 1.0\r\n")
	fmt.Fprintf(h, "Message-ID: <CA+%s@mail.gmail.com>\r\n", e.b64(33))
}

// b64 returns n random bytes in base64, as signatures and ids look.
func (e *env) b64(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(e.rng.Uint32())
	}
	return base64.StdEncoding.EncodeToString(b)
}

func (e *env) foldedB64(n int) string {
	s := e.b64(n)
	var out []string
	for len(s) > 70 {
		out = append(out, s[:70])
		s = s[70:]
	}
	return strings.Join(append(out, s), "\r\n         ")
}

func crlf(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

func qp(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte(crlf(s)))
	w.Close()
	return b.String()
}

func quoted(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	for i, l := range lines {
		lines[i] = "> " + strings.TrimRight(l, "\r")
	}
	return strings.Join(lines, "\n")
}

func htmlText(text string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	var out []string
	for _, p := range strings.Split(text, "\n") {
		out = append(out, "<div>"+r.Replace(p)+"</div>")
	}
	return strings.Join(out, "")
}

func (e *env) attribution(sc sentCheckin, sentAt time.Time) string {
	if sc.to.Language == "fr" {
		return fmt.Sprintf("Le %d %s %d à %s, %s <%s> a écrit :", sentAt.Day(), monthsFR[sentAt.Month()-1], sentAt.Year(),
			sentAt.Format("15:04"), e.cfg.Program.Name, e.addr.String())
	}
	return fmt.Sprintf("On %s, %s <%s> wrote:", sentAt.Format("Mon, Jan 2, 2006 at 3:04 PM"), e.cfg.Program.Name, e.addr.String())
}

func (e *env) gmail(h *bytes.Buffer, i int, text string, sc sentCheckin, sentAt time.Time) {
	bnd := fmt.Sprintf("0000000000%016x", e.rng.Uint64())
	fmt.Fprintf(h, "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n", bnd)
	attr := e.attribution(sc, sentAt)
	plain := text + "\n\n" + attr + "\n\n" + quoted(sc.rendered.Text) + "\n"
	fmt.Fprintf(h, "--%s\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n", bnd, qp(plain))
	html := fmt.Sprintf("<div dir=\"ltr\">%s</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"+
		"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>\n",
		htmlText(text), strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(attr), sc.rendered.HTML)
	fmt.Fprintf(h, "--%s\r\nContent-Type: text/html; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n--%s--\r\n", bnd, qp(html), bnd)
}

// outlookStyle is the style sheet Outlook puts in every HTML message.
var outlookStyle = func() string {
	var b strings.Builder
	b.WriteString("<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n")
	for _, c := range []string{"p.MsoNormal, li.MsoNormal, div.MsoNormal", "a:link, span.MsoHyperlink", "a:visited, span.MsoHyperlinkFollowed",
		"p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph", "span.EmailStyle19", "span.EmailStyle20", ".MsoChpDefault", "div.WordSection1"} {
		fmt.Fprintf(&b, "%s\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n", c)
	}
	b.WriteString("@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext=\"edit\">\n<o:idmap v:ext=\"edit\" data=\"1\" />\n</o:shapelayout></xml><![endif]-->")
	return b.String()
}()

func (e *env) outlook(h *bytes.Buffer, i int, text string, sc sentCheckin, sentAt time.Time) {
	fmt.Fprintf(h, "Thread-Topic: %s\r\nThread-Index: AQHa%s\r\nX-MS-Has-Attach:\r\nX-MS-TNEF-Correlator:\r\n", mime.QEncoding.Encode("utf-8", sc.rendered.Subject), e.b64(24))
	lang := "en-CA"
	from, sentL, toL, subj := "From:", "Sent:", "To:", "Subject:"
	if sc.to.Language == "fr" {
		lang, from, sentL, toL, subj = "fr-CA", "De :", "Envoyé :", "À :", "Objet :"
	}
	fmt.Fprintf(h, "Content-Language: %s\r\nX-MS-Exchange-Organization-AuthAs: Anonymous\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n", lang)
	var b strings.Builder
	fmt.Fprintf(&b, "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n%s\n</head>\n<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n", outlookStyle, lang)
	for _, p := range strings.Split(text, "\n") {
		if p == "" {
			p = "&nbsp;"
		}
		fmt.Fprintf(&b, "<p class=\"MsoNormal\"><span lang=\"%s\">%s<o:p></o:p></span></p>\n", lang, p)
	}
	fmt.Fprintf(&b, "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n<p class=\"MsoNormal\"><b>%s</b> %s &lt;%s&gt;<br><b>%s</b> %s<br><b>%s</b> %s<br><b>%s</b> %s<o:p></o:p></p>\n</div>\n%s\n</div>\n</body>\n</html>\n",
		from, e.cfg.Program.Name, e.addr.String(), sentL, sentAt.Format("Monday, January 2, 2006 3:04 PM"), toL, sc.to.Name, subj, sc.rendered.Subject, sc.rendered.HTML)
	h.WriteString(qp(b.String()))
}

func (e *env) iphone(h *bytes.Buffer, i int, text string, sc sentCheckin, sentAt time.Time) {
	sig, attr := "Sent from my iPhone", fmt.Sprintf("On %s, at %s, %s <%s> wrote:", sentAt.Format("Jan 2, 2006"), sentAt.Format("3:04 PM"), e.cfg.Program.Name, e.addr.String())
	if sc.to.Language == "fr" {
		sig, attr = "Envoyé de mon iPhone", fmt.Sprintf("Le %d %s %d à %s, %s <%s> a écrit :", sentAt.Day(), monthsFR[sentAt.Month()-1], sentAt.Year(), sentAt.Format("15:04"), e.cfg.Program.Name, e.addr.String())
	}
	h.WriteString("X-Mailer: iPhone Mail (21G93)\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	h.WriteString(qp(text + "\n\n" + sig + "\n\n> " + attr + "\n> \n" + quoted(sc.rendered.Text) + "\n"))
}

func (e *env) thunderbird(h *bytes.Buffer, i int, text string, sc sentCheckin, sentAt time.Time) {
	h.WriteString("User-Agent: Mozilla Thunderbird\r\nContent-Language: " + sc.to.Language + "\r\nContent-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	attr := fmt.Sprintf("On %s, %s wrote:", sentAt.Format("2006-01-02 3:04 p.m."), e.cfg.Program.Name)
	if sc.to.Language == "fr" {
		attr = fmt.Sprintf("Le %s, %s a écrit :", sentAt.Format("2006-01-02 à 15:04"), e.cfg.Program.Name)
	}
	h.WriteString(crlf(text + "\n\n" + attr + "\n" + quoted(sc.rendered.Text) + "\n"))
}
