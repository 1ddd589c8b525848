package msg

// zh is the Chinese of every message, keyed by its English format, in the
// order the code says them. The arguments keep their order; use %[n]v to
// move one. Roster keys, commands, flags, file names and units stay as
// they are written.
var zh = map[string]string{
	// What changes on a card (fuwuka diff).
	"official added: %s":        "新增干部：%s",
	"hotline added: %s":         "新增热线：%s",
	"official removed: %s":      "删除干部：%s",
	"hotline removed: %s":       "删除热线：%s",
	"official %s → %s":          "干部 %s → %s",
	"hotline %s → %s":           "热线 %s → %s",
	"official %s role %s → %s":  "干部 %s 的职务 %s → %s",
	"official %s phone %s → %s": "干部 %s 的电话 %s → %s",
	"hotline %s phone %s → %s":  "热线 %s 的号码 %s → %s",
	"address":                   "地址",
	"zone":                      "片区",
	"title":                     "标题",
	"community":                 "社区名称",
	"slogan":                    "标语",
	"appeal":                    "倡议",
	"contact":                   "包片联系人",
	"contact role":              "联系人职务",
	"contact phone":             "联系人电话",
	"officials order":           "干部顺序",
	"pledges":                   "服务承诺",
	"hotlines order":            "热线顺序",
	"qr":                        "二维码内容",
	"qr caption":                "二维码说明文字",
	"qr level":                  "二维码纠错级别",
	"size":                      "卡片尺寸",
	"bleed":                     "出血",
	"corner radius":             "圆角半径",
	"fonts":                     "字体",
	"card":                      "卡片",
	"(none)":                    "（无）",

	// Reading and checking the roster.
	"the template can use %s": "模板中可用：%s",
	"did you mean %q?":        "是不是 %q？",
	"no household %q":         "没有户号为 %q 的住户",
	"no households":           "没有住户",
	"list them under households:, or name a spreadsheet (.xlsx or .csv) in households_file:": "请在 households: 下列出住户，或在 households_file: 中填写表格文件名（.xlsx 或 .csv）",
	"unknown version %q":                        "未知的版本号 %q",
	"this fuwuka reads version 1":               "这个版本的 fuwuka 只能读取 version 1",
	"empty file name":                           "文件名为空",
	"cannot read %q: %v":                        "无法读取 %q：%v",
	"paths are relative to the roster's folder": "路径从名单所在的文件夹算起",
	"%s is outside %s..%s":                      "%s 不在 %s 到 %s 之间",
	"%d numbers; a CMYK colour has 4 (cyan, magenta, yellow, black)": "这里有 %d 个数；CMYK 颜色要 4 个数（青、品红、黄、黑）",
	"e.g. [0, 100, 100, 10]":                                  "例如 [0, 100, 100, 10]",
	"%q is not a percentage from 0 to 100":                    "%q 不是 0 到 100 之间的百分比",
	"at least one official is required":                       "至少要有一名村干部",
	"more than %d officials; they would not fit on the card":  "村干部超过 %d 名，卡片上放不下",
	"empty zone name":                                         "片区名称为空",
	"more than %d pledges; they would not fit on the card":    "服务承诺超过 %d 条，卡片上放不下",
	"empty pledge":                                            "服务承诺为空",
	"more than %d hotlines; they would not fit on the card":   "热线超过 %d 条，卡片上放不下",
	"required but missing":                                    "必填项，但没有填写",
	"required but empty":                                      "必填项，但内容为空",
	"no official lists any zones":                             "还没有任何干部填写负责的片区",
	"zones officials look after: %s":                          "干部负责的片区有：%s",
	"did you mean %q? %s":                                     "是不是 %q？%s",
	"unknown zone %q":                                         "没有干部负责片区 %q",
	"%q is not a number of copies from 1 to 100":              "份数 %q 不是 1 到 100 之间的整数",
	"id %q is already used":                                   "户号 %q 重复了",
	"id %q is already used as %q, and file names ignore case": "户号 %q 与已有的 %q 只差大小写，而文件名不区分大小写",
	"first at line %d":                                        "第一次出现在第 %d 行",
	"first at %s:%d":                                          "第一次出现在 %s:%d",
	"id is %d characters long; at most 64":                    "户号长 %d 个字符；最多 64 个",
	"id %q starts with '.'":                                   "户号 %q 以 '.' 开头",
	"a file name starting with '.' is hidden":                 "以 '.' 开头的文件会被隐藏",
	"id %q contains %q":                                       "户号 %q 含有字符 %q",
	"the id names the household's PDF file: use letters, digits, '.', '_' and '-'": "户号就是该户 PDF 的文件名：只能用字母、数字、'.'、'_' 和 '-'",
	"id %q is a device name on Windows and cannot name a file there":               "户号 %q 是 Windows 的设备名，在 Windows 上不能用作文件名",
	"add a letter or digit, e.g. %s-1":                                             "加一个字母或数字，例如 %s-1",
	"this program does not read household files":                                   "这个程序不读取住户表格文件",
	"list the households under households:, or use the fuwuka command":             "请在 households: 下列出住户，或改用 fuwuka 命令",
	"the roster is empty":                                      "名单是空的",
	"`fuwuka init` writes an example to start from":            "可以先用 `fuwuka init` 生成一份示例再改",
	"a roster is a single YAML document; this is a second one": "一份名单只能有一个 YAML 文档；这里开始了第二个",
	"remove the --- line, or make it a separate roster":        "删掉 --- 这一行，或把后面的内容另存为一份名单",
	"not valid YAML: %v":                                       "不是有效的 YAML：%v",
	"indent with spaces; YAML does not allow tabs":             "请用空格缩进；YAML 不允许用 Tab 键缩进",
	"not valid YAML: %s":                                       "不是有效的 YAML：%s",
	"check this line and the one above it: a half-width colon and a space after each key, quotes in pairs, the keys of one entry indented alike": "请检查这一行和上一行：每个键后面是半角冒号加一个空格，引号成对，同一项的各个键缩进对齐",
	"a key without its colon, or a line that belongs to the one above":                                                                           "有个键缺了冒号，或者这一行本该接在上一行后面",
	"a line indented out of step with its entry":                                                                                                 "这一行的缩进和同一项的其他行没有对齐",
	"a list item that does not start with \"- \"":                                                                                                "有一项列表没有以“- ”（半角横线加空格）开头",
	"a character a value cannot start with, such as a tab, @ or `":                                                                               "值的开头有不允许的字符，例如 Tab、@ 或 `",
	"a tab where spaces should indent":                                                                                                           "该用空格缩进的地方用了 Tab",
	"a colon and a space inside a value; put the value in quotes":                                                                                "值里有“冒号加空格”；请给这个值加上半角引号",
	"the file ends inside quotes or brackets":                                                                                                    "文件结束时还有引号或括号没有配对",
	"a key or a dash with no value where one is needed":                                                                                          "这里的键或横线后面缺少内容",
	"a list in brackets [ ] that is not closed":                                                                                                  "方括号 [ ] 没有配对",
	"a mapping in braces { } that is not closed":                                                                                                 "花括号 { } 没有配对",
	"a backslash inside double quotes; use single quotes around the value":                                                                       "双引号里有反斜杠 \\；请改用单引号把值括起来",
	"line %d: a tab in the indentation":                                                                                                          "第 %d 行：缩进里有 Tab 制表符",
	"line %d: a full-width space in the indentation":                                                                                             "第 %d 行：缩进里有全角空格“　”",
	"delete it and indent with half-width spaces; switch the input method to half-width":                                                         "请删掉它，改用半角空格缩进（把输入法切换到半角）",
	"line %d: the dash %q starting a list item is full-width":                                                                                    "第 %d 行：列表项开头的横线 %q 是全角的",
	"write a half-width \"-\" and a space: %s":                                                                                                   "请改成半角“-”，后面加一个空格：%s",
	"line %d: the colon \"：\" after %s is full-width":                                                                                            "第 %d 行：%s 后面的冒号“：”是全角的",
	"write a half-width \":\" and a space after it: %s":                                                                                          "请改成半角“:”，后面加一个空格：%s",
	"line %d: no space after the colon of %s":                                                                                                    "第 %d 行：%s 的冒号“:”后面少了一个空格",
	"write a space after \":\": %s":                                                                                                              "请在“:”后面加一个空格：%s",
	"line %d: the quotes around the value of %s are full-width":                                                                                  "第 %d 行：%s 的值两边的引号“”是全角的",
	"write half-width quotes \"…\", or none":                                                                                                     "请改成半角引号 \"…\"，或者不加引号",
	"line %d: the quote %s opened here is not closed on this line":                                                                               "第 %d 行：这里开头的引号 %s 在这一行里没有配对",
	"add the closing %s at the end of the value":                                                                                                 "请在值的末尾补上 %s",
	"line %d: %s is indented more than the line above":                                                                                           "第 %d 行：%s 比上一行多缩进了",
	"line it up with line %d, or move it under a key that ends in a colon":                                                                       "请和第 %d 行对齐，或把它移到一个以冒号结尾的键下面",
	"line %d: %s lines up with no line above it":                                                                                                 "第 %d 行：%s 的缩进和上面哪一行都对不齐",
	"indent it as far as the other keys of the same entry":                                                                                       "请和同一项的其他键缩进同样多的空格",
	"a single value": "单个值",
	"a list":         "列表",
	"a mapping":      "“键: 值”形式的一组内容",
	"anchors and aliases are not supported in a roster": "名单不支持锚点和别名（& 和 *）",
	"write the value out in full":                       "请把内容完整写出来",
	"nothing":                                           "空",
	"expected %s, found %s":                             "这里应为%s，实际为%s",
	"unknown key":                                       "不认识的键名",
	"known keys":                                        "可用的键名",
	"given twice":                                       "重复填写",
	"keep it on one line":                               "请写在一行内",
	"contains a control character (%U)":                 "含有控制字符（%U）",
	"mobile: 11 digits starting 1; landline: area code + number, e.g. 010-6938 1234; service: 3–5 digits": "手机：以 1 开头的 11 位数字；固定电话：区号 + 号码，例如 010-6938 1234；服务号码：3–5 位数字",
	"%q is not a phone number":            "%q 不是电话号码",
	"%q has no area code":                 "%q 缺少区号",
	"add it in front, e.g. 010-6938 1234": "请在前面加上区号，例如 010-6938 1234",
	"unknown error correction level %q":   "未知的纠错级别 %q",
	"L, M, Q or H: a damaged code still reads with up to 7%%, 15%%, 25%% or 30%% of it lost": "可用 L、M、Q 或 H：二维码损坏不超过 7%%、15%%、25%% 或 30%% 时仍能识别",
	"Go template syntax: https://pkg.go.dev/text/template":                                   "Go 模板语法见 https://pkg.go.dev/text/template",
	"in Notepad, File > Save As > Encoding: UTF-8":                                           "在记事本中：文件 > 另存为 > 编码：UTF-8",
	"the file is larger than 64 MiB":                                                         "文件超过 64 MiB",
	"a roster is a few kilobytes; is this the right file?":                                   "名单一般只有几 KB，是不是选错了文件？",
	"the file is UTF-16 (Notepad's \"Unicode\"), not UTF-8":                                  "文件是 UTF-16 编码（记事本里的“Unicode”），不是 UTF-8",
	"save it as UTF-8: %s":                                                                   "请另存为 UTF-8：%s",
	"the file is neither UTF-8 nor GB18030 text":                                             "文件既不是 UTF-8 也不是 GB18030 编码的文本",
	"%s: read as GB18030 (Windows \"ANSI\"); save it as UTF-8 to silence this: %s":           "%s：已按 GB18030（Windows 的“ANSI”）编码读取；另存为 UTF-8 后不再提示：%s",
	"%q is not a length":                                                                     "%q 不是长度",
	"write a number and a unit, e.g. 100mm, 10cm, 4in or 283.46pt":                           "请写数字加单位，例如 100mm、10cm、4in 或 283.46pt",
	"%q has no unit":                        "%q 缺少单位",
	"add one: mm, cm, in or pt, e.g. %smm":  "请加上单位 mm、cm、in 或 pt，例如 %smm",
	"%q has an unknown unit %q":             "%q 的单位 %q 无法识别",
	"use mm, cm, in or pt":                  "请用 mm、cm、in 或 pt",
	"write a number and a unit, e.g. 100mm": "请写数字加单位，例如 100mm",

	// Commands: help, flags and summaries.
	"Draw one press-ready PDF card per household: DIR/<id>.pdf": "为每户生成一张可直接付印的 PDF 服务卡：DIR/<id>.pdf",
	`Draw one press-ready PDF card per household into DIR/<id>.pdf: trim plus
bleed, CMYK artwork, embedded fonts, a QR code, and the CutContour die line on
its own layer. Nothing is written unless every selected household's card is
valid. ROSTER may be - for standard input.

DIR/manifest.json records what each card was drawn from; a rerun draws
only the cards whose household, officials, pledges, settings or fonts
changed, or whose file is missing or was changed, and leaves the others'
files alone. --force draws every card. --prune deletes the cards of
households no longer in the roster (only files the manifest lists).
--shard K/N draws the households whose id hashes to part K of N, with
its own DIR/manifest-K-of-N.json, so N processes can share the work.
`: `为每户生成一张可直接付印的 PDF 服务卡，存为 DIR/<id>.pdf：成品尺寸加
出血，CMYK 图稿，内嵌字体，二维码，模切线（CutContour）单独放在一个
图层。所选住户的卡片只要有一张有问题，就什么都不写。ROSTER 为 - 时
从标准输入读取。

DIR/manifest.json 清单记录每张卡片是根据什么生成的；再次运行时，只
重新生成住户、干部、服务承诺、设置或字体有变化的卡片，以及文件丢失
或被改动过的卡片，其他卡片的文件保持不动。--force 重新生成全部卡片。
--prune 删除已不在名单中的住户的卡片（只删清单里列出的文件）。
--shard K/N 只生成户号哈希后落在 N 份中第 K 份的住户，并使用单独的
DIR/manifest-K-of-N.json，这样 N 个进程可以分担工作。
`,
	"cards needs an output folder: -o DIR":                                                    "cards 需要指定输出文件夹：-o DIR",
	"output folder (created if missing)":                                                      "输出文件夹（不存在时自动创建）",
	"only this household id (repeatable)":                                                     "只处理这个户号的住户（可多次使用）",
	"add a slug with crop and registration marks around the bleed":                            "在出血外加页边信息条，带裁切标记和套准标记",
	"leave out the CutContour die line":                                                       "不加模切线（CutContour）",
	"draw every card, even those the manifest finds up to date":                               "重新生成全部卡片，包括清单认为无需更新的",
	"delete the cards the manifest lists of households no longer in the roster":               "删除清单中已不在名单里的住户的卡片",
	"only part K of N of the households (K/N, e.g. 1/4), for sharing a run between processes": "只处理住户分成 N 份后的第 K 份（K/N，例如 1/4），供多个进程分担一次运行",
	"--shard: %v": "--shard：%v",
	"%s in %s: %d rendered, %d unchanged, %d removed, %.2fs": "%[2]s：共 %[1]s，新生成 %[3]d 张，未变 %[4]d 张，删除 %[5]d 张，用时 %.2f 秒",
	"%d card":  "%d 张卡片",
	"%d cards": "%d 张卡片",
	"List the households whose cards change between two rosters, and why": "列出两版名单之间卡片有变化的住户，以及变化原因",
	`Compare two versions of a roster card by card: one line per household whose
card changes, with what changes on it; households added and removed; then a
count. Only what is printed counts: comments, residents, copies and the order
of households change no card. Either OLD or NEW (not both) may be - for
standard input. Exits 10 when any card changes, is added or removed, so a
script can test it.
`: `逐张比较同一名单的两个版本：卡片有变化的住户每户一行，写明
卡片上变了什么；然后是新增和删除的住户；最后是统计。只比较印在卡片
上的内容：注释、户主、份数和住户顺序都不影响卡片。OLD 和 NEW 中可以
有一个（不能两个都）为 -，表示从标准输入读取。只要有卡片变化、新增
或删除，退出状态就是 10，方便脚本判断。
`,
	"diff reads at most one roster from standard input": "diff 最多只能从标准输入读取一份名单",
	"added: %s %s\n":   "新增：%s %s\n",
	"removed: %s %s\n": "删除：%s %s\n",
	"%d households: %d changed, %d added, %d removed, %d unchanged\n": "共 %d 户：%d 户有变化，新增 %d 户，删除 %d 户，%d 户不变\n",
	"Read households from an Excel/WPS spreadsheet or CSV file":       "从 Excel/WPS 表格或 CSV 文件读取住户",
	`Read households from a spreadsheet: an .xlsx workbook (the first sheet, or
--sheet NAME) or a .csv file in UTF-8 or GBK. The header row is found below
any title rows; known headers are found without help, those after / only
when no column has one before it:

  id        户号, 编号, 户编号, id / 门牌号 / 序号   (required)
  address   地址, 住址, 门牌地址, 家庭住址, 家庭地址, 详细地址, address / 门牌号, 门牌   (required)
  zone      片区, 网格, 所属网格, 所属片区, zone / 组, 小组, 村民小组, 所属小组
  resident  户主, 户主姓名, resident / 姓名, 住户
  phone     联系电话, 电话, 手机, 手机号, 手机号码, 联系方式, phone
  note      备注, note
  copies    份数, 数量, copies

Phone and note go on the round list, not on the card. Rows below the
households that start with 合计, 制表人, 审核人, 填表日期 and the like are a
footer and are left out with a note. --map id=房号,address=详细地址 names
other headers. A merged cell counts for
every cell it covers, so a 片区 merged down five rows is the zone of all five.

Rows with a problem (an empty or repeated id, an id that cannot name a file,
a bad number of copies) are listed with their row numbers, and nothing is
written; --skip-bad imports the other rows and lists those as warnings.

The households are written as YAML to standard output, to -o FILE, or into
an existing roster with --into ROSTER, which replaces its households section
and leaves every other line, comments included, as it was.
`: `从表格读取住户：.xlsx 工作簿（默认读第一个工作表，或用 --sheet NAME
指定）或 UTF-8、GBK 编码的 .csv 文件。表头行在标题行下面也能找到；
下面这些表头能自动识别，“/”后面的只在没有前面那些表头时才用：

  id        户号, 编号, 户编号, id / 门牌号 / 序号   （必填）
  address   地址, 住址, 门牌地址, 家庭住址, 家庭地址, 详细地址, address / 门牌号, 门牌   （必填）
  zone      片区, 网格, 所属网格, 所属片区, zone / 组, 小组, 村民小组, 所属小组
  resident  户主, 户主姓名, resident / 姓名, 住户
  phone     联系电话, 电话, 手机, 手机号, 手机号码, 联系方式, phone
  note      备注, note
  copies    份数, 数量, copies

联系电话和备注印在入户发放登记表上，不印在卡上。住户下面以“合计”
“制表人”“审核人”“填表日期”等开头的行是表尾，不读取，并给出提示。
其他表头用 --map id=房号,address=详细地址 指明。合并单元格算作它覆盖
的每一格，所以向下合并了五行的“片区”就是这五户的片区。

有问题的行（户号为空或重复、户号不能用作文件名、份数不对）会连同行号
一起列出，并且什么都不写；加 --skip-bad 则导入其余的行，把有问题的行
作为警告列出。

住户以 YAML 格式写到标准输出、-o FILE，或用 --into ROSTER 写进已有的
名单：只替换其中的 households 部分，其余每一行（包括注释）保持原样。
`,
	"--sheet is for .xlsx workbooks; a CSV file has one sheet":       "--sheet 只用于 .xlsx 工作簿；CSV 文件只有一个工作表",
	"import writes to -o FILE or --into ROSTER, not both":            "import 只能写到 -o FILE 或 --into ROSTER 其中之一，不能同时用",
	"the workbook's sheet to read (default the first)":               "要读取的工作表（默认第一个）",
	"field=header,...: the column holding each field":                "字段=表头,...：每个字段在哪一列",
	"import the good rows and list the bad ones as warnings":         "导入没问题的行，把有问题的行作为警告列出",
	"write the households to this YAML file (- for standard output)": "把住户写入这个 YAML 文件（- 表示标准输出）",
	"replace the households section of this roster":                  "替换这份名单中的 households 部分",
	"warning: skipped %s\n":                                          "警告：已跳过 %s\n",
	"no households to import":                                        "没有可导入的住户",
	"%s (sheet %s)":                                                  "%s（工作表 %s）",
	"imported %s from %s":                                            "已从 %[2]s 导入 %[1]s",
	"%d household":                                                   "%d 户",
	"%d households":                                                  "%d 户",
	"%s, %s skipped":                                                 "%s，跳过 %s",
	"%d row":                                                         "%d 行",
	"%d rows":                                                        "%d 行",
	"Write a commented example roster to DIR/roster.yaml (never overwrites)": "把带注释的示例名单写到 DIR/roster.yaml（不会覆盖已有文件）",
	"%s already exists; fuwuka init never overwrites a roster":               "%s 已存在；fuwuka init 不会覆盖已有的名单",
	"wrote %s: edit it, then run: fuwuka cards %s -o cards":                  "已写入 %s：请按实际情况修改，然后运行 fuwuka cards %s -o cards",
	"warning: %s\n": "警告：%s\n",
	"fuwuka: %v\n":  "fuwuka：%v\n",
	`
Exit status:
  0  success
  1  runtime failure (a file cannot be read or written)
  2  usage error (flags, arguments)
  3  the roster is invalid (syntax, validation, missing character, text that does not fit)
  10 diff: some card changes, is added or removed
`: `
退出状态：
  0  成功
  1  运行出错（文件无法读取或写入）
  2  用法错误（选项、参数不对）
  3  名单有误（格式、校验、缺字、文字放不下）
  10 diff：有卡片变化、新增或删除
`,
	"Press-ready service cards (居民服务卡) for every household of a community": "为社区每户生成可直接付印的居民服务卡",
	`fuwuka reads a community's roster — an Excel or WPS workbook (.xlsx) or a
YAML file: its officials, the zones each looks after, service pledges and
households — and draws one press-ready PDF service card per household
(居民服务卡), with the household's zone contact set apart, every official's
phone number, the pledges and a QR code.
`: `fuwuka 读取社区的名单（Excel 或 WPS 工作簿 .xlsx，或 YAML 文件：村干部、
各人负责的片区、服务承诺和住户），为每户生成一张可直接付印的 PDF 居民服务卡：
突出显示该户的包片联系人，列出每位干部的电话和服务承诺，并附二维码。
`,
	"Help about any command": "显示任一命令的帮助",
	"help for %s":            "显示 %s 的帮助",
	"Usage:":                 "用法：",
	"Available Commands:":    "命令：",
	"Flags:":                 "选项：",
	"Global Flags:":          "全局选项：",
	"Use %q for more information about a command.":                   "用 %q 查看某个命令的详细说明。",
	"Print a delivery round list (入户发放登记表) per zone: DIR/<zone>.pdf": "每个片区打印一份入户发放登记表：DIR/<zone>.pdf",
	`Print the list to carry on each zone's door-to-door delivery round into
DIR/<zone>.pdf (households without a zone: 未分片.pdf): A4 pages with the
zone's contact officials, the households in address order, a box to tick and
room to sign for every household. DIR/rounds.csv holds the same rows for a
spreadsheet. ROSTER may be - for standard input.
`: `为每个片区生成入户发放时带的登记表，存为 DIR/<zone>.pdf（没有片区
的住户：未分片.pdf）：A4 纸，列出该片区的包片联系人，住户按地址排序，
每户一个打勾的方框和签收栏。DIR/rounds.csv 是内容相同的表格版。
ROSTER 为 - 时从标准输入读取。
`,
	"rounds needs an output folder: -o DIR":                                        "rounds 需要指定输出文件夹：-o DIR",
	"Lay every household's cards onto press sheets, ready to print, cut and stack": "把所有住户的卡片拼到印张上，便于印刷、裁切和叠放",
	`Lay every household's card, once per copy, onto press sheets in one PDF:
as many cards as fit, each with its bleed, crop marks outside the grid,
registration targets, a slug line naming the sheet, and the CutContour die
lines on their own layer. The layout chosen is printed.

Orders (positions count row by row on each sheet; a stack is one position
through the pile of sheets, cut on the guillotine):
  cut-stack   cut the pile, put stack 1 on stack 2 and so on: roster order
  sequential  row by row, sheet after sheet
  zone        every stack holds one zone's cards in address order; with
              more zones than positions, piles of sheets cut separately

--shard K/N lays out only the households whose id hashes to part K of N
and adds -K-of-N to the file names (FILE-K-of-N.pdf), so that N processes
given the same -o write files of their own.

Room taken from the paper: the margin on every side (nothing printed there),
then, with marks, 6 mm around the grid for crop marks and registration
targets, and 2.7 mm more below it for the slug line.
ROSTER may be - for standard input.
`: `把每户的卡片按份数拼到印张上，输出为一个 PDF：每张印张排尽量多的
卡片，每张带出血，网格外有裁切标记，另有套准标记和标明印张的页边
信息条，模切线（CutContour）单独放在一个图层。会显示选定的排版。

排列顺序（位置在每张印张上逐行计数；一叠是整摞印张同一位置上的
卡片，用切纸机切出）：
  cut-stack   切开整摞，把第 1 叠放在第 2 叠上，依此类推：即名单顺序
  sequential  逐行排，排满一张再排下一张
  zone        每叠是一个片区的卡片，按地址排序；片区比位置多时，
              分成几摞印张分别裁切

--shard K/N 只排户号哈希后落在 N 份中第 K 份的住户，并在文件名后加
-K-of-N（FILE-K-of-N.pdf），这样 N 个进程用同一个 -o 也各写各的文件。

纸张上占用的地方：四边的页边距（那里不印任何东西）；有标记时，网格
四周再留 6 mm 放裁切标记和套准标记，下方再多留 2.7 mm 放页边信息条。
ROSTER 为 - 时从标准输入读取。
`,
	"sheets needs an output file: -o FILE.pdf": "sheets 需要指定输出文件：-o FILE.pdf",
	"--paper: %v":                          "--paper：%v",
	"--orientation: %v":                    "--orientation：%v",
	"--order: %v":                          "--order：%v",
	"--copies takes 1 to %d, got %d":       "--copies 只能是 1 到 %d，现为 %d",
	"--max-sheets takes 1 or more, got %d": "--max-sheets 至少为 1，现为 %d",
	"output PDF file":                      "输出的 PDF 文件",
	"%s; or WxH with a unit (12x18in)":     "%s；或带单位的“宽x高”（如 12x18in）",
	"auto (the one that holds more), portrait or landscape":                                                       "auto（哪种方向排得多就用哪种）、portrait（竖放）或 landscape（横放）",
	"unprinted border on every side of the sheet, for the gripper (auto: 5 mm on SRA3 and 330x480mm, else 10 mm)": "印张四边不印刷的留白，供印刷机叼纸（auto：SRA3 和 330x480mm 为 5 mm，其余 10 mm）",
	"space between neighbouring cards' bleed edges (auto: 6 mm, narrower down to 0 when more cards fit)":          "相邻卡片出血边之间的间距（auto：6 mm，能多排卡片时缩小，最小为 0）",
	"cut-stack, sequential or zone":                                         "cut-stack、sequential 或 zone",
	"copies of every household's card (default: each household's copies)":   "每户卡片的份数（默认按各户的 copies）",
	"split into files of at most N sheets: FILE-001.pdf, FILE-002.pdf, ...": "分成多个文件，每个最多 N 张印张：FILE-001.pdf、FILE-002.pdf……",
	"leave out the CutContour die lines":                                    "不加模切线（CutContour）",
	"only part K of N of the households (K/N, e.g. 1/4); files get -K-of-N": "只处理住户分成 N 份后的第 K 份（K/N，例如 1/4）；文件名加 -K-of-N",
	"leave out crop and registration marks and the slug line":               "不加裁切标记、套准标记和页边信息条",
	"%q is negative":                 "%q 是负数",
	"%d sheet":                       "%d 张印张",
	"%d sheets":                      "%d 张印张",
	"%d empty slot":                  "%d 个空位",
	"%d empty slots":                 "%d 个空位",
	"pile %d (%s), cut on its own: ": "第 %d 摞（%s），单独裁切：",
	"stacks %s\n":                    "各叠：%s\n",
	"%d files, %s to %s,":            "%d 个文件（%s 至 %s）",
	"sheet %d":                       "第 %d 张印张",
	"sheets %d–%d":                   "第 %d–%d 张印张",
	"empty":                          "空",
	"Check everything cards would check, and write nothing": "做 cards 会做的全部检查，但不写任何文件",
	`Check the roster: its syntax, every field, every character against the
fonts, and that every household's card fits. ROSTER may be - for standard input.
`: `检查名单：语法、每个字段、每个字是否都有字体能显示，以及每户的
卡片是否排得下。ROSTER 为 - 时从标准输入读取。
`,
	"%s takes %d argument(s), got %d; usage: %s": "%s 需要 %d 个参数，现有 %d 个；用法：%s",
	"Print fuwuka's version":                     "显示 fuwuka 的版本",

	// Fonts.
	"not a usable font: %w": "不是可用的字体：%w",
	"not a TrueType (glyf) font; CFF-based OpenType fonts (.otf) are not supported": "不是 TrueType（glyf）字体；不支持基于 CFF 的 OpenType 字体（.otf）",

	// Importing households from spreadsheets.
	"--map: unknown field %q; fields: %s":                          "--map：没有字段 %q；可用字段：%s",
	"--map %s=%s: no column %q":                                    "--map %s=%s：没有表头为 %q 的列",
	"%s; head yours with one of those names":                       "%s；请把对应列的表头改成前面列出的名称之一",
	"%s; name yours with --map %s=HEADER":                          "%s；请用 --map %s=表头 指明是哪一列",
	"no %s column (headed %s)":                                     "没有 %s 列（表头应为 %s 之一）",
	"rename all but one of them":                                   "只留一列用这个表头，其余的改名",
	"choose one with --map %s=%s":                                  "用 --map %s=%s 指定其中一列",
	"columns %s could each be %s":                                  "列 %s 都可能是 %s",
	"columns %s and %s could each be %s":                           "%s 和 %s 两列都可能是 %s",
	"the header row is empty":                                      "表头行是空的",
	"headers found: %s":                                            "找到的表头：%s",
	"in Excel or WPS, Save As > CSV UTF-8":                         "在 Excel 或 WPS 中：另存为 > CSV UTF-8",
	"a household list is a few kilobytes; is this the right file?": "住户表一般只有几 KB，是不是选错了文件？",
	"%s: read as GB18030 (GBK, as Excel and WPS save \"CSV (逗号分隔)\"); save it as UTF-8 to silence this: %s": "%s：已按 GB18030 编码读取（即 GBK，Excel 和 WPS 存“CSV (逗号分隔)”时用的编码）；另存为 UTF-8 后不再提示：%s",
	"the file is UTF-16 (\"Unicode text\"), not CSV":                                                        "文件是 UTF-16 编码（“Unicode 文本”），不是 CSV",
	"the file is neither UTF-8 nor GBK/GB18030 text":                                                        "文件既不是 UTF-8 也不是 GBK/GB18030 编码的文本",
	"no rows": "表格是空的",
	"the first row names the columns: 户号, 地址, 片区, 户主, 份数":                                                  "第一行是表头：户号、地址、片区、户主、份数",
	"id %q is already used in row %d":                                                                      "户号 %q 已在第 %d 行用过",
	"%q has a line break or control character; keep it on one line":                                        "%q 含有换行或控制字符；请写在一行内",
	"an old Excel or WPS workbook; save it as .xlsx (Excel 工作簿) or .csv":                                   "这是旧版 Excel 或 WPS 工作簿；请另存为 .xlsx（Excel 工作簿）或 .csv",
	"not a .xlsx or .csv file":                                                                             "不是 .xlsx 或 .csv 文件",
	"%s: could not replace its households section (%v); the roster was left as it was":                     "%s：无法替换其中的 households 部分（%v）；名单没有改动",
	"the roster is not UTF-8 text; households would be written in another encoding than the rest":          "名单不是 UTF-8 文本；写入的住户会和其余内容编码不一致",
	"save the roster as UTF-8 first (Notepad: File > Save As > Encoding: UTF-8)":                           "请先把名单另存为 UTF-8（记事本：文件 > 另存为 > 编码：UTF-8）",
	"the roster is not valid YAML: %s":                                                                     "名单不是有效的 YAML：%s",
	"fuwuka validate shows where":                                                                          "用 fuwuka validate 可以看到出错的位置",
	"the roster is not a mapping of sections (community:, officials:, households: …)":                      "名单不是由各部分（community:, officials:, households: …）组成的",
	"the roster is one {…} mapping; households can only be replaced in a roster with one section per line": "名单整个写成了一个 {…}；只有每个部分单独起行的名单才能替换 households",
	"write households with -o and paste them in":                                                           "请用 -o 把住户写到文件，再粘贴进名单",
	"households appears twice":                                                                             "households 出现了两次",
	"%d households read back, %d written":                                                                  "写入 %[2]d 户，读回却是 %[1]d 户",
	"reading %s: %w":                                                                                       "读取 %s 出错：%w",
	"the workbook has no sheets":                                                                           "工作簿里没有工作表",
	"no sheet %q":                                                                                          "没有工作表 %q",
	"sheets: %s":                                                                                           "现有工作表：%s",
	"reading %s, sheet %s: %w":                                                                             "读取 %s 的工作表 %s 出错：%w",

	// Laying out cards and press sheets.
	"shorten the text or use fewer officials, pledges or hotlines":                                                    "缩短文字，或减少干部、服务承诺或热线",
	"%d modules do not fit %.0f mm with modules of at least %.1f mm":                                                  "二维码每边 %[1]d 个码点，每点至少 %.1[3]f mm，%.0[2]f mm 内放不下",
	"household %s: the QR content (%d bytes) is too long for a QR code on this card: %v":                              "住户 %s：二维码内容（%d 字节）太长，这张卡片上的二维码放不下：%v",
	"shorten qr.content (for example a short link with only the household id), use qr.level L, or a larger card.size": "缩短 qr.content（例如改用只带户号的短链接），改用 qr.level L，或加大 card.size",
	"%q does not fit in %.1f mm on a %g mm card, even at the smallest text size":                                      "即使用最小字号，%[1]q 在 %[3]g mm 的卡片上也放不进 %.1[2]f mm 宽",
	"household %s: %s":       "住户 %s：%s",
	"%d households (%s): %s": "%d 户（%s）：%s",
	"%s, …":                  "%s 等",
	"household %s: ":         "住户 %s：",
	"%sno font has the character %q (U+%04X) in %q": "%[1]s%[4]q 中的 %[2]q（U+%04X）没有字体能显示",
	"%g mm margins":                    "%g mm 页边距",
	"%g mm margins and room for marks": "%g mm 页边距和标记所需的位置",
	"a %g mm card with %g mm bleed does not fit on %s with %s":          "%g mm 的卡片加 %g mm 出血，在 %s 上留出 %s 后放不下",
	"%s; the margins leave no room for any card":                        "%s；留出页边距后放不下任何卡片",
	"%s; the largest card %s takes is %.1f mm":                          "%s；%s 最大能放 %.1f mm 的卡片",
	"unknown %s %q (use %s)":                                            "未知的 %s %q（可用：%s）",
	"unknown paper %q (use %s, or a size such as 330x480mm or 12x18in)": "未知的纸张 %q（可用 %s，或写尺寸，例如 330x480mm 或 12x18in）",
	"paper %q: %v": "纸张 %q：%v",
	"paper %q: each side must be more than 0 and at most %g mm": "纸张 %q：每边须大于 0，且不超过 %g mm",
	"unknown QR error-correction level %q":                      "未知的二维码纠错级别 %q",
	// The QR encoder.
	"unknown QR error-correction level %d":                 "未知的二维码纠错级别 %d",
	"nothing to encode":                                    "没有可编码的内容",
	"content too long to encode":                           "内容太长，无法编码",
	"zone %s: no font has the character %q (U+%04X) in %q": "片区 %[1]s：%[4]q 中的 %[2]q（U+%04X）没有字体能显示",

	// Language.
	"--lang takes zh or en, got %q": "--lang 只能是 zh 或 en，现为 %q",

	// Writing files.
	"refusing to write %q: not a plain file name":     "不写入 %q：这不是一个普通的文件名",
	"ignoring the manifest (%v); drawing every card":  "清单无法使用（%v），将重新生成全部卡片",
	"SOURCE_DATE_EPOCH=%q is not a number of seconds": "SOURCE_DATE_EPOCH=%q 不是秒数",
	"%s: format %d, this fuwuka reads %d":             "%s：格式版本为 %d，这个版本的 fuwuka 只能读取 %d",
	"%s: household %q has file %q, want %q":           "%s：住户 %q 的文件是 %q，应为 %q",
	"%q is not K/N (for example 1/4)":                 "%q 不是 K/N 的形式（例如 1/4）",
	"%q: K must be from 1 to N, and N at least 1":     "%q：K 须在 1 到 N 之间，N 至少为 1",
	"no cards to print":                               "没有要打印的卡片",

	// Punctuation between parts that are translated on their own.
	"%s, %s, %s\n": "%s；%s，%s\n",
	"%s %s: %s\n":  "%s %s：%s\n",
	"; ":           "；",
	", ":           "，",

	// File names, summaries and flags of scripts.
	"empty name":         "名称为空",
	"%q starts with '.'": "%q 以点（.）开头",
	"%q ends with a dot or a space, which Windows drops from file names": "%q 以点或空格结尾，Windows 会从文件名中去掉它",
	"%q is a device name on Windows and cannot name a file there":        "%q 是 Windows 的设备名，不能用作文件名",
	"%q contains %q, which file names cannot hold":                       "%q 含有 %q，文件名中不能有这个字符",
	`leave out / \ : * ? " < > |`:                                        `不要使用 / \ : * ? " < > |`,
	"zone %q cannot name a round list (<zone>.pdf): %s":                  "片区名 %q 不能用作登记表的文件名（<zone>.pdf）：%s",
	"cards":                     "卡片",
	"sheets":                    "印张",
	"households":                "户",
	"%s; nothing was written\n": "%s；没有写入任何文件\n",
	"%d problem":                "共 %d 个问题",
	"%d problems":               "共 %d 个问题",
	"Write man pages for fuwuka and each of its commands into DIR": "把 fuwuka 及其各命令的 man 手册页写入 DIR",
	`Write a man page (section 1) for fuwuka and for each of its commands into
DIR, e.g. DIR/fuwuka-cards.1, in the language of the run. Install them with
cp DIR/*.1 /usr/local/share/man/man1/.
`: `为 fuwuka 及其每个命令写一份 man 手册页（第 1 节）到 DIR，例如
DIR/fuwuka-cards.1，语言与本次运行相同。安装方法：
cp DIR/*.1 /usr/local/share/man/man1/
`,
	"wrote %d man page to %s":  "已把 %d 份手册页写入 %s",
	"wrote %d man pages to %s": "已把 %d 份手册页写入 %s",
	"language of messages and help: zh or en (default: from LC_ALL, LC_MESSAGES or LANG)":    "提示信息和帮助的语言：zh 或 en（默认按 LC_ALL、LC_MESSAGES 或 LANG）",
	"no progress bar and no summary line":                                                    "不显示进度条和结束时的汇总行",
	"print one JSON document on standard output (docs/json.md); text goes to standard error": "在标准输出打印一个 JSON 文档（见 docs/json.md），文字信息改到标准错误",
	"Write a shell completion script: bash, zsh, fish or powershell":                         "生成命令行自动补全脚本：bash、zsh、fish 或 powershell",
	"completion takes one of bash, zsh, fish or powershell":                                  "completion 后面须写 bash、zsh、fish 或 powershell 之一",
	"wrote %s and %s to %s in %.2fs":                                                         "已把 %s和 %s 写入 %s，用时 %.2f 秒",
	"%d round list":                                                                          "%d 份入户发放登记表",
	"%d round lists":                                                                         "%d 份入户发放登记表",
	"wrote %s to %s in %.2fs":                                                                "已把 %s写入 %s，用时 %.2f 秒",
	"%s: valid: %d households, %d officials, %d zones":                                       "%s：检查通过，共 %d 户、%d 名干部、%d 个片区",
	"%s landscape, %d×%d = %d per sheet":                                                     "%s 横放，%d×%d，每张印张 %d 张卡片",
	"%s portrait, %d×%d = %d per sheet":                                                      "%s 竖放，%d×%d，每张印张 %d 张卡片",

	// The command line, as cobra and pflag report it.
	"unknown flag: %s":                             "没有这个选项：%s",
	"unknown flag: -%s in %s":                      "没有这个选项：%[2]s 中的 -%[1]s",
	"flag needs a value: -%s":                      "选项 -%s 后面需要一个值",
	"flag needs a value: %s":                       "选项 %s 后面需要一个值",
	"unknown command %q; did you mean %q?":         "没有 %q 这个命令；是不是 %q？",
	"unknown command %q; fuwuka --help lists them": "没有 %q 这个命令；fuwuka --help 列出全部命令",
	"%s takes a whole number, not %q":              "%s 需要一个整数，%q 不是",
	"%s: %q is not a valid value (%s)":             "%s：%q 不是有效的值（%s）",
	"%s: columns not read: %s (the columns read are headed 户号, 地址, 片区, 户主, 联系电话, 备注, 份数 or id, address, zone, resident, phone, note, copies)": "%s：这些列没有读取：%s（读取的列，表头为 户号、地址、片区、户主、联系电话、备注、份数，或 id、address、zone、resident、phone、note、copies）",
	"%s: the header is row %d; the rows above it were not read: %s": "%s：表头在第 %d 行；上面的行没有读取：%s",
	"%s: row %d is not a household (%s) and was not read":           "%s：第 %d 行不是住户（%s），没有读取",
	"shard %s holds no household; nothing written":                  "分片 %s 中没有住户，没有写入任何文件",
	"%s: no such file or folder":                                    "%s：没有这个文件或文件夹",
	"%s: permission denied":                                         "%s：没有权限",
	"%s: the disk is full":                                          "%s：磁盘已满",
	"%s: the disk is read-only":                                     "%s：磁盘只读，不能写入",
	"the disk is full":                                              "磁盘已满",
	"the disk is read-only":                                         "磁盘只读，不能写入",
	"permission denied":                                             "没有权限",
	"%s takes true or false, not %q":                                "%s 只能是 true 或 false，%q 不行",
	// fuwuka preview.
	"Draw a picture of each household's card to look at or share: DIR/<id>.png": "为每户的卡片画一张图片，用于查看或转发：DIR/<id>.png",
	`Draw a picture of each selected household's card into DIR/<id>.png (or
.svg with --format svg), from the same layout as its PDF: the trimmed card
as it hangs on the wall, or with --bleed the whole artwork with the bleed
and the die line. A PNG is sRGB, showing the CMYK artwork as a screen
does; an SVG opens in any browser and scales. Nothing is written unless
every selected card is valid. ROSTER may be - for standard input.
`: `为所选住户的卡片各画一张图片，写入 DIR/<id>.png（用 --format svg 时为
.svg），排版与 PDF 完全相同：默认是裁切后的卡片，即贴在墙上的样子；
加 --bleed 则是含出血和模切线的完整图稿。PNG 为 sRGB，按屏幕显示 CMYK
图稿的方式换算颜色；SVG 可用任何浏览器打开，可任意缩放。所选住户的卡片
只要有一张有问题，就什么都不写。ROSTER 为 - 时从标准输入读取。
`,
	"preview needs an output folder: -o DIR":                    "preview 需要指定输出文件夹：-o DIR",
	"--format: %q is neither png nor svg":                       "--format：%q 既不是 png 也不是 svg",
	"--dpi: %g is outside %d to %d":                             "--dpi：%g 不在 %d 到 %d 之间",
	"only the households of this zone (未分片: those without one)": "只处理这个片区的住户（未分片：没有片区的住户）",
	"png or svg":                            "png 或 svg",
	"resolution of a PNG, in dots per inch": "PNG 的分辨率，单位为每英寸点数（dpi）",
	"show the whole artwork with the bleed and the die line, not the trimmed card": "显示含出血和模切线的完整图稿，而不是裁切后的卡片",
	"%s in %s, %.2fs": "%[2]s：共 %[1]s，用时 %.2[3]f 秒",
	"%d picture":      "%d 张图片",
	"%d pictures":     "%d 张图片",
	"pictures":        "图片",
	"--zone: no zone %q in the roster (zones: %s)": "--zone：名单中没有 %q 这个片区（现有片区：%s）",
	"no zone %q in the roster (zones: %s)":         "名单中没有 %q 这个片区（现有片区：%s）",
	"unknown picture format %q (use png or svg)":   "未知的图片格式 %q（请用 png 或 svg）",
	// Card designs, and what to do when a card's content does not fit.
	"design":                         "卡面设计",
	"ground colour":                  "底色",
	"accent colour":                  "强调色",
	"ink colour":                     "文字颜色",
	"%s and %s name the same colour": "%s 和 %s 指的是同一个颜色",
	"keep %s":                        "只保留 %s",
	"%s, or %s":                      "%s，或者%s",
	"no card design is called %q":    "没有名为 %q 的卡面设计",
	"the designs are %s":             "现有的卡面设计：%s",
	// fuwuka serve.
	"Show every card in the browser while the roster is edited": "编辑名单时，在浏览器里查看每一张卡片",
	`Serve a page, on this computer only, with the roster's problems, its zones
and households and every card, kept up to date as the roster file is saved;
the page downloads a card's PDF and writes all cards, press sheets and round
lists into a folder beside the roster. Without ROSTER, roster.yaml or
roster.xlsx in the working folder. Stop with Ctrl-C.
`: `在本机打开一个网页，显示名单的问题、片区和住户，以及每一张卡片；
名单文件一保存，网页就随之更新。网页上可以下载单张卡片的 PDF，也可以把
全部卡片、印张和入户发放登记表写入名单旁边的文件夹。不写 ROSTER 时，
使用当前文件夹里的 roster.yaml 或 roster.xlsx。按 Ctrl-C 停止。
`,
	"no roster.yaml or roster.xlsx here: make one with fuwuka init, or name the roster": "这里没有 roster.yaml 或 roster.xlsx：请先用 fuwuka init 生成一个，或者写明名单文件",
	"serve follows a roster file as it changes; it cannot read standard input":          "serve 要跟踪名单文件的变化，不能从标准输入读取",
	"address to listen on; anything but loopback lets other computers see the roster":   "监听的地址；不是本机回环地址时，网络上的其他电脑也能看到名单",
	"open the page in the browser": "在浏览器中打开网页",
	"%s is not loopback: other computers on the network can see the roster and its residents": "%s 不是本机回环地址：网络上的其他电脑可以看到名单和住户信息",
	"serving %s at %s (Ctrl-C to stop)":                                    "正在提供 %s 的网页：%s（按 Ctrl-C 停止）",
	"fuwuka: the roster's cards":                                           "fuwuka：名单的卡片",
	"the roster has no valid cards yet":                                    "名单还没有可用的卡片",
	"no card %q in the roster":                                             "名单中没有 %q 这张卡片",
	"this page's token is missing or wrong; reload the page":               "网页的令牌缺失或不对，请刷新网页",
	"not a write request: %v":                                              "不是有效的写入请求：%v",
	"the roster has problems; fix them before writing":                     "名单还有问题，请改正后再写入",
	"already writing":                                                      "正在写入中",
	"Problems":                                                             "问题",
	"No problems: every card is ready.":                                    "没有问题：每张卡片都已就绪。",
	"The roster has problems now: the cards shown are the last good ones.": "名单现在有问题：显示的是上一次正确时的卡片。",
	"Zones and households":                                                 "片区和住户",
	"Search by id, address or resident":                                    "按户号、地址或户主搜索",
	"This household's card":                                                "本户的卡片",
	"The zone's cards":                                                     "本片区的卡片",
	"Download the PDF":                                                     "下载 PDF",
	"Write cards, press sheets and round lists":                            "写入卡片、印张和入户发放登记表",
	"Paper":       "纸张",
	"Order":       "排序",
	"Writing…":    "正在写入…",
	"Not written": "没有写入",
	"line":        "行",
	"copies":      "份数",

	// Workbook rosters (fuwuka convert, init --xlsx).
	"first at %s":        "第一次出现在 %s",
	"unknown setting %q": "不认识的项目 %q",
	"known settings: %s": "可填的项目有：%s",
	"Turn a YAML roster into a workbook (.xlsx) and back": "把 YAML 名单转换成工作簿（.xlsx），或反过来",
	`Write the roster ROSTER (YAML or .xlsx) in the other form: -o roster.xlsx
writes a workbook to fill in Excel or WPS, -o roster.yaml a YAML file. Both
give the same cards. The roster is checked first; comments of a YAML roster
are not kept. An existing OTHER is not overwritten without --force.
`: `把名单 ROSTER（YAML 或 .xlsx）写成另一种形式：-o roster.xlsx 写出一个可以用
Excel 或 WPS 填写的工作簿，-o roster.yaml 写出 YAML 文件。两者打印出的卡片完全相同。
转换前先检查名单；YAML 名单里的注释不会保留。OTHER 已存在时，不加 --force
不会覆盖。
`,
	"convert needs -o OTHER (roster.xlsx or roster.yaml)": "convert 需要用 -o OTHER 指定要写的文件（roster.xlsx 或 roster.yaml）",
	"-o %s: name a .xlsx or a .yaml file":                 "-o %s：请写 .xlsx 或 .yaml 文件名",
	"the roster to write: .xlsx or .yaml":                 "要写出的名单：.xlsx 或 .yaml",
	"overwrite OTHER if it exists":                        "OTHER 已存在时覆盖它",
	"%s already exists; --force overwrites it":            "%s 已经存在；加 --force 才会覆盖",
	"wrote %s: %d households, %d officials":               "已写出 %s：%d 户，%d 名干部",
	`Write an example roster to fill in: DIR/roster.yaml, commented in Chinese,
or with --xlsx DIR/roster.xlsx, a workbook for Excel or WPS with a sheet for
the settings, the officials, the pledges and hotlines, and the households,
and a sheet of notes on filling it in. An existing roster is never
overwritten.
`: `写出一份示例名单供填写：DIR/roster.yaml，带中文注释；加 --xlsx 则写出
DIR/roster.xlsx，一个可用 Excel 或 WPS 填写的工作簿，分为基本信息、干部、承诺与
热线、住户几张表，另有一张填写说明。已有的名单不会被覆盖。
`,
	"write the example as a workbook, roster.xlsx": "把示例写成工作簿 roster.xlsx",

	// Shell completion.
	"Write a script with which a shell completes fuwuka's commands and flags;\neach shell's help says how to load it.\n": "写出一个脚本，让 shell 能补全 fuwuka 的命令和选项；\n各个 shell 的帮助里说明了怎样加载它。\n",
	"Write the completion script for %s":                                           "写出 %s 的补全脚本",
	"Write the completion script for %s to standard output. To load it:\n\n  %s\n": "把 %s 的补全脚本写到标准输出。加载方法：\n\n  %s\n",
	"leave out the descriptions of commands and flags":                             "不附带命令和选项的说明",

	// The slug: the job line beside the marks.
	"sheet %d/%d":              "印张 %d/%d",
	"pile %d/%d: sheets %d–%d": "第 %d/%d 摞：印张 %d–%d",

	// The print shop's job: job ticket, quantities, single file, the cut, bleed.
	`
DIR/job.csv, the job ticket, lists every card file with its household,
copies, card size, bleed and cut, so the shop prints each card as often as
it is wanted; --marks puts the quantity (×2) and the cut in the slug, and
every file's metadata says them too. --pages-per-copy writes a card with
2 copies as 2 pages. --single-file FILE.pdf writes every card, a page per
copy, as one document in --order (cut-stack or sequential: the roster's
order; zone: zone by zone in address order), with FILE.job.csv beside it.
The die line is a kiss cut (--cut through for loose cards) in the spot
colour --cut-name; a bleed under 2 mm is warned of, under 1 mm refused
unless --force.
`: `
DIR/job.csv 是印刷工单，列出每个卡片文件及其户号、份数、卡片尺寸、出血和模切方式，
印刷厂照单印足份数；--marks 在信息条上注明份数（×2）和模切方式，每个文件的元数据
里也写明。--pages-per-copy 把要印 2 份的卡片写成 2 页。--single-file FILE.pdf 把
所有卡片（每份一页）写成一个文件，按 --order 排序（cut-stack 或 sequential：名单
顺序；zone：按片区、门牌顺序），旁边写 FILE.job.csv。模切线默认半切（kiss，只切贴纸
不切底纸；--cut through 为全切），专色名由 --cut-name 指定；出血小于 2 mm 会警告，
小于 1 mm 拒绝出图，除非加 --force。
`,
	`
FILE.job.csv beside FILE.pdf, the job ticket, lists every card's file,
sheet, position, stack and household, with its copy, card size, bleed and
cut. The die lines are a kiss cut (--cut through for loose cards) in the
spot colour --cut-name, on their own layer; --print-only leaves them out.
A bleed under 2 mm is warned of, under 1 mm refused unless --force.
`: `
FILE.pdf 旁边的 FILE.job.csv 是印刷工单，列出每张卡片所在的文件、印张、位置、
刀位（摞）和户号，以及第几份、卡片尺寸、出血和模切方式。模切线默认半切（kiss；
--cut through 为全切），专色名由 --cut-name 指定，单独放在一个图层；--print-only
不加模切线。出血小于 2 mm 会警告，小于 1 mm 拒绝出图，除非加 --force。
`,
	"-o DIR writes a file per card and --single-file one file of all; give one of them":                      "-o DIR 每张卡片写一个文件，--single-file 把所有卡片写成一个文件；二者只能选一个",
	"--single-file writes one document of the selected cards; --shard and --prune are for a folder of cards": "--single-file 把选定的卡片写成一个文件；--shard 和 --prune 只用于按卡片分文件的文件夹",
	"write a card with copies: 2 as a file of 2 pages":                                                       "要印 2 份（copies: 2）的卡片写成 2 页",
	"write every card, a page per copy, into this one PDF instead of a folder":                               "把所有卡片（每份一页）写进这一个 PDF，而不是一个文件夹",
	"the pages' order with --single-file: cut-stack, sequential (both the roster's) or zone":                 "--single-file 的页序：cut-stack、sequential（都是名单顺序）或 zone（按片区）",
	"wrote %s, %s, to %s in %.2fs": "已写出 %s，共 %s，到 %s，用时 %.2f 秒",
	"%d page":                      "%d 页",
	"%d pages":                     "%d 页",
	"kiss (through the sticker, not its backing) or through (the backing too)":                  "kiss（半切：只切贴纸，不切底纸）或 through（全切：连底纸一起切）",
	"the die line's spot colour, as the shop's cutter looks for it (CutContour, Thru-cut, ...)": "模切线的专色名，按印刷厂切割机认的名字（CutContour、Thru-cut 等）",
	"no die line at all: the job is printed, and cut elsewhere":                                 "完全不加模切线：只印刷，另行裁切",
	"--cut: %v":      "--cut：%v",
	"--cut-name: %v": "--cut-name：%v",
	"cut name %q: use 1 to 63 letters, digits or - _ .":                     "模切专色名 %q：请用 1 到 63 个字母、数字或 - _ .",
	"cut name %q is an ink every RIP already has; name the cut spot colour": "模切专色名 %q 是所有 RIP 都有的油墨名；请给模切专色另起名字",
	"through cut %s":     "全切 %s",
	"kiss cut %s":        "半切 %s",
	"print only, no cut": "只印刷，无模切",
	"a bleed of %g mm is too little for a die-cut card: the cut leaves a white edge":               "出血 %g mm 对模切卡片太少：裁切会留下白边",
	"set card.bleed to 2mm or 3mm (the cut's tolerance), or give --force to draw it anyway":        "把 card.bleed 设为 2mm 或 3mm（裁切的公差），或加 --force 照样出图",
	"card.bleed is %g mm: a die-cut card wants 2 to 3 mm, or a cut that drifts shows a white edge": "card.bleed 为 %g mm：模切卡片需要 2 到 3 mm 出血，否则裁切稍有偏差就露白边",
	"%s · %s · %s · ×%d · %g×%g mm, %g mm bleed · %s · %s · fuwuka %s":                             "%s · %s · %s · ×%d · %g×%g mm，出血 %g mm · %s · %s · fuwuka %s",
	"%g×%g mm, %g mm bleed": "%g×%g mm，出血 %g mm",
	"stacks %s":             "各摞 %s",
	"draw the text as filled outlines (转曲): no fonts in the files": "文字转曲（画成填充的轮廓）：文件里不含字体",
	// A damaged extra font, found while the roster is checked.
	"%scard.fonts[#%d] (%s) has the character %q (U+%04X) in %q but cannot draw it: %v": "%[1]scard.fonts[#%[2]d]（%[3]s）虽有 %[6]q 中的 %[4]q（U+%04[5]X），却无法显示：%[7]v",
	"zone %s: ": "片区 %s：",
	"the font file is damaged: replace it with a sound copy, or list another TrueType font that has the character": "字体文件已损坏：请换一份完好的，或在 card.fonts 里列出另一个有这个字的 TrueType 字体",

	// What an output may replace, by the kind of file it is.
	"refusing to write over %s: it is %s, and this command writes %s; name another output, or add --force": "不会覆盖 %s：它是%s，而这个命令写的是%s；请换一个输出文件名，或加上 --force",
	"YAML":                   "YAML 文件",
	"text":                   "文本文件",
	"a roster":               "名单",
	"a PDF":                  "PDF 文件",
	"a workbook":             "工作簿",
	"a file of another kind": "其他类型的文件",
	"--into takes a YAML roster; a workbook roster reads the spreadsheet's rows pasted into its 住户 sheet as they are": "--into 只用于 YAML 名单；工作簿名单可以直接把表格的行（连同表头）粘贴到它的“住户”表里",

	// The clerk's path: the roster's values in the workbook's words,
	// household phones, typing mistakes, what was written.
	"add a TrueType font that has it under %s":                     "在 %s 里添加一个有这个字的 TrueType 字体",
	"%s takes TrueType (.ttf) files":                               "%s 只接受 TrueType（.ttf）字体文件",
	"%q is not a phone number; the round list shows it as written": "%q 不是电话号码；入户发放登记表上照原样印出",
	"a spreadsheet showed the number in scientific notation and dropped its last digits: set the column's cells to Text (right-click › 设置单元格格式 › 文本) and type the numbers again":                                "表格把这个号码显示成了科学计数，丢了后几位：把这一列设为文本（右键 › 设置单元格格式 › 文本），再重新输入号码",
	"%s: the 片区 drop-down on sheet 住户 offers %s, but the officials look after %s; Excel and WPS will warn of a zone the list lacks (`fuwuka convert %s -o %s --force` writes the workbook again with the list)": "%s：“住户”表的片区下拉列表是 %s，但干部负责的片区是 %s；列表里没有的片区，Excel 和 WPS 会提示不在列表里（运行 `fuwuka convert %s -o %s --force` 按现在的片区重写工作簿和列表）",
	"line %d: no colon after %s":                                                           "第 %d 行：%s 后面缺少冒号",
	"line %d: the bracket %q of the list of %s is full-width":                              "第 %d 行：%[3]s 的列表用了全角括号 %[2]q",
	"write half-width brackets and commas: %s":                                             "请改成半角的方括号和逗号：%s",
	"line %d: %q between the entries of %s is not a half-width comma, so they read as one": "第 %d 行：%[3]s 的列表里用 %[2]q 隔开，不是半角逗号，会被当成一项",
	"write a half-width comma and a space: %s":                                             "请改成半角逗号加一个空格：%s",

	// The serve page in the clerk's words.
	"in roster order once the stacks are cut and piled": "切开后整摞叠放即为名单顺序",
	"one stack per zone":              "每叠一个片区",
	"card after card, sheet by sheet": "逐张依次排",
	"press sheets":                    "印张",
	"round lists":                     "入户发放登记表",
	"%d print file":                   "%d 个印刷文件",
	"%d print files":                  "%d 个印刷文件",
	"written into %s: %s":             "已写入 %s：%s",
	"%s, %s, %s":                      "%s、%s、%s",
	"%s is a roster workbook: its %s sheet was read (`fuwuka convert %s -o roster.yaml` turns the whole roster into YAML, and commands read the workbook as it is)": "%s 是一份名单工作簿：读取的是它的“%s”表（`fuwuka convert %s -o roster.yaml` 可把整份名单转成 YAML；各命令也可以直接读这个工作簿）",
	"set %s to %gmm or more":     "把 %s 设为 %gmm 或更大",
	"write a list: %s":           "请写成列表：%s",
	"no household is in zone %q": "没有住户在片区 %q",
	"households %s share the address %s; if they are one door, list it once with %s: %d": "住户 %s 的地址都是 %s；如果是同一户，请只写一次，并把 %s 写成 %d",
	"%[2]s: %[1]d more household phone is not a phone number":                            "%[2]s：另有 %[1]d 户的联系电话不是电话号码",
	"%[2]s: %[1]d more household phones are not phone numbers":                           "%[2]s：另有 %[1]d 户的联系电话不是电话号码",

	// The card's layout: a card too full for its size, the QR code's
	// modules, the designs' descriptions.
	"%d officials, %d pledges and %d hotlines need %.1f mm more height than a %g mm card has, even with every text at its smallest":                      "%d 位干部、%d 条承诺和 %d 个热线比 %[5]g mm 的卡片还高出 %.1[4]f mm，即使所有文字都缩到最小",
	"the address takes %d lines, and with them the card's content needs %.1f mm more height than a %g mm card has, even with every text at its smallest": "地址占 %d 行，卡片内容因此比 %[3]g mm 的卡片还高出 %.1[2]f mm，即使所有文字都缩到最小",
	"shorten the address, or %s":               "缩短地址，或者%s",
	"to keep %gmm: %s":                         "要保持 %gmm：%s",
	"leave out the pledge %q":                  "删去承诺 %q",
	"leave out the hotline %q":                 "删去热线 %q",
	"shorten to %d characters the roles of %s": "把这些人的职务缩短到 %d 个字以内：%s",
	"%s %q makes QR codes of %d modules a side: %.2f mm each on a %g mm card, under the %.1f mm a phone reads from a doorway; a shorter link, qr.level L or a larger card makes them larger": "%s %q 生成的二维码每边 %d 个模块，在 %[5]g mm 的卡片上每个模块只有 %.2[4]f mm，小于在门口用手机扫码所需的 %.1[6]f mm；用更短的链接、qr.level L 或更大的卡片可以让模块变大",
	"List the card designs, for card.design (卡面设计)":                                                                      "列出卡面设计，供 card.design（卡面设计）选用",
	"warm and friendly: rounded bands, icons, a greeting, the officials on soft tiles (the default)":                     "温馨可爱：圆角横条、小图标、问候语，干部印在浅色小块上（默认）",
	"large print: the officials' names and phones as large as the card allows, for villages with many elderly residents": "大字版：干部的姓名和电话尽量放大，适合老年人多的村子",
	"the tidy red-and-yellow notice: square bands, a bar beside each official":                                           "经典红黄告示：方角横条，每位干部旁一道红条",
}
