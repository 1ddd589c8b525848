package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/fuwuka/fuwuka/importer"
	"github.com/fuwuka/fuwuka/layout/design"
	"github.com/fuwuka/fuwuka/msg"
	"github.com/spf13/cobra"
)

// DesignsOptions are the inputs of fuwuka designs.
type DesignsOptions struct {
	IO *IO
}

// NewCmdDesigns lists the card designs a roster's card.design may name.
func NewCmdDesigns(io *IO, runF func(*DesignsOptions) error) *cobra.Command {
	opts := &DesignsOptions{IO: io}
	cmd := &cobra.Command{
		Use:   "designs",
		Short: io.T("List the card designs, for card.design (卡面设计)"),
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if runF != nil {
				return runF(opts)
			}
			return designsRun(opts)
		},
	}
	jsonFlag(io, cmd)
	return cmd
}

// DesignsResult is the designs, the default first.
type DesignsResult struct {
	Designs []DesignInfo `json:"designs"`
}

// DesignInfo is one design as designs lists it.
type DesignInfo struct {
	Name        string `json:"name"`
	Version     int    `json:"version"`
	Description string `json:"description"`
	Default     bool   `json:"default"`
}

func designsRun(opts *DesignsOptions) error {
	io := opts.IO
	var res DesignsResult
	for _, d := range design.List() {
		res.Designs = append(res.Designs, DesignInfo{Name: d.Name, Version: d.Version, Description: d.Description.In(io.Lang), Default: d.Default})
	}
	io.Result(res)
	if io.JSON {
		return nil
	}
	w := tabwriter.NewWriter(io.Out, 0, 0, 2, ' ', 0)
	for _, d := range res.Designs {
		fmt.Fprintf(w, "%s\t%d\t%s\n", d.Name, d.Version, d.Description)
	}
	return w.Flush()
}

// workbookDesigns are the designs as a workbook's note on 卡面设计 names
// them: from the registry, described in Chinese, the workbook's language.
func workbookDesigns() []importer.Design {
	var ds []importer.Design
	for _, d := range design.List() {
		ds = append(ds, importer.Design{Name: d.Name, Description: d.Description.In(msg.ZH), Default: d.Default})
	}
	return ds
}
