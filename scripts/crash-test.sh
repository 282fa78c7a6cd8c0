#!/usr/bin/env bash
# crash-test.sh: runs the viewcheck vet tool over code that does not use
# ndarray, the whole standard library and gonum, and fails if it crashes or
# reports anything. See docs/analyzer-testing.md.
#
#   scripts/crash-test.sh [-o OUTDIR] [-t TOOL] [TARGET...]
#
# TARGETs: std (go vet std), gonum (gonum.org/v1/gonum@$GONUM_VERSION from
# the module proxy, go vet ./... in its module directory), a module of
# scripts/realworld.list (by full name or last element), realworld (every
# module of that list), or the directory of any module. Default: std gonum.
#
# Vet results are fresh (a new tool ID per run, see
# scripts/lib/vettool-wrap.sh), so every package, tests included, is
# analysed again rather than answered from go vet's cache. A target passes
# when go vet exits 0, no tool process exited non-zero or was killed, no
# output shows a panic or fatal error. Diagnostics are counted, not failed
# on: since the contracts, gonum is analysed and has findings of its own
# (scripts/realworld.sh and docs/realworld.md judge them); go vet's exit
# status 1 with findings is not a crash.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

out=$ROOT/bench-out
tool=
targets=()
while [ $# -gt 0 ]; do
	case "$1" in
	-o) out=$2; shift 2 ;;
	-t) tool=$2; shift 2 ;;
	-h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
	-*) die "unknown flag $1" ;;
	*) targets+=("$1"); shift ;;
	esac
done
[ ${#targets[@]} -gt 0 ] || targets=(std gonum)
expanded=()
for t in "${targets[@]}"; do
	if [ "$t" = realworld ]; then
		mapfile -t -O "${#expanded[@]}" expanded < <(list_modules)
	else
		expanded+=("$t")
	fi
done
targets=("${expanded[@]}")
[ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is needed: apt-get install -y time"
mkdir -p "$out/logs"
out=$(cd "$out" && pwd)
if [ -z "$tool" ]; then
	log "building cmd/viewcheck"
	tool=$(build_viewcheck "$out")
fi
tool=$(cd "$(dirname "$tool")" && pwd)/$(basename "$tool")

failed=0
summary=()
for target in "${targets[@]}"; do
	if [ "$target" = std ]; then
		dir=$ROOT
		patterns=(std)
	else
		dir=$(target_dir "$target" "$out")
		patterns=(./...)
	fi
	name=$(basename "$target")
	logf=$out/logs/crash-$name.time
	errf=$out/logs/crash-$name.err
	: >"$logf"
	log "$target: go vet -vettool=viewcheck ${patterns[*]} (in $dir)"
	run_vet "$dir" "$tool" "crash-$(now_ns)" "$logf" "$out/logs/crash-$name.out" "$errf" "${patterns[@]}"
	read -r n_runs reported maxrss cpus bad rcpu <<<"$(log_stats "$logf")"
	ndiag=$(count_diagnostics "$errf")
	crash=$(crash_text "$errf"; crash_text "$logf")

	problems=()
	[ "$VET_RC" -eq 0 ] || { [ "$VET_RC" -eq 1 ] && [ "$ndiag" -gt 0 ]; } || problems+=("go vet exited $VET_RC")
	[ "$bad" -eq 0 ] || problems+=("$bad tool process(es) exited non-zero or were killed")
	[ -z "$crash" ] || problems+=("crash output")
	[ "$n_runs" -gt 0 ] || problems+=("the tool never ran")

	line=$(printf '%s: %s tool runs (%s reported, the rest facts only), %s s wall, %s s tool cpu (%s s in reported packages), max RSS %s MB, %s diagnostic(s)' \
		"$target" "$n_runs" "$reported" "$(seconds "$VET_NS")" "$cpus" "$rcpu" "$maxrss" "$ndiag")
	if [ ${#problems[@]} -eq 0 ]; then
		summary+=("ok   $line")
	else
		failed=1
		summary+=("FAIL $line: $(IFS=';'; echo "${problems[*]}")")
		{
			echo "---- $target: first lines of the problem output ($errf)"
			[ -z "$crash" ] || echo "$crash" | head -n 20
			grep -E '^[^#[:space:]][^:]*\.go:[0-9]+:[0-9]+: ' "$errf" | head -n 20 || true
			awk 'NF >= 6 && $5 != 0' "$logf" | head -n 10
		} >&2
	fi
done
printf '%s\n' "${summary[@]}"
exit $failed
