package qr

// penalty scores a symbol as go-qrcode does, its departures from ISO/IEC
// 18004 included (a run of six scores 4, not a run of five 3; finder-like
// patterns are matched on an 11-bit window that restarts after a hit),
// since the score decides the mask and so the modules.
func penalty(g []byte, n int) int {
	p := 0
	// Runs of one colour, down the columns and along the rows.
	for a := 0; a < n; a++ {
		colLast, rowLast := g[a], g[a*n]
		colCount, rowCount := 1, 1
		for b := 1; b < n; b++ {
			if v := g[b*n+a]; v != colLast {
				colLast, colCount = v, 1
			} else if colCount++; colCount == 6 {
				p += 4
			} else if colCount > 6 {
				p++
			}
			if v := g[a*n+b]; v != rowLast {
				rowLast, rowCount = v, 1
			} else if rowCount++; rowCount == 6 {
				p += 4
			} else if rowCount > 6 {
				p++
			}
		}
	}
	// 2×2 blocks of one colour.
	blocks := 0
	for y := 1; y < n; y++ {
		up, row := g[(y-1)*n:y*n], g[y*n:(y+1)*n]
		for x := 1; x < n; x++ {
			c := row[x]
			if c == row[x-1] && c == up[x] && c == up[x-1] {
				blocks++
			}
		}
	}
	p += 3 * blocks
	// 1:1:3:1:1 patterns with four light modules on one side.
	for a := 0; a < n; a++ {
		var row, col uint32
		for b := 0; b < n; b++ {
			row = row<<1 | uint32(g[a*n+b])
			col = col<<1 | uint32(g[b*n+a])
			if finderLike(&row, b == n-1) {
				p += 40
			}
			if finderLike(&col, b == n-1) {
				p += 40
			}
		}
	}
	// Departure from half dark.
	dark := 0
	for _, v := range g {
		dark += int(v)
	}
	total := n * n
	dev := total/2 - dark
	if dev < 0 {
		dev = -dev
	}
	return p + 10*(dev/(total/20))
}

// finderLike matches the window w against 00001011101 and 10111010000, or
// at the line's end against 1011101, and restarts the window after a hit.
func finderLike(w *uint32, last bool) bool {
	switch *w & 0x7ff {
	case 0x05d, 0x5d0:
		*w = 0xff
		return true
	}
	if last && *w&0x7f == 0x5d {
		*w = 0xff
		return true
	}
	return false
}
