import type { Kernels, LightnessChannel, Pixels } from '../kernels.js';
import { channelHistogram } from './channelHistogram.js';
import { clahe } from './clahe.js';
import { CONVERSIONS, extractPlane, mergePlane } from './colour.js';
import { equalizeHist } from './equalizeHist.js';
import { firstAbove, histogram } from './histogram.js';

/**
 * Equalizes the luminance plane of `src` with `equalize` and writes the recombined pixels,
 * capped below `levels`, to `dst`.
 */
function onLuminance(
  src: Pixels,
  dst: Pixels,
  levels: number,
  { space, channels, bgr }: LightnessChannel,
  equalize: (plane: Pixels) => void,
): void {
  const pixels = src.length / channels;
  const plane = src instanceof Uint16Array ? new Uint16Array(pixels) : new Uint8Array(pixels);
  extractPlane(space, src, plane, channels, bgr);
  equalize(plane);
  mergePlane(space, src, plane, dst, channels, bgr, levels - 1);
}

/** The pure-TypeScript kernels. */
export const twinKernels: Kernels = {
  histogram,
  channelHistograms(src, channels, selected, mask, bins) {
    const levels = bins.length / selected.length;
    selected.forEach((channel, i) =>
      channelHistogram(src, channels, channel, mask, bins.subarray(levels * i, levels * (i + 1))),
    );
  },
  equalizeHist(src, dst, bitDepth, luminance) {
    if (luminance) onLuminance(src, dst, 2 ** bitDepth, luminance, (plane) => equalizeHist(plane, plane, bitDepth));
    else equalizeHist(src, dst, bitDepth);
  },
  clahe(src, dst, plan, luminance) {
    if (luminance) onLuminance(src, dst, plan.levels, luminance, (plane) => clahe(plane, plane, plan));
    else clahe(src, dst, plan);
  },
  convert(conversion, src, dst, { channels, bgr }) {
    CONVERSIONS[conversion](src, dst, channels, bgr);
  },
  firstAbove,
};
