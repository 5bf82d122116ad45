#!/usr/bin/python3
"""Records native OpenCV's results as SHA-256 digests in test/reference/native-opencv.json.

Run by a developer with Debian's python3-opencv; the JSON is committed and
test/native-reference.test.ts (and .exhaustive.test.ts) check fastclahe against it without Python.
Cases: every grayscale photograph under test/images with a set of CLAHE parameters,
synthetic images drawn from a 31-bit LCG that test/helpers/lcg.ts reproduces exactly, and
colour: each conversion on all 2^24 byte triples and the Lab and YCrCb equalization
pipelines on the colour photographs; 16-bit colour: YCrCb both ways on LCG pixels and the
YCrCb CLAHE pipeline on the colour photographs widened to 16 bits as test/helpers/images.ts does. Native x86 OpenCV's HSV -> RGB takes a SIMD path that
truncates where the reference code (and OpenCV.js, and fastclahe) rounds, so HSV -> RGB and
the HSV pipeline are left out here; the tests compare them with OpenCV.js only.
"""
import hashlib
import json
import os

import cv2
import numpy as np

HERE = os.path.dirname(__file__)
IMAGES = os.path.join(HERE, '..', 'test', 'images')
OUT = os.path.join(HERE, '..', 'test', 'reference', 'native-opencv.json')
PHOTOS = ['camera.png', 'cell.png', 'clock_motion.png', 'retina-gray.png', 'hubble-gray.png']
COLOUR_PHOTOS = ['astronaut.png', 'coffee.png', 'chelsea.png', 'retina.png']
# fastclahe's name -> cvtColor code, for the conversions native OpenCV computes like OpenCV.js.
CONVERSIONS = {
    'rgbToHsv': 'COLOR_RGB2HSV', 'rgbToHsv fullRange': 'COLOR_RGB2HSV_FULL',
    'rgbToLab': 'COLOR_RGB2Lab', 'rgbToYCrCb': 'COLOR_RGB2YCrCb',
    'labToRgb': 'COLOR_Lab2RGB', 'yCrCbToRgb': 'COLOR_YCrCb2RGB',
}
# colorSpace -> (to code, back code, channel OpenCV users equalize)
PIPELINES = {'lab': ('COLOR_RGB2Lab', 'COLOR_Lab2RGB', 0), 'ycrcb': ('COLOR_RGB2YCrCb', 'COLOR_YCrCb2RGB', 0)}
COLOUR_PARAMS = [(2, 8, 8), (4, 3, 5)]
PHOTO_PARAMS = [(2, 8, 8), (40, 8, 8), (0, 8, 8), (-1, 4, 4), (4, 16, 16), (1, 3, 5),
                (2, 64, 64), (3.7, 7, 11), (0.01, 1, 1), (1000, 2, 2)]
CLIPS = [-1, 0, 0.01, 0.5, 1, 2, 3.7, 40, 1000]


class Lcg:
    """state = (state * 1103515245 + 12345) mod 2^31; the same sequence as test/helpers/lcg.ts."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


def synthetic_case(lcg):
    width = 1 + lcg.below(300)
    height = 1 + lcg.below(300)
    tiles_x = 1 + lcg.below(64)
    tiles_y = 1 + lcg.below(64)
    clip = CLIPS[lcg.below(len(CLIPS))]
    low = lcg.below(256)
    span = 1 + lcg.below(256 - low)
    pixels = [low + lcg.below(span) for _ in range(width * height)]
    image = np.array(pixels, dtype=np.uint8).reshape(height, width)
    return image, clip, tiles_x, tiles_y


def digest(array):
    return hashlib.sha256(np.ascontiguousarray(array).tobytes()).hexdigest()


def clahe(image, clip, tiles_x, tiles_y):
    return cv2.createCLAHE(clipLimit=clip, tileGridSize=(tiles_x, tiles_y)).apply(image)


def every_triple():
    """A 4096x4096 RGB image holding each of the 2^24 byte triples once, in order."""
    i = np.arange(1 << 24, dtype=np.uint32)
    return np.stack([(i >> 16) & 255, (i >> 8) & 255, i & 255], axis=1).astype(np.uint8).reshape(4096, 4096, 3)


def equalize_colour(image, space, equalize):
    to_code, back_code, channel = PIPELINES[space]
    planes = list(cv2.split(cv2.cvtColor(image, getattr(cv2, to_code))))
    planes[channel] = equalize(planes[channel])
    return cv2.cvtColor(cv2.merge(planes), getattr(cv2, back_code))


def colour_reference():
    cube = every_triple()
    result = {'conversions': {name: digest(cv2.cvtColor(cube, getattr(cv2, code))) for name, code in CONVERSIONS.items()},
              'photos': {}}
    for name in COLOUR_PHOTOS:
        rgb = cv2.cvtColor(cv2.imread(os.path.join(IMAGES, name), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
        result['photos'][name] = {space: {
            'equalizeHist': digest(equalize_colour(rgb, space, cv2.equalizeHist)),
            'clahe': {f'{c},{x},{y}': digest(equalize_colour(rgb, space, lambda plane: clahe(plane, c, x, y)))
                      for c, x, y in COLOUR_PARAMS},
        } for space in PIPELINES}
    return result


def widened(name):
    """A colour photograph as 16-bit RGB: each byte in the high half, a fixed hash in the low."""
    rgb = cv2.cvtColor(cv2.imread(os.path.join(IMAGES, name), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    i = np.arange(rgb.size, dtype=np.uint64)
    noise = ((i * 2654435761) & 0xFFFFFFFF) >> 24
    return ((rgb.ravel().astype(np.uint64) << 8) | noise).astype(np.uint16).reshape(rgb.shape)


def deep_colour_reference():
    lcg = Lcg(16161616)
    side = 256
    image = np.array([lcg.below(65536) for _ in range(side * side * 3)], dtype=np.uint16).reshape(side, side, 3)
    result = {'side': side,
              'conversions': {name: digest(cv2.cvtColor(image, getattr(cv2, CONVERSIONS[name]))) for name in ('rgbToYCrCb', 'yCrCbToRgb')},
              'photos': {}}
    for name in COLOUR_PHOTOS:
        rgb = widened(name)
        result['photos'][name] = {f'{c},{x},{y}': digest(equalize_colour(rgb, 'ycrcb', lambda plane: clahe(plane, c, x, y)))
                                  for c, x, y in COLOUR_PARAMS}
    return result


def main():
    cv2.setNumThreads(1)
    result = {'opencv': cv2.__version__, 'photos': {}, 'synthetic': []}
    for name in PHOTOS:
        image = cv2.imread(os.path.join(IMAGES, name), cv2.IMREAD_GRAYSCALE)
        hist = cv2.calcHist([image], [0], None, [256], [0, 256]).astype(np.uint32).ravel()
        result['photos'][name] = {
            'histogram': digest(hist.astype('<u4')),
            'equalizeHist': digest(cv2.equalizeHist(image)),
            'clahe': {f'{c},{x},{y}': digest(clahe(image, c, x, y)) for c, x, y in PHOTO_PARAMS},
        }
    lcg = Lcg(20261122)
    for _ in range(300):
        image, clip, tiles_x, tiles_y = synthetic_case(lcg)
        result['synthetic'].append({
            'width': image.shape[1], 'height': image.shape[0], 'clipLimit': clip,
            'tileGridSize': [tiles_x, tiles_y],
            'clahe': digest(clahe(image, clip, tiles_x, tiles_y)),
            'equalizeHist': digest(cv2.equalizeHist(image)),
        })
    result['colour'] = colour_reference()
    result['deepColour'] = deep_colour_reference()
    with open(OUT, 'w') as out:
        json.dump(result, out, indent=1)
        out.write('\n')


if __name__ == '__main__':
    main()
