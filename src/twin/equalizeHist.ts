// Global histogram equalization: OpenCV's cv::equalizeHist for 8-bit images, and the same
// algorithm with 2^bitDepth bins for 16-bit ones. Twin of assembly/equalizeHist.ts.
import type { Pixels } from '../kernels.js';
import { histogram } from './histogram.js';
import { roundToRange } from './rounding.js';

/** Equalizes `src` (non-empty, values below 2^bitDepth) into `dst`, which may be `src`. */
export function equalizeHist(src: Pixels, dst: Pixels, bitDepth: number): void {
  const bins = new Uint32Array(2 ** bitDepth);
  histogram(src, undefined, bins);
  const lut = equalizationLut(bins, src.length, src instanceof Uint16Array ? 65535 : 255);
  if (!lut) {
    dst.set(src);
    return;
  }
  for (let i = 0; i < src.length; i++) dst[i] = lut[src[i]];
}

/**
 * OpenCV's equalization table for the level counts `bins` of `total` pixels (> 0), or undefined
 * when all of them share one level (the image then comes back unchanged). Also used by
 * fastclahe/parallel, which sums the counts of bands counted on separate threads.
 */
export function equalizationLut(bins: Uint32Array, total: number, maximum: number): Uint32Array | undefined {
  const levels = bins.length;
  let first = 0;
  while (bins[first] === 0) first++;
  if (bins[first] === total) return undefined;
  const scale = Math.fround((levels - 1) / Math.fround(total - bins[first]));
  const lut = new Uint32Array(levels);
  let sum = 0;
  for (let level = first + 1; level < levels; level++) {
    sum += bins[level];
    lut[level] = roundToRange(Math.fround(Math.fround(sum) * scale), maximum);
  }
  return lut;
}
