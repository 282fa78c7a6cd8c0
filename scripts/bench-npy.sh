#!/usr/bin/env bash
# Loading and saving a 128 MB float64 .npy file: ndarray/npy beside
# numpy.load/numpy.save, measured in one run on the same machine and the same
# file system. Usage, from anywhere in the repository:
#
#     scripts/bench-npy.sh [runs]      (default 10 runs of each)
#
# Files go to $TMPDIR, /dev/shm by default, so that both sides time memory
# and the page cache rather than a disk. Needs a Python with NumPy
# (apt-get install python3-numpy).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ]; then
	export TMPDIR=/dev/shm
fi

py=""
for cand in python3 /usr/bin/python3; do
	if "$cand" -c 'import numpy' 2>/dev/null; then
		py=$cand
		break
	fi
done
if [ -z "$py" ]; then
	echo "bench-npy: no python3 with NumPy (apt-get install python3-numpy)" >&2
	exit 1
fi

echo "# $(go version); NumPy $("$py" -c 'import numpy; print(numpy.__version__)'); $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'); TMPDIR=$TMPDIR; $runs runs each"

gobench=$(go test -run '^$' -bench '128MB' -benchtime "${runs}x" -count 1 ./ndarray/npy)
numpy=$("$py" scripts/bench_npy.py "$runs")

# Go reports the mean ns/op over the runs; NumPy's line gives the median.
awk -v numpy="$numpy" '
BEGIN {
	n = split(numpy, lines, "\n")
	for (i = 1; i <= n; i++) {
		split(lines[i], f, " ")
		np[f[2]] = f[4]
	}
	printf "%-32s %10s %10s %12s\n", "operation", "ms", "MB/s", "vs NumPy"
}
/^Benchmark/ {
	name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
	ms = $3 / 1e6
	mbs = 134.217728 / (ms / 1000)
	ratio = ""
	if (name == "Load128MB") ratio = sprintf("%.2fx", (ms / 1000) / np["load"])
	if (name == "Save128MB") ratio = sprintf("%.2fx", (ms / 1000) / np["save"])
	printf "%-32s %10.1f %10.0f %12s\n", "go " name, ms, mbs, ratio
}
END {
	printf "%-32s %10.1f %10.0f\n", "numpy.load", np["load"] * 1000, 134.217728 / np["load"]
	printf "%-32s %10.1f %10.0f\n", "numpy.save", np["save"] * 1000, 134.217728 / np["save"]
}' <<<"$gobench"
