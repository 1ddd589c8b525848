//go:build windows

package msg

import "golang.org/x/sys/windows"

// systemLang follows Windows' display language, since clerks' machines set
// no locale variables.
func systemLang() Lang {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err == nil && len(langs) > 0 {
		return fromLocale(langs[0])
	}
	return EN
}
