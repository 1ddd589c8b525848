package msg

// The Chinese of the messages about hostile or damaged input: requests
// from other sites, damaged fonts, runaway templates, oversized imports,
// and pictures too large to draw at once. Kept apart from zh.go so that
// they can change without touching it.
func init() {
	for en, z := range zhHostile {
		zh[en] = z
	}
}

var zhHostile = map[string]string{
	// serve: who may ask
	"this page answers only at %s; open it from the address fuwuka serve printed": "此页面只在 %s 上应答；请用 fuwuka serve 打印的地址打开",
	"a write must come from this page itself; reload the page":                    "写出操作只能由本页面发起；请刷新页面",

	// damaged fonts and faults of fuwuka's own
	"the font file is damaged (%v)": "字体文件已损坏（%v）",
	"fuwuka: internal error: %s; nothing more was done (please report this with the input)": "fuwuka：内部错误：%s；未再做任何事（请连同输入文件一起报告此问题）",
}
