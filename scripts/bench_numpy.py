#!/usr/bin/env python3
"""Times in NumPy the operations that ndarray/bench_test.go times in Go.

Each line of output is "name ns_per_op", with the names of the Go
benchmarks (without the Benchmark prefix), so that scripts/bench-ndarray.sh
can put the two side by side. The arrays are 4096 x 4096 float64, as in Go.
Each figure is the best of several repeats of a timed loop, timed in CPU
time of the process (time.process_time), like the cpu-ns/op metric of the Go
benchmarks: on a machine shared with other jobs, wall time mostly measures
waiting for a core. --wall times wall-clock instead.
"""
import argparse
import re
import time
import timeit

import numpy as np

N = 4096


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--filter", default=".", help="regexp: time only matching names")
    parser.add_argument("--repeat", type=int, default=3, help="timed loops per case; the best is printed")
    parser.add_argument("--wall", action="store_true", help="time wall-clock instead of CPU time")
    args = parser.parse_args()
    clock = time.perf_counter if args.wall else time.process_time
    rng = np.random.default_rng(1)
    a = rng.random((N, N))
    b = rng.random((N, N))
    out = np.zeros((N, N))
    step_out = np.zeros((N // 2, N // 2))
    rows = rng.integers(0, N, N // 2)
    even, odd = a[:, ::2], a[:, 1::2]
    top, bottom = a[: N // 2], a[N // 4 :]

    cases = [
        ("4096CopyContiguous", lambda: np.copyto(out, a)),
        ("4096CopyFresh", lambda: a.copy()),
        ("4096CopyTransposed", lambda: np.copyto(out, a.T)),
        ("4096CopyStepped", lambda: a[::2, ::2].copy()),
        ("4096AssignStepped", lambda: np.copyto(step_out, a[::2, ::2])),
        ("4096Add", lambda: a + b),
        ("4096AddAssign", lambda: np.add(out, b, out=out)),
        ("4096Sum", lambda: a.sum()),
        ("4096TakeRows", lambda: a.take(rows, axis=0)),
        ("4096SharesMemoryInterleaved", lambda: np.shares_memory(even, odd)),
        ("4096SharesMemoryRows", lambda: np.shares_memory(top, bottom)),
    ]
    for name, f in cases:
        if not re.search(args.filter, name):
            continue
        f()  # warm up: fault in pages, fill caches
        timer = timeit.Timer(f, timer=clock)
        number, _ = timer.autorange()  # at least 0.2 s per repeat
        best = min(timer.repeat(repeat=args.repeat, number=number)) / number
        print(f"{name} {best * 1e9:.0f}", flush=True)


if __name__ == "__main__":
    main()
