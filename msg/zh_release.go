package msg

// The Chinese of the messages about releases, the version, double-click
// start, files in use on Windows and runs over many rosters, kept apart
// from zh.go so that they can change without touching it.
func init() {
	for en, z := range zhRelease {
		zh[en] = z
	}
}

var zhRelease = map[string]string{
	"fuwuka %s (commit unknown)":                             "fuwuka %s（提交未知）",
	"fuwuka %s (commit %s with uncommitted changes, %s, %s)": "fuwuka %s（提交 %s，含未提交的改动，%s，%s）",
	"fuwuka %s (commit %s, %s, %s)":                          "fuwuka %s（提交 %s，%s，%s）",

	// The start by double-click, and serve's port.
	"Press Enter to close this window.\n": "按回车键关闭这个窗口。\n",
	"There was no roster beside fuwuka, so it wrote an example workbook, %s: open it in Excel or WPS, fill in your village, and save; the page follows each save.": "fuwuka 旁边还没有名单，已写出一份示例工作簿 %s：请用 Excel 或 WPS 打开，填上本村的信息后保存，网页会随每次保存自动更新。",
	"The page of %s is open in the browser: %s\nKeep this window open while you use the page; to stop fuwuka, close this window.":                                  "%s 的网页已在浏览器中打开：%s\n使用网页期间请不要关闭这个窗口；要停止 fuwuka，关闭这个窗口即可。",
	"ports %d to %d on %s are all in use by other programs; close one, or choose another with --addr":                                                              "%[3]s 上的端口 %[1]d 到 %[2]d 都被其他程序占用；请关闭其中一个，或用 --addr 另选地址",
	"%s is in use by another program; close it, or choose another address with --addr":                                                                             "%s 已被其他程序占用；请关闭那个程序，或用 --addr 另选地址",
	"both roster.xlsx and roster.yaml are here; serving roster.xlsx (name the roster to serve the other)":                                                          "这里既有 roster.xlsx 也有 roster.yaml；现在显示的是 roster.xlsx（要显示另一个，请写明名单文件名）",

	// Files in use on Windows.
	"%s is open in another program and was not replaced: close %s in the PDF reader first, then run again":                             "%s 正在被其他程序打开，没有被替换：请先在 PDF 阅读器中关闭 %s，再运行一次",
	"%s is open in another program and was not replaced: close it there first, then run again":                                         "%s 正在被其他程序打开，没有被替换：请先在那个程序中关闭它，再运行一次",
	"%s is open in another program that lets no other read it: close it there (in Excel or WPS, for a workbook) first, then run again": "%s 正被其他程序独占打开，无法读取：请先在那个程序（工作簿则是 Excel 或 WPS）中关闭它，再运行一次",

	// The folder lock, with the holder's start in local time.
	"%s is in use by another fuwuka run (process %d on %s, started %s); wait for it to finish, or delete %s if no fuwuka is running": "%s 正被另一个 fuwuka 运行占用（进程 %d，计算机 %s，开始于 %s）；请等它结束，若并无 fuwuka 在运行，可删除 %s",

	// Shards of an indexed job.
	"split the households into N parts and draw the one --shard-index names":                                               "把住户分成 N 份，只画 --shard-index 指定的那一份",
	"the part of --shards N to draw, counted from 0 (default: $JOB_COMPLETION_INDEX, as a Kubernetes Indexed Job sets it)": "要画 --shards N 中的哪一份，从 0 数起（默认取 $JOB_COMPLETION_INDEX，即 Kubernetes 索引任务设置的值）",
	"--shard-index needs --shards N":                                           "--shard-index 需要同时给出 --shards N",
	"--shard K/N and --shards N say the same thing twice; give one":            "--shard K/N 和 --shards N 说的是同一件事；请只用其中一个",
	"--shards %d: N must be at least 1":                                        "--shards %d：N 至少为 1",
	"--shards %d needs --shard-index I (0 to %d), or JOB_COMPLETION_INDEX set": "--shards %d 需要 --shard-index I（0 到 %d），或设置 JOB_COMPLETION_INDEX",
	"JOB_COMPLETION_INDEX=%q is not a number":                                  "JOB_COMPLETION_INDEX=%q 不是数字",
	"--shard-index %d: with --shards %d it must be from 0 to %d":               "--shard-index %d：--shards 为 %d 时，它应在 0 到 %d 之间",

	// Taking over a lock in an orchestrated retry.
	"--take-over-lock: took %s over from %s": "--take-over-lock：已从 %[2]s 接管 %[1]s",
	"take over the output folder's lock whoever holds it; only when a scheduler guarantees no other run of this part is alive": "无论输出文件夹的锁由谁持有都接管它；仅在调度系统保证这一份没有其他运行存活时使用",

	// The clerk's batch file: warnings listed once, by validate.
	"say the roster's warnings as one line with their number, not each (for the steps after fuwuka validate has listed them)": "只用一行说出名单有几条警告，不逐条列出（用于 fuwuka validate 已经列出警告之后的步骤）",
	"%s: %d warnings, listed by fuwuka validate %s\n":                                                                         "%s：%d 条警告，fuwuka validate %s 已逐条列出\n",
	"%s: 1 warning, listed by fuwuka validate %s\n":                                                                           "%s：1 条警告，fuwuka validate %s 已列出\n",
}
