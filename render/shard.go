package render

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/fuwuka/fuwuka/card"
	"github.com/fuwuka/fuwuka/msg"
)

// Shard is part K of N of a roster's households, so that N machines or
// processes can share a run. The zero Shard is the whole roster.
type Shard struct {
	K, N int // 1 ≤ K ≤ N
}

// ParseShard reads "K/N".
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, kerr := strconv.Atoi(k)
	ni, nerr := strconv.Atoi(n)
	if !ok || kerr != nil || nerr != nil {
		return Shard{}, msg.Errorf("%q is not K/N (for example 1/4)", s)
	}
	if ni < 1 || ki < 1 || ki > ni {
		return Shard{}, msg.Errorf("%q: K must be from 1 to N, and N at least 1", s)
	}
	return Shard{K: ki, N: ni}, nil
}

// Whole says whether s is the whole roster.
func (s Shard) Whole() bool { return s.N <= 1 }

// Has says whether the household id falls in s. It depends on the id
// alone, so a household stays in its shard however the roster around it
// changes.
func (s Shard) Has(id string) bool {
	if s.Whole() {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%uint32(s.N)) == s.K-1
}

// Suffix is "-K-of-N", what names a shard's files; "" for the whole roster.
func (s Shard) Suffix() string {
	if s.Whole() {
		return ""
	}
	return fmt.Sprintf("-%d-of-%d", s.K, s.N)
}

func (s Shard) String() string { return fmt.Sprintf("%d/%d", s.K, s.N) }

// selectHouseholds is the households named by ids (all when empty) that
// fall in the shard, in roster order.
func selectHouseholds(r *card.Roster, ids []string, s Shard) ([]card.Household, error) {
	hs, err := r.Select(ids)
	if err != nil || s.Whole() {
		return hs, err
	}
	var in []card.Household
	for _, h := range hs {
		if s.Has(h.ID) {
			in = append(in, h)
		}
	}
	return in, nil
}
