package main

import (
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/render"
)

func TestShardsFromJobIndex(t *testing.T) {
	defer func(g func(string) string) { getenv = g }(getenv)
	tests := []struct {
		env  string
		args []string
		want render.Shard
		err  string
	}{
		{"", []string{"--shards", "4", "--shard-index", "0"}, render.Shard{K: 1, N: 4}, ""},
		{"3", []string{"--shards", "4"}, render.Shard{K: 4, N: 4}, ""},
		{"3", []string{"--shards", "4", "--shard-index", "1"}, render.Shard{K: 2, N: 4}, ""},
		{"2", []string{"--shard", "3/4"}, render.Shard{K: 3, N: 4}, ""},
		{"", []string{"--shards", "4"}, render.Shard{}, "needs --shard-index"},
		{"4", []string{"--shards", "4"}, render.Shard{}, "from 0 to 3"},
		{"x", []string{"--shards", "4"}, render.Shard{}, "is not a number"},
		{"", []string{"--shard-index", "1"}, render.Shard{}, "needs --shards"},
		{"", []string{"--shards", "4", "--shard", "1/4"}, render.Shard{}, "twice"},
	}
	for _, tt := range tests {
		getenv = func(k string) string {
			if k == "JOB_COMPLETION_INDEX" {
				return tt.env
			}
			return ""
		}
		var got *CardsOptions
		cmd := NewCmdCards(&IO{}, func(o *CardsOptions) error { got = o; return nil })
		cmd.SetArgs(append([]string{"r.yaml", "-o", "out"}, tt.args...))
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		switch {
		case tt.err != "":
			if err == nil || !strings.Contains(err.Error(), tt.err) || exitCode(err) != exitUsage {
				t.Errorf("JOB_COMPLETION_INDEX=%q %v: error %v, want %q", tt.env, tt.args, err, tt.err)
			}
		case err != nil:
			t.Errorf("JOB_COMPLETION_INDEX=%q %v: %v", tt.env, tt.args, err)
		case got.Shard != tt.want:
			t.Errorf("JOB_COMPLETION_INDEX=%q %v: shard %+v, want %+v", tt.env, tt.args, got.Shard, tt.want)
		}
	}
}
