#!/usr/bin/python3
"""Writes the 16-bit test photographs under test/images/ from Debian's python3-pydicom test files.

Run once by a developer (apt-get install python3-pydicom python3-opencv); the PNGs are committed
and the tests never need Python. Sources and licences: test/images/SOURCES.md.
"""
import os

import cv2
import numpy as np
import pydicom

DATA = os.path.join(os.path.dirname(pydicom.__file__), 'data', 'test_files')
OUT = os.path.join(os.path.dirname(__file__), '..', 'test', 'images')

for source, target in [('CT_small.dcm', 'ct-16bit.png'), ('MR_small.dcm', 'mr-16bit.png')]:
    pixels = pydicom.dcmread(os.path.join(DATA, source)).pixel_array
    assert pixels.min() >= 0, f'{source} has negative values'
    cv2.imwrite(os.path.join(OUT, target), pixels.astype(np.uint16), [cv2.IMWRITE_PNG_COMPRESSION, 9])
