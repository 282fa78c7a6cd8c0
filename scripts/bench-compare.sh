#!/usr/bin/env bash
# Compares ndarray's Benchmark4096* kernels at an older revision with the
# working tree, through one harness: the working tree's benchmark files
# (ndarray/bench_test.go and its helpers) are laid over the old revision's
# code, so that only the kernels differ. The two test binaries alternate
# COUNT times and benchstat prints the comparison (sec/op, cpu-sec/op,
# faults/op).
#
#   scripts/bench-compare.sh 69f1693                       # the copy and arithmetic kernels
#   COUNT=10 scripts/bench-compare.sh HEAD~3 'Take|Stepped'
set -euo pipefail
cd "$(dirname "$0")/.."

old=${1:?usage: scripts/bench-compare.sh OLD-REVISION [BENCH-REGEXP]}
filter=${2:-Copy|Assign|Add|Sum|Take}
COUNT=${COUNT:-6}
BENCHTIME=${BENCHTIME:-20x}

tmp=$(mktemp -d)
cleanup() {
	git worktree remove --force "$tmp/old" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT

git worktree add --detach "$tmp/old" "$old" >/dev/null
cp ndarray/bench_test.go ndarray/bench_cpu_*_test.go "$tmp/old/ndarray/"
(cd "$tmp/old" && go test -c -o "$tmp/old.test" ./ndarray)
go test -c -o "$tmp/new.test" ./ndarray

for i in $(seq "$COUNT"); do
	echo "run $i/$COUNT" >&2
	for side in old new; do
		"$tmp/$side.test" -test.run '^$' -test.bench "^Benchmark4096($filter)" \
			-test.benchtime "$BENCHTIME" | grep '^Benchmark' >>"$tmp/$side.txt"
	done
done
go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da \
	"old=$tmp/old.txt" "new=$tmp/new.txt"
