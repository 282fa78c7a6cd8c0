#!/usr/bin/env bash
# realworld.sh: runs viewcheck on real modules nobody here wrote and lists
# every finding, for docs/realworld.md (where each gets a verdict).
#
#   scripts/realworld.sh [-o OUTDIR] [-t TOOL] [-checks LIST] [MODULE...]
#
# MODULEs are names from scripts/realworld.list, in full or by their last
# element (gjson; default: all of them). Each
# is fetched at its pinned version through the module proxy (go mod
# download), with its dependencies, and analysed by the standalone linter
# (`viewcheck ./...`, test files included) in its module directory;
# "std" is `viewcheck std`. Results: OUTDIR/realworld.md (a table of lines
# and findings per module and check), OUTDIR/findings/NAME.txt (every
# finding, file:line:col: message), OUTDIR/logs. The script fails when
# viewcheck crashes (a panic, a signal) on any module; a module that does
# not load completely with this Go is analysed as far as it loads and noted.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

out=$ROOT/bench-out/realworld
tool=
checks=all
mods=()
while [ $# -gt 0 ]; do
	case "$1" in
	-o) out=$2; shift 2 ;;
	-t) tool=$2; shift 2 ;;
	-checks) checks=$2; shift 2 ;;
	-h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
	-*) die "unknown flag $1" ;;
	*) mods+=("$1"); shift ;;
	esac
done
list=$ROOT/scripts/realworld.list
if [ ${#mods[@]} -eq 0 ]; then
	mapfile -t mods < <(grep -v '^#' "$list" | awk 'NF { print $1 }')
fi
mkdir -p "$out/logs" "$out/findings"
out=$(cd "$out" && pwd)
if [ -z "$tool" ]; then
	log "building cmd/viewcheck"
	tool=$(build_viewcheck "$out")
fi

# fetch MODULE VERSION: prints the module's directory in the module cache,
# its dependencies downloaded.
fetch() {
	local tmp="$out/fetch" dir
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

crashed=0
rows=()
for mod in "${mods[@]}"; do
	# A short name (gjson) stands for the list's module of that base name.
	full=$(grep -v '^#' "$list" | awk -v m="$mod" '{ n = split($1, p, "/") } $1 == m || p[n] == m { print $1; exit }')
	[ -n "$full" ] && mod=$full
	name=$(basename "$mod")
	[ "$mod" = std ] && name=std
	version=$(awk -v m="$mod" '$1 == m { print $2 }' "$list")
	if [ "$mod" = std ]; then
		dir=$(go env GOROOT)/src
		pattern=std
		version=$(go env GOVERSION)
	else
		[ -n "$version" ] || die "$mod is not in $list"
		log "$mod@$version: fetching"
		dir=$(fetch "$mod" "$version")
		pattern=./...
	fi
	lines=$(count_lines "$dir")
	log "$mod: analysing $lines lines"
	rc=0
	t0=$(now_ns)
	# GOWORK=off: a go.work in a module's zip (prometheus) names modules
	# the zip does not hold.
	(cd "$dir" && GOWORK=off "$tool" -checks "$checks" $pattern) \
		>"$out/findings/$name.txt" 2>"$out/logs/$name.err" || rc=$?
	secs=$(seconds $(($(now_ns) - t0)))
	if [ $rc -gt 2 ] || grep -qE '^(panic:|fatal error:)|goroutine [0-9]+ \[' "$out/logs/$name.err"; then
		log "$mod: viewcheck CRASHED (exit $rc), see $out/logs/$name.err"
		crashed=1
	fi
	note=
	[ $rc -eq 2 ] && note="partly loaded (see logs/$name.err)"
	n=$(wc -l <"$out/findings/$name.txt")
	bycheck=$(awk '{ match($0, /\(VC[0-9]+\)$/); if (RSTART) c[substr($0, RSTART + 1, 6)]++ } END { for (k in c) printf "%s %d, ", k, c[k] }' "$out/findings/$name.txt" | sed 's/, $//')
	rows+=("| $mod | $version | $lines | $secs | $n | ${bycheck:--} | $note |")
	log "$mod: $n findings in ${secs}s"
done

{
	echo "viewcheck on real modules; $(go env GOVERSION), $(date +%F), checks: $checks."
	echo
	echo "| module | version | lines | seconds | findings | by check | note |"
	echo "|---|---|---|---|---|---|---|"
	printf '%s\n' "${rows[@]}"
} | tee "$out/realworld.md"
exit $crashed
