// Global histogram equalization: OpenCV's cv::equalizeHist for 8-bit images, and the same
// algorithm with 2^bitDepth bins for 16-bit ones. Twin of assembly/equalizeHist.ts.
import type { Pixels } from '../kernels.js';
import { histogram } from './histogram.js';
import { roundToRange } from './rounding.js';

/** Equalizes `src` (non-empty, values below 2^bitDepth) into `dst`, which may be `src`. */
export function equalizeHist(src: Pixels, dst: Pixels, bitDepth: number): void {
  const levels = 2 ** bitDepth;
  const bins = new Uint32Array(levels);
  histogram(src, undefined, bins);
  let first = 0;
  while (bins[first] === 0) first++;
  if (bins[first] === src.length) {
    dst.set(src);
    return;
  }
  const maximum = src instanceof Uint16Array ? 65535 : 255;
  const scale = Math.fround((levels - 1) / Math.fround(src.length - bins[first]));
  const lut = new Uint32Array(levels);
  let sum = 0;
  for (let level = first + 1; level < levels; level++) {
    sum += bins[level];
    lut[level] = roundToRange(Math.fround(Math.fround(sum) * scale), maximum);
  }
  for (let i = 0; i < src.length; i++) dst[i] = lut[src[i]];
}
