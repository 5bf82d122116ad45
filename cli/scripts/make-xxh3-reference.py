"""XXH3-128 digests for cli/test/explore/pixelHash.test.ts, by Python's xxhash (the reference
implementation's C code). Messages are made by the formula below, which the test repeats.

Run: python3 -m venv V && V/bin/pip install xxhash && V/bin/python cli/scripts/make-xxh3-reference.py
"""
import json
import pathlib

import xxhash

# Around every boundary of XXH3's long path: 240/241 (short/long), the 64-byte stripe, the
# 1,024-byte block and the test's 3,072-byte window, and over a 1 MiB window.
LENGTHS = [241, 255, 256, 319, 320, 1023, 1024, 1025, 1087, 1088, 1089, 2047, 2048, 2049,
           3071, 3072, 3073, 3137, 5000, 65536, 65537, 230656, (1 << 20) + 1025, (2 << 20) + 77]


def message(length, seed):
    return bytes((i * 7 + (i >> 8) * 13 + seed * 31 + (i * i) % 251) & 255 for i in range(length))


def main():
    rows = []
    for seed, length in enumerate(LENGTHS):
        rows.append({"length": length, "seed": seed, "xxh3_128": xxhash.xxh3_128(message(length, seed)).hexdigest()})
    out = pathlib.Path(__file__).parent.parent / "test" / "explore" / "fixtures" / "xxh3-reference.json"
    out.write_text(json.dumps({"xxhash": xxhash.VERSION, "digests": rows}, indent=1) + "\n")
    print(f"wrote {len(rows)} digests to {out}")


main()
