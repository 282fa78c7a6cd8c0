# Shared by scripts/bench-vet.sh, scripts/crash-test.sh and
# scripts/realworld.sh; source it.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WRAP=$ROOT/scripts/lib/vettool-wrap.sh
GONUM_VERSION=${GONUM_VERSION:-v0.17.0}
REALWORLD_LIST=$ROOT/scripts/realworld.list

die() {
	echo "$(basename "$0"): $*" >&2
	exit 2
}

log() { echo "== $*" >&2; }

# now_ns prints the wall clock in nanoseconds.
now_ns() { date +%s%N; }

# seconds NS prints NS nanoseconds as seconds with one decimal.
seconds() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e9 }'; }

# build_viewcheck OUTDIR: builds cmd/viewcheck into OUTDIR/bin and prints
# its path.
build_viewcheck() {
	[ -f "$ROOT/cmd/viewcheck/main.go" ] || die "cmd/viewcheck does not exist yet; pass -t TOOL or run with --plain-only"
	mkdir -p "$1/bin"
	(cd "$ROOT" && go build -o "$1/bin/viewcheck" ./cmd/viewcheck) || die "building cmd/viewcheck failed"
	echo "$1/bin/viewcheck"
}

# fetch_gonum OUTDIR: downloads gonum.org/v1/gonum@$GONUM_VERSION and its
# dependencies through the module proxy (a throwaway module in OUTDIR makes
# the download) and prints gonum's module directory in the module cache.
fetch_gonum() {
	local tmp="$1/gonum-fetch" dir
	mkdir -p "$tmp"
	if [ ! -f "$tmp/go.mod" ]; then
		(cd "$tmp" && go mod init vetbench.example/fetch >/dev/null 2>&1) || die "go mod init failed in $tmp"
	fi
	dir=$(cd "$tmp" && go mod download -json "gonum.org/v1/gonum@$GONUM_VERSION" |
		sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[ -n "$dir" ] && [ -d "$dir" ] || die "go mod download of gonum.org/v1/gonum@$GONUM_VERSION failed"
	# gonum's own requirements (go-cmp, x/tools, plot for its tests), so that
	# no measurement includes a download.
	(cd "$dir" && go mod download) || die "go mod download in $dir failed"
	echo "$dir"
}

# fetch_module MODULE VERSION OUTDIR: prints the directory of MODULE@VERSION
# in the module cache, its dependencies downloaded; a module that does not
# load as published is copied to OUTDIR/src and repaired (see below).
fetch_module() {
	local out=$3 tmp="$3/fetch" dir
	mkdir -p "$tmp"
	[ -f "$tmp/go.mod" ] || (cd "$tmp" && go mod init realworld.example/fetch >/dev/null 2>&1)
	dir=$(cd "$tmp" && go mod download -json "$1@$2" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	[ -n "$dir" ] && [ -d "$dir" ] || die "go mod download $1@$2 failed"
	(cd "$dir" && go mod download >/dev/null 2>&1) || log "$1: some dependencies could not be downloaded"
	if ! (cd "$dir" && GOWORK=off go list ./... >/dev/null 2>&1); then
		# A module that does not load as published: golearn's go.sum is
		# malformed, etcd's server replaces its sibling modules with
		# directories (../api) that are not in its zip. A writable copy
		# with the directory replacements dropped (the published versions
		# it requires are used instead) and a go.sum rewritten by go mod
		# tidy; the log says when go.mod changed.
		local copy="$out/src/$(basename "$1")"
		rm -rf "$copy" && mkdir -p "$copy" && cp -r "$dir/." "$copy" && chmod -R u+w "$copy"
		rm -f "$copy/go.sum"
		for old in $(cd "$copy" && go mod edit -print | awk '
			/^replace \(/ { inblock = 1; next }
			inblock && /^\)/ { inblock = 0; next }
			{ line = $0; sub(/^replace /, "", line) }
			(inblock || /^replace /) && line ~ /=> \.\.?\// { print $1 == "replace" ? $2 : $1 }'); do
			(cd "$copy" && go mod edit -dropreplace="$old")
		done
		(cd "$copy" && GOWORK=off go mod tidy -e >/dev/null 2>&1) || true
		cmp -s "$dir/go.mod" "$copy/go.mod" || log "$1: go.mod changed in the copy analysed ($copy): $(diff "$dir/go.mod" "$copy/go.mod" | grep -c '^[<>]') lines differ"
		dir=$copy
	fi
	echo "$dir"
}

# list_modules prints the names of the modules in scripts/realworld.list.
list_modules() { grep -v '^#' "$REALWORLD_LIST" | awk 'NF { print $1 }'; }

# list_module NAME prints "MODULE VERSION" for a module of
# scripts/realworld.list named in full or by its last element (gjson); for
# std, "std" and nothing else; for a name not in the list, NAME alone.
list_module() {
	awk -v m="$1" '!/^#/ && NF { n = split($1, p, "/") } !/^#/ && NF && ($1 == m || p[n] == m) { print $1, $2; found = 1; exit } END { if (!found) print m }' "$REALWORLD_LIST"
}

# gen_module LINES OUTDIR: writes the generated module of about LINES lines
# to OUTDIR/gen-LINES (seed 1) and prints its directory.
gen_module() {
	local dir="$2/gen-$1"
	(cd "$ROOT" && go run ./scripts/gen-arraycode -lines "$1" -out "$dir" -repo "$ROOT" -seed 1 >&2) ||
		die "gen-arraycode -lines $1 failed"
	echo "$dir"
}

# target_dir NAME OUTDIR: prints the module directory of a target: gonum,
# genNk (a generated module of N thousand lines), a module of
# scripts/realworld.list (by full name or last element), or a module
# directory.
target_dir() {
	case "$1" in
	gonum) fetch_gonum "$2" ;;
	gen[0-9]*k) gen_module "$((${1//[^0-9]/} * 1000))" "$2" ;;
	*)
		if [ -f "$1/go.mod" ]; then
			(cd "$1" && pwd)
			return
		fi
		local mod version
		read -r mod version <<<"$(list_module "$1")"
		[ -n "$version" ] || die "unknown target $1 (want gonum, genNk, a module of scripts/realworld.list, or a module directory)"
		fetch_module "$mod" "$version" "$2"
		;;
	esac
}

# count_lines DIR: lines of Go in the module (tests included, testdata not).
count_lines() {
	(cd "$1" && find . -name '*.go' -not -path '*/testdata/*' -print0 | xargs -0 cat | wc -l)
}

# run_vet DIR TOOL NONCE LOG STDOUT STDERR PATTERN...: runs go vet in DIR
# with TOOL behind the wrapper, fresh results for NONCE, and each tool run
# logged to LOG (empty: not logged). Sets VET_NS (wall time) and VET_RC.
run_vet() {
	local dir=$1 tool=$2 nonce=$3 logf=$4 out=$5 err=$6 t0
	shift 6
	t0=$(now_ns)
	set +e
	# GOWORK=off: a go.work in a module's zip (prometheus) names modules
	# the zip does not hold.
	(cd "$dir" && GOWORK=off VETWRAP_TOOL=$tool VETWRAP_NONCE=$nonce VETWRAP_LOG=$logf \
		go vet -vettool="$WRAP" "$@" >"$out" 2>"$err")
	VET_RC=$?
	set -e
	VET_NS=$(($(now_ns) - t0))
}

# log_stats LOG: prints "runs reported maxrss_mb cpu_s bad_exits
# reported_cpu_s" from a wrapper log: tool runs, runs that reported (the
# packages matched by the patterns; the rest are dependencies analysed for
# their facts only), the largest max RSS, the tools' user+system time, runs
# that exited non-zero or were killed by a signal, and the user+system time
# of the reporting runs alone. Diagnostics make unitchecker exit non-zero, so
# a non-zero exit is a crash only together with crash text or no diagnostics.
log_stats() {
	awk '
		/^Command terminated by signal/ { bad++; next }
		NF >= 6 {
			runs++
			if ($6 == "false") { reported++; rcpu += $3 + $4 }
			if ($1 > rss) rss = $1
			cpu += $3 + $4
			if ($5 != 0) bad++
		}
		END { printf "%d %d %.0f %.1f %d %.1f\n", runs, reported, rss / 1024, cpu, bad, rcpu }
	' "$1"
}

# count_diagnostics FILE: vet diagnostics (file.go:line:col: message) in a
# go vet stderr file.
count_diagnostics() {
	grep -cE '^[^#[:space:]][^:]*\.go:[0-9]+:[0-9]+: ' "$1" || true
}

# crash_text FILE: prints the lines that show a tool crashed.
crash_text() {
	grep -nE '^panic: |^fatal error: |^goroutine [0-9]+ \[|SIGSEGV|^runtime error|internal error|Command terminated by signal|signal: (killed|segmentation)' "$1" || true
}
