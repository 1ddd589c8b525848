package card

import (
	"testing"

	"github.com/fuwuka/fuwuka/msg"
)

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Pos{"roster.yaml", 42, 7, ""}, "households[12].id", msg.F("required but empty"), msg.Text{}, ""}, "roster.yaml:42:7: households[12].id: required but empty"},
		{Problem{Pos{"roster.yaml", 3, 0, ""}, "", msg.F("not valid YAML: %s", "did not find expected key"), msg.Text{}, ""}, "roster.yaml:3: not valid YAML: did not find expected key"},
		{Problem{Pos{"roster.yaml", 0, 0, ""}, "households", msg.F("no households"), msg.F("add some"), ""}, "roster.yaml: households: no households (add some)"},
		{Problem{Pos{}, "--household", msg.F("no household %q", "E-01"), msg.F("did you mean %q?", "E-001"), ""}, `--household: no household "E-01" (did you mean "E-001"?)`},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func TestProblemsErr(t *testing.T) {
	if err := (Problems{}).Err(); err != nil {
		t.Errorf("no problems: %v", err)
	}
	ps := Problems{
		{Pos: Pos{"b.csv", 1, 1, ""}, Msg: msg.F("c")},
		{Pos: Pos{"a.yaml", 9, 1, ""}, Msg: msg.F("b")},
		{Pos: Pos{"a.yaml", 2, 5, ""}, Msg: msg.F("a")},
	}
	if got, want := ps.Err().Error(), "a.yaml:2:5: a\na.yaml:9:1: b\nb.csv:1:1: c"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
