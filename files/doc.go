// Package files is how fuwuka touches the disk: the one rule for what a
// named output may be and how it is written, bounded reads of what it is
// given, and the lock that keeps two runs out of one output folder.
package files
