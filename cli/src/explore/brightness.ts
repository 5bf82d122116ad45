// Per-pixel brightness as cleanvision defines it, sqrt(.241 R² + .691 G² + .068 B²) / 255 (gray:
// v / 255), and its percentiles exactly as numpy.percentile's default 'linear' method computes
// them. Order statistics come from counting integer keys (241 R² + 691 G² + 68 B² orders the
// pixels as the brightness does), never from sorting the image, so the cost is two passes.
import type { Plane } from './pillowResample.js';

/** The percentiles reported; cleanvision reads 99 (dark) and 5 (light). */
export const BRIGHTNESS_PERCENTILES = [1, 5, 10, 15, 50, 90, 95, 99] as const;

export interface BrightnessStats {
  mean: number;
  std: number;
  /** Keyed by percentile: { "1": …, "5": …, … }. */
  percentiles: Record<string, number>;
}

/** Coarse buckets are keys >> 12: 15,876 of them for keys up to 255² · 1000. */
export const COARSE_SHIFT = 12;
export const COARSE_BUCKETS = (65_025_000 >> COARSE_SHIFT) + 1;

/** The brightness statistics of an 8-bit plane (alpha, if any, is ignored). */
export function brightnessStats(plane: Plane): BrightnessStats {
  if (plane.width * plane.height === 0) return emptyStats();
  const { keys, ...summary } = plane.channels >= 3 ? colourKeys(plane) : grayKeys(plane);
  return statsFromKeys(plane, summary, (buckets, shift, slots, inside) =>
    fineCounts(keys, buckets, shift, slots, inside),
  );
}

/** The first pass's results: the count of keys per coarse bucket, and the sums of the brightnesses. */
export interface KeySummary {
  coarse: Uint32Array;
  /** The brightness the sums are taken about (x − shift): a pixel's, so a flat image has std 0 exactly. */
  shift: number;
  sum: number;
  sumSquares: number;
}

/**
 * The second pass: count the keys in coarse buckets `buckets[s]` (key >> shift, increasing) by
 * their low bits (key & (2^shift − 1)), one table per bucket, then for each wish (in increasing
 * rank) return a pixel whose key is the one with `inside[w]` keys before it in table `slots[w]`.
 */
export type FineCounter = (buckets: Int32Array, shift: number, slots: Int32Array, inside: Int32Array) => Int32Array;

/** The statistics from the first pass's summary and a second pass (plane: for the brightness of the pixels found). */
export function statsFromKeys(plane: Plane, summary: KeySummary, fine: FineCounter): BrightnessStats {
  const pixels = plane.width * plane.height;
  const ranks = new Set<number>();
  for (const p of BRIGHTNESS_PERCENTILES) for (const r of percentileRanks(pixels, p)) ranks.add(r);
  const byRank = selectRanks(summary.coarse, [...ranks], fine);
  const valueAt = (rank: number): number => brightnessOfPixel(plane, byRank.get(rank)!);
  const percentiles: Record<string, number> = {};
  for (const p of BRIGHTNESS_PERCENTILES) percentiles[String(p)] = numpyLinearPercentile(pixels, p, valueAt);
  const offset = summary.sum / pixels;
  const std = Math.sqrt(Math.max(0, summary.sumSquares / pixels - offset * offset));
  return { mean: summary.shift + offset, std, percentiles };
}

export function emptyStats(): BrightnessStats {
  return { mean: 0, std: 0, percentiles: Object.fromEntries(BRIGHTNESS_PERCENTILES.map((p) => [String(p), 0])) };
}

/** At most this many distinct ranks, so at most this many slots: two per percentile. */
export const MAX_SLOTS = BRIGHTNESS_PERCENTILES.length * 2;

/** √1000 · 255: brightness = √(key / 1000) / 255 = √key / BRIGHTNESS_SCALE. */
const BRIGHTNESS_SCALE = Math.sqrt(1000) * 255;

/**
 * The summary's sums from √key0 (the first pixel's) and the sums of d = √key − √key0 and of d²:
 * a pixel costs one square root and no division. (The mean and std are not cleanvision scores;
 * numpy's pairwise sums differ from any sequential sum in the last bits anyway.)
 */
export function colourSums(root0: number, sumD: number, sumD2: number): Omit<KeySummary, 'coarse'> {
  return {
    shift: root0 / BRIGHTNESS_SCALE,
    sum: sumD / BRIGHTNESS_SCALE,
    sumSquares: sumD2 / (BRIGHTNESS_SCALE * BRIGHTNESS_SCALE),
  };
}

function colourKeys(plane: Plane) {
  const data = plane.data;
  const channels = plane.channels;
  const pixels = plane.width * plane.height;
  const keys = new Uint32Array(pixels);
  const coarse = new Uint32Array(COARSE_BUCKETS);
  const root0 = Math.sqrt(241 * data[0]! ** 2 + 691 * data[1]! ** 2 + 68 * data[2]! ** 2);
  let sumD = 0;
  let sumD2 = 0;
  for (let p = 0, i = 0; p < pixels; p++, i += channels) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const key = 241 * r * r + 691 * g * g + 68 * b * b;
    keys[p] = key;
    coarse[key >>> COARSE_SHIFT]!++;
    const d = Math.sqrt(key) - root0;
    sumD += d;
    sumD2 += d * d;
  }
  return { keys, coarse, ...colourSums(root0, sumD, sumD2) };
}

function grayKeys(plane: Plane) {
  const { data, channels } = plane;
  const pixels = plane.width * plane.height;
  const keys = new Uint32Array(pixels);
  const coarse = new Uint32Array(1);
  const counts = new Float64Array(256);
  for (let p = 0, i = 0; p < pixels; p++, i += channels) {
    keys[p] = data[i]!;
    counts[data[i]!]!++;
  }
  coarse[0] = pixels;
  let sum = 0;
  let sumSquares = 0;
  for (let v = 0; v < 256; v++) {
    sum += (counts[v]! * v) / 255;
    sumSquares += counts[v]! * (v / 255) ** 2;
  }
  return { keys, coarse, shift: 0, sum, sumSquares };
}

/** The brightness of pixel `p`, with numpy's arithmetic (float64, same operation order). */
function brightnessOfPixel(plane: Plane, p: number): number {
  const i = p * plane.channels;
  if (plane.channels < 3) return plane.data[i]! / 255;
  const r = plane.data[i]!;
  const g = plane.data[i + 1]!;
  const b = plane.data[i + 2]!;
  return Math.sqrt(0.241 * (r * r) + 0.691 * (g * g) + 0.068 * (b * b)) / 255;
}

/** The 0-based ranks numpy reads for percentile `p` of `n` values. */
function percentileRanks(n: number, p: number): number[] {
  const index = (n - 1) * (p / 100);
  const below = Math.floor(index);
  return index >= n - 1 ? [n - 1] : [below, below + 1];
}

/** numpy.percentile(values, p) with method='linear', given the sorted values by rank. */
export function numpyLinearPercentile(n: number, p: number, valueAt: (rank: number) => number): number {
  const index = (n - 1) * (p / 100);
  if (index >= n - 1) return valueAt(n - 1);
  const below = Math.floor(index);
  const a = valueAt(below);
  const b = valueAt(below + 1);
  const gamma = index - below;
  const diff = b - a;
  // numpy's _lerp: from the nearer end, so that gamma = 1 gives b exactly.
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/**
 * For each rank, the index of a pixel whose key has that rank in sorted order: a coarse count
 * (key >> 12) finds the bucket, a fine count inside the buckets that matter finds the key.
 */
function selectRanks(coarse: Uint32Array, ranks: number[], fine: FineCounter): Map<number, number> {
  // Gray keys are 0..255: one coarse bucket of 256.
  const shift = coarse.length === 1 ? 8 : COARSE_SHIFT;
  const buckets = new Int32Array(ranks.length);
  let slots = 0;
  // One walk over the buckets for all the ranks, in increasing order.
  let before = 0;
  let bucket = 0;
  const sorted = [...ranks].sort((a, b) => a - b);
  const slotOfWish = new Int32Array(sorted.length);
  const inside = new Int32Array(sorted.length);
  sorted.forEach((rank, w) => {
    while (before + coarse[bucket]! <= rank) before += coarse[bucket++]!;
    if (slots === 0 || buckets[slots - 1] !== bucket) buckets[slots++] = bucket;
    slotOfWish[w] = slots - 1;
    inside[w] = rank - before;
  });
  const pixels = fine(buckets.subarray(0, slots), shift, slotOfWish, inside);
  return new Map(sorted.map((rank, w) => [rank, pixels[w]!]));
}

function fineCounts(keys: Uint32Array, buckets: Int32Array, shift: number, slots: Int32Array, inside: Int32Array) {
  const fineSize = 1 << shift;
  const slotOf = new Int32Array(shift === COARSE_SHIFT ? COARSE_BUCKETS : 1).fill(-1);
  buckets.forEach((bucket, slot) => {
    slotOf[bucket] = slot;
  });
  const counts = new Uint32Array(buckets.length * fineSize);
  const example = new Int32Array(buckets.length * fineSize);
  const mask = fineSize - 1;
  for (let p = 0; p < keys.length; p++) {
    const key = keys[p]!;
    const slot = slotOf[key >>> shift]!;
    if (slot < 0) continue;
    const at = slot * fineSize + (key & mask);
    if (counts[at]!++ === 0) example[at] = p;
  }
  // Wishes in one slot come one after another, in increasing order: each walk resumes the last.
  const pixels = new Int32Array(slots.length);
  let slot = -1;
  let at = 0;
  let before = 0;
  for (let w = 0; w < slots.length; w++) {
    if (slots[w] !== slot) {
      slot = slots[w]!;
      at = slot * fineSize;
      before = 0;
    }
    while (before + counts[at]! <= inside[w]!) before += counts[at++]!;
    pixels[w] = example[at]!;
  }
  return pixels;
}
