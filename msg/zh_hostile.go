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

	// qr.content: templates with bounds
	"it makes more than %d bytes, more than a QR code holds":                   "它生成的内容超过 %d 字节，二维码装不下",
	"printf takes no width from its arguments (%%*) in a QR code's text":       "二维码内容里的 printf 不能从参数取宽度（%%*）",
	"a printf width or precision above %d is more than a QR code's text needs": "printf 的宽度或精度超过 %d，二维码内容用不着这么多",
	"{{define}} and {{block}} are not allowed in a QR code's text":             "二维码内容里不能用 {{define}} 和 {{block}}",
	"{{range}} is not allowed in a QR code's text: it could loop without end":  "二维码内容里不能用 {{range}}：它可能无休止地循环",
	"{{template}} is not allowed in a QR code's text":                          "二维码内容里不能用 {{template}}",
	"the function %s is not allowed in a QR code's text":                       "二维码内容里不能用函数 %s",
	"a QR code's text is the fields %s, with if, with, printf and urlquery":    "二维码内容可用字段 %s，以及 if、with、printf 和 urlquery",

	// imports: the same limits for every reader
	"a household list is a few thousand rows of a few columns; is this the right file?": "住户名单通常只有几千行、几列；是不是选错了文件？",
	"line %d is longer than %s":                                                  "第 %d 行超过 %s",
	"the file has more than %d rows":                                             "文件超过 %d 行",
	"the file has more than %d cells":                                            "文件超过 %d 个单元格",
	"a cell of row %d has more than %d characters":                               "第 %d 行有单元格超过 %d 个字符",
	"the workbook has more than %d texts":                                        "工作簿的文字条目超过 %d 条",
	"the workbook has a text of more than %d characters":                         "工作簿里有超过 %d 个字符的文字",
	"the workbook's part %s nests more than %d elements deep":                    "工作簿的 %s 部分嵌套超过 %d 层",
	"cell %s names text %q that the workbook does not have: the file is damaged": "单元格 %s 引用了工作簿里没有的文字 %q：文件已损坏",

	// preview: large pictures in bands
	"(50 to 1200; a picture over 16 megapixels, as 210 mm at 600 dpi, is drawn a band of rows at a time, so memory stays near a hundred megabytes whatever the size)": "（50 至 1200；超过 1600 万像素的图片，如 210 mm 在 600 dpi 下，逐条分带绘制，无论多大，内存都保持在一百兆字节左右）",

	// households_file: the file read is the file checked
	"%q changed while it was read; it may be a link to a file outside the roster's folder": "%q 在读取时被改动了；它可能是指向名单文件夹以外文件的链接",

	// messages that stay short, escaped and to the point
	"%d households share the address %s (%s and %d more): is the address column the right one?":           "有 %d 户的地址都是 %s（%s 等，另有 %d 户）：地址列选对了吗？",
	"%d households share the address %s (%s and %d more); if they are one door, list it once with %s: %d": "有 %d 户的地址都是 %s（%s 等，另有 %d 户）；如果是同一户，请只写一次，并把 %s 写成 %d",
	"cannot write in the folder %s: %w": "无法在文件夹 %s 中写入：%w",
	"%s is now a link to another file, which the page does not show; put the roster back, or restart fuwuka serve with the file to follow": "%s 现在是指向另一个文件的链接，页面不会显示它；请放回名单，或用要跟随的文件重新启动 fuwuka serve",

	// the command line: failure is the default, usage errors are marked
	"%s takes at most %d argument(s), got %d; usage: %s": "%s 最多接受 %d 个参数，实际给了 %d 个；用法：%s",
	"%s: %q is not a valid argument":                     "%s：%q 不是有效的参数",
}
