"""Reference values for `fastclahe explore`, computed the way cleanvision 0.3.8 and imagehash 4.3
compute them (their code paths re-stated here with Pillow, numpy and scipy, so that only those
three packages are needed).

Usage: python3 explore-reference.py <folder>  > reference.json
Prints {relative path: {...}} for every file Pillow opens in the folder.
"""
import json
import math
import os
import sys

import numpy as np
import scipy.fftpack
from PIL import Image, ImageFilter, ImageStat

PERCENTILES = [1, 5, 10, 15, 50, 90, 95, 99]


def brightness_percentiles(image):
    # cleanvision calc_percentile_brightness (with the median added)
    imarr = np.asarray(image)
    if len(imarr.shape) == 3:
        r, g, b = (imarr[:, :, 0].astype("int"), imarr[:, :, 1].astype("int"), imarr[:, :, 2].astype("int"))
        pixel_brightness = np.sqrt(0.241 * (r * r) + 0.691 * (g * g) + 0.068 * (b * b)) / 255
    else:
        pixel_brightness = imarr / 255.0
    return {str(p): float(v) for p, v in zip(PERCENTILES, np.percentile(pixel_brightness, PERCENTILES))}


def blurriness(image):
    # cleanvision BlurrinessProperty.calculate
    ratio = max(image.width, image.height) / 64
    if ratio > 1:
        resized = image.resize((max(int(image.width // ratio), 1), max(int(image.height // ratio), 1)))
    else:
        resized = image.copy()
    gray = resized.convert("L")
    edges = gray.filter(ImageFilter.FIND_EDGES)
    return float(np.sqrt(ImageStat.Stat(edges).var[0])), float(np.std(gray.histogram()))


def phash(image, hash_size=8, highfreq_factor=4):
    # imagehash.phash
    img_size = hash_size * highfreq_factor
    image = image.convert("L").resize((img_size, img_size), Image.Resampling.LANCZOS)
    pixels = np.asarray(image)
    dct = scipy.fftpack.dct(scipy.fftpack.dct(pixels, axis=0), axis=1)
    low = dct[:hash_size, :hash_size]
    bits = (low > np.median(low)).flatten()
    return "{:0>16x}".format(int("".join("1" if b else "0" for b in bits), 2))


def measure(image):
    blur, std = blurriness(image)
    return {
        "mode": image.mode,
        "width": image.width,
        "height": image.height,
        "percentiles": brightness_percentiles(image),
        "entropy": float(image.entropy()),
        "blurriness": blur,
        "grayscaleStd": std,
        "aspect": min(image.width / image.height, image.height / image.width),
        "size": math.sqrt(image.width) * math.sqrt(image.height),
        "phash": phash(image),
    }


def main(folder):
    out = {}
    for base, _, names in os.walk(folder):
        for name in sorted(names):
            path = os.path.join(base, name)
            rel = os.path.relpath(path, folder).replace(os.sep, "/")
            try:
                image = Image.open(path)
                image.load()
            except Exception as error:  # cleanvision would raise here
                out[rel] = {"error": str(error)}
                continue
            try:
                out[rel] = measure(image)
            except Exception as error:  # e.g. an 'LA' image: cleanvision indexes channel 2
                out[rel] = {"mode": image.mode, "error": f"cleanvision would raise: {error!r}"}
    json.dump(out, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
