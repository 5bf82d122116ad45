// Dataset-level findings over the per-image records: cleanvision's odd-size rule, duplicate
// groups, and the summary that decides how to feed the images to a model (the aspect-ratio
// regime, a resize target and its padding cost, images that need tiling).
import { numpyLinearPercentile } from './brightness.js';
import type { ImageRecord } from './analyseImage.js';
import { THRESHOLDS, type IssueType } from './issues.js';

export interface DuplicateGroup {
  type: 'exact' | 'near';
  paths: string[];
}

/** What the dataset-level rules (odd-size, duplicates, the summary, the counts) read of a record. */
export type DatasetRecord = Pick<
  ImageRecord,
  'path' | 'index' | 'issues' | 'error' | 'width' | 'height' | 'exactHash' | 'phash' | 'scores'
> & {
  brightness?: { mean: number };
};

type Readable = DatasetRecord & { width: number; height: number };

export function readable<R extends DatasetRecord>(records: R[]): (R & Readable)[] {
  return records.filter(
    (r): r is R & Readable => r.error === undefined && r.width !== undefined && r.height !== undefined,
  );
}

export interface OddSize {
  q1: number;
  q3: number;
  lower: number;
  upper: number;
  threshold: number;
  /** Score per path. */
  scores: Map<string, number>;
}

/** cleanvision's SizeProperty: s = √w·√h, bounds at 3 IQR beyond the quartiles. */
export function oddSize(images: Readable[]): OddSize | undefined {
  if (images.length === 0) return undefined;
  const sizes = images.map((r) => Math.sqrt(r.width) * Math.sqrt(r.height));
  const sorted = Float64Array.from(sizes).sort();
  const q1 = numpyLinearPercentile(sorted.length, 25, (i) => sorted[i]!);
  const q3 = numpyLinearPercentile(sorted.length, 75, (i) => sorted[i]!);
  const iqr = q3 - q1;
  const lower = q1 - THRESHOLDS.oddSizeIqrFactor * iqr;
  const upper = q3 + THRESHOLDS.oddSizeIqrFactor * iqr;
  const mid = (lower + upper) / 2;
  const gap = upper - lower;
  const norm = gap > 0 ? gap : mid;
  const threshold = gap > 0 ? 0.5 : 1;
  const scores = new Map<string, number>();
  images.forEach((r, i) => scores.set(r.path, 1 - Math.min(1, Math.max(0, Math.abs(sizes[i]! - mid) / norm))));
  return { q1, q3, lower, upper, threshold, scores };
}

/** Exact groups (same decoded pixels), then near groups (same pHash) that are not an exact group again. */
export function duplicateGroups(images: Readable[]): DuplicateGroup[] {
  const exact = groupBy(images, (r) => r.exactHash);
  const exactKeys = new Set(exact.map((paths) => paths.join('\n')));
  const near = groupBy(images, (r) => r.phash).filter((paths) => !exactKeys.has(paths.join('\n')));
  return [
    ...exact.map((paths) => ({ type: 'exact' as const, paths })),
    ...near.map((paths) => ({ type: 'near' as const, paths })),
  ];
}

function groupBy(images: Readable[], key: (r: Readable) => string | undefined): string[][] {
  const groups = new Map<string, string[]>();
  for (const r of images) {
    const k = key(r);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(r.path);
    else groups.set(k, [r.path]);
  }
  return [...groups.values()].filter((paths) => paths.length > 1);
}

/** Adds the dataset-level issues to each record's own, in ISSUE_TYPES order. */
export function withDatasetIssues<R extends DatasetRecord>(
  records: R[],
  odd: OddSize | undefined,
  duplicates: DuplicateGroup[],
  order: readonly IssueType[],
): R[] {
  return records.map(datasetIssueAdder(odd, duplicates, order));
}

/** withDatasetIssues for one record at a time (the lookups are built once). */
export function datasetIssueAdder(
  odd: OddSize | undefined,
  duplicates: DuplicateGroup[],
  order: readonly IssueType[],
): <R extends DatasetRecord>(r: R) => R {
  const extra = new Map<string, Set<IssueType>>();
  const add = (path: string, issue: IssueType) => (extra.get(path) ?? extra.set(path, new Set()).get(path)!).add(issue);
  for (const [path, score] of odd?.scores ?? []) if (score < odd!.threshold) add(path, 'odd-size');
  for (const group of duplicates)
    for (const path of group.paths) add(path, group.type === 'exact' ? 'exact-duplicate' : 'near-duplicate');
  return (r) => {
    const issues = new Set<IssueType>([...r.issues, ...(extra.get(r.path) ?? [])]);
    const scores =
      odd?.scores.has(r.path) && r.scores ? { ...r.scores, 'odd-size': odd.scores.get(r.path)! } : r.scores;
    return { ...r, issues: order.filter((issue) => issues.has(issue)), ...(scores ? { scores } : {}) };
  };
}

// ---- the summary -------------------------------------------------------------------------------

/** Aspect-ratio (w / h) histogram edges: portrait extremes, COCO's 0.7–1.5 band, landscape extremes. */
export const ASPECT_EDGES = [0, 0.35, 0.5, 0.7, 0.9, 1.1, 1.5, 2, 2.86, Infinity];
/** 4K UHD: images with more pixels than this are listed as needing tiling. */
export const TILING_PIXELS = 3840 * 2160;
export const BRIGHTNESS_BINS = 20;

export type Regime = 'uniform' | 'mixed' | 'extreme';

export interface Stats {
  min: number;
  median: number;
  max: number;
}

export interface DatasetSummary {
  width?: Stats;
  height?: Stats;
  megapixels?: Stats;
  commonSizes: { width: number; height: number; count: number }[];
  aspectRatio: {
    edges: (number | null)[];
    counts: number[];
    median?: number;
    shareNearMedian: number;
    shareIn07to15: number;
  };
  regime?: { name: Regime; advice: string };
  resize?: { target: number; paddingCost: number; downscaled: number; upscaled: number };
  tiling: { thresholdPixels: number; paths: string[] };
  brightness: { bins: number; counts: number[]; median?: number };
  oddSize?: { q1: number; q3: number; lower: number; upper: number; threshold: number };
}

export function summarise(images: Readable[], odd: OddSize | undefined): DatasetSummary {
  const ratios = images.map((r) => r.width / r.height);
  const medianRatio = images.length ? median(ratios) : undefined;
  const nearMedian = medianRatio === undefined ? 0 : share(ratios, (a) => Math.abs(a / medianRatio - 1) <= 0.05);
  const inBand = share(ratios, (a) => a >= 0.7 && a <= 1.5);
  const summary: DatasetSummary = {
    commonSizes: commonSizes(images),
    aspectRatio: {
      edges: ASPECT_EDGES.map((e) => (Number.isFinite(e) ? e : null)),
      counts: histogram(ratios, ASPECT_EDGES),
      ...(medianRatio === undefined ? {} : { median: medianRatio }),
      shareNearMedian: nearMedian,
      shareIn07to15: inBand,
    },
    tiling: {
      thresholdPixels: TILING_PIXELS,
      paths: images.filter((r) => r.width * r.height > TILING_PIXELS).map((r) => r.path),
    },
    brightness: brightnessHistogram(images),
  };
  if (images.length === 0) return summary;
  summary.width = stats(images.map((r) => r.width));
  summary.height = stats(images.map((r) => r.height));
  summary.megapixels = stats(images.map((r) => (r.width * r.height) / 1e6));
  const resize = resizeAdvice(images);
  summary.resize = resize;
  summary.regime = regime(nearMedian, inBand, resize);
  if (odd) summary.oddSize = { q1: odd.q1, q3: odd.q3, lower: odd.lower, upper: odd.upper, threshold: odd.threshold };
  return summary;
}

/**
 * uniform: ≥ 90 % of the images within 5 % of the median aspect ratio; mixed (COCO-like):
 * ≥ 80 % of aspect ratios in 0.7–1.5; extreme: the rest, where one square input wastes much.
 */
function regime(
  nearMedian: number,
  inBand: number,
  resize: NonNullable<DatasetSummary['resize']>,
): { name: Regime; advice: string } {
  const cost = `${(100 * resize.paddingCost).toFixed(1)} %`;
  if (nearMedian >= 0.9) {
    return {
      name: 'uniform',
      advice: `Nearly uniform shapes: resize every image to one size (e.g. the common size) without padding; LongestMaxSize(${resize.target}) → PadIfNeeded would pad ${cost} of each input on average.`,
    };
  }
  if (inBand >= 0.8) {
    return {
      name: 'mixed',
      advice: `Mildly mixed shapes, most aspect ratios in 0.7–1.5 (like COCO): LongestMaxSize(${resize.target}) → PadIfNeeded(${resize.target}, ${resize.target}) is reasonable; it pads ${cost} of each input on average.`,
    };
  }
  return {
    name: 'extreme',
    advice: `Many extreme aspect ratios: one square input would pad ${cost} of each input on average; batch images grouped by aspect ratio (aspect-ratio bucketing) or crop/tile instead.`,
  };
}

/** A square target: the median longer side rounded to a multiple of 32, and what it costs. */
function resizeAdvice(images: Readable[]): NonNullable<DatasetSummary['resize']> {
  const longest = images.map((r) => Math.max(r.width, r.height));
  const target = Math.max(32, Math.round(median(longest) / 32) * 32);
  let padding = 0;
  for (const r of images) padding += 1 - Math.min(r.width, r.height) / Math.max(r.width, r.height);
  return {
    target,
    paddingCost: padding / images.length,
    downscaled: longest.filter((l) => l > target).length,
    upscaled: longest.filter((l) => l < target).length,
  };
}

function commonSizes(images: Readable[]): DatasetSummary['commonSizes'] {
  const counts = new Map<string, { width: number; height: number; count: number }>();
  for (const r of images) {
    const key = `${r.width}x${r.height}`;
    const entry = counts.get(key) ?? counts.set(key, { width: r.width, height: r.height, count: 0 }).get(key)!;
    entry.count++;
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.width - b.width || a.height - b.height)
    .slice(0, 10);
}

function brightnessHistogram(images: Readable[]): DatasetSummary['brightness'] {
  const means = images.flatMap((r) => (r.brightness ? [r.brightness.mean] : []));
  const counts = new Array<number>(BRIGHTNESS_BINS).fill(0);
  for (const m of means) counts[Math.min(BRIGHTNESS_BINS - 1, Math.floor(m * BRIGHTNESS_BINS))]!++;
  return { bins: BRIGHTNESS_BINS, counts, ...(means.length ? { median: median(means) } : {}) };
}

function histogram(values: number[], edges: number[]): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const v of values) {
    let bin = 0;
    while (bin < counts.length - 1 && v >= edges[bin + 1]!) bin++;
    counts[bin]!++;
  }
  return counts;
}

function share(values: number[], test: (v: number) => boolean): number {
  return values.length ? values.filter(test).length / values.length : 0;
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  return numpyLinearPercentile(sorted.length, 50, (i) => sorted[i]!);
}

function stats(values: number[]): Stats {
  const sorted = Float64Array.from(values).sort();
  return { min: sorted[0]!, median: median(values), max: sorted[sorted.length - 1]! };
}
