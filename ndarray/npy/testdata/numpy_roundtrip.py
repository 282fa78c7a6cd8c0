"""Load .npy and .npz files with NumPy and describe what it sees.

Used by ndarray/npy's TestNumPyLoadsGoFiles: Go saves the files, this script
loads them with numpy.load and prints one JSON object, keyed by file name (and
"file.npz/member" for archive members), with the dtype, shape, layout and
values NumPy read, and whether numpy.save would have written the very same
bytes ("same_as_numpy_save").

    python3 numpy_roundtrip.py FILE...
"""
import io
import json
import math
import os
import sys
import zipfile

import numpy as np


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, complex):
        return [enc(v.real), enc(v.imag)]
    f = float(v)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f


def describe(arr, raw):
    buf = io.BytesIO()
    np.save(buf, arr)
    return {
        "descr": arr.dtype.str,
        "shape": list(arr.shape),
        "fortran_order": bool(arr.flags.f_contiguous and not arr.flags.c_contiguous),
        "values": [enc(v) for v in arr.ravel(order="C").tolist()],
        "same_as_numpy_save": buf.getvalue() == raw,
    }


def main(paths):
    out = {}
    for path in paths:
        name = os.path.basename(path)
        if path.endswith(".npz"):
            with np.load(path) as z, zipfile.ZipFile(path) as zf:
                for key in z.files:
                    out[name + "/" + key] = describe(z[key], zf.read(key + ".npy"))
        else:
            with open(path, "rb") as f:
                raw = f.read()
            out[name] = describe(np.load(path), raw)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
