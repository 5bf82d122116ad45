// Histogram of one channel of interleaved 8- or 16-bit pixels. Twin of assembly/channelHistogram.ts.
import type { Pixels } from '../kernels.js';

/**
 * Counts channel `channel` of `channels`-channel pixels into `bins`, one per level; with a
 * `mask`, only pixels whose mask byte is non-zero.
 */
export function channelHistogram(
  src: Pixels,
  channels: number,
  channel: number,
  mask: Uint8Array | undefined,
  bins: Uint32Array,
): void {
  bins.fill(0);
  for (let i = channel, p = 0; i < src.length; i += channels, p++) {
    if (mask === undefined || mask[p] !== 0) bins[src[i]]++;
  }
}
