package replytext

import (
	"strings"
	"testing"
)

func TestUnflow(t *testing.T) {
	cases := []struct {
		in    string
		delSp bool
		want  string
	}{
		{"one \ntwo\n", false, "one two\n"},
		{"one \r\ntwo\r\n", false, "one two\n"},
		{"one \ntwo", true, "onetwo"},
		{"> quoted \n> on\nmine\n", false, "> quoted on\nmine\n"},
		{"soft \n> quoted\n", false, "soft \n> quoted\n"},
		{" >stuffed\n", false, ">stuffed\n"},
		{"-- \nName\n", false, "-- \nName\n"},
		{">> deep \n>> er\n>\n", false, ">> deep er\n>\n"},
	}
	for _, c := range cases {
		if got := Unflow(c.in, c.delSp); got != c.want {
			t.Errorf("Unflow(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Linear: a long flowed body of deep quotes unflows in one pass.
	long := strings.Repeat(strings.Repeat(">", 50)+" word \n", 20000)
	if got := Unflow(long, false); !strings.HasPrefix(got, strings.Repeat(">", 50)+" word word") {
		t.Errorf("long flowed body: %.80q", got)
	}
}
