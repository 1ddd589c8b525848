package msg

// The Chinese of the messages about a run over a list of rosters and a
// rerun that trusts the cards' modification times, kept apart from zh.go
// so that they can change without touching it.
func init() {
	for en, z := range zhRosters {
		zh[en] = z
	}
}

var zhRosters = map[string]string{
	`
--rosters LIST draws every roster LIST names, one path a line (from LIST's
folder; # starts a comment), into DIR/<name>/, the name being the roster
file's without extension, or its folder's for a file called roster; it goes
on past a roster with problems and exits 3 when any had some. --index I
--of N draws every N-th roster from the I-th (counted from 0, by default
$JOB_COMPLETION_INDEX). --trust-mtime keeps a card whose size and
modification time are those the manifest recorded without reading it.
`: `
--rosters LIST 画出 LIST 列出的每份名单，每行一个路径（相对于 LIST 所在
文件夹；以 # 开头的行是注释），各自画到 DIR/<名称>/：名称是名单文件名去掉
扩展名，文件名为 roster 时取其所在文件夹的名字。某份名单有问题时会继续画
其余名单，最后以退出码 3 结束。--index I --of N 只画从第 I 份起每隔 N 份
的名单（从 0 数起，默认取 $JOB_COMPLETION_INDEX）。--trust-mtime 让大小和
修改时间与清单记录一致的卡片不再读回校验。
`,
	"keep a card whose size and modification time are those the manifest recorded, without reading it back":                            "大小和修改时间与清单记录一致的卡片直接保留，不再读回校验",
	"draw every roster this file lists, one path a line, each into DIR/<its name>/":                                                    "画出这个文件列出的每份名单（每行一个路径），各自画到 DIR/<名称>/",
	"with --rosters: draw every --of N-th roster from this one, counted from 0 (default: $JOB_COMPLETION_INDEX)":                       "与 --rosters 同用：从这一份起每隔 --of N 份画一份，从 0 数起（默认取 $JOB_COMPLETION_INDEX）",
	"with --rosters: split the list's rosters into N slices and draw the one --index names":                                            "与 --rosters 同用：把列表中的名单分成 N 组，只画 --index 指定的那一组",
	"--index and --of pick rosters of a --rosters list":                                                                                "--index 和 --of 用于从 --rosters 列表中挑选名单",
	"cards --rosters needs an output folder: -o DIR":                                                                                   "cards --rosters 需要输出文件夹：-o DIR",
	"--rosters draws every card of each roster into its own folder; --single-file, --household and the shard flags are for one roster": "--rosters 把每份名单的全部卡片画到各自的文件夹；--single-file、--household 和分片选项只用于单份名单",
	"--index needs --of N":                                                    "--index 需要同时给出 --of N",
	"--of %d: N must be at least 1":                                           "--of %d：N 至少为 1",
	"--of %d needs --index I (0 to %d), or JOB_COMPLETION_INDEX set":          "--of %d 需要 --index I（0 到 %d），或设置 JOB_COMPLETION_INDEX",
	"--index %d: with --of %d it must be from 0 to %d":                        "--index %d：--of 为 %d 时，它应在 0 到 %d 之间",
	"%s:%d: the line is not UTF-8; save the list as UTF-8":                    "%s:%d：这一行不是 UTF-8 编码；请把列表另存为 UTF-8",
	"%s:%d and %s:%d both write their cards to %s; rename one of the rosters": "%s:%d 和 %s:%d 的卡片都会写到 %s；请给其中一份名单改名",
	"%s gives no folder name for its cards; name the file after its village":  "从 %s 得不出存放卡片的文件夹名；请用村名给这个文件命名",
	"%d of %d rosters failed; the others were drawn":                          "%[2]d 份名单中有 %[1]d 份失败；其余名单已画好",
	"%s, %s, %.2fs":                        "%s，%s，%.2f 秒",
	"%d roster":                            "%d 份名单",
	"%d rosters":                           "%d 份名单",
	"%s: %s; nothing was written for it\n": "%s：%s；这份名单没有写入任何文件\n",
	"fuwuka: %s: %v\n":                     "fuwuka：%s：%v\n",
}
