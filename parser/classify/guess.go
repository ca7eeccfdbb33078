package classify

// MayBeGuessed reports whether a message with this subject and reply text has
// the words that make Classify guess an automatic answer (an out-of-office or
// receipt subject or text), a guess that what the text says can override.
// A caller that read the text under other options (a prompt) asks it to know
// whether the class could have been decided otherwise.
func (c *Classifier) MayBeGuessed(subject, replyText string) bool {
	return oooSubjectRE.MatchString(subject) || c.oooSubjectOther.MatchString(foldAny(subject)) ||
		c.isReceipt(replyText) || c.IsOutOfOffice(replyText)
}
