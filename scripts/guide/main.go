// Command guide turns the clerk's guide (docs/使用指南.md) into one HTML
// file that any Windows browser opens offline, pictures included, for the
// Windows release archive.
//
//	go run ./scripts/guide -o build/windows/使用指南.html
//
// The page is made from the Markdown alone: no network, no templates from
// elsewhere, the same bytes for the same guide.
package main

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/russross/blackfriday/v2"
)

const style = `body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.7;color:#222}
h1,h2,h3{color:#b3261e}h2{border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:2em}
code{font-family:Consolas,"Courier New",monospace;background:#f4f4f4;padding:0 .2em}
pre{background:#f4f4f4;padding:.8em;overflow-x:auto}pre code{padding:0}
img{max-width:100%;border:1px solid #ddd}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}`

// softBreak is a line end inside a Chinese paragraph: Markdown keeps it,
// and a browser shows it as a space between two characters, which Chinese
// text does not have.
var softBreak = regexp.MustCompile(`([\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}])\n([\p{Han}\x{3000}-\x{303F}\x{FF00}-\x{FFEF}])`)

// image is a Markdown picture whose file is beside the guide.
var image = regexp.MustCompile(`<img src="([^":/]+\.png)"`)

func main() {
	in := flag.String("i", "docs/使用指南.md", "the guide")
	out := flag.String("o", "使用指南.html", "the page to write")
	flag.Parse()
	md, err := os.ReadFile(*in)
	if err != nil {
		fail(err)
	}
	body := blackfriday.Run(md, blackfriday.WithExtensions(blackfriday.CommonExtensions|blackfriday.AutoHeadingIDs))
	body = softBreak.ReplaceAll(body, []byte("$1$2"))
	var missing error
	body = image.ReplaceAllFunc(body, func(m []byte) []byte {
		name := string(image.FindSubmatch(m)[1])
		png, err := os.ReadFile(filepath.Join(filepath.Dir(*in), name))
		if err != nil {
			missing = err
			return m
		}
		return []byte(`<img src="data:image/png;base64,` + base64.StdEncoding.EncodeToString(png) + `"`)
	})
	if missing != nil {
		fail(missing)
	}
	title := "fuwuka"
	if line, _, _ := bytes.Cut(md, []byte("\n")); bytes.HasPrefix(line, []byte("# ")) {
		title = strings.TrimPrefix(string(line), "# ")
	}
	var page bytes.Buffer
	fmt.Fprintf(&page, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n<style>\n%s\n</style>\n</head>\n<body>\n", html.EscapeString(title), style)
	page.Write(body)
	page.WriteString("</body>\n</html>\n")
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		fail(err)
	}
	if err := os.WriteFile(*out, page.Bytes(), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "guide:", err)
	os.Exit(1)
}
