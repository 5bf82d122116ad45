// Global histogram equalization, OpenCV's cv::equalizeHist. Twin of assembly/equalizeHist.ts.
import { histogram } from './histogram.js';
import { roundToByte } from './rounding.js';

/** Equalizes `src` (non-empty) into `dst`, which may be `src`. */
export function equalizeHist(src: Uint8Array, dst: Uint8Array): void {
  const bins = new Uint32Array(256);
  histogram(src, undefined, bins);
  let first = 0;
  while (bins[first] === 0) first++;
  if (bins[first] === src.length) {
    dst.set(src);
    return;
  }
  const scale = Math.fround(255 / Math.fround(src.length - bins[first]));
  const lut = new Uint8Array(256);
  let sum = 0;
  for (let level = first + 1; level < 256; level++) {
    sum += bins[level];
    lut[level] = roundToByte(Math.fround(Math.fround(sum) * scale));
  }
  for (let i = 0; i < src.length; i++) dst[i] = lut[src[i]];
}
