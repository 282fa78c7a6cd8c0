#!/usr/bin/env python3
"""Loading and saving a 128 MB float64 .npy file: Go's ndarray/npy beside
numpy.load and numpy.save, in one run. Called by scripts/bench-npy.sh, which
builds the Go test binary and passes it here.

The two sides alternate, round after round, so that both see the same
machine: each round runs the Go benchmarks (BenchmarkLoad128MB and
BenchmarkSave128MB, RUNS iterations, mean per operation) and then times
numpy.save and numpy.load RUNS times each (median). The table gives the
median over the rounds. The other Go benchmarks (memory copy, swapped byte
order, Fortran order, unknown length) run once at the end for reference.

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
    """Runs the Go benchmarks matching pattern; returns {name: seconds/op}."""
    out = subprocess.run(
        [binary, "-test.run", "^$", "-test.bench", pattern, "-test.benchtime", "%dx" % runs],
        check=True, capture_output=True, text=True, cwd=os.path.join("ndarray", "npy"),
    ).stdout
    res = {}
    for m in re.finditer(r"^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op", out, re.M):
        res[m.group(1)] = float(m.group(2)) / 1e9
    return res


def numpy_times(path, arr, runs):
    res = {}
    for op, fn in [("Save128MB", lambda: np.save(path, arr)), ("Load128MB", lambda: np.load(path))]:
        fn()  # warm up: page cache, allocator
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        res[op] = statistics.median(times)
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
    print("%-28s %9s %9s %9s %9s %12s" % ("operation", "Go ms", "Go MB/s", "NumPy ms", "NumPy MB/s", "Go / NumPy"))
    for op, npname in [("Load128MB", "numpy.load"), ("Save128MB", "numpy.save")]:
        g, p = statistics.median(go[op]), statistics.median(py[op])
        print("%-28s %9.1f %9.0f %9.1f %9.0f %11.2fx" % (op + " / " + npname, g * 1e3, MB / g, p * 1e3, MB / p, g / p))
    print("per round, Go ms:    " + "; ".join("%s %s" % (k, " ".join("%.0f" % (t * 1e3) for t in v)) for k, v in sorted(go.items())))
    print("per round, NumPy ms: " + "; ".join("%s %s" % (k, " ".join("%.0f" % (t * 1e3) for t in v)) for k, v in sorted(py.items())))
    print()
    print("other Go benchmarks (one round of %d runs):" % runs)
    other = go_bench(binary, "^Benchmark(Memcopy128MB|Load128MBSwapped|Save128MBTransposed|Load128MBUnknownLength)$", runs)
    for op, t in sorted(other.items()):
        print("%-28s %9.1f %9.0f" % (op, t * 1e3, MB / t))


if __name__ == "__main__":
    main()
