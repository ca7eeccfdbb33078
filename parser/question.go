package parser

import (
	"regexp"
	"strings"
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
