#!/usr/bin/env python3
"""Native OpenCV peer for benchmarks/run.mjs (cv2, one thread).

Reads one JSON request per line on stdin and answers one JSON line on stdout, so the Node
suite can time each case here right after timing it in Node (the two alternate, case by case):
  {"op": "clahe", "input": "/tmp/…raw", "width": W, "height": H, "channels": C, "depth": 8 | 16,
   "params": {...}, "minSeconds": 1.0, "minSamples": 10}
  -> {"medianMs": 12.3, "samples": 81, "sha256": "…"}   (sha256 of the output bytes)
The first line it prints is {"opencv": "<version>"}.
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


def measure(request):
    run = operation(request, read_input(request))
    for _ in range(3):
        run()
    samples = []
    started = time.perf_counter()
    while len(samples) < request['minSamples'] or time.perf_counter() - started < request['minSeconds']:
        before = time.perf_counter()
        result = run()
        samples.append((time.perf_counter() - before) * 1000)
    samples.sort()
    return {
        'medianMs': samples[len(samples) // 2],
        'samples': len(samples),
        'sha256': hashlib.sha256(np.ascontiguousarray(result).tobytes()).hexdigest(),
    }


def main():
    cv2.setNumThreads(1)
    print(json.dumps({'opencv': cv2.__version__}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        try:
            print(json.dumps(measure(request)), flush=True)
        except Exception as error:  # answer instead of dying, so the suite can report it
            print(json.dumps({'error': str(error)}), flush=True)


if __name__ == '__main__':
    main()
