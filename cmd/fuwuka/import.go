package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/files"
	"github.com/fuwuka/fuwuka/importer"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// ImportOptions are the inputs of fuwuka import.
type ImportOptions struct {
	IO      *IO
	File    string
	Sheet   string
	Map     map[string]string
	SkipBad bool
	Output  string // "" or "-": standard output
	Into    string // a roster whose households section is replaced
	Force   bool   // -o may replace a roster or the file read
}

// NewCmdImport turns a clerk's spreadsheet into a roster's households.
func NewCmdImport(io *IO, runF func(*ImportOptions) error) *cobra.Command {
	opts := &ImportOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "import FILE.xlsx|FILE.csv [-o households.yaml | --into roster.yaml]",
		Short: io.T("Read households from an Excel/WPS spreadsheet or CSV file"),
		Long: io.T(`Read households from a spreadsheet: an .xlsx workbook (the first sheet, or
--sheet NAME) or a .csv file in UTF-8 or GBK. The first row that is not blank
names the columns; known headers are found without help:

  id        户号, 编号, 门牌号, id      (required)
  address   地址, 住址, address         (required)
  zone      片区, 网格, 组, zone
  resident  户主, 姓名, 住户, resident
  copies    份数, 数量, copies

--map id=房号,address=详细地址 names other headers. A merged cell counts for
every cell it covers, so a 片区 merged down five rows is the zone of all five.

Rows with a problem (an empty or repeated id, an id that cannot name a file,
a bad number of copies) are listed with their row numbers, and nothing is
written; --skip-bad imports the other rows and lists those as warnings.

The households are written as YAML to standard output, to -o FILE, or into
an existing roster with --into ROSTER, which replaces its households section
and leaves every other line, comments included, as it was.
`) + exitHelp(io),
		Args: exactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := importer.Supported(opts.File); err != nil {
				return usagef("%v", err)
			}
			if opts.Sheet != "" && strings.EqualFold(filepath.Ext(opts.File), ".csv") {
				return usagef("--sheet is for .xlsx workbooks; a CSV file has one sheet")
			}
			if err := importer.CheckMap(opts.Map); err != nil {
				return usagef("%v", err)
			}
			if opts.Output != "" && opts.Into != "" {
				return usagef("import writes to -o FILE or --into ROSTER, not both")
			}
			if runF != nil {
				return runF(opts)
			}
			return importRun(opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Sheet, "sheet", "", io.T("the workbook's sheet to read (default the first)"))
	f.StringToStringVar(&opts.Map, "map", nil, io.T("field=header,...: the column holding each field"))
	f.BoolVar(&opts.SkipBad, "skip-bad", false, io.T("import the good rows and list the bad ones as warnings"))
	f.StringVarP(&opts.Output, "output", "o", "", io.T("write the households to this YAML file (- for standard output)"))
	f.StringVar(&opts.Into, "into", "", io.T("replace the households section of this roster"))
	f.BoolVar(&opts.Force, "force", false, io.T("let -o replace a roster, or the file read"))
	return cmd
}

func importRun(opts *ImportOptions) error {
	res, err := importer.Read(opts.File, importer.Options{Sheet: opts.Sheet, Map: opts.Map})
	if err != nil {
		return ran(err)
	}
	for _, w := range res.Warnings {
		opts.IO.Warn(w)
	}
	if len(res.Bad) > 0 && !opts.SkipBad {
		return res.Bad
	}
	for _, p := range res.Bad {
		opts.IO.Errf("warning: skipped %s\n", p.In(opts.IO.Lang))
	}
	if len(res.Households) == 0 {
		return card.Problems{{Pos: card.Pos{File: opts.File}, Msg: msg.F("no households to import")}}
	}
	summary := opts.IO.Out
	switch {
	case opts.Into != "":
		if overInput(opts.Into, []string{opts.File}) != nil {
			return usagef("--into %s is the file being imported; name the roster to update", opts.Into)
		}
		data, err := files.ReadLimited(opts.Into, card.MaxFileSize)
		if err != nil {
			return ran(err)
		}
		out, err := importer.Into(opts.Into, data, res.Households)
		if err != nil {
			return ran(err)
		}
		if err := writeOutput(opts.Into, out, nil); err != nil {
			return err
		}
	case opts.Output == "" || opts.Output == "-":
		if _, err := opts.IO.Out.Write(importer.Document(res.Households)); err != nil {
			return ran(err)
		}
		summary = opts.IO.Err
	default:
		if err := guardOutput(opts.Output, []string{opts.File}, opts.Force); err != nil {
			return err
		}
		if err := writeOutput(opts.Output, importer.Document(res.Households), opts.IO.Out); err != nil {
			return err
		}
	}
	from := msg.F("%s", opts.File)
	if res.Sheet != "" {
		from = msg.F("%s (sheet %s)", opts.File, res.Sheet)
	}
	line := msg.F("imported %s from %s", msg.Plural(len(res.Households), "%d household", "%d households"), from)
	if n := len(res.Bad); n > 0 {
		line = msg.F("%s, %s skipped", line, msg.Plural(n, "%d row", "%d rows"))
	}
	if !opts.IO.Quiet {
		fmt.Fprintln(summary, line.In(opts.IO.Lang))
	}
	return nil
}
