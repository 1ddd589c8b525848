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
		{Problem{Pos: Pos{"roster.yaml", 42, 7, ""}, Field: Ref{List: "households", Name: "12", Key: "id"}, Msg: msg.F("required but empty")}, "roster.yaml:42:7: households[12].id: required but empty"},
		{Problem{Pos: Pos{"roster.yaml", 3, 0, ""}, Msg: msg.F("not valid YAML: %s", "did not find expected key")}, "roster.yaml:3: not valid YAML: did not find expected key"},
		{Problem{Pos: Pos{"roster.yaml", 0, 0, ""}, Field: Key("households"), Msg: msg.F("no households"), Hint: msg.F("add some")}, "roster.yaml: households: no households (add some)"},
		{Problem{Field: Key("--household"), Msg: msg.F("no household %q", "E-01"), Hint: msg.F("did you mean %q?", "E-001")}, `--household: no household "E-01" (did you mean "E-001"?)`},
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
