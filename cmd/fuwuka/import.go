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
--sheet NAME) or a .csv file in UTF-8 or GBK. The header row is found below
any title rows; known headers are found without help, those after / only
when no column has one before it:

  id        户号, 编号, 户编号, id / 门牌号 / 序号   (required)
  address   地址, 住址, 门牌地址, 家庭住址, 家庭地址, 详细地址, address / 门牌号, 门牌   (required)
  zone      片区, 网格, 所属网格, 所属片区, zone / 组, 小组, 村民小组, 所属小组
  resident  户主, 户主姓名, resident / 姓名, 住户
  phone     联系电话, 电话, 手机, 手机号, 手机号码, 联系方式, phone
  note      备注, note
  copies    份数, 数量, copies

Phone and note go on the round list, not on the card. Rows below the
households that start with 合计, 制表人, 审核人, 填表日期 and the like are a
footer and are left out with a note. --map id=房号,address=详细地址 names
other headers. A merged cell counts for
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
			if importer.IsWorkbook(opts.Into) {
				return usagef("--into takes a YAML roster; a workbook roster reads the spreadsheet's rows pasted into its 住户 sheet as they are")
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
		return err
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
			return err
		}
		out, err := importer.Into(opts.Into, data, res.Households)
		if err != nil {
			return err
		}
		if err := writeOutput(opts.Into, out, nil); err != nil {
			return err
		}
	case opts.Output == "" || opts.Output == "-":
		if _, err := opts.IO.Out.Write(importer.Document(res.Households)); err != nil {
			return err
		}
		summary = opts.IO.Err
	default:
		if err := guardOutput(opts.Output, []string{opts.File}, opts.Force, kindYAML); err != nil {
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
