package msg

// The Chinese of the message about a temporary folder that cannot be
// used, kept apart from zh.go so that it can change without touching it.
func init() {
	for en, z := range zhTmp {
		zh[en] = z
	}
}

var zhTmp = map[string]string{
	// the temporary folder named by TMPDIR, TMP or TEMP
	"the temporary folder %s (%s) cannot be used: %v; set %s to a folder you can write": "临时文件夹 %s（由 %s 指定）无法使用：%v；请把 %s 设为一个可以写入的文件夹",
	"it does not exist": "它不存在",
	"%s or %s":          "%s 或 %s",
	"%s and %s":         "%s 和 %s",
}
