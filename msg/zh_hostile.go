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
	"a write must come from this page itself; reload the page":                     "写出操作只能由本页面发起；请刷新页面",
}
