#!/usr/bin/env bash
# bench-vet.sh: what the viewcheck vet tool adds to go vet, in time and
# memory, on real and generated code. See docs/analyzer-testing.md.
#
#   scripts/bench-vet.sh [-n RUNS] [-o OUTDIR] [-t TOOL] [--plain-only] [TARGET...]
#
# TARGETs: gonum (gonum.org/v1/gonum@$GONUM_VERSION from the module proxy),
# genNk (a module of N thousand lines written by scripts/gen-arraycode), std
# (go vet std), a module of scripts/realworld.list (by full name or last
# element: pebble), realworld (every module of that list, std included, and
# a row of their sums), or the directory of any module. Default: gonum
# gen25k gen50k gen100k gen200k.
#
# For each target, with the build cache warm (one go build ./... and one
# go vet ./... first) and vet results fresh (a new tool ID per run, see
# scripts/lib/vettool-wrap.sh), it times
#   go vet ./...                          (the standard vet tool)
#   go vet -vettool=viewcheck ./...       (the analyzer alone)
# and logs every tool process's max RSS (GNU time's %M, as in time -v).
# With -n RUNS it reports the median wall and CPU times. Results: a table on stdout
# and in OUTDIR/bench-vet.md; logs in OUTDIR/logs.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

runs=1
out=$ROOT/bench-out
tool=
plain_only=false
targets=()
while [ $# -gt 0 ]; do
	case "$1" in
	-n) runs=$2; shift 2 ;;
	-o) out=$2; shift 2 ;;
	-t) tool=$2; shift 2 ;;
	--plain-only) plain_only=true; shift ;;
	-h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
	-*) die "unknown flag $1" ;;
	*) targets+=("$1"); shift ;;
	esac
done
[ ${#targets[@]} -gt 0 ] || targets=(gonum gen25k gen50k gen100k gen200k)
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

vet=$(go env GOTOOLDIR)/vet
if ! $plain_only; then
	if [ -z "$tool" ]; then
		log "building cmd/viewcheck"
		tool=$(build_viewcheck "$out")
	fi
	tool=$(cd "$(dirname "$tool")" && pwd)/$(basename "$tool")
fi

# median of the arguments (numbers)
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

results=()
sum_pkgs=0 sum_lines=0 sum_vet=0 sum_vetcpu=0 max_vetrss=0 sum_vc=0 sum_vccpu=0 max_vcrss=0 sum_diags=0
for target in "${targets[@]}"; do
	log "$target: preparing"
	pattern=./...
	if [ "$target" = std ]; then
		dir=$ROOT pattern=std
		lines=$(count_lines "$(go env GOROOT)/src")
	else
		dir=$(target_dir "$target" "$out")
		lines=$(count_lines "$dir")
	fi
	name=$(basename "$target")
	pkgs=$(cd "$dir" && GOWORK=off go list "$pattern" 2>/dev/null | wc -l)

	log "$target: warming the build cache ($pkgs packages, $lines lines, in $dir)"
	# A module that does not build completely with this Go (some of the
	# real ones) is measured on what does: vet skips the same packages
	# with either tool.
	(cd "$dir" && GOWORK=off go build "$pattern") || log "$target: go build $pattern failed in part"
	# Vet also needs test variants compiled; one vet run builds them all.
	run_vet "$dir" "$vet" "warm-$(now_ns)" "" /dev/null "$out/logs/$name-warm.err" "$pattern"

	declare -A wall=() rss=() cpu=() rcpu=() diags=()
	tools=(vet)
	$plain_only || tools+=(viewcheck)
	for t in "${tools[@]}"; do
		bin=$vet
		[ "$t" = viewcheck ] && bin=$tool
		walls=() cpus=() rcpus=() maxrss=0
		for i in $(seq "$runs"); do
			logf=$out/logs/$name-$t-$i.time
			: >"$logf"
			log "$target: go vet with $t, run $i/$runs"
			run_vet "$dir" "$bin" "$t-$(now_ns)" "$logf" "$out/logs/$name-$t-$i.out" "$out/logs/$name-$t-$i.err" "$pattern"
			walls+=("$VET_NS")
			read -r _ _ r c _ rc <<<"$(log_stats "$logf")"
			cpus+=("$c")
			rcpus+=("$rc")
			[ "$r" -le "$maxrss" ] || maxrss=$r
			crash=$(crash_text "$out/logs/$name-$t-$i.err")
			if [ -n "$crash" ]; then
				echo "$target: $t crashed; see $out/logs/$name-$t-$i.err:" >&2
				echo "$crash" | head -n 5 >&2
			fi
		done
		wall[$t]=$(median "${walls[@]}")
		cpu[$t]=$(median "${cpus[@]}")
		rcpu[$t]=$(median "${rcpus[@]}")
		rss[$t]=$maxrss
		diags[$t]=$(count_diagnostics "$out/logs/$name-$t-$runs.err")
	done

	if $plain_only; then
		row=$(printf '| %s | %d | %d | %s | %s | %s | %s | - | - | - | - | - | - |' "$target" "$pkgs" "$lines" \
			"$(seconds "${wall[vet]}")" "${cpu[vet]}" "${rcpu[vet]}" "${rss[vet]}")
	else
		ratio=$(awk -v a="${wall[viewcheck]}" -v b="${wall[vet]}" 'BEGIN { printf "%.2f", a / b }')
		row=$(printf '| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |' "$target" "$pkgs" "$lines" \
			"$(seconds "${wall[vet]}")" "${cpu[vet]}" "${rcpu[vet]}" "${rss[vet]}" \
			"$(seconds "${wall[viewcheck]}")" "${cpu[viewcheck]}" "${rcpu[viewcheck]}" "${rss[viewcheck]}" "$ratio" "${diags[viewcheck]}")
	fi
	results+=("$row")
	echo "$row" >&2
	sum_pkgs=$((sum_pkgs + pkgs)) sum_lines=$((sum_lines + lines))
	sum_vet=$((sum_vet + wall[vet])) sum_vetcpu=$(awk -v a="$sum_vetcpu" -v b="${cpu[vet]}" 'BEGIN { print a + b }')
	[ "${rss[vet]}" -le "$max_vetrss" ] || max_vetrss=${rss[vet]}
	if ! $plain_only; then
		sum_vc=$((sum_vc + wall[viewcheck])) sum_vccpu=$(awk -v a="$sum_vccpu" -v b="${cpu[viewcheck]}" 'BEGIN { print a + b }')
		[ "${rss[viewcheck]}" -le "$max_vcrss" ] || max_vcrss=${rss[viewcheck]}
		sum_diags=$((sum_diags + diags[viewcheck]))
	fi
	unset wall rss cpu rcpu diags
done

if [ ${#targets[@]} -gt 1 ]; then
	if $plain_only; then
		results+=("$(printf '| **sum** | %d | %d | %s | %s | - | %s (max) | - | - | - | - | - | - |' "$sum_pkgs" "$sum_lines" "$(seconds "$sum_vet")" "$sum_vetcpu" "$max_vetrss")")
	else
		results+=("$(printf '| **sum** | %d | %d | %s | %s | - | %s (max) | %s | %s | - | %s (max) | %s | %d |' "$sum_pkgs" "$sum_lines" \
			"$(seconds "$sum_vet")" "$sum_vetcpu" "$max_vetrss" "$(seconds "$sum_vc")" "$sum_vccpu" "$max_vcrss" \
			"$(awk -v a="$sum_vc" -v b="$sum_vet" 'BEGIN { printf "%.2f", a / b }')" "$sum_diags")")
	fi
fi
{
	echo "go vet ./... with a warm build cache and fresh vet results; $(go version | cut -d' ' -f3), $(nproc) cores, median of $runs run(s), $(date -u +%Y-%m-%d)."
	echo "wall: seconds for the whole go vet; cpu: user+system seconds of all vet tool processes (own: of those for the target's own packages, not its dependencies); RSS: the largest max RSS of one tool process, MB, over all runs."
	echo
	echo "| target | packages | lines | vet wall s | vet cpu s | vet own cpu s | vet RSS MB | viewcheck wall s | viewcheck cpu s | viewcheck own cpu s | viewcheck RSS MB | wall ratio | diagnostics |"
	echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
	printf '%s\n' "${results[@]}"
} | tee "$out/bench-vet.md"
