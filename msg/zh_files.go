package msg

// The Chinese of the messages about outputs, inputs and the folder lock,
// kept apart from zh.go so that they can change without touching it.
func init() {
	for en, z := range zhFiles {
		zh[en] = z
	}
}

var zhFiles = map[string]string{
	"let -o replace a roster, or the file read":                                                            "允许 -o 覆盖名单或正在读取的文件",
	"refusing to write over %s: it is a roster; name another output, or add --force":                       "不会覆盖 %s：它是一份名单；请换一个输出文件，或加 --force",
	"refusing to write over %s: this run reads it; name another output, or add --force":                    "不会覆盖 %s：本次运行正在读取它；请换一个输出，或加 --force",
	"%s is a folder; %s writes a file: name one in it, as %s":                                              "%s 是文件夹；%s 写的是一个文件：请写出文件名，如 %s",
	"write even over the roster or its households file":                                                    "即使会覆盖名单或其住户文件也照写",
	"-o - writes one PDF to standard output; --max-sheets and --shard write files of their own":            "-o - 只把一个 PDF 写到标准输出；--max-sheets 和 --shard 会各写各的文件",
	"-o - and --json both write to standard output; name an output file":                                   "-o - 和 --json 都写到标准输出；请指定输出文件",
	"write even over the roster, its households file or another roster":                                    "即使会覆盖名单、其住户文件或另一份名单也照写",
	"%s is in use by another fuwuka run (%s); wait for it to finish, or delete %s if no fuwuka is running": "%s 正被另一个 fuwuka 运行占用（%s）；请等它结束，若并无 fuwuka 在运行，可删除 %s",
	"%s is a file, not a folder":                                                                           "%s 是文件，不是文件夹",
	"%s is a link to %s, which does not exist":                                                             "%s 是指向 %s 的链接，而后者不存在",
	"no output named": "没有指定输出",
	"%s is a link to %s, in a folder that does not exist":                                    "%s 是指向 %s 的链接，其所在文件夹不存在",
	"%s: the folder %s does not exist":                                                       "%s：文件夹 %s 不存在",
	"%s is a folder; name a file in it":                                                      "%s 是文件夹；请写出其中的文件名",
	"%s is neither a file nor a device (%v); fuwuka writes only to files, devices and FIFOs": "%s 既不是文件也不是设备（%v）；fuwuka 只写入文件、设备和命名管道",
	"%s: too many links":                                                                     "%s：链接层数太多",
	"%s is written straight through":                                                         "%s 是直接写入的",
	"cannot make a temporary file in %s":                                                     "无法在 %s 中建立临时文件",
	"%s is larger than %s":                                                                   "%s 大于 %s",
	"%s is a folder, not a file":                                                             "%s 是文件夹，不是文件",
	"%s is not a regular file (%v)":                                                          "%s 不是普通文件（%v）",
	"%s is not a file; a job of several files writes only files":                             "%s 不是文件；多个文件的任务只写入普通文件",
	"cannot write in %s: %v":                                                                 "无法在 %s 中写入：%v",
	"%q is the name fuwuka gives the households without a zone":                              "%q 是 fuwuka 给没有片区的住户用的名字",
	"call the zone something else, or leave those households without one":                    "请给这个片区换个名字，或让这些住户不写片区",
	"a zone name of %d characters; at most %d, as it names the round list's file":            "片区名有 %d 个字；最多 %d 个，因为它是入户登记表的文件名",
	"shorten %q": "请缩短 %q",
	"%q is an absolute path, outside the roster's folder": "%q 是绝对路径，在名单所在文件夹之外",
	"%q leaves the roster's folder":                       "%q 出了名单所在的文件夹",
	"%q is a link to a file outside the roster's folder":  "%q 是指向名单文件夹之外文件的链接",
	"%q is neither true nor false":                        "%q 既不是 true 也不是 false",
	"keep the household list beside the roster, or add households_file_outside: true to the roster to read it from there": "请把住户表放在名单旁边，或在名单中加上 households_file_outside: true 以从该处读取",
	"%d characters, more than the %d a value may hold: %q":                                                                "%d 个字，超过了一个值最多的 %d 个：%q",
	"the workbook unpacks to more than %s":                                                                                "工作簿解压后超过 %s",
	"a household list is a few hundred kilobytes; is this the right file?":                                                "住户表通常只有几百 KB；是不是选错了文件？",
	"not an Excel workbook: no workbook inside, or the file is damaged":                                                   "不是 Excel 工作簿：里面没有工作簿，或文件已损坏",
	"open it in Excel or WPS and save it again as .xlsx (Excel 工作簿)":                                                      "请用 Excel 或 WPS 打开，重新另存为 .xlsx（Excel 工作簿）",
	"sheet %s has more than %d rows":                                                                                      "工作表 %s 超过 %d 行",
	"a household list is a few thousand rows; delete what is below it":                                                    "住户表通常只有几千行；请删掉表格下方的内容",
	"row %d has more than %d columns":                                                                                     "第 %d 行超过 %d 列",
	"delete the columns right of the household list":                                                                      "请删掉住户表右侧的列",
	"sheet %s has more than %d cells":                                                                                     "工作表 %s 的单元格超过 %d 个",
	"fuwuka: cannot write to standard output: %v\n":                                                                       "fuwuka：无法写入标准输出：%v\n",
	"%s is left from an earlier run and is not part of this job":                                                          "%s 是之前运行留下的，不属于这次的任务",
	"--into %s is the file being imported; name the roster to update":                                                     "--into %s 正是要导入的文件；请写要更新的名单",
}
