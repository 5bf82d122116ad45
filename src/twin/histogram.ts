// Histograms of 8-bit and 16-bit pixels. Twin of assembly/histogram.ts.

/** Counts `src` into `bins`, one per level; with a `mask`, only pixels whose mask byte is non-zero. */
export function histogram(src: Uint8Array | Uint16Array, mask: Uint8Array | undefined, bins: Uint32Array): void {
  bins.fill(0);
  for (let i = 0; i < src.length; i++) if (mask === undefined || mask[i] !== 0) bins[src[i]]++;
}

/** Index of the first pixel above `limit`, or -1. */
export function firstAbove(src: Uint16Array, limit: number): number {
  return src.findIndex((value) => value > limit);
}
