package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// workbookScript writes a workbook roster as a clerk's Excel would, with
// another library than fuwuka's: the phone of an official and a copies
// count stored as numbers, a pledge left blank between two.
const workbookScript = `
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "基本信息"
for row in [["项目", "内容"], ["村（社区）名称", "柳树湾村"], ["所属区镇", "河北省某县某镇"],
            ["卡面标语", "有事您就跟我说"], ["卡片边长", "90mm"], ["倡议", "爱护家园 共建美好家园"],
            ["二维码内容", "https://example.org/r?h={{.Household.ID}}"], ["二维码说明", "扫码反映诉求"]]:
    ws.append(row)
ws = wb.create_sheet("干部")
ws.append(["姓名", "职务", "电话", "负责片区"])
ws.append(["王建国", "党支部书记", 13800138001, "一组、二组"])
ws.append(["李文静", "村委会委员", "138 0013 8002", "二组"])
ws = wb.create_sheet("承诺与热线")
ws.append(["服务承诺", "热线名称", "热线电话"])
ws.append(["合理诉求24小时内办结", "市民服务热线", 12345])
ws.append([None, None, None])
ws.append(["村务公开 接受监督", None, None])
ws = wb.create_sheet("住户")
ws.append(["户号", "地址", "片区", "户主", "联系电话", "备注", "份数"])
ws.append(["A-01", "东街1号", "一组", "张玉林", 13900139001, "独居老人", 1])
ws.append(["A-02", "东街2号", "一组", None, None, None, 2])
ws.append(["B-01", "西街1号", "二组", "王秀英", None, None, None])
wb.save(sys.argv[1])
`

// TestWorkbookRoster checks a workbook written by openpyxl as a roster:
// its cards, its conversion to YAML and back to a workbook, the same
// cards from all three, and diff finding nothing between them.
func TestWorkbookRoster(t *testing.T) {
	dir := t.TempDir()
	wb := filepath.Join(dir, "roster.xlsx")
	writeWorkbook(t, wb, workbookScript)
	env := []string{"SOURCE_DATE_EPOCH=1700000000"}

	cards := func(roster, out string) {
		t.Helper()
		if _, stderr, code := fuwuka(t, env, "cards", roster, "-o", out); code != 0 {
			t.Fatalf("cards %s exited %d: %s", roster, code, stderr)
		}
	}
	convert := func(from, to string) {
		t.Helper()
		if _, stderr, code := fuwuka(t, nil, "convert", from, "-o", to); code != 0 {
			t.Fatalf("convert %s exited %d: %s", from, code, stderr)
		}
	}
	yaml := filepath.Join(dir, "roster.yaml")
	back := filepath.Join(dir, "back.xlsx")
	convert(wb, yaml)
	convert(yaml, back)
	for _, r := range []string{wb, yaml, back} {
		cards(r, filepath.Join(dir, filepath.Base(r)+".cards"))
	}
	for _, id := range []string{"A-01", "A-02", "B-01"} {
		first, err := os.ReadFile(filepath.Join(dir, "roster.xlsx.cards", id+".pdf"))
		if err != nil {
			t.Fatal(err)
		}
		for _, other := range []string{"roster.yaml.cards", "back.xlsx.cards"} {
			data, err := os.ReadFile(filepath.Join(dir, other, id+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first, data) {
				t.Errorf("%s/%s.pdf differs from the workbook's card", other, id)
			}
		}
	}
	text, _ := os.ReadFile(yaml)
	for _, want := range []string{
		`  - {name: 王建国, role: 党支部书记, phone: "138 0013 8001", zones: [一组, 二组]}`,
		"  - {name: 市民服务热线, phone: \"12345\"}",
		"  - {id: A-01, address: 东街1号, zone: 一组, resident: 张玉林, phone: \"13900139001\", note: 独居老人}",
		"  - {id: A-02, address: 东街2号, zone: 一组, copies: 2}",
	} {
		if !strings.Contains(string(text), want+"\n") {
			t.Errorf("roster.yaml lacks %q:\n%s", want, text)
		}
	}
	for _, pair := range [][2]string{{wb, yaml}, {yaml, back}} {
		if stdout, stderr, code := fuwuka(t, nil, "diff", pair[0], pair[1]); code != 0 {
			t.Errorf("diff %s %s exited %d: %s%s", pair[0], pair[1], code, stdout, stderr)
		}
	}

	// A mistake in a cell is reported at the cell.
	bad := filepath.Join(dir, "bad.xlsx")
	writeWorkbook(t, bad, strings.Replace(workbookScript, `"138 0013 8002"`, `"1380013"`, 1))
	_, stderr, code := fuwuka(t, nil, "validate", bad)
	if want := bad + `: 干部 › 电话 (C3): "1380013" is not a phone number`; code != exitInvalid || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant %s", code, stderr, want)
	}
}
