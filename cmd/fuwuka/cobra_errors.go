package main

import (
	"regexp"
	"strings"

	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// cobra and pflag say what is wrong with a command line in English
// sentences of their own; these are the ones a clerk meets, as messages.
var cobraErrors = []struct {
	re *regexp.Regexp
	m  func([]string) msg.Text
}{
	{regexp.MustCompile(`^unknown flag: (\S+)$`), func(m []string) msg.Text { return msg.F("unknown flag: %s", m[1]) }},
	{regexp.MustCompile(`^unknown shorthand flag: '(.)' in (\S+)$`), func(m []string) msg.Text {
		if m[2] == "-"+m[1] {
			return msg.F("unknown flag: %s", m[2])
		}
		return msg.F("unknown flag: -%s in %s", m[1], m[2])
	}},
	{regexp.MustCompile(`^flag needs an argument: '(.)' in \S+$`), func(m []string) msg.Text { return msg.F("flag needs a value: -%s", m[1]) }},
	{regexp.MustCompile(`^flag needs an argument: (\S+)$`), func(m []string) msg.Text { return msg.F("flag needs a value: %s", m[1]) }},
	{regexp.MustCompile(`^unknown command "(.*)" for "(.*)"(?s:(.*))$`), func(m []string) msg.Text {
		if s := regexp.MustCompile(`Did you mean this\?\s+(\S+)`).FindStringSubmatch(m[3]); s != nil {
			return msg.F("unknown command %q; did you mean %q?", m[1], s[1])
		}
		return msg.F("unknown command %q; fuwuka --help lists them", m[1])
	}},
	// cobra's own argument checks, as of its completion command
	{regexp.MustCompile(`^invalid argument "(.*)" for "(.*)"$`), func(m []string) msg.Text { return msg.F("%s: %q is not a valid argument", m[2], m[1]) }},
	{regexp.MustCompile(`^(?:accepts|requires) .* arg\(s\), (?:only )?received \d+$`), func(m []string) msg.Text { return msg.F("%s", m[0]) }},
	{regexp.MustCompile(`^invalid argument "(.*)" for "(?:-., )?(.*)" flag: (.*)$`), func(m []string) msg.Text {
		if strings.Contains(m[3], "strconv.ParseBool") {
			return msg.F("%s takes true or false, not %q", m[2], m[1])
		}
		if strings.Contains(m[3], "strconv.Parse") {
			return msg.F("%s takes a whole number, not %q", m[2], m[1])
		}
		return msg.F("%s: %q is not a valid value (%s)", m[2], m[1], m[3])
	}},
}

// commandLineError marks the errors cobra returns for a command line it
// cannot parse (an unknown command, a bad flag) as usage errors, in the
// run's language; every other error passes unchanged, a failure.
func commandLineError(err error) error {
	if err == nil {
		return nil
	}
	if _, ours := err.(usageError); ours {
		return err
	}
	for _, c := range cobraErrors {
		if m := c.re.FindStringSubmatch(err.Error()); m != nil {
			return usageError{c.m(m)}
		}
	}
	return err
}

// usageOf is err, which cobra or pflag returned about the command line,
// as a usage error.
func usageOf(err error) error {
	if ue := commandLineError(err); ue != err {
		return ue
	}
	if _, ours := err.(usageError); ours {
		return err
	}
	return usagef("%v", err)
}

// maxArgs is cobra.MaximumNArgs, its error a usage error.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef("%s takes at most %d argument(s), got %d; usage: %s", cmd.Name(), n, len(args), cmd.UseLine())
		}
		return nil
	}
}
