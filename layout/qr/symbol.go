package qr

import "sync"

// A template is what every symbol of one version shares: the function
// patterns, and the path the data modules take through the rest.
type template struct {
	size  int
	base  []byte    // function patterns; data modules 0
	order []int32   // data modules, in the order codeword bits fill them
	masks [8][]byte // each mask's bit at each module of order
}

var templates [40]struct {
	once sync.Once
	t    *template
}

func templateFor(version int) *template {
	e := &templates[version-1]
	e.once.Do(func() { e.t = newTemplate(version) })
	return e.t
}

func newTemplate(version int) *template {
	n := 17 + 4*version
	t := &template{size: n, base: make([]byte, n*n)}
	used := make([]bool, n*n)
	set := func(x, y int, dark bool) {
		used[y*n+x] = true
		if dark {
			t.base[y*n+x] = 1
		} else {
			t.base[y*n+x] = 0
		}
	}

	// Finder patterns and their light separators.
	for _, c := range [3][2]int{{0, 0}, {n - 7, 0}, {0, n - 7}} {
		for dy := -1; dy <= 7; dy++ {
			for dx := -1; dx <= 7; dx++ {
				x, y := c[0]+dx, c[1]+dy
				if x < 0 || y < 0 || x >= n || y >= n {
					continue
				}
				ring := max(abs(dx-3), abs(dy-3))
				set(x, y, ring != 2 && ring != 4)
			}
		}
	}
	// Alignment patterns, except where they would overlap a finder.
	for _, cx := range alignment[version-1] {
		for _, cy := range alignment[version-1] {
			if used[cy*n+cx] {
				continue
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					set(cx+dx, cy+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	// Timing patterns.
	for i := 8; i < n-8; i++ {
		set(i, 6, i%2 == 0)
		set(6, i, i%2 == 0)
	}
	// Format information (written per mask in draw) and the dark module.
	for i := 0; i <= 8; i++ {
		if i != 6 {
			set(8, i, false)
			set(i, 8, false)
		}
	}
	for i := 0; i < 8; i++ {
		set(n-1-i, 8, false)
		set(8, n-1-i, false)
	}
	set(8, n-8, true)
	// Version information.
	if version >= 7 {
		v := versionBits(version)
		for i := 0; i < 18; i++ {
			bit := v>>uint(i)&1 == 1
			set(i/3, n-11+i%3, bit)
			set(n-11+i%3, i/3, bit)
		}
	}

	// The data path: two-module columns from the right, up then down,
	// stepping over the vertical timing pattern.
	for right := n - 1; right > 0; right -= 2 {
		if right == 6 {
			right--
		}
		up := (n-1-right)/2%2 == 0
		if right < 6 {
			up = (n-2-right)/2%2 == 0
		}
		for i := 0; i < n; i++ {
			y := i
			if up {
				y = n - 1 - i
			}
			for _, x := range [2]int{right, right - 1} {
				if !used[y*n+x] {
					t.order = append(t.order, int32(y*n+x))
				}
			}
		}
	}
	for m := range t.masks {
		t.masks[m] = make([]byte, len(t.order))
		for k, p := range t.order {
			if masked(m, int(p)%n, int(p)/n) {
				t.masks[m][k] = 1
			}
		}
	}
	return t
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// masked says whether mask m flips the module in column x of row y.
func masked(m, x, y int) bool {
	switch m {
	case 0:
		return (y+x)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (y+x)%3 == 0
	case 4:
		return (y/2+x/3)%2 == 0
	case 5:
		return y*x%2+y*x%3 == 0
	case 6:
		return (y*x%2+y*x%3)%2 == 0
	}
	return ((y+x)%2+y*x%3)%2 == 0
}

// formatBits is the 15-bit format information of a level and mask: five
// bits, ten of BCH check, masked with 101010000010010.
func formatBits(level Level, mask int) uint32 {
	data := uint32([4]int{1, 0, 3, 2}[level]<<3 | mask)
	return bch(data, 0x537, 10) ^ 0x5412
}

// versionBits is the 18-bit version information: six bits, twelve of
// BCH check.
func versionBits(version int) uint32 { return bch(uint32(version), 0x1f25, 12) }

// bch appends to data the remainder of data·x^k divided by the generator
// poly of degree k.
func bch(data, poly uint32, k int) uint32 {
	r := data << uint(k)
	for i := 31; i >= k; i-- {
		if r>>uint(i)&1 == 1 {
			r ^= poly << uint(i-k)
		}
	}
	return data<<uint(k) | r
}

// draw fills the data modules with bits under each of the eight masks and
// keeps the first symbol with the lowest penalty.
func (t *template) draw(bits []byte, level Level) *Code {
	n := t.size
	best, grid := make([]byte, n*n), make([]byte, n*n)
	bestScore := -1
	for m := 0; m < 8; m++ {
		copy(grid, t.base)
		mk := t.masks[m]
		for k, p := range t.order {
			grid[p] = bits[k] ^ mk[k]
		}
		f := formatBits(level, m)
		for i := 0; i < 15; i++ {
			b := byte(f >> uint(i) & 1)
			switch {
			case i < 6:
				grid[i*n+8] = b
			case i < 8:
				grid[(i+1)*n+8] = b
			case i == 8:
				grid[8*n+7] = b
			default:
				grid[8*n+14-i] = b
			}
			if i < 8 {
				grid[8*n+n-1-i] = b
			} else {
				grid[(n-15+i)*n+8] = b
			}
		}
		if s := score(grid, n); bestScore < 0 || s < bestScore {
			bestScore = s
			best, grid = grid, best
		}
	}
	return &Code{Size: n, Bits: best}
}

func score(g []byte, n int) int {
	if n <= 53 {
		return packedPenalty(g, n)
	}
	return penalty(g, n)
}
