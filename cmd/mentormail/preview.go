package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/mentormail/mentormail/templates"
)

func init() {
	register("preview", "render an email kind with built-in sample data", runPreview)
}

// runPreview implements `mentormail preview KIND [--lang en|fr] [--html]`.
func runPreview(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("preview", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "en", "language: en or fr")
	html := fs.Bool("html", false, "print the HTML alternative instead of the text")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: mentormail preview KIND [--lang en|fr] [--html]")
		fmt.Fprintln(fs.Output(), "\nRenders KIND with built-in sample data: the subject, then the text (or HTML).")
		fs.PrintDefaults()
		listKinds(fs.Output())
	}
	// Accept the kind before or after the flags.
	var kind string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		kind, args = args[0], args[1:]
	}
	for _, a := range args {
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
	}
	if err := parseQuiet(fs, args); err != nil {
		return 2
	}
	if kind == "" && fs.NArg() > 0 {
		kind = fs.Arg(0)
	}
	if kind == "" || fs.NArg() > 1 || (fs.NArg() == 1 && kind != fs.Arg(0)) {
		fmt.Fprintln(stderr, "mentormail preview: give exactly one KIND")
		listKinds(stderr)
		return 2
	}
	if *lang != "en" && *lang != "fr" {
		fmt.Fprintf(stderr, "mentormail preview: --lang must be en or fr, not %q\n", *lang)
		return 2
	}
	data := templates.Sample(templates.Kind(kind), *lang)
	if data == nil {
		fmt.Fprintf(stderr, "mentormail preview: unknown kind %q\n", kind)
		listKinds(stderr)
		return 2
	}
	set, err := templates.New(templates.Options{})
	if err != nil {
		fmt.Fprintln(stderr, "mentormail preview:", err)
		return 1
	}
	r, err := set.Render(templates.Kind(kind), *lang, data)
	if err != nil {
		fmt.Fprintln(stderr, "mentormail preview:", err)
		return 1
	}
	body := r.Text
	if *html {
		body = r.HTML
	}
	fmt.Fprintf(stdout, "Subject: %s\n\n%s", r.Subject, body)
	return 0
}

func listKinds(w io.Writer) {
	fmt.Fprintln(w, "\nKinds:")
	for _, k := range templates.Kinds() {
		fmt.Fprintln(w, "  "+string(k))
	}
}
