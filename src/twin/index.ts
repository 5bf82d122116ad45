import type { Kernels, Luminance } from '../kernels.js';
import { channelHistogram } from './channelHistogram.js';
import { clahe } from './clahe.js';
import { CONVERSIONS, extractPlane, mergePlane } from './colour.js';
import { equalizeHist } from './equalizeHist.js';
import { firstAbove, histogram } from './histogram.js';

/** Equalizes the luminance plane of `src` with `equalize` and writes the recombined pixels to `dst`. */
function onLuminance(src: Uint8Array, dst: Uint8Array, { space, channels, bgr }: Luminance, equalize: (plane: Uint8Array) => void): void {
  const plane = new Uint8Array(src.length / channels);
  extractPlane(space, src, plane, channels, bgr);
  equalize(plane);
  mergePlane(space, src, plane, dst, channels, bgr);
}

/** The pure-TypeScript kernels. */
export const twinKernels: Kernels = {
  histogram,
  channelHistograms(src, channels, selected, mask, bins) {
    selected.forEach((channel, i) => channelHistogram(src, channels, channel, mask, bins.subarray(256 * i, 256 * (i + 1))));
  },
  equalizeHist(src, dst, bitDepth, luminance) {
    if (luminance) onLuminance(src as Uint8Array, dst as Uint8Array, luminance, (plane) => equalizeHist(plane, plane, 8));
    else equalizeHist(src, dst, bitDepth);
  },
  clahe(src, dst, plan, luminance) {
    if (luminance) onLuminance(src as Uint8Array, dst as Uint8Array, luminance, (plane) => clahe(plane, plane, plan));
    else clahe(src, dst, plan);
  },
  convert(conversion, src, dst, { channels, bgr }) {
    CONVERSIONS[conversion](src, dst, channels, bgr);
  },
  firstAbove,
};
