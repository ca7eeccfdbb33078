#!/bin/sh
# parse-all.sh BINARY OUTDIR: writes `BINARY parse --json` of every .eml under
# parser/testdata and the shared corpora (and of every corpus .txt/.html as a bare
# text body) into OUTDIR, one file per input, named after its path, with its
# stderr and exit code beside it. Prompt and tz come from the case's .json (or
# .tz) when there is one; --at is fixed, so a message without a Date reads alike.
# To check that a change keeps the parser's output: build the binary before and
# after, run this for each into two folders, then `diff -r` them.
#
#   go build -o /tmp/mm-before ./cmd/mentormail   # on the commit before
#   parser/tools/parse-all.sh /tmp/mm-before /tmp/parse-before
#   ... and the same after; diff -r /tmp/parse-before /tmp/parse-after
set -u
bin=$1; out=$2
repo=${REPO:-$(git rev-parse --show-toplevel)}
corpora=${MENTORMAIL_CORPORA:-/work/shared/corpora}
mkdir -p "$out"
at=2026-12-01T12:00:00Z
run() { # file textbody
	f=$1; shift
	base=${f%.*}; prompt=""; tz=America/Toronto
	if [ -f "$base.json" ]; then
		prompt=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("prompt","") if isinstance(d,dict) else "")' "$base.json" 2>/dev/null)
		t=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("tz","") if isinstance(d,dict) else "")' "$base.json" 2>/dev/null)
		[ -n "$t" ] && tz=$t
	fi
	[ -f "$base.tz" ] && tz=$(head -1 "$base.tz")
	name=$(echo "$f" | sed 's|/|__|g')
	set -- "$@" --json --at "$at" --tz "$tz"
	[ -n "$prompt" ] && set -- "$@" --prompt "$prompt"
	"$bin" parse "$@" "$f" >"$out/$name.out" 2>"$out/$name.err"
	echo "rc=$? args=$*" >>"$out/$name.err"
}
for f in $(cd "$repo" && find parser/testdata -name '*.eml' | sort); do (cd "$repo" && run "$f"); done
for f in $(find "$corpora" -name '*.eml' | sort); do run "$f"; done
for f in $(find "$corpora" \( -name '*.txt' -o -name '*.html' \) | sort); do run "$f" --text-body; done
ls "$out" | grep -c '\.out$'
