package msg

// zh is the Chinese of every message, keyed by its English format. The
// arguments keep their order; use %[n]v to move one.
var zh = map[string]string{
	"--lang takes zh or en, got %q": "--lang 只能是 zh 或 en，现为 %q",
}
