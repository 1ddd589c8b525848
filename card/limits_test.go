package card

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestHugeValueRefusedAtOnce(t *testing.T) {
	huge := strings.Repeat("东", 1<<20)
	src := strings.Replace(valid, "address: 东街1号", "address: "+huge, 1)
	start := time.Now()
	ps := problemsOf(t, ".", src)
	if len(ps) != 1 || !strings.Contains(ps[0], "households[E-001].address") || !strings.Contains(ps[0], "1048576 characters") {
		t.Fatalf("problems %q", ps)
	}
	if n := len([]rune(ps[0])); n > 200 {
		t.Errorf("the problem repeats the value: %d characters", n)
	}
	// Not a timed assertion: a report, for whoever reads the log.
	t.Logf("refused in %v", time.Since(start))
}

func TestZoneNamesCheckedAtValidation(t *testing.T) {
	for _, c := range []struct{ zone, want string }{
		{NoZone, "the name fuwuka gives the households without a zone"},
		{strings.Repeat("片", 100), "a zone name of 100 characters; at most 40"},
	} {
		src := strings.Replace(valid, "zones: [东片, 西片]", "zones: [东片, "+c.zone+"]", 1)
		ps := problemsOf(t, ".", src)
		if len(ps) != 1 || !strings.Contains(ps[0], "officials[王建国].zones[1]") || !strings.Contains(ps[0], c.want) {
			t.Errorf("zone %.12q…: problems %q", c.zone, ps)
		}
	}
}

func TestHouseholdsFileStaysBesideRoster(t *testing.T) {
	dir := t.TempDir()
	roster := filepath.Join(dir, "村")
	os.Mkdir(roster, 0o755)
	secret := filepath.Join(dir, "secret.csv")
	os.WriteFile(secret, []byte("root:$6$salt$hash:19000::::::\n"), 0o600)
	os.WriteFile(filepath.Join(roster, "住户.csv"), []byte("户号,地址\n"), 0o644)
	linked := os.Symlink(secret, filepath.Join(roster, "s.csv")) == nil
	cases := []struct{ name, want string }{
		{secret, "is an absolute path"},
		{"../secret.csv", "leaves the roster's folder"},
		{"sub/../../secret.csv", "leaves the roster's folder"},
	}
	if linked {
		cases = append(cases, struct{ name, want string }{"s.csv", "is a link to a file outside the roster's folder"})
	}
	for _, c := range cases {
		var asked string
		src := strings.Replace(valid, "households:\n  - id: E-001\n    address: 东街1号\n    zone: 东片\n", "households_file: "+c.name+"\n", 1)
		_, err := Parse("roster.yaml", []byte(src), roster, fileOf(&asked, nil, nil, nil))
		ps, _ := errors.AsType[Problems](err)
		if len(ps) == 0 || !strings.Contains(ps[0].String(), c.want) || !strings.Contains(ps[0].String(), "households_file_outside: true") {
			t.Errorf("%s: %v", c.name, err)
		}
		if asked != "" {
			t.Errorf("%s was read", asked)
		}
		// Said explicitly, the file is read.
		_, err = Parse("roster.yaml", []byte(src+"households_file_outside: true\n"), roster, fileOf(&asked, nil, nil, nil))
		if asked == "" {
			t.Errorf("%s with households_file_outside: true was not read: %v", c.name, err)
		}
	}
	var asked string
	src := strings.Replace(valid, "households:\n  - id: E-001\n    address: 东街1号\n    zone: 东片\n", "households_file: 住户.csv\n", 1)
	Parse("roster.yaml", []byte(src), roster, fileOf(&asked, nil, nil, nil))
	if asked != filepath.Join(roster, "住户.csv") {
		t.Errorf("a file beside the roster: asked for %q", asked)
	}
}

func TestLoadRefusesDevices(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "roster.yaml")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skipf("no /dev/zero link here: %v", err)
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	_, err := Load(link, LoadOptions{})
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a roster linked to /dev/zero: %v", err)
	}
	src := valid + "card:\n  fonts: [zero.ttf]\n"
	os.Symlink("/dev/zero", filepath.Join(dir, "zero.ttf"))
	ps := problemsOf(t, dir, src)
	if len(ps) != 1 || !strings.Contains(ps[0], "card.fonts[#1]") {
		t.Errorf("a font linked to /dev/zero: %q", ps)
	}
}
