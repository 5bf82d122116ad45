#!/usr/bin/env python3
"""pycocotools peer for benchmarks/coco-eval.mjs.

Usage: python coco_eval_peer.py <gt.json> <dt.json> <iouType> <outdir>
Runs COCO() + loadRes + COCOeval evaluate/accumulate/summarize, times each step, writes the
eval arrays as raw little-endian float64 (precision.f64, recall.f64, scores.f64) to <outdir>
and prints one JSON line: {"pycocotools", "numpy", "seconds": {...}, "stats": [...]}.
"""
import contextlib
import io
import json
import os
import sys
import time

t0 = time.perf_counter()
import numpy as np
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval
import pycocotools


def main():
    gt_path, dt_path, iou_type, outdir = sys.argv[1:5]
    seconds = {'import': time.perf_counter() - t0}
    quiet = contextlib.redirect_stdout(io.StringIO())
    with quiet:
        t = time.perf_counter()
        gt = COCO(gt_path)
        dt = gt.loadRes(dt_path)
        seconds['load'] = time.perf_counter() - t
        E = COCOeval(gt, dt, iou_type)
        t = time.perf_counter()
        E.evaluate()
        seconds['evaluate'] = time.perf_counter() - t
        t = time.perf_counter()
        E.accumulate()
        seconds['accumulate'] = time.perf_counter() - t
        t = time.perf_counter()
        E.summarize()
        seconds['summarize'] = time.perf_counter() - t
    for name in ('precision', 'recall', 'scores'):
        E.eval[name].astype('<f8').tofile(os.path.join(outdir, name + '.f64'))
    print(json.dumps({'pycocotools': getattr(pycocotools, '__version__', '2.0.11'), 'numpy': np.__version__,
                      'seconds': seconds, 'stats': [float(s) for s in E.stats]}))


if __name__ == '__main__':
    main()
