// Package importer reads household lists from spreadsheets (.xlsx, .csv) as
// committee clerks keep them in Excel or WPS, finds the columns by their
// Chinese or English headers, and writes them as a roster's households;
// and reads and writes whole rosters as workbooks (roster.xlsx).
package importer
