#!/usr/bin/python3
"""Writes the photographs under test/images/ from Debian's python3-skimage data folder.

Run once by a developer (apt-get install python3-skimage python3-opencv); the PNGs are
committed and the tests never need Python. Sources and licences: test/images/SOURCES.md.
"""
import os
import cv2

DATA = '/usr/lib/python3/dist-packages/skimage/data'
OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'images')


def read_rgb(name):
    bgr = cv2.imread(os.path.join(DATA, name), cv2.IMREAD_COLOR)
    return cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)


def halve(image):
    h, w = image.shape[:2]
    return cv2.resize(image, (w // 2, h // 2), interpolation=cv2.INTER_AREA)


def write(name, image):
    # cv2 writes BGR(A); give it RGB images as BGR so the PNG holds RGB.
    if image.ndim == 3:
        image = cv2.cvtColor(image, cv2.COLOR_RGB2BGR)
    cv2.imwrite(os.path.join(OUT, name), image, [cv2.IMWRITE_PNG_COMPRESSION, 9])


def main():
    for name in ['camera.png', 'cell.png', 'clock_motion.png']:
        write(name, cv2.imread(os.path.join(DATA, name), cv2.IMREAD_GRAYSCALE))
    retina = halve(read_rgb('retina.jpg'))
    write('retina.png', retina)
    write('retina-gray.png', cv2.cvtColor(retina, cv2.COLOR_RGB2GRAY))
    write('hubble-gray.png', cv2.cvtColor(read_rgb('hubble_deep_field.jpg'), cv2.COLOR_RGB2GRAY))
    for name in ['astronaut.png', 'coffee.png', 'chelsea.png']:
        write(name, read_rgb(name))


if __name__ == '__main__':
    main()
