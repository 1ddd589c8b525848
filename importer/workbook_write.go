package importer

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/xuri/excelize/v2"
)

// settingValues are the roster's settings as the settings sheet writes
// them, by key.
func settingValues(r *card.Roster) map[string]string {
	v := map[string]string{
		"community.name":     r.Community.Name,
		"community.region":   r.Community.Region,
		"card.title":         r.Card.Title,
		"card.slogan":        r.Card.Slogan,
		"card.size":          mm(r.Card.Size),
		"card.bleed":         mm(r.Card.Bleed),
		"card.corner_radius": mm(r.Card.CornerRadius),
		"card.design":        r.Card.Design,
		"card.colors.accent": cmyk(r.Card.Colors.Accent),
		"card.colors.ground": cmyk(r.Card.Colors.Ground),
		"card.colors.ink":    cmyk(r.Card.Colors.Ink),
		"card.fonts":         strings.Join(r.Card.FontNames, ", "),
		"appeal":             r.Appeal,
	}
	if r.QR != nil {
		v["qr.content"], v["qr.caption"], v["qr.level"] = r.QR.Content, r.QR.Caption, r.QR.Level
	}
	return v
}

func mm(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "mm" }

func cmyk(c card.CMYK) string {
	s := make([]string, len(c))
	for i, v := range c {
		s[i] = strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strings.Join(s, ", ")
}

// helpLines are the filling-in notes of a workbook roster.
var helpLines = []string{
	"怎样填写这个工作簿",
	"",
	"1. 基本信息：在“内容”一栏填写村（社区）名称、卡面标语、倡议、二维码等；不认识的项目会报错。",
	"2. 干部：每行一位村干部，按此顺序印在卡上（1 至 12 人）。“负责片区”可写多个，用顿号或逗号隔开；每户卡上的“包片联系人”是第一位负责该户片区的干部。",
	"3. 承诺与热线：“服务承诺”一列每格一条（最多 5 条）；“热线名称”“热线电话”每行一条（最多 4 条）。",
	"4. 住户：每行一户。户号必填且不能重复，它就是这户卡片的文件名；地址必填；片区从下拉列表中选（须是某位干部负责的片区）；联系电话和备注只印在入户发放登记表上，不印在卡上。",
	"5. 电话号码可以带空格或横线：手机 11 位；座机要带区号，如 010-6938 1234。",
	"6. 填好后保存，运行 fuwuka validate roster.xlsx 检查；有问题时会指出是哪张表的哪个格子，如 roster.xlsx:干部!C4。",
	"7. 不要改动各表第一行的表头，也不要改表名。",
}

// WriteWorkbook is the roster as a workbook: its sheets, header rows in
// Chinese, column widths, and the zones as a drop-down list in the
// households' zone column. It reads back, with LoadWorkbook, as the same
// roster.
//
// designs are the card designs the note on 卡面设计 names, as the design
// registry lists them; with none, the note names only the default.
func WriteWorkbook(r *card.Roster, designs ...Design) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}})
	if err != nil {
		return nil, err
	}
	var werr error
	set := func(sheet string, col, row int, v any) {
		cell, err := excelize.CoordinatesToCellName(col, row)
		if err == nil {
			if s, ok := v.(string); ok {
				err = f.SetCellStr(sheet, cell, s)
			} else {
				err = f.SetCellValue(sheet, cell, v)
			}
		}
		if err != nil && werr == nil {
			werr = err
		}
	}
	sheet := func(name string, heads []string, widths ...float64) {
		if name == sheetSettings {
			if err := f.SetSheetName("Sheet1", name); err != nil && werr == nil {
				werr = err
			}
		} else if _, err := f.NewSheet(name); err != nil && werr == nil {
			werr = err
		}
		for i, h := range heads {
			set(name, i+1, 1, h)
		}
		if len(heads) > 0 {
			end, _ := excelize.CoordinatesToCellName(len(heads), 1)
			if err := f.SetCellStyle(name, "A1", end, bold); err != nil && werr == nil {
				werr = err
			}
			if err := f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil && werr == nil {
				werr = err
			}
		}
		for i, w := range widths {
			col, _ := excelize.ColumnNumberToName(i + 1)
			if err := f.SetColWidth(name, col, col, w); err != nil && werr == nil {
				werr = err
			}
		}
	}

	sheet(sheetSettings, []string{"项目", "内容", "说明"}, 18, 40, 60)
	values := settingValues(r)
	n := 2
	for _, s := range settings {
		if s.old {
			continue
		}
		set(sheetSettings, 1, n, s.label)
		set(sheetSettings, 2, n, values[s.key])
		note := s.note
		if s.key == "card.design" {
			note = designNote(designs)
		}
		set(sheetSettings, 3, n, note)
		n++
	}

	// Phone and id columns hold text: a number typed into a cell Excel
	// formats as General shows 13933124567 as 1.39E+10, and 001 as 1.
	text, err := f.NewStyle(&excelize.Style{NumFmt: 49})
	if err != nil {
		return nil, err
	}
	asText := func(sheet string, cols ...string) {
		for _, c := range cols {
			// the column's style reaches its head too, which stays bold
			if err := f.SetColStyle(sheet, c, text); err != nil && werr == nil {
				werr = err
			}
			if err := f.SetCellStyle(sheet, c+"1", c+"1", bold); err != nil && werr == nil {
				werr = err
			}
		}
	}

	sheet(sheetOfficials, officialHeads, 12, 28, 18, 20)
	asText(sheetOfficials, "C")
	for i, o := range r.Officials {
		set(sheetOfficials, 1, i+2, o.Name)
		set(sheetOfficials, 2, i+2, o.Role)
		set(sheetOfficials, 3, i+2, o.Phone.Display())
		set(sheetOfficials, 4, i+2, strings.Join(o.Zones, "、"))
	}

	sheet(sheetPledges, pledgeHeads, 36, 20, 18)
	asText(sheetPledges, "C")
	for i, p := range r.Pledges {
		set(sheetPledges, 1, i+2, p)
	}
	for i, h := range r.Hotlines {
		set(sheetPledges, 2, i+2, h.Name)
		set(sheetPledges, 3, i+2, h.Phone.Display())
	}

	sheet(sheetHouseholds, householdHead, 12, 30, 10, 12, 18, 24, 8)
	asText(sheetHouseholds, "A", "E")
	for i, h := range r.Households {
		for c, v := range []string{h.ID, h.Address, h.Zone, h.Resident, h.Phone, h.Note} {
			if v != "" {
				set(sheetHouseholds, c+1, i+2, v)
			}
		}
		set(sheetHouseholds, 7, i+2, h.Copies)
	}
	if zones := r.Zones(); len(zones) > 0 {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = "C2:C5000"
		if err := dv.SetDropList(zones); err == nil {
			// A zone not in the list yet (one added to 干部 after this
			// was written) is warned of, not refused: the roster's check
			// is the one that counts, and says when the list is stale.
			dv.SetError(excelize.DataValidationErrorStyleWarning, "片区", "这个片区不在列表里。列表是写出这个工作簿时干部负责的片区；片区改过的话，以“干部”表为准，fuwuka validate 会检查")
			dv.SetInput("片区", "从列表中选择这户所在的片区")
			if err := f.AddDataValidation(sheetHouseholds, dv); err != nil && werr == nil {
				werr = err
			}
		}
	}

	sheet(sheetHelp, nil, 110)
	for i, line := range helpLines {
		set(sheetHelp, 1, i+1, line)
	}
	f.SetActiveSheet(0)
	if werr != nil {
		return nil, werr
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// RosterYAML is the roster as a YAML roster file: what a workbook roster
// says, for a clerk who would rather edit text. Comments are not kept.
func RosterYAML(r *card.Roster) []byte {
	var b strings.Builder
	line := func(s string) { b.WriteString(s + "\n") }
	line("version: 1")
	line("community:")
	line("  name: " + scalar(r.Community.Name))
	if r.Community.Region != "" {
		line("  region: " + scalar(r.Community.Region))
	}
	v := settingValues(r)
	line("card:")
	for _, k := range []string{"title", "slogan", "design", "size", "bleed", "corner_radius"} {
		if s := v["card."+k]; s != "" {
			line("  " + k + ": " + scalar(s))
		}
	}
	line("  colors:")
	line("    accent: [" + cmyk(r.Card.Colors.Accent) + "]")
	line("    ground: [" + cmyk(r.Card.Colors.Ground) + "]")
	line("    ink: [" + cmyk(r.Card.Colors.Ink) + "]")
	if len(r.Card.FontNames) > 0 {
		fonts := make([]string, len(r.Card.FontNames))
		for i, n := range r.Card.FontNames {
			fonts[i] = scalar(n)
		}
		line("  fonts: [" + strings.Join(fonts, ", ") + "]")
	}
	line("officials:")
	for _, o := range r.Officials {
		zones := make([]string, len(o.Zones))
		for i, z := range o.Zones {
			zones[i] = scalar(z)
		}
		line("  - {name: " + scalar(o.Name) + ", role: " + scalar(o.Role) + ", phone: " + strconv.Quote(o.Phone.Display()) + ", zones: [" + strings.Join(zones, ", ") + "]}")
	}
	if len(r.Pledges) > 0 {
		line("pledges:")
		for _, p := range r.Pledges {
			line("  - " + scalar(p))
		}
	}
	if r.Appeal != "" {
		line("appeal: " + scalar(r.Appeal))
	}
	if len(r.Hotlines) > 0 {
		line("hotlines:")
		for _, h := range r.Hotlines {
			line("  - {name: " + scalar(h.Name) + ", phone: " + strconv.Quote(h.Phone.Display()) + "}")
		}
	}
	if r.QR != nil {
		line("qr:")
		line("  content: " + strconv.Quote(r.QR.Content))
		if r.QR.Caption != "" {
			line("  caption: " + scalar(r.QR.Caption))
		}
		line("  level: " + scalar(r.QR.Level))
	}
	b.Write(Document(r.Households))
	return []byte(b.String())
}

// Design is a card design as the workbook's note names it: its name and
// a line on what it is, in Chinese.
type Design struct {
	Name, Description string
	Default           bool
}

// designNote is the note on 卡面设计: every design, the default first.
func designNote(ds []Design) string {
	if len(ds) == 0 {
		return "不填为 " + card.DefaultDesign
	}
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = d.Name + "（" + d.Description + "）"
	}
	note := strings.Join(parts, "；")
	return "可填：" + note + "。不填为 " + card.DefaultDesign + "；fuwuka designs 列出全部"
}
