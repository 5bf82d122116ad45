// 256-bin histogram of 8-bit pixels. Twin of assembly/histogram.ts.

/** Counts `src` into `bins`; with a `mask`, only pixels whose mask byte is non-zero. */
export function histogram(src: Uint8Array, mask: Uint8Array | undefined, bins: Uint32Array): void {
  bins.fill(0);
  if (mask === undefined) {
    for (let i = 0; i < src.length; i++) bins[src[i]]++;
  } else {
    for (let i = 0; i < src.length; i++) if (mask[i] !== 0) bins[src[i]]++;
  }
}
