#!/usr/bin/env python3
"""Time numpy.save and numpy.load of a 128 MB float64 array.

The NumPy half of scripts/bench-npy.sh, which runs the Go benchmarks of the
same work beside it. Prints one line per operation:

    numpy <op> <runs> <median seconds> <best seconds> <MB/s at the median>
"""
import os
import statistics
import sys
import tempfile
import time

import numpy as np

N = 128 << 20 >> 3  # float64 elements in 128 MB


def timeit(fn, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    arr = np.arange(N, dtype=np.float64)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "bench.npy")
        np.save(path, arr)
        for op, fn in [("save", lambda: np.save(path, arr)), ("load", lambda: np.load(path))]:
            fn()  # warm up: page cache, allocator
            times = timeit(fn, runs)
            med = statistics.median(times)
            print("numpy %s %d %.6f %.6f %.0f" % (op, runs, med, min(times), arr.nbytes / med / 1e6))


if __name__ == "__main__":
    main()
