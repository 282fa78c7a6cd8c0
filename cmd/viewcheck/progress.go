package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// progressDelay is how long a run goes before it shows progress: short
// runs stay silent.
const progressDelay = time.Second

// A progress shows, on a terminal, one status line that says what is being
// loaded or analyzed, once the run has taken longer than progressDelay. It
// redraws at most ten times a second and erases the line when stopped, so
// that findings printed afterwards start on a clean line.
type progress struct {
	w       io.Writer
	on      bool
	start   time.Time
	mu      sync.Mutex
	msg     string
	done    int
	total   int
	drawn   bool
	last    string // the line on screen
	stopped bool
	quit    chan struct{}
	wg      sync.WaitGroup
}

// newProgress returns a progress line on w, which is shown only when w is
// a terminal.
func newProgress(w io.Writer) *progress {
	p := &progress{w: w, on: isTerminal(w), start: time.Now(), quit: make(chan struct{})}
	if p.on {
		p.wg.Add(1)
		go p.loop()
	}
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0 && os.Getenv("TERM") != "dumb"
}

func (p *progress) enabled() bool { return p.on }

// setf sets the status message.
func (p *progress) setf(format string, args ...any) {
	p.mu.Lock()
	p.msg = fmt.Sprintf(format, args...)
	p.mu.Unlock()
}

func (p *progress) loop() {
	defer p.wg.Done()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-tick.C:
			if time.Since(p.start) >= progressDelay {
				p.draw()
			}
		}
	}
}

func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	line := p.msg
	if p.total > 0 {
		line = fmt.Sprintf("[%d/%d] %s", p.done, p.total, p.msg)
	}
	const width = 100
	if len(line) > width {
		line = line[:width-3] + "..."
	}
	if line == p.last {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", line)
	p.drawn, p.last = true, line
}

// stop erases the status line; later calls do nothing.
func (p *progress) stop() {
	p.mu.Lock()
	if p.stopped {
		p.mu.Unlock()
		return
	}
	p.stopped = true
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
	p.mu.Unlock()
	close(p.quit)
	p.wg.Wait()
}

// wrap returns a copy of a that reports each package it starts to analyze.
// The checker runs the analyzer on every dependency too (to compute its
// facts), so the total counts every package in the import graph.
func (p *progress) wrap(a *analysis.Analyzer, pkgs []*packages.Package) *analysis.Analyzer {
	total := 0
	packages.Visit(pkgs, nil, func(*packages.Package) { total++ })
	p.mu.Lock()
	p.total = total
	p.msg = "analyzing"
	p.mu.Unlock()

	w := *a
	run := a.Run
	w.Run = func(pass *analysis.Pass) (any, error) {
		p.mu.Lock()
		p.done++
		p.msg = "analyzing " + pass.Pkg.Path()
		p.mu.Unlock()
		return run(pass)
	}
	return &w
}
