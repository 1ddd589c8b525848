package main

import (
	"encoding/json"
	"errors"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// jsonDoc is what --json prints: one document per run, whatever happened.
// docs/json.md describes it; its keys are stable.
type jsonDoc struct {
	Command  string        `json:"command"`
	OK       bool          `json:"ok"`
	ExitCode int           `json:"exit_code"`
	Result   any           `json:"result"`
	Problems []jsonProblem `json:"problems"`
	Error    *jsonError    `json:"error"`
	Warnings []string      `json:"warnings"`
}

// jsonProblem is one problem of an invalid input.
type jsonProblem struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Cell      string `json:"cell,omitempty"` // sheet!C4, for a workbook roster; line and column are then 0
	Field     string `json:"field"`
	Where     string `json:"where,omitempty"` // a workbook roster's sheet, column head and cell: 干部 › 电话 (C3)
	Message   string `json:"message"`
	Hint      string `json:"hint"`
	Code      string `json:"code"`
	MessageID string `json:"message_id"`
}

// jsonError is a failure that is not a problem of the input.
type jsonError struct {
	Message string `json:"message"`
	Code    string `json:"code"`
}

// codes name the exit statuses in JSON.
var codes = map[int]string{
	exitOK:      "ok",
	exitRuntime: "runtime",
	exitUsage:   "usage",
	exitInvalid: "invalid",
	exitChanges: "changes",
}

func writeJSON(std *IO, command string, code int, err error) {
	doc := jsonDoc{
		Command:  command,
		OK:       code == exitOK || code == exitChanges,
		ExitCode: code,
		Problems: []jsonProblem{},
		Warnings: std.warnings,
	}
	if doc.Warnings == nil {
		doc.Warnings = []string{}
	}
	if doc.OK || errors.As(err, new(rostersFailed)) {
		// a list's run says what became of every roster
		doc.Result = std.result
	}
	var ps card.Problems
	switch {
	case doc.OK:
	case errors.As(err, &ps):
		for _, p := range ps {
			line, col := p.Pos.Line, p.Pos.Col
			if p.Pos.Cell != "" {
				line, col = 0, 0
			}
			where, wb := p.Where()
			if !wb {
				where = ""
			}
			doc.Problems = append(doc.Problems, jsonProblem{
				File: p.Pos.File, Line: line, Column: col, Cell: p.Pos.Cell, Field: p.Field.String(), Where: where,
				Message: msg.Visible(p.Message().In(std.Lang)), Hint: msg.Visible(p.HintText().In(std.Lang)),
				Code: codes[code], MessageID: p.Msg.Format,
			})
		}
	default:
		doc.Error = &jsonError{Message: msg.Visible(msg.Err(err, std.Lang)), Code: codes[code]}
	}
	enc := json.NewEncoder(std.JSONOut)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(doc)
}
