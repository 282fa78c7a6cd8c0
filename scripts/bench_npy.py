#!/usr/bin/env python3
"""Loading and saving a 128 MB float64 .npy file: Go's ndarray/npy beside
numpy.load and numpy.save, in one run. Called by scripts/bench-npy.sh, which
builds the Go test binary and passes it here.

The two sides alternate, round after round, so that both see the same
machine: each round runs the Go benchmarks (BenchmarkLoad128MB and
BenchmarkSave128MB, RUNS iterations) and then times numpy.save and
numpy.load RUNS times each. Both sides are timed in wall-clock time and in
CPU time of the process (user + system, so the kernel's copies count; Go's
cpu-ns/op, Python's time.process_time): on a machine shared with other jobs,
wall time mostly measures waiting for a core, and CPU time is the fair
comparison. The table gives the median over the rounds. The other Go
benchmarks (memory copy, swapped byte order, Fortran order, unknown length)
run once at the end for reference.

    bench_npy.py GO_TEST_BINARY [ROUNDS] [RUNS]
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

N = 128 << 20 >> 3  # float64 elements in 128 MB
MB = (N * 8) / 1e6


def go_bench(binary, pattern, runs):
    """Runs the Go benchmarks matching pattern: {name: (wall s/op, cpu s/op)}."""
    out = subprocess.run(
        [binary, "-test.run", "^$", "-test.bench", pattern, "-test.benchtime", "%dx" % runs],
        check=True, capture_output=True, text=True, cwd=os.path.join("ndarray", "npy"),
    ).stdout
    res = {}
    for line in out.splitlines():
        m = re.match(r"^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", line)
        if m:
            cpu = re.search(r"([\d.]+) cpu-ns/op", line)
            res[m.group(1)] = (float(m.group(2)) / 1e9, float(cpu.group(1)) / 1e9 if cpu else float("nan"))
    return res


def numpy_times(path, arr, runs):
    """Times numpy.save and numpy.load: {name: (wall s/op, cpu s/op)}, medians."""
    res = {}
    for op, fn in [("Save128MB", lambda: np.save(path, arr)), ("Load128MB", lambda: np.load(path))]:
        fn()  # warm up: page cache, allocator
        wall, cpu = [], []
        for _ in range(runs):
            w0, c0 = time.perf_counter(), time.process_time()
            fn()
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
        res[op] = (statistics.median(wall), statistics.median(cpu))
    return res


def main():
    binary = os.path.abspath(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    arr = np.arange(N, dtype=np.float64)
    go, py = {}, {}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "bench.npy")
        for _ in range(rounds):
            for k, v in go_bench(binary, "^Benchmark(Load|Save)128MB$", runs).items():
                go.setdefault(k, []).append(v)
            for k, v in numpy_times(path, arr, runs).items():
                py.setdefault(k, []).append(v)
    print("%d rounds of %d runs each side, alternating; medians over the rounds" % (rounds, runs))
    print("%-26s %8s %8s %8s %8s %10s" % ("", "Go", "NumPy", "Go", "NumPy", ""))
    print("%-26s %8s %8s %8s %8s %10s" % ("operation", "ms", "ms", "MB/s", "MB/s", "Go/NumPy"))
    for op, npname in [("Load128MB", "numpy.load"), ("Save128MB", "numpy.save")]:
        for i, clock in [(1, "CPU"), (0, "wall")]:
            g = statistics.median(v[i] for v in go[op])
            p = statistics.median(v[i] for v in py[op])
            print("%-26s %8.1f %8.1f %8.0f %8.0f %9.2fx" % ("%s %s" % (op, clock), g * 1e3, p * 1e3, MB / g, MB / p, g / p))
    for side, res in [("Go", go), ("NumPy", py)]:
        print("per round, %s CPU/wall ms: %s" % (side, "; ".join(
            "%s %s" % (k, " ".join("%.0f/%.0f" % (c * 1e3, w * 1e3) for w, c in v)) for k, v in sorted(res.items()))))
    print()
    print("other Go benchmarks (one round of %d runs):" % runs)
    other = go_bench(binary, "^Benchmark(Memcopy128MB|Load128MBSwapped|Save128MBTransposed|Load128MBUnknownLength)$", runs)
    print("%-26s %8s %8s %8s" % ("", "CPU ms", "wall ms", "CPU MB/s"))
    for op, (w, c) in sorted(other.items()):
        print("%-26s %8.1f %8.1f %8.0f" % (op, c * 1e3, w * 1e3, MB / c))


if __name__ == "__main__":
    main()
