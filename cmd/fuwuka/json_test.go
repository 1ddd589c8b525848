package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// docExample is a command from docs/json.md and the document it shows.
type docExample struct {
	args []string
	want string
}

var fence = regexp.MustCompile("(?s)```sh\n(fuwuka [^\n]*)\n```\n.*?```json\n(.*?)```")

func docExamples(t *testing.T) []docExample {
	t.Helper()
	data, err := os.ReadFile("../../docs/json.md")
	if err != nil {
		t.Fatal(err)
	}
	var ex []docExample
	for _, m := range fence.FindAllStringSubmatch(string(data), -1) {
		ex = append(ex, docExample{args: strings.Fields(m[1])[1:], want: m[2]})
	}
	return ex
}

// TestJSONMatchesDocs runs each example of docs/json.md and checks that
// the document printed has the keys and value types the docs show.
func TestJSONMatchesDocs(t *testing.T) {
	examples := docExamples(t)
	if len(examples) < 6 {
		t.Fatalf("found %d examples in docs/json.md", len(examples))
	}
	roster, err := os.ReadFile(exampleRoster)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("roster.yaml", string(roster))
	write("new.yaml", strings.Replace(string(roster), "138 0013 8005", "138 0013 8099", 1))
	write("bad.yaml", "version: 1\ncommunity: {name: 村}\nofficials:\n  - {name: 王, role: 主任, phone: \"1391000\"}\nhouseholds:\n  - {id: A-1, address: 一街1号, zone: 东片}\n")
	t.Chdir(dir)
	seen := map[string]bool{}
	for _, ex := range examples {
		t.Run(strings.Join(ex.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := Main(ex.args, strings.NewReader(""), &out, &errOut)
			var got, want any
			if err := json.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatalf("stdout is not one JSON document (%v):\n%s", err, out.String())
			}
			if err := json.Unmarshal([]byte(ex.want), &want); err != nil {
				t.Fatalf("the example in docs/json.md is not JSON: %v", err)
			}
			if diff := sameShape("", want, got); diff != "" {
				t.Errorf("%s\ngot:\n%s", diff, out.String())
			}
			doc := got.(map[string]any)
			if int(doc["exit_code"].(float64)) != code {
				t.Errorf("exit_code %v, exit status %d", doc["exit_code"], code)
			}
			seen[doc["command"].(string)] = true
		})
	}
	for _, c := range []string{"validate", "cards", "preview", "sheets", "rounds", "diff"} {
		if !seen[c] {
			t.Errorf("docs/json.md has no example of %s", c)
		}
	}
}

// sameShape says how got differs from want in keys or value types; for
// lists, the first element of each is compared, when both have one.
func sameShape(path string, want, got any) string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: an object in the docs, %T here", path, got)
		}
		if a, b := keys(w), keys(g); a != b {
			return fmt.Sprintf("%s: keys %s in the docs, %s here", path, a, b)
		}
		for k := range w {
			if d := sameShape(path+"."+k, w[k], g[k]); d != "" {
				return d
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok {
			return fmt.Sprintf("%s: a list in the docs, %T here", path, got)
		}
		if len(w) > 0 && len(g) > 0 {
			return sameShape(path+"[0]", w[0], g[0])
		}
		if (len(w) == 0) != (len(g) == 0) {
			return fmt.Sprintf("%s: %d items in the docs, %d here", path, len(w), len(g))
		}
	default:
		if fmt.Sprintf("%T", want) != fmt.Sprintf("%T", got) {
			return fmt.Sprintf("%s: %T in the docs, %T here", path, want, got)
		}
	}
	return ""
}

func keys(m map[string]any) string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

// TestJSONStreams checks that --json keeps standard output for the one
// document and sends text to standard error.
func TestJSONStreams(t *testing.T) {
	code, out, errOut := runMain("validate", exampleRoster, "--json")
	if code != 0 || !strings.HasPrefix(out, "{") || strings.Count(out, "\n}\n") != 1 {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errOut, "valid: 36 households") {
		t.Errorf("the summary is not on stderr: %q", errOut)
	}
	code, out, _ = runMain("cards", "--json", "--no-such-flag")
	var doc jsonDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != exitUsage || doc.Error == nil || doc.Error.Code != "usage" {
		t.Errorf("exit %d, %v, stdout %q", code, err, out)
	}
}

// A workbook roster's problem keeps its YAML key path in field and names
// the sheet, column head and cell in where; a YAML roster's has no where.
func TestJSONWorkbookWhere(t *testing.T) {
	var out bytes.Buffer
	std := &IO{JSONOut: &out, Lang: msg.ZH}
	writeJSON(std, "validate", exitInvalid, card.Problems{
		{Pos: card.Pos{File: "roster.xlsx", Line: 9, Col: 12, Cell: "干部!C3"}, Field: card.Ref{List: "officials", Name: "王秀梅", Key: "phone"}, Msg: msg.F("%q is not a phone number", "1.39E+10")},
		{Pos: card.Pos{File: "roster.yaml", Line: 4, Col: 12}, Field: card.Ref{List: "officials", Name: "王", Key: "phone"}, Msg: msg.F("%q is not a phone number", "1391000")},
	})
	var doc struct {
		Problems []map[string]any `json:"problems"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Problems) != 2 {
		t.Fatalf("%v: %s", err, out.String())
	}
	wb, y := doc.Problems[0], doc.Problems[1]
	if wb["field"] != "officials[王秀梅].phone" || wb["where"] != "干部 › 电话 (C3)" || wb["cell"] != "干部!C3" {
		t.Errorf("workbook problem: %v", wb)
	}
	if _, ok := y["where"]; ok || y["field"] != "officials[王].phone" {
		t.Errorf("YAML problem: %v", y)
	}
}
