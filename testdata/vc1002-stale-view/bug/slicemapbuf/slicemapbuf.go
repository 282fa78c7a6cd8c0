// Bug (VC1002): a key buffer reused for every record is stored as the map's
// value: every entry ends up holding the last record's bytes.
package slicemapbuf

type Record struct {
	ID   string
	Tags []string
}

func Index(recs []Record) map[string][]byte {
	out := make(map[string][]byte, len(recs))
	scratch := make([]byte, 0, 64)
	for _, r := range recs {
		scratch = scratch[:0]
		for _, t := range r.Tags {
			scratch = append(scratch, t...)
			scratch = append(scratch, ',')
		}
		out[r.ID] = scratch // want `"scratch" is stored in out\[r.ID\] without a copy.*VC1002`
	}
	return out
}
