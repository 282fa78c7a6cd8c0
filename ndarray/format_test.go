package ndarray

import (
	"fmt"
	"testing"
)

func TestString(t *testing.T) {
	tests := []struct {
		name string
		a    fmt.Stringer
		want string
	}{
		{"1-D", FromSlice([]int{12, 4, 6, 8, 10}), "[12 4 6 8 10]"},
		{"2-D", seq(2, 3), "[[0 1 2]\n [3 4 5]]"},
		{"3-D", seq(2, 2, 2), "[[[0 1]\n  [2 3]]\n\n [[4 5]\n  [6 7]]]"},
		{"4-D", seq(2, 1, 1, 2), "[[[[0 1]]]\n\n\n [[[2 3]]]]"},
		{"0-d", Full(3.5), "3.5"},
		{"empty 1-D", seq(0), "[]"},
		{"empty 2-D", seq(2, 0), "[]"},
		{"size-1", seq(1, 1), "[[0]]"},
		{"view", seq(2, 3).Transpose().Slice(Step(End, End, -1)), "[[2 5]\n [1 4]\n [0 3]]"},
		{"bool", FromSlice([]bool{true, false}), "[true false]"},
		{"float", FromSlice([]float64{0.5, 2, -1e-9}), "[0.5 2 -1e-09]"},
		{"complex", FromSlice([]complex128{1 + 2i}), "[(1+2i)]"},
		{"broadcast", seq(2).BroadcastTo(2, 2), "[[0 1]\n [0 1]]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
			if got := fmt.Sprint(tc.a); got != tc.want {
				t.Errorf("Sprint = %q, want %q", got, tc.want)
			}
			if got := fmt.Sprintf("%v|%s", tc.a, tc.a); got != tc.want+"|"+tc.want {
				t.Errorf("%%v|%%s = %q, want %q twice", got, tc.want)
			}
		})
	}
}

func TestFormatVerbs(t *testing.T) {
	f := FromSlice([]float64{1, 2.345, -3}, 3)
	tests := []struct {
		format string
		arg    any
		want   string
	}{
		{"%.2f", f, "[1.00 2.35 -3.00]"},
		{"%6.1f", f, "[   1.0    2.3   -3.0]"},
		{"%+.0f", f, "[+1 +2 -3]"},
		{"%g", f, "[1 2.345 -3]"},
		{"%5d", seq(2, 2), "[[    0     1]\n [    2     3]]"},
		{"%-3d|", seq(2), "[0   1  ]|"},
		{"%x", FromSlice([]int{10, 255}), "[a ff]"},
		{"%03d", Full(7), "007"},
		{"%t", FromSlice([]bool{true}), "[true]"},
		{"%.1f", Zeros[float64](0, 3), "[]"},
		{"%d", []*Array[int]{seq(2)}, "[[0 1]]"},
	}
	for _, tc := range tests {
		if got := fmt.Sprintf(tc.format, tc.arg); got != tc.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tc.format, got, tc.want)
		}
	}
}
