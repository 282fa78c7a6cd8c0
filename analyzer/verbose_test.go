package analyzer

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestVerboseSaysWhatIsNotFollowed checks that -verbose names code the
// analyzer does not follow (and therefore stays quiet about): the backup
// handed to a callback in vc1002-stale-view/bug/funcvalue is such a call.
func TestVerboseSaysWhatIsNotFollowed(t *testing.T) {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := os.Stderr
	os.Stderr = w
	debugFlag = true
	defer func() { os.Stderr, debugFlag = stderr, false }()
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		done <- b
	}()
	analysistest.Run(factsIgnored{t}, dir, Analyzer, "viewcheck.test/vc1002-stale-view/bug/funcvalue")
	w.Close()
	out := <-done
	if !bytes.Contains(out, []byte("funcvalue.go:13")) || !strings.Contains(string(out), "not followed: an array passed to a function value") {
		t.Errorf("-verbose did not name the call through a function value; it printed:\n%s", out)
	}
}

// factsIgnored passes analysistest's errors on, except those about facts,
// which the corpus's want comments do not spell out.
type factsIgnored struct{ t *testing.T }

func (f factsIgnored) Errorf(format string, args ...any) {
	f.t.Helper()
	if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "unexpected fact") {
		f.t.Error(msg)
	}
}
