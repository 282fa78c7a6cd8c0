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
if [ ${#mods[@]} -eq 0 ]; then
	mapfile -t mods < <(list_modules)
fi
mkdir -p "$out/logs" "$out/findings"
out=$(cd "$out" && pwd)
if [ -z "$tool" ]; then
	log "building cmd/viewcheck"
	tool=$(build_viewcheck "$out")
fi

crashed=0
rows=()
for mod in "${mods[@]}"; do
	read -r mod version <<<"$(list_module "$mod")"
	name=$(basename "$mod")
	if [ "$mod" = std ]; then
		dir=$(go env GOROOT)/src
		pattern=std
		version=$(go env GOVERSION)
	else
		[ -n "$version" ] || die "$mod is not in $REALWORLD_LIST"
		log "$mod@$version: fetching"
		dir=$(fetch_module "$mod" "$version" "$out")
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
