#!/usr/bin/env bash
# Loading and saving a 128 MB float64 .npy file: ndarray/npy beside
# numpy.load/numpy.save, measured in one run on the same machine and the same
# file system, the two sides alternating (see scripts/bench_npy.py).
# Usage, from anywhere in the repository:
#
#     scripts/bench-npy.sh [rounds [runs]]      (default 5 rounds of 5 runs)
#
# Files go to $TMPDIR, /dev/shm by default, so that both sides time memory
# and the page cache rather than a disk. Needs a Python with NumPy
# (apt-get install python3-numpy).
set -euo pipefail
cd "$(dirname "$0")/.."
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

bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go test -c -o "$bin/npy.test" ./ndarray/npy

echo "# $(go version); NumPy $("$py" -c 'import numpy; print(numpy.__version__)'); $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; TMPDIR=$TMPDIR; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
"$py" scripts/bench_npy.py "$bin/npy.test" "${1:-5}" "${2:-5}"
