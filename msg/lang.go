package msg

import "strings"

// Detect chooses the language: the --lang flag when given ("zh" or "en"),
// else the locale, where the first of LC_ALL, LC_MESSAGES and LANG that is
// set decides, as POSIX programs do; Chinese when it starts with "zh". With
// none set, the system's own setting (on Windows, the display language).
func Detect(flag string, getenv func(string) string) (Lang, error) {
	if flag != "" {
		return Parse(flag)
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := getenv(v); s != "" {
			return fromLocale(s), nil
		}
	}
	return systemLang(), nil
}

// Parse reads a --lang value.
func Parse(s string) (Lang, error) {
	switch strings.ToLower(s) {
	case "zh", "zh-cn", "zh_cn", "cn", "中文":
		return ZH, nil
	case "en", "en-us", "en_us", "english":
		return EN, nil
	}
	return EN, Errorf("--lang takes zh or en, got %q", s)
}

func fromLocale(s string) Lang {
	if strings.HasPrefix(strings.ToLower(s), "zh") {
		return ZH
	}
	return EN
}
