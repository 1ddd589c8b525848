package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// openpyxl is a Python with openpyxl (Debian's python3-openpyxl), which
// writes workbooks as Excel does but with another library than fuwuka's
// own: what fuwuka reads is then not only what it writes.
func openpyxl(t *testing.T) string {
	t.Helper()
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import openpyxl").Run() == nil {
			return py
		}
	}
	if os.Getenv("FUWUKA_E2E") == "1" {
		t.Fatal("FUWUKA_E2E=1 but no python3 has openpyxl (apt-get install python3-openpyxl)")
	}
	t.Skip("no python3 with openpyxl; skipping the workbooks written by another library (set FUWUKA_E2E=1 to require it)")
	return ""
}

// writeWorkbook runs a Python script with openpyxl, the path to write as
// its first argument.
func writeWorkbook(t *testing.T, path, script string) {
	t.Helper()
	py := openpyxl(t)
	cmd := exec.Command(py, "-c", "import sys, openpyxl\n"+script, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
}

// registerScript writes a village's household register as it is kept in
// WPS: a merged title, the headers clerks use, zones apart with blank
// rows, numbers stored as numbers, and a footer.
const registerScript = `
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "住户登记"
ws.append(["柳树湾村2025年入户走访住户登记表"])
ws.merge_cells("A1:F1")
ws.append(["序号", "户主姓名", "门牌号", "所属网格", "联系电话", "备注"])
ws.append([1, "张玉林", "东街1号", "一组", 13800138001, "独居老人"])
ws.append([2, "李春生", "东街2号", "一组", None, None])
ws.append([])
ws.append([3, "王秀英", "西街1号", "二组", 13900139003, "外出务工"])
ws.append([4, "赵大山", "西街2号", "二组", None, None])
ws.append([])
ws.append(["合计", "4户"])
ws.append(["制表人：李文静", None, None, "审核人：王建国"])
ws.append(["填表日期：2025年3月1日"])
wb.save(sys.argv[1])
`

func TestRegisterImports(t *testing.T) {
	dir := t.TempDir()
	register := filepath.Join(dir, "登记表.xlsx")
	writeWorkbook(t, register, registerScript)

	out := filepath.Join(dir, "households.yaml")
	_, stderr, code := fuwuka(t, nil, "import", register, "-o", out)
	if code != 0 {
		t.Fatalf("import exited %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want := `households:
  - {id: "1", address: 东街1号, zone: 一组, resident: 张玉林, phone: "13800138001", note: 独居老人}
  - {id: "2", address: 东街2号, zone: 一组, resident: 李春生}
  - {id: "3", address: 西街1号, zone: 二组, resident: 王秀英, phone: "13900139003", note: 外出务工}
  - {id: "4", address: 西街2号, zone: 二组, resident: 赵大山}
`
	if string(data) != want {
		t.Errorf("households:\n%s\nwant:\n%s", data, want)
	}
	for _, note := range []string{"the header is row 2", "row 9 is not a household (合计)", "row 10 is not a household (制表人：李文静)", "row 11 is not a household (填表日期：2025年3月1日)"} {
		if !strings.Contains(stderr, note) {
			t.Errorf("stderr does not say %q:\n%s", note, stderr)
		}
	}

	// The register as a roster's households_file: the round list carries
	// the phone and the note.
	roster := filepath.Join(dir, "roster.yaml")
	os.WriteFile(roster, []byte(`version: 1
community: {name: 柳树湾村}
officials:
  - {name: 王建国, role: 书记, phone: "138 0013 8001", zones: [一组]}
  - {name: 李文静, role: 委员, phone: "138 0013 8002", zones: [二组]}
households_file: 登记表.xlsx
`), 0o644)
	rounds := filepath.Join(dir, "rounds")
	if _, stderr, code := fuwuka(t, nil, "rounds", roster, "-o", rounds); code != 0 {
		t.Fatalf("rounds exited %d: %s", code, stderr)
	}
	csv, err := os.ReadFile(filepath.Join(rounds, "rounds.csv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range []string{"一组,1,1,东街1号,张玉林,138 0013 8001,1,,,独居老人\r\n", "二组,1,3,西街1号,王秀英,139 0013 9003,1,,,外出务工\r\n"} {
		if !strings.Contains(string(csv), row) {
			t.Errorf("rounds.csv lacks %q:\n%s", row, csv)
		}
	}
}
