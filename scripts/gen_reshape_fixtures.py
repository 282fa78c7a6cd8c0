#!/usr/bin/env python3
"""Ask NumPy when reshape and ravel return views, for ndarray's tests.

Writes ndarray/testdata/reshape_cases.json. Each case starts from
np.arange(size).reshape(base) (an owner in C order), builds a view from it
with a list of operations that ndarray can replay (transpose, slice,
broadcast_to), then records for a target shape what NumPy's reshape did
(view or copy, the strides of a view in elements, the values in C order)
and whether ravel returned a view.

The cases are drawn with a fixed seed, so running the script again gives the
same file. Run it from the repository root:

    python3 scripts/gen_reshape_fixtures.py

It needs NumPy (apt-get install -y python3-numpy).
"""

import itertools
import json
import os
import random
import sys

import numpy as np

ITEM = np.dtype(np.int64).itemsize

BASE_SHAPES = [
    (), (1,), (5,), (6,), (12,), (24,),
    (2, 3), (3, 4), (4, 6), (6, 4), (4, 1), (1, 4), (0, 3), (2, 0),
    (2, 3, 4), (1, 4, 3), (2, 1, 3), (3, 2, 2), (4, 3, 2),
    (3, 1, 1, 4), (2, 2, 2, 2), (2, 3, 1, 2),
]


def rand_range(rng, n):
    """A slice item for an axis of length n: (start, stop, step), None is open."""
    step = rng.choice([1, 1, 1, 2, 3, -1, -1, -2])
    choices = [None, None, 0, 1, n - 1, n, -1, -2, n + 2, -n - 1]
    start = rng.choice(choices)
    stop = rng.choice(choices)
    return {"k": "range", "start": start, "stop": stop, "step": step}


def rand_op(rng, shape):
    nd = len(shape)
    kind = rng.choice(["transpose", "slice", "slice", "slice", "broadcast"])
    if kind == "transpose":
        if nd < 2:
            return None
        axes = list(range(nd))
        rng.shuffle(axes)
        return {"op": "transpose", "axes": axes}
    if kind == "broadcast":
        ones = [i for i, d in enumerate(shape) if d == 1]
        target = list(shape)
        if ones and rng.random() < 0.6:
            target[rng.choice(ones)] = rng.choice([2, 3])
        else:
            target = [rng.choice([1, 2])] + target
        if len(target) > 5:
            return None
        return {"op": "broadcast", "shape": target}
    idx = []
    for n in shape:
        r = rng.random()
        if r < 0.15 and n > 0:
            idx.append({"k": "int", "i": rng.choice([0, n - 1, -1])})
        elif r < 0.25:
            idx.append({"k": "newaxis"})
            idx.append({"k": "range", "start": None, "stop": None, "step": 1})
        elif r < 0.55:
            idx.append({"k": "range", "start": None, "stop": None, "step": 1})
        else:
            idx.append(rand_range(rng, n))
    # Trailing whole axes may be left out, as in Python.
    while idx and idx[-1] == {"k": "range", "start": None, "stop": None, "step": 1} and rng.random() < 0.5:
        idx.pop()
    if rng.random() < 0.1:
        idx.append({"k": "newaxis"})
    return {"op": "slice", "idx": idx}


def apply(a, op):
    if op["op"] == "transpose":
        return a.transpose(op["axes"])
    if op["op"] == "broadcast":
        return np.broadcast_to(a, op["shape"])
    key = []
    for it in op["idx"]:
        if it["k"] == "int":
            key.append(it["i"])
        elif it["k"] == "newaxis":
            key.append(None)
        else:
            key.append(slice(it["start"], it["stop"], it["step"]))
    # A trailing Ellipsis keeps NumPy from returning a scalar (not a view)
    # when every axis gets an integer; it does not change anything else.
    return a[tuple(key) + (Ellipsis,)]


def factorizations(n, maxdims):
    """Shapes of up to maxdims dimensions (each > 1) whose product is n."""
    out = [()] if n == 1 else []

    def rec(rest, prefix):
        if len(prefix) >= maxdims:
            return
        for d in range(2, rest + 1):
            if rest % d == 0:
                if rest == d:
                    out.append(tuple(prefix + [d]))
                else:
                    rec(rest // d, prefix + [d])

    if n > 1:
        rec(n, [])
    return out


def targets(rng, shape):
    n = int(np.prod(shape)) if shape else 1
    cands = {(n,), (-1,), tuple(shape)}
    if n == 0:
        cands |= {(0,), (0, 5), (5, 0, 2), (1, 0)}
        if len(shape) > 0:
            cands.add(tuple(shape)[::-1])
        return sorted(cands)
    for f in factorizations(n, 4):
        cands.add(f)
        cands.add((1,) + f)
        cands.add(f + (1,))
        if len(f) >= 2:
            cands.add(f[:1] + (1,) + f[1:])
            cands.add(f[:-1] + (-1,))
            cands.add((-1,) + f[1:])
    # Merge adjacent axes of the view's own shape, and split one axis.
    for i in range(len(shape) - 1):
        cands.add(tuple(shape[:i]) + (shape[i] * shape[i + 1],) + tuple(shape[i + 2:]))
    for i, d in enumerate(shape):
        for p in range(2, d):
            if d % p == 0:
                cands.add(tuple(shape[:i]) + (p, d // p) + tuple(shape[i + 1:]))
    # Drop and add axes of length 1.
    squeezed = tuple(d for d in shape if d != 1)
    cands.add(squeezed)
    cands.add(squeezed + (1, 1))
    cands = sorted(c for c in cands if len(c) <= 6)
    if len(cands) > 6:
        keep = {(n,), tuple(shape)}
        cands = sorted(keep | set(rng.sample(cands, 6)))
    return cands


def is_view(r, v):
    if v.size > 0:
        return bool(np.shares_memory(r, v))

    def root(x):
        while isinstance(x.base, np.ndarray):
            x = x.base
        return x

    return root(r) is root(v)


def main():
    rng = random.Random(20240917)
    cases = []
    seen = set()
    for base in BASE_SHAPES:
        size = int(np.prod(base)) if base else 1
        for trial in range(30):
            a = np.arange(size, dtype=np.int64).reshape(base)
            ops = []
            v = a
            for _ in range(rng.choice([0, 1, 2, 2, 3, 3])):
                op = rand_op(rng, v.shape)
                if op is None:
                    continue
                ops.append(op)
                v = apply(v, op)
            rav = v.ravel()
            tgts = targets(rng, list(v.shape))
            if v.flags.c_contiguous:
                # Contiguous arrays always reshape to views: a few targets
                # suffice, and the interesting cases stay the majority.
                tgts = rng.sample(tgts, min(2, len(tgts)))
            for tgt in tgts:
                key = json.dumps([base, ops, tgt])
                if key in seen:
                    continue
                seen.add(key)
                r = v.reshape(tgt)
                view = is_view(r, v)
                cases.append({
                    "base": list(base),
                    "ops": ops,
                    "view_shape": list(v.shape),
                    "target": list(tgt),
                    "shape": list(r.shape),
                    "reshape_view": view,
                    "strides": [s // ITEM for s in r.strides] if view else None,
                    "values": r.ravel().tolist(),
                    "ravel_view": is_view(rav, v),
                })
    out = {
        "numpy": np.__version__,
        "generator": "scripts/gen_reshape_fixtures.py",
        "cases": cases,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ndarray", "testdata", "reshape_cases.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    views = sum(c["reshape_view"] for c in cases)
    rviews = sum(c["ravel_view"] for c in cases)
    print(f"{len(cases)} cases: reshape {views} views / {len(cases) - views} copies; "
          f"ravel {rviews} views; numpy {np.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
