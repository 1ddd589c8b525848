package render

import (
	"os"
	"strconv"
	"time"

	"github.com/fuwuka/fuwuka/msg"
)

// DocumentDate is the date printed in metadata and slugs. Output must not
// change from one run to the next, so it is never the clock's time:
// SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the
// roster file's modification time, else (standard input) the start of today
// in UTC.
func DocumentDate(rosterPath string) (time.Time, error) {
	if v, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok && v != "" {
		sec, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return time.Time{}, msg.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	if rosterPath != "" && rosterPath != "-" {
		if st, err := os.Stat(rosterPath); err == nil {
			return st.ModTime().UTC().Truncate(time.Second), nil
		}
	}
	return time.Now().UTC().Truncate(24 * time.Hour), nil
}
