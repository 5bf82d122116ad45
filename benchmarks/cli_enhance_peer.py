"""The script a Python user writes to CLAHE a folder with OpenCV: the peer of `fastclahe enhance`.

    python cli_enhance_peer.py <input-dir> <output-dir> [--png]

Colour images: BGR -> Lab, CLAHE (clip 2, 8x8) on L, back to BGR; gray and 16-bit images: CLAHE
directly. JPEG is written at quality 90 (as fastclahe's default); --png writes PNG instead (for
the exactness check). OpenCV runs with its default threads, as users run it.
"""
import os
import sys

import cv2

source, target = sys.argv[1], sys.argv[2]
as_png = '--png' in sys.argv
clahe = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8))
os.makedirs(target, exist_ok=True)
for name in sorted(os.listdir(source)):
    image = cv2.imread(os.path.join(source, name), cv2.IMREAD_UNCHANGED)
    if image is None:
        continue
    if image.ndim == 2:
        result = clahe.apply(image)
    else:
        lab = cv2.cvtColor(image, cv2.COLOR_BGR2Lab)
        l, a, b = cv2.split(lab)
        result = cv2.cvtColor(cv2.merge((clahe.apply(l), a, b)), cv2.COLOR_Lab2BGR)
    stem, extension = os.path.splitext(name)
    if as_png:
        cv2.imwrite(os.path.join(target, stem + '.png'), result)
    else:
        cv2.imwrite(os.path.join(target, name), result, [cv2.IMWRITE_JPEG_QUALITY, 90])
