package card

import "testing"

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Pos{"roster.yaml", 42, 7}, "households[12].id", "required but empty", ""}, "roster.yaml:42:7: households[12].id: required but empty"},
		{Problem{Pos{"roster.yaml", 3, 0}, "", "not valid YAML: did not find expected key", ""}, "roster.yaml:3: not valid YAML: did not find expected key"},
		{Problem{Pos{"roster.yaml", 0, 0}, "households", "no households", "add some"}, "roster.yaml: households: no households (add some)"},
		{Problem{Pos{}, "--household", `no household "E-01"`, `did you mean "E-001"?`}, `--household: no household "E-01" (did you mean "E-001"?)`},
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
		{Pos: Pos{"b.csv", 1, 1}, Msg: "c"},
		{Pos: Pos{"a.yaml", 9, 1}, Msg: "b"},
		{Pos: Pos{"a.yaml", 2, 5}, Msg: "a"},
	}
	if got, want := ps.Err().Error(), "a.yaml:2:5: a\na.yaml:9:1: b\nb.csv:1:1: c"; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
