package main

import (
	"runtime/debug"
	"strings"
)

// versionLine is what --version prints: the module's version and, when the
// binary was built from a repository, its commit, time and whether it had
// uncommitted changes, from the build information Go records.
func versionLine() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "mentormail (no build information)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var commit, at, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = ", modified"
			}
		}
	}
	var b strings.Builder
	b.WriteString("mentormail " + v)
	if commit != "" {
		b.WriteString(" (commit " + commit)
		if at != "" {
			b.WriteString(", " + at)
		}
		b.WriteString(dirty + ")")
	}
	b.WriteString(" " + bi.GoVersion)
	return b.String()
}
