#!/usr/bin/env bash
# Times ndarray's kernels (ndarray/bench_test.go, Benchmark4096*) and the same
# operations in NumPy (scripts/bench_numpy.py) in one run, and prints them side
# by side: Go ns/op, NumPy ns/op, and their ratio (below 1: Go is faster).
#
# Both sides are timed in CPU time of their process (the Go benchmarks'
# cpu-ns/op metric, Python's time.process_time), because on a shared machine
# wall time mostly measures waiting for a core. WALL=1 compares wall-clock
# time instead (Go's ns/op), which is right on an otherwise idle machine.
# The two alternate ROUNDS times and each figure is the best round, so that a
# burst of load from other processes hits both sides alike.
#
#   scripts/bench-ndarray.sh                 # all benchmarks, 3 rounds
#   ROUNDS=5 scripts/bench-ndarray.sh
#   scripts/bench-ndarray.sh Transposed      # only names matching a regexp
#
# Without NumPy (apt-get install -y python3-numpy) it prints the Go column only.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
BENCHTIME=${BENCHTIME:-20x} # the 4096x4096 kernels: tens of ms each
FILTER=${1:-.}
WALL=${WALL:-}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# python3 on PATH may be a separate install (pyenv) without NumPy; the
# distribution's interpreter is where apt puts python3-numpy.
py=""
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import numpy' 2>/dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	echo "NumPy not found (apt-get install -y python3-numpy): printing Go figures only" >&2
fi

kernels=(4096CopyContiguous 4096CopyFresh 4096CopyTransposed 4096CopyStepped 4096AssignStepped
	4096Add 4096AddAssign 4096Sum 4096TakeRows)
overlap=(4096SharesMemoryInterleaved 4096SharesMemoryRows)

go test -c -o "$tmp/ndarray.test" ./ndarray
for round in $(seq "$ROUNDS"); do
	echo "round $round/$ROUNDS" >&2
	for b in $(printf '%s\n' "${kernels[@]}" | grep -E -- "$FILTER" || true); do
		"$tmp/ndarray.test" -test.run '^$' -test.bench "^Benchmark$b\$" \
			-test.benchtime "$BENCHTIME" >>"$tmp/go.txt"
	done
	# SharesMemory takes nanoseconds: time it for a second.
	for b in $(printf '%s\n' "${overlap[@]}" | grep -E -- "$FILTER" || true); do
		"$tmp/ndarray.test" -test.run '^$' -test.bench "^Benchmark$b\$" \
			-test.benchtime 1s >>"$tmp/go.txt"
	done
	if [ -n "$py" ]; then
		"$py" scripts/bench_numpy.py --filter "$FILTER" ${WALL:+--wall} >>"$tmp/np.txt"
	fi
done
touch "$tmp/np.txt"

# Go lines: Benchmark4096Add-2  20  40 ns/op  3 MB/s  38 cpu-ns/op; NumPy lines: 4096Add 34.
awk -v wall="$WALL" '
	FNR == 1 { file++ }
	file == 1 && /^Benchmark4096/ {
		name = $1; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
		v = $3
		if (wall == "") for (i = 4; i < NF; i++) if ($(i + 1) == "cpu-ns/op") v = $i
		if (!(name in g) || v < g[name]) g[name] = v
		if (!(name in seen)) { seen[name] = 1; order[++n] = name }
	}
	file == 2 && NF == 2 { if (!($1 in p) || $2 < p[$1]) p[$1] = $2 }
	function fmt(ns) { return ns >= 1e6 ? sprintf("%.2f ms", ns / 1e6) : sprintf("%.0f ns", ns) }
	END {
		printf "%s time per operation, best of the rounds\n\n", wall == "" ? "CPU" : "Wall-clock"
		printf "| %-30s | %12s | %12s | %10s |\n", "benchmark (4096x4096 float64)", "Go", "NumPy", "Go/NumPy"
		printf "|%s|%s|%s|%s|\n", "--------------------------------", "-------------:", "-------------:", "-----------:"
		for (i = 1; i <= n; i++) {
			k = order[i]
			np = (k in p) ? fmt(p[k]) : "-"
			r = (k in p) ? sprintf("%.2f", g[k] / p[k]) : "-"
			printf "| %-30s | %12s | %12s | %10s |\n", k, fmt(g[k]), np, r
		}
	}
' "$tmp/go.txt" "$tmp/np.txt"
