package main

import (
	"context"
	"io"
)

func runDev(ctx context.Context, cfgPath string, stdout, stderr io.Writer) int {
	io.WriteString(stderr, "mentormail: serve --dev is not built yet\n")
	return 1
}
