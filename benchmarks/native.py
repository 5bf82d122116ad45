#!/usr/bin/env python3
"""Native OpenCV peer for benchmarks/run.mjs (cv2).

Reads one JSON request per line on stdin and answers one JSON line on stdout: one block of
timing, so that the Node suite can interleave native blocks with its own peers' blocks:
  {"op": "clahe", "input": "/tmp/…raw", "width": W, "height": H, "channels": C, "depth": 8 | 16,
   "params": {...}, "threads": 1 | -1, "seconds": 0.25}
  -> {"ms": 12.3, "calls": 21, "threads": 1, "sha256": "…"}
ms is per call over a block of calls lasting `seconds` (at least one call); threads is
cv2.setNumThreads's argument (-1: OpenCV's default); sha256 is of the output bytes. The input and
the OpenCV objects of a case are prepared once and kept for its later blocks.
The first line it prints is {"opencv": "<version>", "defaultThreads": N}.
"""
import hashlib
import json
import sys
import time

import cv2
import numpy as np


def read_input(request):
    shape = (request['height'], request['width'], request['channels'])
    dtype = np.uint16 if request.get('depth') == 16 else np.uint8
    pixels = np.fromfile(request['input'], dtype=dtype).reshape(shape)
    return pixels[:, :, 0].copy() if request['channels'] == 1 else pixels


def operation(request, image):
    """A function computing the case's result into preallocated outputs, and the result."""
    op = request['op']
    params = request.get('params', {})
    if op == 'histogram':
        def run():
            return cv2.calcHist([image], [0], None, [256], [0, 256]).astype('<u4')
        return run
    if op == 'equalizeHist':
        dst = np.empty_like(image)
        return lambda: cv2.equalizeHist(image, dst)
    if op == 'clahe':
        clahe = cv2.createCLAHE(params['clipLimit'], tuple(params['tileGridSize']))
        dst = np.empty_like(image)
        return lambda: clahe.apply(image, dst)
    if op == 'rgbToHsv':
        dst = np.empty(image.shape[:2] + (3,), np.uint8)
        return lambda: cv2.cvtColor(image, cv2.COLOR_RGB2HSV, dst)
    if op == 'hsvToRgb':
        hsv = np.ascontiguousarray(image[:, :, :3])
        dst = np.empty(image.shape[:2] + (4,), np.uint8)
        return lambda: cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB, dst, 4)
    if op == 'colourClahe':
        # cvtColor to the space, CLAHE on one channel, back to RGB with as many channels as the input.
        clahe = cv2.createCLAHE(params['clipLimit'], tuple(params['tileGridSize']))
        to_space = getattr(cv2, f"COLOR_RGB2{params['space']}")
        to_rgb = getattr(cv2, f"COLOR_{params['space']}2RGB")
        converted = np.empty(image.shape[:2] + (3,), image.dtype)
        equalized = np.empty(image.shape[:2], image.dtype)
        dst = np.empty_like(image)

        def run():
            cv2.cvtColor(image, to_space, converted)
            planes = list(cv2.split(converted))
            clahe.apply(planes[params['channel']], equalized)
            planes[params['channel']] = equalized
            cv2.merge(planes, converted)
            return cv2.cvtColor(converted, to_rgb, dst, image.shape[2])
        return run
    raise ValueError(f'unknown op {op}')


PREPARED = {}


def prepared(request):
    """The case's run function and output digest, made (and warmed up) once per case; only the
    current case is kept."""
    key = json.dumps({k: v for k, v in request.items() if k not in ('threads', 'seconds')}, sort_keys=True)
    if key not in PREPARED:
        PREPARED.clear()
        run = operation(request, read_input(request))
        for _ in range(3):
            result = run()
        PREPARED[key] = (run, hashlib.sha256(np.ascontiguousarray(result).tobytes()).hexdigest())
    return PREPARED[key]


def measure(request):
    run, digest = prepared(request)
    cv2.setNumThreads(request['threads'])
    calls = 0
    started = time.perf_counter()
    while True:
        run()
        calls += 1
        elapsed = time.perf_counter() - started
        if elapsed >= request['seconds']:
            break
    return {'ms': elapsed * 1000 / calls, 'calls': calls, 'threads': cv2.getNumThreads(), 'sha256': digest}


def main():
    print(json.dumps({'opencv': cv2.__version__, 'defaultThreads': cv2.getNumThreads()}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            print(json.dumps(measure(request)), flush=True)
        except Exception as error:  # answer instead of dying, so the suite can report it
            print(json.dumps({'error': str(error)}), flush=True)


if __name__ == '__main__':
    main()
