// Histograms of 8-bit and 16-bit pixels. Twin of assembly/histogram.ts.

type Pixels = Uint8Array | Uint16Array;

/**
 * Counts `src` (values below 2^bitDepth) into `bins`, value v into bin ⌊v · bins.length / 2^bitDepth⌋;
 * with a `mask`, only pixels whose mask byte is non-zero.
 */
export function histogram(src: Pixels, mask: Uint8Array | undefined, bins: Uint32Array, bitDepth: number): void {
  const levels = 2 ** bitDepth;
  const binOf = bins.length === levels ? (value: number) => value : (value: number) => Math.floor((value * bins.length) / levels);
  bins.fill(0);
  for (let i = 0; i < src.length; i++) if (mask === undefined || mask[i] !== 0) bins[binOf(src[i])]++;
}

/** Index of the first pixel above `limit`, or -1. */
export function firstAbove(src: Uint16Array, limit: number): number {
  return src.findIndex((value) => value > limit);
}
