package pdf

import (
	"crypto/md5"
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
)

// The PDF/X-4 (ISO 15930-7) identity every file carries: an output intent
// with an embedded CMYK profile, an XMP packet that agrees with the Info
// dictionary, and /Trapped. Presses read the artwork's DeviceCMYK as
// meant for this condition, and preflight can show overprint.

// OutputCondition names the printing condition the CMYK artwork is made
// for, as the ICC registry lists it.
const OutputCondition = "FOGRA39"

//go:embed icc/fogra39.icc
var outputProfile []byte

// profileStream is the profile as a stream object body and its digest,
// made once per run: every file of the run carries the same bytes.
var profileStream = sync.OnceValues(func() ([]byte, *[md5.Size]byte) {
	body := streamBest(outputProfile, "/N 4")
	sum := md5.Sum(body)
	return body, &sum
})

// outputIntents adds the profile and returns the catalog's /OutputIntents.
func outputIntents(o *objects) string {
	prof := o.addShared(profileStream())
	return fmt.Sprintf("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFX/OutputConditionIdentifier(%s)/RegistryName(http://www.color.org)"+
		"/Info(Coated FOGRA39 \\(ISO 12647-2:2004/Amd 1\\))/DestOutputProfile %d 0 R>>]", OutputCondition, prof)
}

// JobNamespace is the XMP namespace of Info.Job's properties. It names
// them and need not resolve.
const JobNamespace = "https://github.com/fuwuka/fuwuka/ns/job/1.0/"

// pdfDate is a date as PDF writes it, with the offset strict validators
// ask for rather than a bare Z.
func pdfDate(t time.Time) string { return t.UTC().Format("D:20060102150405") + "+00'00'" }

// xmpDate is the same moment as XMP writes it.
func xmpDate(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05") + "+00:00" }

func infoDict(info Info) []byte {
	d := pdfDate(info.Date)
	return fmt.Appendf(nil, "<</Title%s/Creator%s/Producer%s/CreationDate(%s)/ModDate(%s)/Trapped/False/GTS_PDFXVersion(PDF/X-4)>>",
		textString(info.Title), textString(info.Creator), textString(info.Creator), d, d)
}

// documentID is a UUID made from the document's content, so that the same
// pages give the same ID and a rerun stays byte-identical.
func documentID(o *objects) string {
	s := o.digest()
	s[6] = s[6]&0x0f | 0x30 // version 3: name-based, MD5
	s[8] = s[8]&0x3f | 0x80
	return fmt.Sprintf("uuid:%x-%x-%x-%x-%x", s[0:4], s[4:6], s[6:8], s[8:10], s[10:16])
}

// metadata is the XMP packet, saying what Info says.
func metadata(info Info, docID string) []byte {
	d := xmpDate(info.Date)
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
	b.WriteString(`<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/"`)
	if len(info.Job) > 0 {
		b.WriteString("\n xmlns:fuwuka=\"" + JobNamespace + "\"")
	}
	b.WriteString(">\n")
	fmt.Fprintf(&b, "<dc:format>application/pdf</dc:format>\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt></dc:title>\n", xmlEscape(info.Title))
	fmt.Fprintf(&b, "<xmp:CreateDate>%s</xmp:CreateDate>\n<xmp:ModifyDate>%s</xmp:ModifyDate>\n<xmp:MetadataDate>%s</xmp:MetadataDate>\n", d, d, d)
	fmt.Fprintf(&b, "<xmp:CreatorTool>%s</xmp:CreatorTool>\n<pdf:Producer>%s</pdf:Producer>\n<pdf:Trapped>False</pdf:Trapped>\n", xmlEscape(info.Creator), xmlEscape(info.Creator))
	fmt.Fprintf(&b, "<xmpMM:DocumentID>%s</xmpMM:DocumentID>\n<xmpMM:InstanceID>%s</xmpMM:InstanceID>\n<xmpMM:VersionID>1</xmpMM:VersionID>\n<xmpMM:RenditionClass>default</xmpMM:RenditionClass>\n", docID, docID)
	for _, p := range info.Job {
		fmt.Fprintf(&b, "<fuwuka:%s>%s</fuwuka:%s>\n", p.Name, xmlEscape(p.Value), p.Name)
	}
	b.WriteString("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
	// No padding for edits in place: every card file would carry it,
	// and files are rewritten, not edited.
	b.WriteString("<?xpacket end=\"w\"?>")
	data := b.String()
	return fmt.Appendf(nil, "<</Type/Metadata/Subtype/XML/Length %d>>\nstream\n%s\nendstream", len(data), data)
}

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func xmlEscape(s string) string { return xmlEscaper.Replace(s) }
