package files

import (
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
)

// FileInUseError is an output that could not be replaced because another
// program holds it open: on Windows a PDF reader keeps others from
// replacing the file it shows. The file keeps its old content.
type FileInUseError struct {
	Name string // as the user named it
}

func (e *FileInUseError) Error() string { return e.Text().String() }

// In is the message in language l.
func (e *FileInUseError) In(l msg.Lang) string { return e.Text().In(l) }

// Text names the file, says it was not replaced, and what to do.
func (e *FileInUseError) Text() msg.Text {
	name := filepath.Clean(e.Name)
	if strings.EqualFold(filepath.Ext(name), ".pdf") {
		return msg.F("%s is open in another program and was not replaced: close %s in the PDF reader first, then run again", name, name)
	}
	return msg.F("%s is open in another program and was not replaced: close it there first, then run again", name)
}
