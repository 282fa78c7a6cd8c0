#!/usr/bin/env python3
"""Write the NumPy-made fixtures that ndarray/npy's tests read back.

Run from the repository root with a Python that has NumPy:

    python3 scripts/gen_npy_fixtures.py

It rewrites ndarray/npy/testdata/numpy/: one .npy file per case, two .npz
archives, and manifest.json, which says for every file what NumPy put in it
(descr, shape, order, the values in C order) or why ndarray cannot load it.
Every file is written by NumPy's own numpy.save / numpy.lib.format.write_array
/ numpy.savez[_compressed], so the tests check the Go reader against the
real writer, not against our reading of the format.
"""
import json
import math
import os
import sys

import numpy as np

OUT = os.path.join("ndarray", "npy", "testdata", "numpy")


def enc(v):
    """A JSON value for one element; non-finite floats become strings."""
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, complex):
        return [enc(v.real), enc(v.imag)]
    f = float(v)
    if math.isnan(f):
        return "nan"
    if math.isinf(f):
        return "inf" if f > 0 else "-inf"
    return f


def values(dtype):
    """A few values of dtype that include its edges."""
    dt = np.dtype(dtype)
    if dt.kind == "b":
        return np.array([True, False, True, False, False, True], dtype=dt).reshape(2, 3)
    if dt.kind == "i":
        info = np.iinfo(dt)
        return np.array([info.min, -1, 0, 1, 100, info.max], dtype=dt).reshape(2, 3)
    if dt.kind == "u":
        info = np.iinfo(dt)
        return np.array([0, 1, 2, 200, info.max - 1, info.max], dtype=dt).reshape(2, 3)
    if dt.kind == "f":
        info = np.finfo(dt)
        vals = [0.0, -0.0, 1.5, -2.25, np.inf, -np.inf, np.nan, info.smallest_subnormal, info.max, np.pi]
        return np.array(vals, dtype=dt).reshape(2, 5)
    if dt.kind == "c":
        vals = [1 + 2j, -0.5 + 0j, complex(np.inf, -1), complex(np.nan, 0), 0j, 3.25 - 4.5j]
        return np.array(vals, dtype=dt).reshape(3, 2)
    raise ValueError(dtype)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    manifest = {"numpy_version": np.__version__, "arrays": [], "unsupported": [], "archives": []}

    def describe(arr):
        fortran = bool(arr.flags.f_contiguous and not arr.flags.c_contiguous)
        return {
            "descr": arr.dtype.str,
            "shape": list(arr.shape),
            "fortran_order": fortran,
            "values": [enc(v) for v in arr.ravel(order="C").tolist()],
        }

    def save(name, arr, version=None):
        path = os.path.join(OUT, name)
        if version is None:
            np.save(path, arr)
        else:
            with open(path, "wb") as f:
                np.lib.format.write_array(f, arr, version=version)
        entry = {"file": name, "version": list(version or (1, 0))}
        entry.update(describe(arr))
        manifest["arrays"].append(entry)

    # Every element type ndarray has, in each byte order NumPy writes.
    for kind in ["b1", "i1", "u1"]:
        save("%s.npy" % kind, values("|" + kind))
    for kind in ["i2", "i4", "i8", "u2", "u4", "u8", "f4", "f8", "c8", "c16"]:
        for order, oname in [("<", "le"), (">", "be")]:
            save("%s_%s.npy" % (kind, oname), values(order + kind))

    # Fortran order: NumPy writes the data column-major and fortran_order True.
    save("f8_fortran_3x4.npy", np.asfortranarray(np.arange(12, dtype="<f8").reshape(3, 4) * 0.5))
    save("i4_be_fortran_2x3x4.npy", np.asfortranarray((np.arange(24).reshape(2, 3, 4) - 7).astype(">i4")))
    save("c16_fortran_2x3.npy", np.asfortranarray(values("<c16").reshape(2, 3)))
    # A transposed C array is Fortran-contiguous: numpy.save writes it as Fortran.
    save("u2_transposed_4x3.npy", (np.arange(12, dtype="<u2").reshape(3, 4) * 1000).T)

    # 0-d arrays, empty arrays, a 1-D and a 3-D array.
    save("f8_0d.npy", np.array(3.5, dtype="<f8"))
    save("b1_0d.npy", np.array(True))
    save("i2_be_0d.npy", np.array(-7, dtype=">i2"))
    save("f8_empty_0.npy", np.zeros((0,), dtype="<f8"))
    save("i4_empty_2x0.npy", np.zeros((2, 0), dtype="<i4"))
    save("f4_be_empty_0x3x4.npy", np.zeros((0, 3, 4), dtype=">f4"))
    save("i8_1d.npy", np.arange(7, dtype="<i8") * -3)
    save("f8_3d.npy", np.arange(60, dtype="<f8").reshape(3, 4, 5) / 8)

    # The later format versions, which differ only in the header's length field
    # and encoding.
    save("f8_v2.npy", values("<f8"), version=(2, 0))
    save("i4_fortran_v3.npy", np.asfortranarray(np.arange(6, dtype="<i4").reshape(2, 3)), version=(3, 0))

    # Archives: numpy.savez (stored) and numpy.savez_compressed (deflated).
    arrays = {
        "weights": np.arange(12, dtype="<f4").reshape(3, 4) / 4,
        "labels": np.array([3, 1, 4, 1, 5], dtype="<i8"),
        "mask": np.array([[True, False], [False, True]]),
        "scalar": np.array(2.5),
        "fortran": np.asfortranarray(np.arange(6, dtype="<f8").reshape(2, 3)),
    }
    for name, fn in [("stored.npz", np.savez), ("deflated.npz", np.savez_compressed)]:
        fn(os.path.join(OUT, name), np.arange(3, dtype="<u1"), **arrays)
        members = {"arr_0": describe(np.arange(3, dtype="<u1"))}
        members.update({k: describe(v) for k, v in arrays.items()})
        manifest["archives"].append({"file": name, "members": members})

    # What ndarray cannot hold; the reader must say why, not crash or guess.
    def unsupported(name, arr, why):
        np.save(os.path.join(OUT, name), arr, allow_pickle=True)
        manifest["unsupported"].append({"file": name, "descr": arr.dtype.str, "why": why})

    unsupported("object.npy", np.array([1, "two", None], dtype=object), "object")
    unsupported("structured.npy", np.zeros(3, dtype=[("x", "<f4"), ("y", "<i4")]), "structured")
    unsupported("unicode.npy", np.array(["ab", "cde"]), "string")
    unsupported("bytes.npy", np.array([b"ab", b"cde"]), "string")
    unsupported("float16.npy", np.arange(4, dtype="<f2"), "float16")
    unsupported("datetime.npy", np.array(["2024-01-01"], dtype="datetime64[D]"), "datetime")

    with open(os.path.join(OUT, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d arrays, %d archives, %d unsupported files to %s with NumPy %s" % (
        len(manifest["arrays"]), len(manifest["archives"]), len(manifest["unsupported"]), OUT, np.__version__))


if __name__ == "__main__":
    sys.exit(main())
