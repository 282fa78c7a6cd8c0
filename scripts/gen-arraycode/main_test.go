package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "ndarray")); err != nil {
		t.Fatalf("repository root not found at %s: %v", root, err)
	}
	return root
}

// readTree returns every file under dir, by relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// The generated module must compile against the working tree's ndarray,
// have about the requested size, be the same for the same flags, and list
// exactly the seeded bugs in BUGS.txt.
func TestGenerate(t *testing.T) {
	root := repoRoot(t)
	cfg := config{lines: 4000, seed: 7, repo: root, module: "example.com/gentest", bugs: 3, fancy: true}
	cfg.out = filepath.Join(t.TempDir(), "a")
	st, err := generate(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if st.lines < 3600 || st.lines > 4800 {
		t.Errorf("asked for 4000 lines, got %d", st.lines)
	}
	if st.packages < 2 || st.bugs != 3 {
		t.Errorf("got %d packages and %d bugs, want at least 2 packages and 3 bugs", st.packages, st.bugs)
	}

	first := readTree(t, cfg.out)
	cfg.out = filepath.Join(t.TempDir(), "b")
	if _, err := generate(cfg); err != nil {
		t.Fatal(err)
	}
	second := readTree(t, cfg.out)
	if len(first) != len(second) {
		t.Fatalf("two runs with the same flags wrote %d and %d files", len(first), len(second))
	}
	for name, data := range first {
		if !bytes.Equal(data, second[name]) {
			t.Errorf("two runs with the same flags differ in %s", name)
		}
	}

	// BUGS.txt lines are exactly the lines with a seeded-bug comment.
	var want []string
	for name, data := range first {
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		for i, l := range strings.Split(string(data), "\n") {
			if j := strings.Index(l, "// seeded bug: "); j >= 0 {
				want = append(want, filepath.ToSlash(name)+":"+strconv.Itoa(i+1)+": "+l[j+len("// seeded bug: "):])
			}
		}
	}
	manifest := regexp.MustCompile(`(?m)^[^#].*$`).FindAllString(string(first["BUGS.txt"]), -1)
	slices.Sort(manifest)
	slices.Sort(want)
	if !slices.Equal(manifest, want) {
		t.Errorf("BUGS.txt lists\n%s\nbut the files mark\n%s", strings.Join(manifest, "\n"), strings.Join(want, "\n"))
	}

	build := exec.Command("go", "build", "./...")
	build.Dir = cfg.out
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./... in the generated module: %v\n%s", err, out)
	}
	gofmt := exec.Command("gofmt", "-l", ".")
	gofmt.Dir = cfg.out
	if out, err := gofmt.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("gofmt -l in the generated module: %v\n%s", err, out)
	}
}
