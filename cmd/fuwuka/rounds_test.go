package main

import "testing"

func TestRoundsFlags(t *testing.T) {
	tests := []struct {
		args    []string
		wantErr bool
		dir     string
	}{
		{[]string{"r.yaml", "-o", "out"}, false, "out"},
		{[]string{"r.yaml", "--output", "out"}, false, "out"},
		{[]string{"r.yaml"}, true, ""},
		{[]string{"-o", "out"}, true, ""},
		{[]string{"a.yaml", "b.yaml", "-o", "out"}, true, ""},
	}
	for _, tt := range tests {
		var got *RoundsOptions
		cmd := NewCmdRounds(&IO{}, func(o *RoundsOptions) error { got = o; return nil })
		cmd.SetArgs(tt.args)
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		if (err != nil) != tt.wantErr {
			t.Errorf("%v: err = %v", tt.args, err)
			continue
		}
		if err == nil && (got.Roster != tt.args[0] || got.Dir != tt.dir) {
			t.Errorf("%v: options %+v", tt.args, *got)
		}
	}
}

func TestRoundsUsageAndExitStatus(t *testing.T) {
	if code, _, stderr := runMain("rounds", exampleRoster); code != exitUsage || stderr == "" {
		t.Errorf("without -o: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runMain("rounds", "no-such-roster.yaml", "-o", t.TempDir()); code == exitOK {
		t.Error("a missing roster succeeded")
	}
}
