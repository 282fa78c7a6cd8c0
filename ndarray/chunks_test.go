package ndarray

import (
	"slices"
	"testing"
)

// strided builds an array over data with an explicit layout, so that these
// tests do not depend on how the view methods compute theirs.
func strided(data []int, offset int, shape, strides []int) *Array[int] {
	a := &Array[int]{data: data, offset: offset, shape: shape, strides: strides}
	a.updateFlags()
	return a
}

func TestChunks(t *testing.T) {
	data := make([]int, 64)
	for i := range data {
		data[i] = i
	}
	cases := []struct {
		name       string
		a          *Array[int]
		wantChunks int // how many runs
		wantRun    int // the length of each run
	}{
		{"1-D contiguous", strided(data, 0, []int{10}, []int{1}), 1, 10},
		{"2-D contiguous", strided(data, 0, []int{3, 4}, []int{4, 1}), 1, 12},
		{"3-D contiguous at an offset", strided(data, 5, []int{2, 3, 4}, []int{12, 4, 1}), 1, 24},
		{"0-d", strided(data, 7, []int{}, []int{}), 1, 1},
		{"rows with gaps (a[:, :3] of 4x5)", strided(data, 0, []int{4, 3}, []int{5, 1}), 4, 3},
		{"inner block chains, outer does not", strided(data, 1, []int{2, 3, 4}, []int{20, 4, 1}), 2, 12},
		{"transposed 3x4", strided(data, 0, []int{4, 3}, []int{1, 4}), 12, 1},
		{"stepped 1-D (a[::2])", strided(data, 0, []int{8}, []int{2}), 8, 1},
		{"reversed 1-D (a[::-1])", strided(data, 9, []int{10}, []int{-1}), 10, 1},
		{"length-1 axes with odd strides", strided(data, 0, []int{1, 3, 1, 4}, []int{99, 4, 7, 1}), 1, 12},
		{"broadcast row (stride 0)", strided(data, 0, []int{3, 4}, []int{0, 1}), 3, 4},
		{"broadcast scalar", strided(data, 2, []int{2, 2}, []int{0, 0}), 4, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var want []int
			forEachOffset(c.a.shape, c.a.strides, c.a.offset, func(off int) { want = append(want, data[off]) })
			var got []int
			n := 0
			for chunk := range c.a.Chunks() {
				n++
				if len(chunk) != c.wantRun {
					t.Errorf("chunk %d has length %d, want %d", n, len(chunk), c.wantRun)
				}
				if cap(chunk) != len(chunk) {
					t.Errorf("chunk %d has capacity %d beyond its length %d: an append would overwrite the array", n, cap(chunk), len(chunk))
				}
				got = append(got, chunk...)
			}
			if n != c.wantChunks {
				t.Errorf("got %d chunks, want %d", n, c.wantChunks)
			}
			if !slices.Equal(got, want) {
				t.Errorf("elements in chunk order %v, want C order %v", got, want)
			}
		})
	}
}

func TestChunksEmpty(t *testing.T) {
	data := []int{1, 2, 3}
	for _, shape := range [][]int{{0}, {3, 0}, {0, 5, 2}} {
		a := strided(data, 0, shape, cStrides(shape))
		for chunk := range a.Chunks() {
			t.Errorf("shape %v: got chunk %v from an empty array", shape, chunk)
		}
	}
}

func TestChunksAliasMemory(t *testing.T) {
	a := Zeros[float64](2, 3)
	for chunk := range a.Chunks() {
		if &chunk[0] != &a.data[0] {
			t.Fatalf("the chunk of a contiguous array does not start at the array's memory")
		}
	}
	// A view with gaps: each run starts where its row starts in the base.
	v := &Array[float64]{data: a.data, offset: 1, shape: []int{2, 2}, strides: []int{3, 1}}
	i := 0
	for chunk := range v.Chunks() {
		if &chunk[0] != &a.data[1+3*i] {
			t.Errorf("run %d does not alias row %d of the base", i, i)
		}
		i++
	}
}

func TestChunksStopsEarly(t *testing.T) {
	data := make([]int, 20)
	a := strided(data, 0, []int{4, 5}, []int{1, 4}) // transposed: 20 runs of 1
	n := 0
	for range a.Chunks() {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Fatalf("loop ran %d times after break at 3", n)
	}
}

func TestChunksOfOwner(t *testing.T) {
	a := FromSlice([]int32{1, 2, 3, 4, 5, 6}, 2, 3)
	var got [][]int32
	for c := range a.Chunks() {
		got = append(got, c)
	}
	if len(got) != 1 || !slices.Equal(got[0], []int32{1, 2, 3, 4, 5, 6}) {
		t.Fatalf("Chunks of a fresh 2x3 array = %v, want one run [1 2 3 4 5 6]", got)
	}
}
