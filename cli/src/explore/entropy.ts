// cleanvision's low-information property: Pillow's Image.entropy(), the Shannon entropy in bits
// of img.histogram(), which for a colour image is the channels' 256-bin histograms one after
// another (768 bins for RGB, 1024 with alpha) normalised by their total.

/** Entropy (bits) of a histogram of any length, as Pillow's _entropy computes it. */
export function pillowEntropy(histogram: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < histogram.length; i++) total += histogram[i]!;
  if (total === 0) return 0;
  let entropy = 0;
  for (let i = 0; i < histogram.length; i++) {
    const p = histogram[i]! / total;
    if (p !== 0) entropy += p * Math.log(p) * Math.LOG2E;
  }
  return -entropy;
}
